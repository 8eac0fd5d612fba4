import { UserSettingsSchema, type UserSettings, type UserSettingsInput } from '../../shared/config/settings.ts';
import type { Contact } from '../../shared/domain/analysis.ts';
import type { ApplicationEvent, ApplicationRecord, ReminderRecord } from '../../shared/domain/application.ts';
import type { RuleId } from '../../shared/policy/rule-ids.ts';
import type { RenderReminderInput } from '../../shared/reminders/render.ts';

// Invented people and companies: the project's own fixtures, no corpus text.
export const USER = 'sam.rivera@example.net';
export const SENDER = 'reminders@nudge.example.org';

export function settings(overrides: Partial<UserSettingsInput> = {}): UserSettings {
  return UserSettingsSchema.parse({
    timeZone: 'Europe/Berlin',
    allowedSenders: [USER],
    notifyAddress: USER,
    senderAddress: SENDER,
    signature: 'Sam Rivera\n+49 30 555 0100 · sam.rivera@example.net',
    ...overrides,
  });
}

/** The recruiter who wrote and arranged the interview. */
export const recruiter: Contact = { name: 'Priya Natarajan', email: 'priya@acme.example', robot: false, source: 'from', part: 'arranged' };
/** The person the user met, from the invite's attendees. */
export const interviewer: Contact = { name: 'Emily Garner', email: 'emily.garner@acme.example', robot: false, source: 'calendar', part: 'interviewer' };
export const robot: Contact = { name: 'Acme Careers', email: 'no-reply@ats.example', robot: true, source: 'from' };

export function application(overrides: Partial<ApplicationRecord> = {}): ApplicationRecord {
  return {
    id: 'app-7f3a',
    company: 'Acme',
    companyKey: 'acme',
    role: 'Data Engineer',
    roleKey: 'data engineer',
    stage: 'interviewing',
    contacts: [recruiter, interviewer],
    interviewRound: 1,
    interviewAt: '2026-11-03T10:00:00+01:00',
    nextStepBy: null,
    doNotContact: false,
    lastEventAt: '2026-10-27T09:30:00+01:00',
    remindersStopped: false,
    createdAt: '2026-10-20T08:00:00Z',
    updatedAt: '2026-10-27T08:31:00Z',
    version: 3,
    ...overrides,
  };
}

export function event(kind: ApplicationEvent['kind'], occurredAt: string, subject: string, extra: Partial<ApplicationEvent> = {}): ApplicationEvent {
  return {
    applicationId: 'app-7f3a',
    messageId: `ses-${occurredAt}`,
    originalId: `orig-${occurredAt}`,
    kind,
    confidence: 0.9,
    signals: [],
    occurredAt,
    receivedAt: occurredAt,
    subject,
    fromName: null,
    fromAddress: null,
    rawKey: `inbox/${occurredAt}`,
    interviewAt: null,
    nextStepBy: null,
    doNotContact: false,
    ...extra,
  };
}

export const timeline: readonly ApplicationEvent[] = [
  event('interview', '2026-10-27T09:30:00+01:00', 'Interview invitation: Data Engineer', { interviewAt: '2026-11-03T10:00:00+01:00' }),
  event('confirmation', '2026-10-20T09:00:00+02:00', 'We received your application'),
];

export function reminder(rule: RuleId, fireAt: string, overrides: Partial<ReminderRecord> = {}): ReminderRecord {
  return {
    applicationId: 'app-7f3a',
    reminderId: `${rule}.1`,
    rule,
    round: 1,
    fireAt,
    zone: 'Europe/Berlin',
    status: 'pending',
    reason: '',
    source: [],
    scheduleName: `jn-app-7f3a-${rule}-1`,
    plannedAtVersion: 3,
    statusReason: null,
    sentAt: null,
    ...overrides,
  };
}

/** When each rule fires for the fixture application (policy defaults). */
export const FIRE_AT: Readonly<Record<RuleId, string>> = {
  'confirm-receipt': '2026-10-27T09:00:00+01:00',
  'keep-applying': '2026-11-19T09:00:00+01:00',
  prepare: '2026-11-02T18:00:00+01:00',
  'thank-you-email': '2026-11-03T12:00:00+01:00',
  'thank-you-note': '2026-11-05T09:00:00+01:00',
  'status-check': '2026-11-17T09:00:00+01:00',
  'move-on': '2026-11-24T09:00:00+01:00',
  'ask-feedback': '2026-11-10T09:00:00+01:00',
  'stay-in-touch': '2026-11-11T09:00:00+01:00',
};

export function input(rule: RuleId, overrides: Partial<RenderReminderInput> = {}): RenderReminderInput {
  const fireAt = FIRE_AT[rule];
  return {
    application: application(),
    timeline,
    reminder: reminder(rule, fireAt),
    settings: settings(),
    now: new Date(fireAt),
    ...overrides,
  };
}
