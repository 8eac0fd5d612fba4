// The reminder Lambda handed the weekly schedule's digest payload, as deployed but for the
// endpoints: dynalite for DynamoDB and aws-ses-v2-local for SES (the Scheduler fake only because
// the handler's configuration names a Scheduler endpoint; a digest creates no schedules).
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ENDPOINT_ENV, ENV } from '../../shared/config/env-names.ts';
import type { DigestFireResult } from '../../shared/pipeline/fire-digest.ts';
import type { FireResult } from '../../shared/pipeline/fire-reminder.ts';
import { DynamoDbApplicationStore } from '../../shared/store/dynamodb-application-store.ts';
import { startSesLocal, type SesLocal } from '../mailer/ses-local.ts';
import { SchedulerApiFake } from '../scheduler/scheduler-api-fake.ts';
import { EMULATOR_CREDENTIALS, EMULATOR_REGION, startDynamo, type DynamoEmulator } from '../support/emulators.ts';
import { anApplication } from '../support/records.ts';
import { NOTIFY_ADDRESS, pipelineSettings } from '../pipeline/pipeline-support.ts';

const GROUP = 'jobnudge-test-reminders';
const context = { invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:jobnudge-reminder' };

let dynamo: DynamoEmulator;
let ses: SesLocal;
let scheduler: SchedulerApiFake;
let store: DynamoDbApplicationStore;
let handler: (event: unknown, context: { invokedFunctionArn: string }) => Promise<FireResult | DigestFireResult>;

beforeAll(async () => {
  [dynamo, ses, scheduler] = await Promise.all([startDynamo(), startSesLocal(), SchedulerApiFake.start({ groups: [GROUP] })]);
  const tableName = await dynamo.createTable();
  store = new DynamoDbApplicationStore({ client: dynamo.documentClient, tableName });
  const env: Record<string, string> = {
    [ENV.settings]: JSON.stringify(pipelineSettings()),
    [ENV.tableName]: tableName,
    [ENV.scheduleGroup]: GROUP,
    [ENV.schedulerRoleArn]: 'arn:aws:iam::123456789012:role/jobnudge-scheduler',
    [ENV.reminderDlqArn]: 'arn:aws:sqs:us-east-1:123456789012:jobnudge-reminder-dlq',
    [ENDPOINT_ENV.dynamodb]: dynamo.endpoint,
    [ENDPOINT_ENV.ses]: ses.endpoint,
    [ENDPOINT_ENV.scheduler]: scheduler.endpoint,
    AWS_REGION: EMULATOR_REGION,
    AWS_ACCESS_KEY_ID: EMULATOR_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: EMULATOR_CREDENTIALS.secretAccessKey,
    POWERTOOLS_LOG_LEVEL: 'SILENT',
  };
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  // Imported only now: the handler reads its environment at cold start, like in Lambda.
  ({ handler } = await import('../../functions/reminder/handler.ts'));
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await Promise.all([dynamo?.stop(), ses?.stop(), scheduler?.stop()]);
});

describe('reminder Lambda with the weekly digest payload', () => {
  it('sends the week\'s digest once to the notify address, with applications.csv; a second firing of the same week sends nothing', async () => {
    await store.createApplication(anApplication({ id: 'app-acme', company: 'Acme, Inc.', role: 'Data "Platform" Engineer' }));
    await ses.clear();
    const monday = { digest: 'weekly', scheduledAt: '2026-12-07T07:00:00Z' };

    const first = await handler(monday, context);
    const second = await handler(monday, context);
    // A retry hours later carries the same scheduled time, so it is the same week too.
    const late = await handler({ ...monday, scheduledAt: '2026-12-07T12:00:00Z' }, context);

    expect(first).toMatchObject({ status: 'sent', digestId: 'weekly.2026-W50' });
    expect(second).toMatchObject({ status: 'skipped', digestId: 'weekly.2026-W50' });
    expect(late).toMatchObject({ status: 'skipped' });
    const emails = await ses.emails();
    expect(emails).toHaveLength(1);
    const [email] = emails;
    expect(email?.destination.to).toEqual([NOTIFY_ADDRESS]);
    expect(email?.subject).toMatch(/^Your job search this week: 1 open application/);
    const csv = email?.attachments.find((a) => a.filename === 'applications.csv');
    // aws-ses-v2-local keeps attachment content base64-encoded, as it came in the MIME.
    const records: Record<string, string>[] = parse(Buffer.from(csv?.content ?? '', 'base64'), { bom: true, columns: true });
    expect(records.map((r) => [r.company, r.role, r.application_id])).toEqual([['Acme, Inc.', 'Data "Platform" Engineer', 'app-acme']]);

    await ses.clear();
    expect(await handler({ digest: 'weekly', scheduledAt: '2026-12-14T07:00:00Z' }, context)).toMatchObject({ status: 'sent', digestId: 'weekly.2026-W51' });
    expect(await ses.emails()).toHaveLength(1);
  });

  it('refuses a digest payload without the scheduled time, naming the field', async () => {
    await expect(handler({ digest: 'weekly' }, context)).rejects.toThrow('not a digest payload: wrong or missing scheduledAt');
  });
});
