/**
 * Made-up applications for the page's bench and tests: what a long job search leaves in the store,
 * with the long company names, titles and reasons real mail produces. Written through the store's
 * own API, so every item has exactly the shape ingest writes.
 */
import type { ApplicationEvent, ApplicationRecord, ReminderRecord } from '../domain/application.ts';
import type { EventKind, Stage } from '../domain/kinds.ts';
import type { RuleId } from '../policy/rule-ids.ts';
import type { ApplicationStore } from '../store/application-store.ts';

const STAGES: readonly Stage[] = ['applied', 'applied', 'interviewing', 'rejected', 'stale'];
const KINDS: readonly EventKind[] = ['confirmation', 'interview', 'rejection'];
const RULES: readonly RuleId[] = ['confirm-receipt', 'status-check', 'move-on'];
/** Writes in flight at once: enough to keep dynalite busy without queueing thousands of requests. */
const WRITERS = 8;

function application(index: number, start: number): ApplicationRecord {
  const createdAt = new Date(start + index * 3_600_000).toISOString();
  return {
    id: `bench-app-${String(index).padStart(5, '0')}`,
    company: `Northwind Interplanetary Logistics & Data Infrastructure Holdings ${index} GmbH`,
    companyKey: `northwind interplanetary logistics ${index}`,
    role: 'Senior Staff Platform Reliability Engineer, Distributed Storage (Remote, EMEA/Americas overlap)',
    roleKey: 'senior staff platform reliability engineer',
    stage: STAGES[index % STAGES.length]!,
    contacts: [],
    interviewRound: 0,
    interviewAt: index % 5 === 2 ? new Date(start + index * 3_600_000 + 10 * 86_400_000).toISOString() : null,
    nextStepBy: null,
    doNotContact: false,
    lastEventAt: createdAt,
    remindersStopped: false,
    createdAt,
    updatedAt: createdAt,
    version: 1,
  };
}

function event(app: ApplicationRecord, n: number): ApplicationEvent {
  const occurredAt = new Date(Date.parse(app.createdAt) + n * 86_400_000).toISOString();
  return {
    applicationId: app.id,
    messageId: `${app.id}-m${n}`,
    originalId: `<${app.id}.${n}@ats.northwind.example>`,
    kind: KINDS[n % KINDS.length]!,
    confidence: 0.9,
    signals: [],
    occurredAt,
    receivedAt: occurredAt,
    subject: `Re: Fwd: Your application for Senior Staff Platform Reliability Engineer (REQ-2026-${app.id}) https://careers.northwind-interplanetary.example/jobs/requisitions/${app.id}/status?source=email_campaign_2026`,
    fromName: 'Northwind Talent Acquisition',
    fromAddress: 'talent-acquisition-no-reply@northwind-interplanetary.example',
    rawKey: `raw/${app.id}-m${n}.eml`,
    interviewAt: null,
    nextStepBy: null,
    doNotContact: false,
  };
}

function reminder(app: ApplicationRecord, rule: RuleId, n: number): ReminderRecord {
  return {
    applicationId: app.id,
    reminderId: `${rule}.0`,
    rule,
    round: 0,
    fireAt: new Date(Date.parse(app.createdAt) + (n + 1) * 7 * 86_400_000).toISOString(),
    zone: 'UTC',
    // The newest rule of each application is still ahead; the earlier ones went out.
    status: n === RULES.length - 1 ? 'pending' : 'sent',
    reason:
      'Fourteen days have passed since the recruiter said they would be in touch (https://careers.northwind-interplanetary.example/candidate-home/application-status/timeline?lang=en), so one polite status check is fair.',
    source: ['status-check-article'],
    scheduleName: `jobnudge-${app.id}-${rule}`,
    plannedAtVersion: 1,
    statusReason: null,
    sentAt: null,
  };
}

/** Write `count` applications, each with `eventsEach` events and three reminders (one pending). */
export async function fillApplications(store: ApplicationStore, count: number, options: { readonly eventsEach?: number; readonly start?: Date } = {}): Promise<void> {
  const start = (options.start ?? new Date('2024-01-01T09:00:00Z')).getTime();
  const eventsEach = options.eventsEach ?? 3;
  let next = 0;
  const writer = async (): Promise<void> => {
    while (next < count) {
      const app = application(next++, start);
      await store.createApplication(app);
      for (let n = 0; n < eventsEach; n++) await store.putEvent(event(app, n));
      for (const [n, rule] of RULES.entries()) await store.createReminder(reminder(app, rule, n));
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, writer));
}
