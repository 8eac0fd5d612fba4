// Both Lambda handlers end to end over loopback, as deployed but for the endpoints: dynalite for
// DynamoDB, s3rver for the raw mail, aws-ses-v2-local for SES and, because no EventBridge Scheduler
// emulator runs here (moto's validates nothing and never fires), the strict Scheduler API fake.
// The fake does not fire schedules: the test hands a stored schedule's Input to the reminder
// handler, which is what Scheduler would invoke it with.
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ENDPOINT_ENV, ENV } from '../../shared/config/env-names.ts';
import type { DigestFireResult } from '../../shared/pipeline/fire-digest.ts';
import type { FireResult } from '../../shared/pipeline/fire-reminder.ts';
import type { InboundResult } from '../../shared/pipeline/process-inbound.ts';
import { ReminderPayloadSchema, type ReminderPayload } from '../../shared/scheduler/reminder-payload.ts';
import { DynamoDbApplicationStore } from '../../shared/store/dynamodb-application-store.ts';
import { startSesLocal, type SesLocal } from '../mailer/ses-local.ts';
import { SchedulerApiFake } from '../scheduler/scheduler-api-fake.ts';
import { USER_ADDRESS } from '../support/compose-mail.ts';
import { EMULATOR_CREDENTIALS, EMULATOR_REGION, startDynamo, startS3, type DynamoEmulator, type S3Emulator } from '../support/emulators.ts';
import { sesEvent } from '../support/ses-event.ts';
import { forwarded, interviewInvite, NOTIFY_ADDRESS, pipelineSettings, ZONE } from './pipeline-support.ts';

const PREFIX = 'inbound/';
const GROUP = 'jobnudge-test-reminders';
const REMINDER_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:jobnudge-reminder';

let dynamo: DynamoEmulator;
let s3: S3Emulator;
let ses: SesLocal;
let scheduler: SchedulerApiFake;
let store: DynamoDbApplicationStore;
let parser: (event: unknown) => Promise<InboundResult[]>;
let reminder: (event: unknown, context: { invokedFunctionArn: string }) => Promise<FireResult | DigestFireResult>;

beforeAll(async () => {
  [dynamo, s3, ses, scheduler] = await Promise.all([startDynamo(), startS3(), startSesLocal(), SchedulerApiFake.start({ groups: [GROUP] })]);
  const tableName = await dynamo.createTable();
  store = new DynamoDbApplicationStore({ client: dynamo.documentClient, tableName });
  const env: Record<string, string> = {
    [ENV.settings]: JSON.stringify(pipelineSettings()),
    [ENV.tableName]: tableName,
    [ENV.rawBucket]: s3.bucket,
    [ENV.rawPrefix]: PREFIX,
    [ENV.scheduleGroup]: GROUP,
    [ENV.schedulerRoleArn]: 'arn:aws:iam::123456789012:role/jobnudge-scheduler',
    [ENV.reminderDlqArn]: 'arn:aws:sqs:us-east-1:123456789012:jobnudge-reminder-dlq',
    [ENV.reminderFunctionArn]: REMINDER_ARN,
    [ENDPOINT_ENV.s3]: s3.endpoint,
    [ENDPOINT_ENV.dynamodb]: dynamo.endpoint,
    [ENDPOINT_ENV.ses]: ses.endpoint,
    [ENDPOINT_ENV.scheduler]: scheduler.endpoint,
    AWS_REGION: EMULATOR_REGION,
    AWS_ACCESS_KEY_ID: EMULATOR_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: EMULATOR_CREDENTIALS.secretAccessKey,
    POWERTOOLS_LOG_LEVEL: 'SILENT',
  };
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  // Imported only now: the handlers read their environment at cold start, like in Lambda.
  ({ handler: parser } = await import('../../functions/parser/handler.ts'));
  ({ handler: reminder } = await import('../../functions/reminder/handler.ts'));
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await Promise.all([dynamo?.stop(), s3?.stop(), ses?.stop(), scheduler?.stop()]);
});

