import * as z from '../config/zod-mini.ts';
import { CONTACT_PARTS, type Contact } from '../domain/analysis.ts';
import type { ApplicationEvent, ApplicationEvidence, ApplicationRecord, MeetingDetails, MessageOutcome, Notice, ReminderRecord } from '../domain/application.ts';
import { REMINDER_STATUSES } from '../domain/application.ts';
import { CLOSED_STAGES, EVENT_KINDS, OPEN_STAGES, OUTCOMES } from '../domain/kinds.ts';
import { RULE_IDS } from '../policy/rule-ids.ts';
import type { OriginalClaim } from './application-store.ts';

/**
 * Shapes of items read back from the table. The store validates every item it returns, so a
 * hand-edited or half-migrated item is reported by name instead of surfacing as a wrong reminder.
 */
const isoInstant = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();

export const ContactSchema: z.ZodMiniType<Contact> = z.object({
  name: z.string(),
  email: z.nullable(z.string()),
  robot: z.boolean(),
  source: z.enum(['from', 'reply-to', 'signature', 'calendar', 'cc', 'to', 'mention']),
  // Optional: contacts stored before parts were read have none.
  part: z.optional(z.enum(CONTACT_PARTS)),
  alsoInterviewer: z.optional(z.boolean()),
});

export const MeetingDetailsSchema: z.ZodMiniType<MeetingDetails> = z.object({
  format: z.enum(['video', 'phone', 'onsite', 'unknown']),
  link: z.nullable(z.string()),
  location: z.nullable(z.string()),
  dialIn: z.nullable(z.string()),
  durationMinutes: z.nullable(z.int().check(z.minimum(1))),
});

const evidenceList = z.array(z.string());

export const ApplicationEvidenceSchema: z.ZodMiniType<ApplicationEvidence> = z.object({
  messageIds: evidenceList,
  senderAddresses: evidenceList,
  senderDomains: evidenceList,
  requisitionIds: evidenceList,
  subjectKeys: evidenceList,
});

export const ApplicationRecordSchema: z.ZodMiniType<ApplicationRecord> = z.object({
  id: z.string().check(z.minLength(1)),
  company: z.string(),
  companyKey: z.string().check(z.minLength(1)),
  role: z.nullable(z.string()),
  roleKey: z.nullable(z.string()),
  stage: z.enum([...OPEN_STAGES, ...CLOSED_STAGES]),
  contacts: z.array(ContactSchema),
  interviewRound: z.int().check(z.minimum(0)),
  interviewAt: z.nullable(isoInstant),
  nextStepBy: z.nullable(isoDate),
  doNotContact: z.boolean(),
  // Optional: applications stored before meeting details were read have none.
  meeting: z.optional(z.nullable(MeetingDetailsSchema)),
  lastEventAt: isoInstant,
  remindersStopped: z.boolean(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  version: z.int().check(z.minimum(1)),
  // Optional: applications stored before correlation kept evidence have none, and load as they are.
  evidence: z.optional(ApplicationEvidenceSchema),
  companyGuessed: z.optional(z.boolean()),
});

export const ApplicationEventSchema: z.ZodMiniType<ApplicationEvent> = z.object({
  applicationId: z.string().check(z.minLength(1)),
  messageId: z.string().check(z.minLength(1)),
  originalId: z.string().check(z.minLength(1)),
  kind: z.enum(EVENT_KINDS),
  confidence: z.number().check(z.minimum(0), z.maximum(1)),
  signals: z.array(z.string()),
  occurredAt: isoInstant,
  receivedAt: isoInstant,
  subject: z.string(),
  fromName: z.nullable(z.string()),
  fromAddress: z.nullable(z.string()),
  rawKey: z.string(),
  interviewAt: z.nullable(isoInstant),
  nextStepBy: z.nullable(isoDate),
  doNotContact: z.boolean(),
  meeting: z.optional(z.nullable(MeetingDetailsSchema)),
});

export const ReminderRecordSchema: z.ZodMiniType<ReminderRecord> = z.object({
  applicationId: z.string().check(z.minLength(1)),
  reminderId: z.string().check(z.minLength(1)),
  rule: z.enum(RULE_IDS),
  round: z.int().check(z.minimum(0)),
  fireAt: isoInstant,
  zone: z.string().check(z.minLength(1)),
  status: z.enum(REMINDER_STATUSES),
  reason: z.string(),
  source: z.array(z.string()),
  scheduleName: z.string(),
  plannedAtVersion: z.int().check(z.minimum(0)),
  statusReason: z.nullable(z.string()),
  sentAt: z.nullable(isoInstant),
});

export const MessageOutcomeSchema: z.ZodMiniType<MessageOutcome> = z.object({
  messageId: z.string().check(z.minLength(1)),
  outcome: z.enum(OUTCOMES),
  reason: z.string(),
  applicationId: z.nullable(z.string()),
  rawKey: z.string(),
  recordedAt: isoInstant,
});

export const OriginalClaimSchema: z.ZodMiniType<OriginalClaim> = z.object({
  originalId: z.string().check(z.minLength(1)),
  messageId: z.string().check(z.minLength(1)),
  applicationId: z.string().check(z.minLength(1)),
  claimedAt: isoInstant,
});

export const NoticeSchema: z.ZodMiniType<Notice> = z.object({
  noticeId: z.string().check(z.minLength(1)),
  kind: z.enum(['forwarding-verification', 'unreadable-forward', 'command-help']),
  messageId: z.string().check(z.minLength(1)),
  details: z.record(z.string(), z.string()),
  status: z.enum(['pending', 'sent']),
  createdAt: isoInstant,
});
