// The reconciler Lambda handler end to end on moto: DynamoDB and EventBridge Scheduler behind one
// endpoint, the way the deployed function talks to AWS. The table is seeded through the production
// store adapter with orphans of each kind; the handler must schedule, keep or drop each one and
// print its counts as one CloudWatch EMF line (Powertools Metrics writes it straight to stdout,
// which the test reads; nothing is mocked).
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateScheduleGroupCommand, GetScheduleCommand, ListSchedulesCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ENDPOINT_ENV, ENV } from '../../shared/config/env-names.ts';
import { systemClock } from '../../shared/domain/clock.ts';
import type { ReminderRecord } from '../../shared/domain/application.ts';
import { METRICS_NAMESPACE, RECONCILE_METRICS, RECONCILER_SERVICE_NAME } from '../../shared/pipeline/reconcile-metrics.ts';
import { RECONCILE_SCHEDULE_INPUT } from '../../shared/pipeline/reconcile-payload.ts';
import type { ReconcileResult } from '../../shared/pipeline/reconcile-reminders.ts';
import { EventBridgeReminderScheduler } from '../../shared/scheduler/eventbridge-reminder-scheduler.ts';
import { payloadFor, ReminderPayloadSchema } from '../../shared/scheduler/reminder-payload.ts';
import { scheduleNameFor } from '../../shared/scheduler/schedule-name.ts';
import { createTable } from '../../shared/store/create-table.ts';
import { DynamoDbApplicationStore } from '../../shared/store/dynamodb-application-store.ts';
import { MOTO_CREDENTIALS, MOTO_INSTALL_HINT, motoAvailable, startMoto, type Moto } from '../support/moto.ts';
import { anApplication, aReminder } from '../support/records.ts';

const REQUIRED = process.env.JOBNUDGE_REQUIRE_SYSTEM_TOOLS === '1';
const AVAILABLE = motoAvailable();
if (!AVAILABLE && !REQUIRED) console.warn(`skipping the moto reconciler tests: ${MOTO_INSTALL_HINT}`);

const REGION = 'us-east-1';
const TABLE = 'jobnudge-reconcile-moto';
const GROUP = 'jobnudge-moto-reminders';
const SCHEDULER = {
  groupName: GROUP,
  targetArn: 'arn:aws:lambda:us-east-1:123456789012:function:jobnudge-reminder',
  roleArn: 'arn:aws:iam::123456789012:role/jobnudge-scheduler',
  deadLetterArn: 'arn:aws:sqs:us-east-1:123456789012:jobnudge-reminder-dlq',
};
const HOUR = 3_600_000;

/** A pending reminder of one application, named the way the planner names its schedule. */
function pending(applicationId: string, reminderId: string, rule: ReminderRecord['rule'], fireAt: Date): ReminderRecord {
  return aReminder({
    applicationId,
    reminderId,
    rule,
    round: 0,
    fireAt: fireAt.toISOString(),
    scheduleName: scheduleNameFor(applicationId, reminderId, 1),
    plannedAtVersion: 1,
  });
}

