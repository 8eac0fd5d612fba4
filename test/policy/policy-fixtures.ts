// Builders for policy tests: the project's own made-up applications, events and settings.
import type { UserSettings, UserSettingsInput } from '../../shared/config/settings.ts';
import { UserSettingsSchema } from '../../shared/config/settings.ts';
import type { Contact } from '../../shared/domain/analysis.ts';
import type { ApplicationEvent, ApplicationRecord, ReminderRecord } from '../../shared/domain/application.ts';
import type { EventKind } from '../../shared/domain/kinds.ts';
import type { PlanInput, ReminderPlan } from '../../shared/policy/planner.ts';
import { planReminders } from '../../shared/policy/planner.ts';

export const person: Contact = { name: 'Dana Okafor', email: 'dana.okafor@northwind.example', robot: false, source: 'from' };
export const robot: Contact = { name: 'Northwind Careers', email: 'no-reply@ats.example', robot: true, source: 'from' };

export function settingsFor(timeZone: string, extra: Partial<UserSettingsInput> = {}): UserSettings {
  return UserSettingsSchema.parse({
    timeZone,
    allowedSenders: ['me@home.example'],
    notifyAddress: 'me@home.example',
    senderAddress: 'nudge@jobs.example',
    ...extra,
  });
}

export function applicationWith(fields: Partial<ApplicationRecord> = {}): ApplicationRecord {
  return {
    id: 'app-northwind-data-engineer',
    company: 'Northwind',
    companyKey: 'northwind',
    role: 'Data Engineer',
    roleKey: 'data engineer',
    stage: 'applied',
    contacts: [person],
    interviewRound: 0,
    interviewAt: null,
    nextStepBy: null,
    doNotContact: false,
    // In person at a known address, so the optional card rule is planned unless a test says otherwise.
    meeting: { format: 'onsite', link: null, location: 'Northwind, 12 Harbour Road, Rotterdam', dialIn: null, durationMinutes: null },
    lastEventAt: '2026-03-02T14:12:00+01:00',
    remindersStopped: false,
    createdAt: '2026-03-02T14:13:00Z',
    updatedAt: '2026-03-02T14:13:00Z',
    version: 1,
    ...fields,
  };
}

let messageCounter = 0;

export function eventOf(kind: EventKind, occurredAt: string, fields: Partial<ApplicationEvent> = {}): ApplicationEvent {
  messageCounter += 1;
  return {
    applicationId: 'app-northwind-data-engineer',
    messageId: `ses-${messageCounter}`,
    originalId: `original-${messageCounter}@northwind.example`,
    kind,
    confidence: 0.9,
    signals: [],
    occurredAt,
    receivedAt: occurredAt,
    subject: `${kind} (test)`,
    // A confirmation is the user's own sent application (to Dana) unless a test says otherwise: a
    // confirmation Dana wrote herself already confirms receipt, and confirm-receipt is not planned.
    fromName: kind === 'confirmation' ? 'Me' : 'Dana Okafor',
    fromAddress: kind === 'confirmation' ? 'me@home.example' : 'dana.okafor@northwind.example',
    rawKey: `raw/ses-${messageCounter}`,
    interviewAt: null,
    nextStepBy: null,
    doNotContact: false,
    ...fields,
  };
}

/** Plan with sensible defaults: no previous state, nothing stored. */
export function plan(input: Partial<PlanInput> & Pick<PlanInput, 'application' | 'event' | 'settings' | 'now'>): ReminderPlan {
  return planReminders({ previous: null, pending: [], ...input });
}

/** The stored reminders after applying a plan's diff (cancellations first, then creations). */
export function applyDiff(stored: readonly ReminderRecord[], result: ReminderPlan): ReminderRecord[] {
  const byId = new Map(stored.map((record) => [record.reminderId, record]));
  for (const record of result.diff.cancel) byId.set(record.reminderId, record);
  for (const record of result.diff.create) byId.set(record.reminderId, record);
  return [...byId.values()];
}

/** fireAt of the desired reminder with this id, or undefined. */
export function fireAtOf(result: ReminderPlan, reminderId: string): string | undefined {
  return result.desired.find((reminder) => reminder.reminderId === reminderId)?.fireAt;
}

export function desiredIds(result: ReminderPlan): string[] {
  return result.desired.map((reminder) => reminder.reminderId).sort();
}
