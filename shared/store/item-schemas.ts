import * as z from 'zod';
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

export const ContactSchema: z.ZodType<Contact> = z.object({
  name: z.string(),
  email: z.string().nullable(),
  robot: z.boolean(),
  source: z.enum(['from', 'reply-to', 'signature', 'calendar', 'cc', 'to', 'mention']),
  // Optional: contacts stored before parts were read have none.
  part: z.enum(CONTACT_PARTS).optional(),
  alsoInterviewer: z.boolean().optional(),
});

export const MeetingDetailsSchema: z.ZodType<MeetingDetails> = z.object({
  format: z.enum(['video', 'phone', 'onsite', 'unknown']),
  link: z.string().nullable(),
  location: z.string().nullable(),
  dialIn: z.string().nullable(),
  durationMinutes: z.number().int().min(1).nullable(),
});

const evidenceList = z.array(z.string());

export const ApplicationEvidenceSchema: z.ZodType<ApplicationEvidence> = z.object({
  messageIds: evidenceList,
  senderAddresses: evidenceList,
  senderDomains: evidenceList,
  requisitionIds: evidenceList,
  subjectKeys: evidenceList,
});

export const ApplicationRecordSchema: z.ZodType<ApplicationRecord> = z.object({
  id: z.string().min(1),
  company: z.string(),
  companyKey: z.string().min(1),
  role: z.string().nullable(),
  roleKey: z.string().nullable(),
  stage: z.enum([...OPEN_STAGES, ...CLOSED_STAGES]),
  contacts: z.array(ContactSchema),
  interviewRound: z.number().int().min(0),
  interviewAt: isoInstant.nullable(),
  nextStepBy: isoDate.nullable(),
  doNotContact: z.boolean(),
  // Optional: applications stored before meeting details were read have none.
  meeting: MeetingDetailsSchema.nullable().optional(),
  lastEventAt: isoInstant,
  remindersStopped: z.boolean(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
  version: z.number().int().min(1),
  // Optional: applications stored before correlation kept evidence have none, and load as they are.
  evidence: ApplicationEvidenceSchema.optional(),
  companyGuessed: z.boolean().optional(),
});

export const ApplicationEventSchema: z.ZodType<ApplicationEvent> = z.object({
  applicationId: z.string().min(1),
  messageId: z.string().min(1),
  originalId: z.string().min(1),
  kind: z.enum(EVENT_KINDS),
  confidence: z.number().min(0).max(1),
  signals: z.array(z.string()),
  occurredAt: isoInstant,
  receivedAt: isoInstant,
  subject: z.string(),
  fromName: z.string().nullable(),
  fromAddress: z.string().nullable(),
  rawKey: z.string(),
  interviewAt: isoInstant.nullable(),
  nextStepBy: isoDate.nullable(),
  doNotContact: z.boolean(),
  meeting: MeetingDetailsSchema.nullable().optional(),
});

export const ReminderRecordSchema: z.ZodType<ReminderRecord> = z.object({
  applicationId: z.string().min(1),
  reminderId: z.string().min(1),
  rule: z.enum(RULE_IDS),
  round: z.number().int().min(0),
  fireAt: isoInstant,
  zone: z.string().min(1),
  status: z.enum(REMINDER_STATUSES),
  reason: z.string(),
  source: z.array(z.string()),
  scheduleName: z.string(),
  plannedAtVersion: z.number().int().min(0),
  statusReason: z.string().nullable(),
  sentAt: isoInstant.nullable(),
});

export const MessageOutcomeSchema: z.ZodType<MessageOutcome> = z.object({
  messageId: z.string().min(1),
  outcome: z.enum(OUTCOMES),
  reason: z.string(),
  applicationId: z.string().nullable(),
  rawKey: z.string(),
  recordedAt: isoInstant,
});

export const OriginalClaimSchema: z.ZodType<OriginalClaim> = z.object({
  originalId: z.string().min(1),
  messageId: z.string().min(1),
  applicationId: z.string().min(1),
  claimedAt: isoInstant,
});

export const NoticeSchema: z.ZodType<Notice> = z.object({
  noticeId: z.string().min(1),
  kind: z.enum(['forwarding-verification', 'unreadable-forward', 'command-help']),
  messageId: z.string().min(1),
  details: z.record(z.string(), z.string()),
  status: z.enum(['pending', 'sent']),
  createdAt: isoInstant,
});
