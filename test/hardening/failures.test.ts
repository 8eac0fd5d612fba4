import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { SESClient } from '@aws-sdk/client-ses';
import { MailSendError } from '../../shared/mailer/errors.ts';
import { SesMailer } from '../../shared/mailer/ses-mailer.ts';
import { fireReminder } from '../../shared/pipeline/index.ts';
import { EventBridgeReminderScheduler } from '../../shared/scheduler/eventbridge-reminder-scheduler.ts';
import { startSesLocal } from '../mailer/ses-local.ts';
import { SchedulerApiFake } from '../scheduler/scheduler-api-fake.ts';
import { keys } from '../../shared/store/keys.ts';
import { startFailingProxy, type FailingProxy } from './failing-proxy.ts';
import { jobMail } from './job-mail.ts';
import { eventItemsFor, outcomeItemsFor, parserPath, startEmulators, type Emulators, type ParserPath } from './parser-harness.ts';
import { HARDENING_USER_SETTINGS, pipelineRig } from './pipeline-rig.ts';

// Faults are injected by a loopback HTTP proxy (failing-proxy.ts) in front of dynalite and s3rver,
// the project's Scheduler API fake and aws-ses-v2-local: the SDK clients are pointed at the proxy.
// Nothing of the project is mocked.
let emulators: Emulators;
let dynamoProxy: FailingProxy;
let s3Proxy: FailingProxy;

beforeAll(async () => {
  emulators = await startEmulators();
  [dynamoProxy, s3Proxy] = await Promise.all([startFailingProxy(emulators.dynamo.endpoint, 'dynamodb'), startFailingProxy(emulators.s3.endpoint, 's3')]);
});

afterAll(async () => {
  await Promise.all([dynamoProxy?.stop(), s3Proxy?.stop()]);
  await emulators?.stop();
});

/** Clients that try once, so every injected fault reaches the use case (as after the SDK's retries ran out). */
async function proxiedPath(options: { maxAttempts?: number; requestTimeoutMs?: number } = {}): Promise<ParserPath> {
  dynamoProxy.reset();
  s3Proxy.reset();
  return parserPath(emulators, { dynamoEndpoint: dynamoProxy.endpoint, s3Endpoint: s3Proxy.endpoint, maxAttempts: options.maxAttempts ?? 1, ...options });
}

async function expectOneOfEverything(path: ParserPath, messageId: string): Promise<void> {
  const items = await path.scanAll();
  expect(outcomeItemsFor(items, messageId)).toHaveLength(1);
  expect(eventItemsFor(items, messageId)).toHaveLength(1);
  expect(items.filter((item) => item.type === 'application')).toHaveLength(1);
  expect(await path.rawStillStored(messageId)).toBe(true);
}

describe('DynamoDB and S3 failures', () => {
  it('a DynamoDB 500 at any single request of a run makes it throw, and the retry completes it once', async () => {
    // How many DynamoDB requests a clean run makes (table per attempt, so each starts empty).
    const probe = await proxiedPath();
    await probe.deliver('probe', await jobMail('interview', { originalTag: 'probe' }));
    await pipelineRig(probe).inbound('probe');
    const requests = dynamoProxy.seen.length;
    expect(requests).toBeGreaterThan(3);

    for (let k = 1; k <= requests; k++) {
      const path = await proxiedPath();
      const rig = pipelineRig(path);
      const messageId = `crash-at-${k}`;
      await path.deliver(messageId, await jobMail('interview', { originalTag: messageId }));
      dynamoProxy.failWhen((request) => (request.index === k ? 'server-error' : null));

      await expect(rig.inbound(messageId), `fault at DynamoDB request ${k}`).rejects.toThrow();
      dynamoProxy.reset();
      const retried = await rig.inbound(messageId);

      expect(retried.outcome, `fault at DynamoDB request ${k}`).toBe('processed');
      await expectOneOfEverything(path, messageId);
      const stored = (await path.store.listAllReminders('pending')).map((r) => r.scheduleName).sort();
      const active = rig.scheduler.activeSchedules().map((s) => s.scheduleName).sort();
      expect(active, `schedules after a fault at DynamoDB request ${k}`).toEqual(stored);
    }
  });

  it('throttling the SDK retries away completes the run on the first invocation', async () => {
    const path = await proxiedPath({ maxAttempts: 3 });
    await path.deliver('throttled', await jobMail('interview', { originalTag: 'throttled' }));
    dynamoProxy.failWhen((request) => (request.index <= 2 ? 'throttle' : null));
    const result = await path.process('throttled');
    expect(result.outcome).toBe('processed');
    expect(dynamoProxy.failed).toHaveLength(2);
    await expectOneOfEverything(path, 'throttled');
  });

  it('an S3 error or an S3 read that never answers makes processSesRecord throw, records nothing, and the retry completes', async () => {
    const path = await proxiedPath({ requestTimeoutMs: 300 });
    await path.deliver('s3-fault', await jobMail('interview', { originalTag: 's3-fault' }));
    for (const fault of ['server-error', 'throttle', 'hang'] as const) {
      s3Proxy.failWhen((request) => (request.method === 'GET' ? fault : null));
      await expect(path.process('s3-fault'), fault).rejects.toThrow();
      expect(await path.store.getOutcome('s3-fault')).toBeNull();
    }
    s3Proxy.reset();
    expect((await path.process('s3-fault')).outcome).toBe('processed');
    await expectOneOfEverything(path, 's3-fault');
  });
});

