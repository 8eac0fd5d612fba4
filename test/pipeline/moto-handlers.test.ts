// Both Lambda handlers on moto: S3, DynamoDB, SES and EventBridge Scheduler all behind one endpoint
// (JOBNUDGE_AWS_ENDPOINT), the way the deployed functions talk to AWS. moto's Scheduler never fires
// and validates nothing (lambda-handlers.test.ts covers the request shapes with a strict fake); here
// the test reads a created schedule's Input back from moto and hands it to the reminder handler.
import { CreateBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CreateScheduleGroupCommand, GetScheduleCommand, ListSchedulesCommand, SchedulerClient } from '@aws-sdk/client-scheduler';
import { SESClient, VerifyEmailIdentityCommand } from '@aws-sdk/client-ses';
import { simpleParser } from 'mailparser';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ENDPOINT_ENV, ENV } from '../../shared/config/env-names.ts';
import type { DigestFireResult } from '../../shared/pipeline/fire-digest.ts';
import type { FireResult } from '../../shared/pipeline/fire-reminder.ts';
import type { InboundResult } from '../../shared/pipeline/process-inbound.ts';
import { ReminderPayloadSchema } from '../../shared/scheduler/reminder-payload.ts';
import { createTable } from '../../shared/store/create-table.ts';
import { USER_ADDRESS } from '../support/compose-mail.ts';
import { MOTO_CREDENTIALS, MOTO_INSTALL_HINT, motoAvailable, startMoto, type Moto } from '../support/moto.ts';
import { sesEvent } from '../support/ses-event.ts';
import { forwarded, interviewInvite, NOTIFY_ADDRESS, pipelineSettings, ZONE } from './pipeline-support.ts';

const REQUIRED = process.env.JOBNUDGE_REQUIRE_SYSTEM_TOOLS === '1';
const AVAILABLE = motoAvailable();
if (!AVAILABLE && !REQUIRED) console.warn(`skipping the moto handler tests: ${MOTO_INSTALL_HINT}`);

const REGION = 'us-east-1';
const BUCKET = 'jobnudge-raw-moto';
const PREFIX = 'raw/';
const TABLE = 'jobnudge-moto';
const GROUP = 'jobnudge-moto-reminders';
const REMINDER_ARN = 'arn:aws:lambda:us-east-1:123456789012:function:jobnudge-reminder';
const INGEST = 'jobs@inbox.example';
const settings = pipelineSettings({ replyTo: INGEST });

describe('moto for the deployed handlers', () => {
  it.runIf(REQUIRED)('is installed when CI requires it', () => {
    expect(AVAILABLE, MOTO_INSTALL_HINT).toBe(true);
  });
});

