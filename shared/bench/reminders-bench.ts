/**
 * Reminder figures for `npm run bench`: planning and rendering time per reminder, and how big the
 * Lambda bundles are (cold-start cost). Works without the corpus: the applications are made up here.
 */
import { build } from 'esbuild';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { UserSettingsSchema, type UserSettings } from '../config/settings.ts';
import type { ApplicationEvent, ApplicationRecord, ReminderRecord } from '../domain/application.ts';
import type { EventKind } from '../domain/kinds.ts';
import { composeMessage } from '../mailer/compose.ts';
import { reminderMessageKey } from '../mailer/message-id.ts';
import { planReminders } from '../policy/planner.ts';
import { renderReminder } from '../reminders/render.ts';
import { toUser } from '../reminders/rendered-email.ts';
import { median, medianMs } from './timing.ts';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ROUNDS = 15;
/** How many made-up applications the timing runs over (each yields several reminders). */
const APPLICATIONS = 40;

const settings: UserSettings = UserSettingsSchema.parse({
  timeZone: 'Europe/Berlin',
  allowedSenders: ['pat@home.example'],
  notifyAddress: 'pat@home.example',
  senderAddress: 'nudge@jobs.example',
  signature: 'Pat Example',
});

function application(index: number, fields: Partial<ApplicationRecord>): ApplicationRecord {
  return {
    id: `bench-${index}`,
    company: `Company ${index}`,
    companyKey: `company ${index}`,
    role: 'Platform Engineer',
    roleKey: 'platform engineer',
    stage: 'applied',
    contacts: [{ name: 'Dana Okafor', email: `dana@company${index}.example`, robot: false, source: 'from' }],
    interviewRound: 0,
    interviewAt: null,
    nextStepBy: null,
    doNotContact: false,
    lastEventAt: '2026-11-02T10:00:00+01:00',
    remindersStopped: false,
    createdAt: '2026-11-02T09:00:00Z',
    updatedAt: '2026-11-02T09:00:00Z',
    version: 1,
    ...fields,
  };
}

function event(index: number, kind: EventKind, occurredAt: string, interviewAt: string | null = null): ApplicationEvent {
  return {
    applicationId: `bench-${index}`,
    messageId: `bench-${index}-${kind}`,
    originalId: `bench-${index}-${kind}@company.example`,
    kind,
    confidence: 0.9,
    signals: [],
    occurredAt,
    receivedAt: occurredAt,
    subject: `${kind} for Platform Engineer`,
    fromName: 'Dana Okafor',
    fromAddress: `dana@company${index}.example`,
    rawKey: `raw/bench-${index}-${kind}`,
    interviewAt,
    nextStepBy: null,
    doNotContact: false,
  };
}

interface Scenario {
  readonly app: ApplicationRecord;
  readonly previous: ApplicationRecord | null;
  readonly event: ApplicationEvent;
  readonly timeline: ApplicationEvent[];
}

/** Confirmation, interview invite and rejection plans for each made-up application. */
function scenarios(): Scenario[] {
  const list: Scenario[] = [];
  for (let i = 0; i < APPLICATIONS; i++) {
    const applied = application(i, {});
    const confirmation = event(i, 'confirmation', '2026-11-02T10:00:00+01:00');
    const interviewAt = '2026-11-12T14:00:00+01:00';
    const interviewing = application(i, { stage: 'interviewing', interviewRound: 1, interviewAt, lastEventAt: '2026-11-05T10:00:00+01:00', version: 2 });
    const invite = event(i, 'interview', '2026-11-05T10:00:00+01:00', interviewAt);
    const rejected = application(i, { ...interviewing, stage: 'rejected', lastEventAt: '2026-11-20T10:00:00+01:00', version: 3 });
    const rejection = event(i, 'rejection', '2026-11-20T10:00:00+01:00');
    list.push({ app: applied, previous: null, event: confirmation, timeline: [confirmation] });
    list.push({ app: interviewing, previous: applied, event: invite, timeline: [confirmation, invite] });
    list.push({ app: rejected, previous: interviewing, event: rejection, timeline: [confirmation, invite, rejection] });
  }
  return list;
}

async function timing(): Promise<void> {
  const all = scenarios();
  const plans = all.map((s) => ({ scenario: s, reminders: plan(s) }));
  const reminderCount = plans.reduce((sum, p) => sum + p.reminders.length, 0);
  const planMs = await medianMs(ROUNDS, () => Promise.resolve(all.map(plan)));

  const renderSamples: number[] = [];
  const composeSamples: number[] = [];
  for (const { scenario, reminders } of plans) {
    for (const reminder of reminders) {
      const input = { application: scenario.app, timeline: scenario.timeline, reminder, settings, now: new Date(reminder.fireAt) };
      renderSamples.push(await medianMs(ROUNDS, () => Promise.resolve(renderReminder(input))));
      const email = renderReminder(input);
      const outgoing = toUser(email, settings, reminderMessageKey(scenario.app.id, reminder.reminderId));
      composeSamples.push(await medianMs(ROUNDS, () => composeMessage(outgoing, { allowedRecipient: settings.notifyAddress })));
    }
  }
  console.log(`${all.length} plans (${APPLICATIONS} applications × confirmation, invite, rejection) → ${reminderCount} reminders`);
  console.log(`planning                 ${(planMs / reminderCount).toFixed(4)} ms per reminder planned`);
  console.log(`rendering (text + HTML)  ${median(renderSamples).toFixed(4)} ms median per reminder`);
  console.log(`composing the MIME       ${median(composeSamples).toFixed(4)} ms median per reminder`);
}

function plan(s: Scenario): ReminderRecord[] {
  return planReminders({ application: s.app, previous: s.previous, event: s.event, pending: [], settings, now: new Date(s.event.occurredAt) }).diff.create;
}

/** Bundled the way the stack bundles them (ESM, minified, SDK included), without writing files. */
async function bundleSizes(): Promise<void> {
  for (const name of ['parser', 'reminder']) {
    const result = await build({
      entryPoints: [resolve(repoRoot, `functions/${name}/handler.ts`)],
      bundle: true,
      minify: true,
      platform: 'node',
      target: 'node22',
      format: 'esm',
      mainFields: ['module', 'main'],
      write: false,
      logLevel: 'silent',
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    });
    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    const kib = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;
    console.log(`${name.padEnd(9)} bundle ${kib(code.byteLength).padStart(9)}  (gzip ${kib(gzipSync(code).byteLength)})`);
  }
}

export async function benchReminders(): Promise<void> {
  console.log('\n== reminders: planning and rendering ==');
  await timing();
  console.log('\n== Lambda bundles ==');
  await bundleSizes();
}