/** The EMF documents printed to stdout while `run` ran. */
async function emfLinesDuring<T>(run: () => Promise<T>): Promise<{ result: T | Error; emf: Record<string, unknown>[] }> {
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  });
  let result: T | Error;
  try {
    result = await run();
  } catch (error) {
    result = error as Error;
  } finally {
    spy.mockRestore();
  }
  const emf = written
    .flatMap((chunk) => chunk.split('\n'))
    .filter((line) => line.includes('"_aws"'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { result, emf };
}

describe('moto for the reconciler handler', () => {
  it.runIf(REQUIRED)('is installed when CI requires it', () => {
    expect(AVAILABLE, MOTO_INSTALL_HINT).toBe(true);
  });
});

describe.runIf(AVAILABLE)('the daily reconciler handler on moto', () => {
  let moto: Moto;
  let scheduler: SchedulerClient;
  let store: DynamoDbApplicationStore;
  let reconcile: (event: unknown) => Promise<ReconcileResult>;
  const now = new Date();
  const future = pending('app-future', 'keep-applying.0', 'keep-applying', new Date(now.getTime() + 10 * 24 * HOUR));
  const lateButUseful = pending('app-late', 'confirm-receipt.0', 'confirm-receipt', new Date(now.getTime() - 2 * 24 * HOUR));
  const tooLate = pending('app-too-late', 'confirm-receipt.0', 'confirm-receipt', new Date(now.getTime() - 10 * 24 * HOUR));
  const scheduled = pending('app-scheduled', 'keep-applying.0', 'keep-applying', new Date(now.getTime() + 3 * 24 * HOUR));
  const movedOn = pending('app-moved-on', 'keep-applying.0', 'keep-applying', new Date(now.getTime() + 5 * 24 * HOUR));

  beforeAll(async () => {
    moto = await startMoto();
    const options = { endpoint: moto.endpoint, region: REGION, credentials: MOTO_CREDENTIALS };
    scheduler = new SchedulerClient(options);
    const dynamo = new DynamoDBClient(options);
    await createTable(dynamo, TABLE);
    await scheduler.send(new CreateScheduleGroupCommand({ Name: GROUP }));
    store = new DynamoDbApplicationStore({ client: DynamoDBDocumentClient.from(dynamo), tableName: TABLE });

    for (const reminder of [future, lateButUseful, tooLate, scheduled]) {
      await store.createApplication(anApplication({ id: reminder.applicationId, stage: 'applied' }));
      await store.putReminder(reminder);
    }
    // The application moved on (rejected) while its applied-stage reminder was orphaned.
    await store.createApplication(anApplication({ id: movedOn.applicationId, stage: 'rejected' }));
    await store.putReminder(movedOn);
    // Only this one got its schedule; a sent reminder is never looked at.
    await new EventBridgeReminderScheduler(scheduler, SCHEDULER, systemClock).schedule(scheduled, payloadFor(scheduled));
    await store.putReminder({ ...pending('app-future', 'confirm-receipt.0', 'confirm-receipt', now), status: 'sent' });

    const env: Record<string, string> = {
      [ENV.tableName]: TABLE,
      [ENV.scheduleGroup]: GROUP,
      [ENV.schedulerRoleArn]: SCHEDULER.roleArn,
      [ENV.reminderDlqArn]: SCHEDULER.deadLetterArn,
      [ENV.reminderFunctionArn]: SCHEDULER.targetArn,
      [ENDPOINT_ENV.all]: moto.endpoint,
      AWS_REGION: REGION,
      AWS_ACCESS_KEY_ID: MOTO_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: MOTO_CREDENTIALS.secretAccessKey,
      POWERTOOLS_LOG_LEVEL: 'SILENT',
    };
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    // Imported only now: the handler reads its environment at cold start, like in Lambda.
    ({ handler: reconcile } = await import('../../functions/reconciler/handler.ts'));
  }, 60_000);

  afterEach(() => {
    vi.restoreAllMocks();
  });

  afterAll(async () => {
    vi.unstubAllEnvs();
    scheduler?.destroy();
    await moto?.stop();
  });

  async function scheduleNames(): Promise<string[]> {
    const page = await scheduler.send(new ListSchedulesCommand({ GroupName: GROUP }));
    return (page.Schedules ?? []).map((schedule) => schedule.Name ?? '').sort();
  }

  const scheduledInput = JSON.parse(RECONCILE_SCHEDULE_INPUT.replace('<aws.scheduler.scheduled-time>', now.toISOString())) as unknown;

  it('schedules the orphans still worth sending, drops the ones the policy says are past, and publishes the fixes as a metric', async () => {
    const { result, emf } = await emfLinesDuring(() => reconcile(scheduledInput));
    expect(result).toEqual({ checked: 5, rescheduled: 2, alreadyScheduled: 1, dropped: 2, failed: 0 });

    expect(await scheduleNames()).toEqual([future, lateButUseful, scheduled].map((r) => r.scheduleName).sort());
    const created = await scheduler.send(new GetScheduleCommand({ GroupName: GROUP, Name: future.scheduleName }));
    expect(created.Target?.Arn).toBe(SCHEDULER.targetArn);
    expect(ReminderPayloadSchema.parse(JSON.parse(created.Target?.Input ?? 'null'))).toEqual(payloadFor(future));

    expect((await store.getReminder(tooLate.applicationId, tooLate.reminderId))?.statusReason).toMatch(/late/);
    const droppedMovedOn = await store.getReminder(movedOn.applicationId, movedOn.reminderId);
    expect(droppedMovedOn?.status).toBe('dropped');
    expect(droppedMovedOn?.statusReason).toMatch(/moved on/);
    expect((await store.getReminder(lateButUseful.applicationId, lateButUseful.reminderId))?.status).toBe('pending');

    expect(emf).toHaveLength(1);
    const [line] = emf;
    expect(line).toMatchObject({
      service: RECONCILER_SERVICE_NAME,
      [RECONCILE_METRICS.orphansFixed]: 4,
      // The other counts ride along as metadata (not billed as metrics).
      checked: '5',
      rescheduled: '2',
      dropped: '2',
      failed: '0',
    });
    const directive = (line?._aws as { CloudWatchMetrics: { Namespace: string; Dimensions: string[][]; Metrics: { Name: string; Unit: string }[] }[] })
      .CloudWatchMetrics[0];
    expect(directive?.Namespace).toBe(METRICS_NAMESPACE);
    expect(directive?.Dimensions).toEqual([['service']]);
    expect(directive?.Metrics).toEqual([{ Name: RECONCILE_METRICS.orphansFixed, Unit: 'Count' }]);
  });

  it('fixes nothing on the next day’s run and says so with a zero', async () => {
    const { result, emf } = await emfLinesDuring(() => reconcile(scheduledInput));
    expect(result).toEqual({ checked: 3, rescheduled: 0, alreadyScheduled: 3, dropped: 0, failed: 0 });
    expect(emf[0]).toMatchObject({ [RECONCILE_METRICS.orphansFixed]: 0 });
  });

  it('refuses a payload that is not the daily reconcile payload, naming the field, without sweeping', async () => {
    const reminderPayload = payloadFor(future);
    const { result, emf } = await emfLinesDuring(() => reconcile(reminderPayload));
    expect(result).toBeInstanceOf(Error);
    expect((result as Error).name).toBe('InvalidReconcilePayloadError');
    expect((result as Error).message).toContain('reconcile');
    expect(emf).toEqual([]);
  });
});
