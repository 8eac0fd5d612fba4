import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../shared/logging/logger.ts';
import { reconcileReminders } from '../../shared/pipeline/reconcile-reminders.ts';
import { RULES } from '../../shared/policy/rules.ts';
import { atSchedule } from '../../shared/scheduler/at-expression.ts';
import { EventBridgeReminderScheduler, MINIMUM_LEAD_MS } from '../../shared/scheduler/eventbridge-reminder-scheduler.ts';
import { SchedulerApiFake } from '../scheduler/scheduler-api-fake.ts';
import { startFailingProxy, type FailingProxy } from './failing-proxy.ts';
import { jobMail } from './job-mail.ts';
import { parserPath, startEmulators, type Emulators } from './parser-harness.ts';
import { pipelineRig, type PipelineRig } from './pipeline-rig.ts';

// Orphans made the way production makes them: the real EventBridge adapter against the strict
// Scheduler API fake, behind the failing proxy, refuses a CreateSchedule through every retry, so a
// reminder is stored pending with no schedule. Then the reconciler runs against the same store.
const GROUP = 'jobnudge-reminders';
const CONFIG = {
  groupName: GROUP,
  targetArn: 'arn:aws:lambda:eu-central-1:123456789012:function:jobnudge-reminder',
  roleArn: 'arn:aws:iam::123456789012:role/jobnudge-scheduler',
  deadLetterArn: 'arn:aws:sqs:eu-central-1:123456789012:jobnudge-reminder-dlq',
};
const LOCAL_AWS = { region: 'eu-central-1', credentials: { accessKeyId: 'AKIDLOCALTEST', secretAccessKey: 'local-test-secret' }, maxAttempts: 1 };

let emulators: Emulators;
beforeAll(async () => {
  emulators = await startEmulators();
});
afterAll(async () => {
  await emulators?.stop();
});

interface World {
  readonly rig: PipelineRig;
  readonly fake: SchedulerApiFake;
  readonly proxy: FailingProxy;
  readonly pending: () => Promise<number>;
  stop(): Promise<void>;
}

/** An interview forward whose second CreateSchedule fails on every attempt: one orphan at least. */
async function orphaned(tag: string): Promise<World> {
  let now = () => new Date();
  const fake = await SchedulerApiFake.start({ groups: [GROUP], now: () => now() });
  const proxy = await startFailingProxy(fake.endpoint, 'scheduler');
  const client = new SchedulerClient({ ...LOCAL_AWS, endpoint: proxy.endpoint });
  const path = await parserPath(emulators);
  const rig = pipelineRig(path, { scheduler: (clock) => new EventBridgeReminderScheduler(client, CONFIG, clock) });
  now = () => rig.clock.now();
  await path.deliver(tag, await jobMail('interview', { originalTag: tag }));
  let creates = 0;
  proxy.failWhen((request) => (request.method === 'POST' && ++creates >= 2 ? 'throttle' : null));
  await expect(rig.inbound(tag)).rejects.toThrow();
  await expect(rig.inbound(tag)).rejects.toThrow();
  proxy.failWhen(() => null);
  return {
    rig,
    fake,
    proxy,
    pending: async () => (await path.store.listAllReminders('pending')).length,
    async stop() {
      client.destroy();
      await proxy.stop();
      await fake.stop();
    },
  };
}

const deps = (rig: PipelineRig) => ({ ...rig.deps, logger: silentLogger });

describe('the orphaned-reminders reconciler', () => {
  it('schedules every pending reminder that has no schedule, counts them, and changes nothing on a second run', async () => {
    const world = await orphaned('orphan-future');
    try {
      const pending = await world.pending();
      expect(pending).toBeGreaterThanOrEqual(2);
      // The finding: stored pending, but fewer schedules than reminders.
      expect(world.fake.schedules.size).toBe(1);

      const first = await reconcileReminders(deps(world.rig));
      expect(first).toEqual({ checked: pending, rescheduled: pending - 1, alreadyScheduled: 1, dropped: 0, failed: 0 });
      const names = (await world.rig.deps.store.listAllReminders('pending')).map((r) => r.scheduleName).sort();
      expect([...world.fake.schedules.values()].map((s) => s.Name).sort()).toEqual(names);

      expect(await reconcileReminders(deps(world.rig))).toEqual({ checked: pending, rescheduled: 0, alreadyScheduled: pending, dropped: 0, failed: 0 });
    } finally {
      await world.stop();
    }
  }, 60_000);

  // Each orphan is judged by its own rule's late limit: prepare, thank-you-email (and a card, when
  // one is planned) have one and are dropped; status-check has none (a check stays polite however
  // late) and is scheduled again. Which rules end up orphaned follows the plan (since b7dd402 no card
  // after an interview not known to be in person, so status-check is the third record stored).
  it('drops, with the policy’s reason, orphans that fell due longer ago than their rule allows', async () => {
    const world = await orphaned('orphan-past');
    try {
      const orphans = (await world.rig.deps.store.listAllReminders('pending')).filter((r) => ![...world.fake.schedules.values()].some((s) => s.Name === r.scheduleName));
      const expired = orphans.filter((r) => RULES[r.rule].lateLimitHours !== null);
      const unlimited = orphans.filter((r) => RULES[r.rule].lateLimitHours === null);
      expect(expired.length).toBeGreaterThan(0);
      world.rig.clock.set(new Date('2027-09-01T12:00:00Z'));
      const result = await reconcileReminders(deps(world.rig));
      expect(result.failed).toBe(0);
      expect(result.rescheduled).toBe(unlimited.length);
      expect(result.dropped).toBe(result.checked - unlimited.length);
      for (const orphan of expired) {
        const stored = await world.rig.deps.store.getReminder(orphan.applicationId, orphan.reminderId);
        expect(stored?.status).toBe('dropped');
        expect(stored?.statusReason ?? '').toMatch(/late: no longer useful|already started/);
      }
      // The schedule that did exist (prepare, dropped: the interview is over) is removed too, so it
      // cannot fire a settled reminder; only the rescheduled ones remain.
      expect([...world.fake.schedules.values()].map((s) => s.Name).sort()).toEqual(unlimited.map((r) => r.scheduleName).sort());
    } finally {
      await world.stop();
    }
  }, 60_000);

  it('schedules at once an orphan that fell due within its rule’s late limit', async () => {
    const world = await orphaned('orphan-late');
    try {
      const orphan = (await world.rig.deps.store.listAllReminders('pending')).find((r) => ![...world.fake.schedules.values()].some((s) => s.Name === r.scheduleName));
      if (!orphan) throw new Error('expected an orphan');
      world.rig.clock.set(new Date(Date.parse(orphan.fireAt) + 60 * 60_000));
      const result = await reconcileReminders(deps(world.rig));
      expect(result.rescheduled).toBeGreaterThanOrEqual(1);
      const schedule = [...world.fake.schedules.values()].find((s) => s.Name === orphan.scheduleName);
      // Its time has passed: it goes out a minute from now (the adapter's lead), not never.
      const soon = atSchedule(new Date(world.rig.clock.now().getTime() + MINIMUM_LEAD_MS), orphan.zone);
      expect(schedule?.body).toMatchObject({ ScheduleExpression: soon.expression, ScheduleExpressionTimezone: soon.timezone });
      expect((await world.rig.deps.store.getReminder(orphan.applicationId, orphan.reminderId))?.status).toBe('pending');
    } finally {
      await world.stop();
    }
  }, 60_000);
});