describe.runIf(AVAILABLE)('parser and reminder handlers on moto', () => {
  let moto: Moto;
  let s3: S3Client;
  let scheduler: SchedulerClient;
  let parser: (event: unknown) => Promise<InboundResult[]>;
  let reminder: (event: unknown, context: { invokedFunctionArn: string }) => Promise<FireResult | DigestFireResult>;

  beforeAll(async () => {
    moto = await startMoto();
    const options = { endpoint: moto.endpoint, region: REGION, credentials: MOTO_CREDENTIALS };
    s3 = new S3Client({ ...options, forcePathStyle: true });
    scheduler = new SchedulerClient(options);
    await s3.send(new CreateBucketCommand({ Bucket: BUCKET }));
    await createTable(new DynamoDBClient(options), TABLE);
    // moto's SES sends only from a verified identity, like the sandbox.
    await new SESClient(options).send(new VerifyEmailIdentityCommand({ EmailAddress: settings.senderAddress }));
    await scheduler.send(new CreateScheduleGroupCommand({ Name: GROUP }));
    const env: Record<string, string> = {
      [ENV.settings]: JSON.stringify(settings),
      [ENV.tableName]: TABLE,
      [ENV.rawBucket]: BUCKET,
      [ENV.rawPrefix]: PREFIX,
      [ENV.scheduleGroup]: GROUP,
      [ENV.schedulerRoleArn]: 'arn:aws:iam::123456789012:role/jobnudge-scheduler',
      [ENV.reminderDlqArn]: 'arn:aws:sqs:us-east-1:123456789012:jobnudge-reminder-dlq',
      [ENV.reminderFunctionArn]: REMINDER_ARN,
      [ENDPOINT_ENV.all]: moto.endpoint,
      AWS_REGION: REGION,
      AWS_ACCESS_KEY_ID: MOTO_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: MOTO_CREDENTIALS.secretAccessKey,
      POWERTOOLS_LOG_LEVEL: 'SILENT',
    };
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    // Imported only now: the handlers read their environment at cold start, like in Lambda.
    ({ handler: parser } = await import('../../functions/parser/handler.ts'));
    ({ handler: reminder } = await import('../../functions/reminder/handler.ts'));
  }, 60_000);

  afterAll(async () => {
    vi.unstubAllEnvs();
    await moto?.stop();
  });

  async function scheduleNames(): Promise<string[]> {
    const page = await scheduler.send(new ListSchedulesCommand({ GroupName: GROUP }));
    return (page.Schedules ?? []).map((schedule) => schedule.Name ?? '').sort();
  }

  async function sentMail(): Promise<{ destinations: string[]; raw_data: string }[]> {
    const ses = (await moto.data()).ses as { RawMessage?: { destinations: string[]; raw_data: string }[] };
    return ses.RawMessage ?? [];
  }

  it('turns away a stranger: nothing read from S3, nothing scheduled or sent', async () => {
    // Never stored: a read would throw RawMailNotFoundError and fail the run. (A forged envelope of
    // the user is also listed for them, once a day: trust-before-read.test.ts covers that.)
    const [result] = await parser(sesEvent({ messageId: 'moto-stranger', source: 'mallory@evil.example', timestamp: new Date().toISOString() }));
    expect(result).toMatchObject({ outcome: 'ignored', noticesSent: 0 });
    expect(await scheduleNames()).toEqual([]);
    expect(await sentMail()).toEqual([]);
  });

  it('records a forward, schedules its reminders in moto, and the reminder handler mails one with Reply-To the ingest address', async () => {
    const now = DateTime.now().setZone(ZONE);
    const at = now.plus({ days: 5 }).set({ hour: 10, minute: 0, second: 0, millisecond: 0 });
    const text = interviewInvite.text.replace('Tuesday, March 10, 2026 at 10:00 AM CET', `${at.setLocale('en-US').toFormat('cccc, LLLL d, yyyy')} at 10:00 AM`);
    const original = { ...interviewInvite, date: now.minus({ hours: 1 }).toJSDate(), messageId: `<moto-${now.toMillis()}@quillbyte.example>`, text };
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: `${PREFIX}moto-invite`, Body: await forwarded(original) }));

    const [inbound] = await parser(sesEvent({ messageId: 'moto-invite', source: USER_ADDRESS, timestamp: new Date().toISOString() }));
    expect(inbound?.outcome).toBe('processed');
    const created = inbound?.reminders.created ?? [];
    expect(await scheduleNames()).toEqual(created.map((record) => record.scheduleName).sort());
    const prepare = created.find((record) => record.rule === 'prepare');
    if (!prepare) throw new Error('no prepare reminder');

    const stored = await scheduler.send(new GetScheduleCommand({ GroupName: GROUP, Name: prepare.scheduleName }));
    expect(stored.Target?.Arn).toBe(REMINDER_ARN);
    const payload = ReminderPayloadSchema.parse(JSON.parse(stored.Target?.Input ?? 'null'));
    const context = { invokedFunctionArn: `${REMINDER_ARN}:live` };
    expect(await reminder(payload, context)).toMatchObject({ status: 'sent', reminderId: 'prepare.1' });
    expect(await reminder(payload, context)).toMatchObject({ status: 'dropped' });

    const mail = await sentMail();
    expect(mail).toHaveLength(1);
    expect(new Set(mail[0]?.destinations)).toEqual(new Set([NOTIFY_ADDRESS]));
    const parsed = await simpleParser(mail[0]?.raw_data ?? '');
    expect(parsed.replyTo?.value.map((entry) => entry.address)).toEqual([INGEST]);
    expect(parsed.subject).toContain('Quillbyte');
  });
});