/** The invite, sent an hour ago, for an interview five days from now at 10:00 in the user's zone (the handlers use the real clock). */
function upcomingInterview() {
  const now = DateTime.now().setZone(ZONE);
  const at = now.plus({ days: 5 }).set({ hour: 10, minute: 0, second: 0, millisecond: 0 });
  const text = interviewInvite.text.replace('Tuesday, March 10, 2026 at 10:00 AM CET', `${at.setLocale('en-US').toFormat('cccc, LLLL d, yyyy')} at 10:00 AM`);
  return { at, original: { ...interviewInvite, date: now.minus({ hours: 1 }).toJSDate(), messageId: `<invite-${now.toMillis()}@quillbyte.example>`, text } };
}

function payloadOf(scheduleName: string): ReminderPayload {
  const stored = scheduler.schedule(GROUP, scheduleName);
  const target = stored?.body.Target as { Input?: string; Arn?: string } | undefined;
  return ReminderPayloadSchema.parse(JSON.parse(target?.Input ?? 'null'));
}

describe('parser and reminder Lambdas on local emulators', () => {
  it('plans an interview’s reminders as schedules, and the reminder handler mails one once and schedules what follows', async () => {
    const { at, original } = upcomingInterview();
    await s3.client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: `${PREFIX}ses-invite`, Body: await forwarded(original) }));
    const [inbound] = await parser(sesEvent({ messageId: 'ses-invite', source: USER_ADDRESS, timestamp: new Date().toISOString() }));

    expect(inbound?.outcome).toBe('processed');
    const created = inbound?.reminders.created ?? [];
    expect(created.map((r) => r.reminderId).sort()).toEqual(['prepare.1', 'status-check.1', 'thank-you-email.1', 'thank-you-note.1']);
    const prepare = created.find((r) => r.rule === 'prepare');
    if (!prepare) throw new Error('no prepare reminder');
    expect(prepare.fireAt).toBe(at.minus({ days: 1 }).set({ hour: 18 }).toISO({ suppressMilliseconds: true }));
    for (const record of created) {
      const schedule = scheduler.schedule(GROUP, record.scheduleName);
      expect(schedule?.body).toMatchObject({ ScheduleExpressionTimezone: ZONE, Target: { Arn: REMINDER_ARN } });
    }

    const context = { invokedFunctionArn: `${REMINDER_ARN}:live` };
    const first = await reminder(payloadOf(prepare.scheduleName), context);
    const retry = await reminder(payloadOf(prepare.scheduleName), context);

    expect(first).toMatchObject({ status: 'sent', reminderId: 'prepare.1' });
    expect(retry).toMatchObject({ status: 'dropped', reason: 'the reminder was already sent' });
    const emails = await ses.emails();
    expect(emails).toHaveLength(1);
    expect(emails[0]?.destination.to).toEqual([NOTIFY_ADDRESS]);
    expect(emails[0]?.subject).toContain('Quillbyte');
    expect(emails[0]?.attachments.map((a) => a.contentType)).toContain('text/calendar');
    expect(await store.getReminder(prepare.applicationId, 'prepare.1')).toMatchObject({ status: 'sent' });

    // A status check plans move-on: scheduled by the reminder function, targeting itself (unqualified).
    const statusCheck = created.find((r) => r.rule === 'status-check');
    if (!statusCheck) throw new Error('no status check');
    expect(await reminder(payloadOf(statusCheck.scheduleName), context)).toMatchObject({ status: 'sent' });
    const moveOn = await store.getReminder(statusCheck.applicationId, 'move-on.1');
    expect(moveOn).toMatchObject({ status: 'pending' });
    expect(scheduler.schedule(GROUP, moveOn?.scheduleName ?? '')?.body).toMatchObject({ Target: { Arn: REMINDER_ARN } });
  });

  it('refuses a payload that is not a reminder payload, naming the wrong fields', async () => {
    await expect(reminder({ applicationId: 'app-1', reminderId: 'call-them.1', version: 1 }, { invokedFunctionArn: REMINDER_ARN })).rejects.toThrow(
      /reminderId/,
    );
  });
});