const SCHEDULER_GROUP = 'jobnudge-reminders';
const SCHEDULER_CONFIG = {
  groupName: SCHEDULER_GROUP,
  targetArn: 'arn:aws:lambda:eu-central-1:123456789012:function:jobnudge-reminder',
  roleArn: 'arn:aws:iam::123456789012:role/jobnudge-scheduler',
  deadLetterArn: 'arn:aws:sqs:eu-central-1:123456789012:jobnudge-reminder-dlq',
};
const LOCAL_AWS = { region: 'eu-central-1', credentials: { accessKeyId: 'AKIDLOCALTEST', secretAccessKey: 'local-test-secret' }, maxAttempts: 1 };

describe('Scheduler and SES failures', () => {
  // The real adapters: EventBridgeReminderScheduler against the project's strict Scheduler API fake
  // (test/scheduler), SesMailer against aws-ses-v2-local, each behind the failing proxy.
  it('a Scheduler error fails the inbound run, and the retry schedules every stored reminder once', async () => {
    let now = () => new Date();
    const fake = await SchedulerApiFake.start({ groups: [SCHEDULER_GROUP], now: () => now() });
    const proxy = await startFailingProxy(fake.endpoint, 'scheduler');
    const client = new SchedulerClient({ ...LOCAL_AWS, endpoint: proxy.endpoint });
    try {
      const path = await parserPath(emulators);
      const rig = pipelineRig(path, { scheduler: (clock) => new EventBridgeReminderScheduler(client, SCHEDULER_CONFIG, clock) });
      now = () => rig.clock.now();
      await path.deliver('sched-fault', await jobMail('interview', { originalTag: 'sched-fault' }));
      let creates = 0;
      proxy.failWhen((request) => (request.method === 'POST' && ++creates === 2 ? 'throttle' : null));

      await expect(rig.inbound('sched-fault')).rejects.toThrow();
      proxy.failWhen(() => null);
      expect(await rig.inbound('sched-fault')).toMatchObject({ outcome: 'processed', replayed: true });

      const pending = (await path.store.listAllReminders('pending')).map((r) => r.scheduleName).sort();
      expect(pending.length).toBeGreaterThan(1);
      expect([...fake.schedules.values()].map((s) => s.Name).sort()).toEqual(pending);
      expect(proxy.failed).toHaveLength(1);
    } finally {
      client.destroy();
      await proxy.stop();
      await fake.stop();
    }
  });

  it('an SES error at send time fails the firing; the retry sends it once, and concurrent firings never double it', async () => {
    const ses = await startSesLocal();
    const proxy = await startFailingProxy(ses.endpoint, 'ses');
    const client = new SESClient({ ...LOCAL_AWS, endpoint: proxy.endpoint });
    try {
      const path = await parserPath(emulators);
      const rig = pipelineRig(path, { mailer: () => new SesMailer({ client, allowedRecipient: HARDENING_USER_SETTINGS.notifyAddress }) });
      await path.deliver('ses-fault', await jobMail('interview', { originalTag: 'ses-fault' }));
      await rig.inbound('ses-fault');
      const [first] = rig.scheduler.activeSchedules();
      if (!first) throw new Error('expected a schedule');
      rig.clock.set(first.dueAt);

      for (const fault of ['server-error', 'throttle'] as const) {
        proxy.failWhen(() => fault);
        await expect(fireReminder(first.payload, rig.deps), fault).rejects.toBeInstanceOf(MailSendError);
        expect((await path.store.getReminder(first.payload.applicationId, first.payload.reminderId))?.status).toBe('pending');
      }
      proxy.failWhen(() => null);
      const results = await Promise.all(Array.from({ length: 5 }, () => fireReminder(first.payload, rig.deps)));

      expect(results.filter((r) => r.status === 'sent')).toHaveLength(1);
      const delivered = await ses.emails();
      expect(delivered).toHaveLength(1);
      expect(delivered[0]?.destination.to).toEqual([HARDENING_USER_SETTINGS.notifyAddress]);
      expect((await path.store.getReminder(first.payload.applicationId, first.payload.reminderId))?.status).toBe('sent');
    } finally {
      client.destroy();
      await proxy.stop();
      await ses.stop();
    }
  });

  it('a schedule firing after its application was closed or deleted is dropped with a reason and sends nothing', async () => {
    const path = await parserPath(emulators);
    const rig = pipelineRig(path);
    for (const tag of ['closed', 'deleted']) {
      await path.deliver(`late-${tag}-interview`, await jobMail('interview', { originalTag: `late-${tag}`, company: `Late ${tag} Labs` }));
      await rig.inbound(`late-${tag}-interview`);
    }
    const schedules = rig.scheduler.activeSchedules();
    const closedApp = (await path.store.listApplications()).find((a) => a.company === 'Late closed Labs');
    const deletedApp = (await path.store.listApplications()).find((a) => a.company === 'Late deleted Labs');
    if (!closedApp || !deletedApp) throw new Error('expected both applications');

    await path.deliver('late-closed-rejection', await jobMail('rejection', { originalTag: 'late-closed', company: 'Late closed Labs' }));
    await rig.inbound('late-closed-rejection');
    await path.documentClient.send(new DeleteCommand({ TableName: path.tableName, Key: keys.application(deletedApp.id) }));

    const late = schedules.filter((s) => s.payload.applicationId === closedApp.id || s.payload.applicationId === deletedApp.id);
    expect(late.length).toBeGreaterThanOrEqual(2);
    for (const schedule of late) {
      rig.clock.set(schedule.dueAt);
      const result = await fireReminder(schedule.payload, rig.deps);
      expect(result.status).toBe('dropped');
      expect(result.reason.trim()).not.toBe('');
    }
    expect(rig.mailer.sent).toEqual([]);
    for (const reminder of await path.store.listReminders(closedApp.id)) expect(reminder.status).not.toBe('sent');
  });
});
