// The EventBridge Scheduler adapter, talking through the real SDK client over loopback to a strict
// fake of the Scheduler HTTP API (scheduler-api-fake.ts). It is a fake, not an emulator, because
// no Scheduler emulator that runs here validates requests: moto's accepts anything and never fires.
import { CreateScheduleCommand, GetScheduleCommand, SchedulerClient, ValidationException, type SchedulerClientConfig } from '@aws-sdk/client-scheduler';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../shared/config/zod-errors.ts';
import type { ReminderRecord } from '../../shared/domain/application.ts';
import { ManualClock } from '../../shared/domain/clock.ts';
import { EventBridgeReminderScheduler } from '../../shared/scheduler/eventbridge-reminder-scheduler.ts';
import { payloadFor, ReminderPayloadSchema } from '../../shared/scheduler/reminder-payload.ts';
import { ReminderSchedulingError } from '../../shared/scheduler/reminder-scheduler.ts';
import { scheduleNameFor } from '../../shared/scheduler/schedule-name.ts';
import { SchedulerApiFake } from './scheduler-api-fake.ts';

const GROUP = 'jobnudge-reminders';
const config = {
  groupName: GROUP,
  targetArn: 'arn:aws:lambda:eu-central-1:123456789012:function:jobnudge-reminder',
  roleArn: 'arn:aws:iam::123456789012:role/jobnudge-scheduler',
  deadLetterArn: 'arn:aws:sqs:eu-central-1:123456789012:jobnudge-reminder-dlq',
};

const clock = new ManualClock(new Date('2026-10-20T08:00:00Z'));
let fake: SchedulerApiFake;
let client: SchedulerClient;
let CLIENT_OPTIONS: SchedulerClientConfig;

beforeAll(async () => {
  fake = await SchedulerApiFake.start({ groups: [GROUP], now: () => clock.now() });
  CLIENT_OPTIONS = {
    endpoint: fake.endpoint,
    region: 'eu-central-1',
    credentials: { accessKeyId: 'AKIDLOCALTEST', secretAccessKey: 'local-test-secret' },
  };
  client = new SchedulerClient({ ...CLIENT_OPTIONS, maxAttempts: 1 });
});

afterAll(async () => {
  client.destroy();
  await fake.stop();
});

beforeEach(() => {
  fake.throttleNext(0);
  fake.schedules.clear();
  fake.requests.length = 0;
  clock.set(new Date('2026-10-20T08:00:00Z'));
});

function reminder(fields: Partial<ReminderRecord> = {}): ReminderRecord {
  const applicationId = fields.applicationId ?? 'app-northwind-data-engineer';
  const reminderId = fields.reminderId ?? 'confirm-receipt.0';
  const plannedAtVersion = fields.plannedAtVersion ?? 3;
  return {
    applicationId,
    reminderId,
    rule: 'confirm-receipt',
    round: 0,
    fireAt: '2026-10-27T09:00:00+01:00',
    zone: 'Europe/Berlin',
    status: 'pending',
    reason: 'test',
    source: ['003'],
    scheduleName: scheduleNameFor(applicationId, reminderId, plannedAtVersion),
    plannedAtVersion,
    statusReason: null,
    sentAt: null,
    ...fields,
  };
}

describe('EventBridgeReminderScheduler', () => {
  it('creates a one-time schedule at the local wall-clock time in the user’s zone, deleted after it runs', async () => {
    const scheduler = new EventBridgeReminderScheduler(client, config, clock);
    const record = reminder();
    await scheduler.schedule(record, payloadFor(record));

    const stored = await client.send(new GetScheduleCommand({ Name: record.scheduleName, GroupName: GROUP }));
    // 09:00 on 27 October in Berlin (after the DST change): written as 09:00 with the zone, not 08:00 UTC.
    expect(stored.ScheduleExpression).toBe('at(2026-10-27T09:00:00)');
    expect(stored.ScheduleExpressionTimezone).toBe('Europe/Berlin');
    expect(stored.ActionAfterCompletion).toBe('DELETE');
    expect(stored.FlexibleTimeWindow).toEqual({ Mode: 'OFF' });
    expect(stored.Target?.Arn).toBe(config.targetArn);
    expect(stored.Target?.RoleArn).toBe(config.roleArn);
    expect(stored.Target?.DeadLetterConfig).toEqual({ Arn: config.deadLetterArn });
    expect(stored.Target?.RetryPolicy).toEqual({ MaximumEventAgeInSeconds: 21_600, MaximumRetryAttempts: 10 });
    expect(ReminderPayloadSchema.parse(JSON.parse(stored.Target?.Input ?? 'null'))).toEqual({
      applicationId: 'app-northwind-data-engineer',
      reminderId: 'confirm-receipt.0',
      version: 3,
    });
  });

  it('writes New York reminders in New York wall-clock time', async () => {
    const scheduler = new EventBridgeReminderScheduler(client, config, clock);
    const record = reminder({ fireAt: '2026-11-04T09:00:00-05:00', zone: 'America/New_York' });
    await scheduler.schedule(record, payloadFor(record));
    const body = fake.schedule(GROUP, record.scheduleName)?.body;
    expect(body?.ScheduleExpression).toBe('at(2026-11-04T09:00:00)');
    expect(body?.ScheduleExpressionTimezone).toBe('America/New_York');
  });

  it('schedules a reminder whose time has passed one minute from now instead of in the past', async () => {
    clock.set(new Date('2026-10-28T10:15:20Z'));
    const scheduler = new EventBridgeReminderScheduler(client, config, clock);
    const record = reminder();
    await scheduler.schedule(record, payloadFor(record));
    const body = fake.schedule(GROUP, record.scheduleName)?.body;
    // 10:16:20 UTC is 11:16:20 in Berlin (CET).
    expect(body?.ScheduleExpression).toBe('at(2026-10-28T11:16:20)');
  });

  it('treats a schedule that already exists as done, so a retried plan makes no second schedule', async () => {
    const scheduler = new EventBridgeReminderScheduler(client, config, clock);
    const record = reminder();
    await expect(scheduler.schedule(record, payloadFor(record))).resolves.toBe('created');
    // The service's ConflictException on the same name: this plan's schedule, made earlier.
    await expect(scheduler.schedule(record, payloadFor(record))).resolves.toBe('existing');
    expect(fake.schedules.size).toBe(1);
    expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
  });

  it('fails a throttled create or delete as a ReminderSchedulingError naming ThrottlingException, with nothing done', async () => {
    const scheduler = new EventBridgeReminderScheduler(client, config, clock);
    const record = reminder();
    fake.throttleNext(1);
    await expect(scheduler.schedule(record, payloadFor(record))).rejects.toThrow(/ThrottlingException/);
    expect(fake.schedules.size).toBe(0);
    await expect(scheduler.schedule(record, payloadFor(record))).resolves.toBe('created');
    fake.throttleNext(1);
    await expect(scheduler.cancel(record)).rejects.toBeInstanceOf(ReminderSchedulingError);
    expect(fake.schedules.size).toBe(1);
  });

  it('lets the SDK retry a throttled create: one schedule, made on the second attempt', async () => {
    const retrying = new SchedulerClient({ ...CLIENT_OPTIONS, maxAttempts: 3 });
    try {
      const scheduler = new EventBridgeReminderScheduler(retrying, config, clock);
      const record = reminder();
      fake.throttleNext(1);
      await expect(scheduler.schedule(record, payloadFor(record))).resolves.toBe('created');
      expect(fake.schedules.size).toBe(1);
      expect(fake.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
    } finally {
      retrying.destroy();
    }
  });

  it('cancels a schedule, and treats one that is already gone as cancelled', async () => {
    const scheduler = new EventBridgeReminderScheduler(client, config, clock);
    const record = reminder();
    await scheduler.schedule(record, payloadFor(record));
    await scheduler.cancel(record);
    expect(fake.schedules.size).toBe(0);
    await expect(scheduler.cancel(record)).resolves.toBeUndefined();
    expect(fake.requests.filter((r) => r.method === 'DELETE').map((r) => r.query.groupName)).toEqual([GROUP, GROUP]);
  });

  it('reports other failures as a ReminderSchedulingError naming the schedule and the service’s reason', async () => {
    const scheduler = new EventBridgeReminderScheduler(client, { ...config, groupName: 'no-such-group' }, clock);
    const record = reminder();
    const failure = scheduler.schedule(record, payloadFor(record));
    await expect(failure).rejects.toBeInstanceOf(ReminderSchedulingError);
    await expect(failure).rejects.toThrow(/ResourceNotFoundException: Schedule group no-such-group does not exist/);
  });

  it('refuses an invalid schedule name before calling the service', async () => {
    const scheduler = new EventBridgeReminderScheduler(client, config, clock);
    const record = reminder({ scheduleName: 'has spaces/and slashes' });
    await expect(scheduler.schedule(record, payloadFor(record))).rejects.toThrow(/not a valid schedule name/);
    expect(fake.requests).toHaveLength(0);
  });

  it('rejects a configuration with wrong fields, one message each', () => {
    expect(() => new EventBridgeReminderScheduler(client, { ...config, roleArn: 'jobnudge-role', maximumRetryAttempts: 500 }, clock)).toThrow(
      ConfigError,
    );
    try {
      new EventBridgeReminderScheduler(client, { ...config, roleArn: 'jobnudge-role', deadLetterArn: 'queue' }, clock);
    } catch (error) {
      expect((error as ConfigError).problems).toEqual(['roleArn: must be an IAM role ARN', 'deadLetterArn: must be an SQS queue ARN']);
    }
  });
});

describe('the Scheduler API fake is strict', () => {
  // These show that the fake would catch a wrong request, so the tests above mean something.
  const valid = {
    Name: 'jn-valid',
    GroupName: GROUP,
    ScheduleExpression: 'at(2026-12-01T09:00:00)',
    ScheduleExpressionTimezone: 'Europe/Berlin',
    FlexibleTimeWindow: { Mode: 'OFF' as const },
    Target: { Arn: config.targetArn, RoleArn: config.roleArn, Input: '{}' },
  };

  it.each([
    ['a name with invalid characters', { Name: 'bad name' }, /at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern/],
    ['a name over 64 characters', { Name: 'n'.repeat(65) }, /length less than or equal to 64/],
    ['an ISO instant instead of at()', { ScheduleExpression: 'at(2026-12-01T09:00:00Z)' }, /Invalid Schedule Expression/],
    ['a UTC offset instead of an IANA zone', { ScheduleExpressionTimezone: '+01:00' }, /Invalid ScheduleExpressionTimezone/],
    ['a time in the past', { ScheduleExpression: 'at(2026-01-01T09:00:00)' }, /in the past/],
    ['an unknown enum value', { FlexibleTimeWindow: { Mode: 'SOMETIMES' } }, /enum value set: \[OFF, FLEXIBLE\]/],
    [
      'a retry policy out of range',
      { Target: { ...valid.Target, RetryPolicy: { MaximumEventAgeInSeconds: 30, MaximumRetryAttempts: 200 } } },
      /2 validation errors detected/,
    ],
    ['a role that is not a role ARN', { Target: { ...valid.Target, RoleArn: 'my-role' } }, /target\.roleArn/],
  ])('answers ValidationException for %s', async (_label, change, message) => {
    const input = { ...valid, ...change } as typeof valid;
    const attempt = client.send(new CreateScheduleCommand(input));
    await expect(attempt).rejects.toBeInstanceOf(ValidationException);
    await expect(attempt).rejects.toThrow(message);
  });

  it('accepts the valid request', async () => {
    const created = await client.send(new CreateScheduleCommand(valid));
    expect(created.ScheduleArn).toBe(`arn:aws:scheduler:eu-central-1:123456789012:schedule/${GROUP}/jn-valid`);
  });
});
