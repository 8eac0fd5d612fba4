import { readFile } from 'node:fs/promises';
import { HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ENDPOINT_ENV } from '../../shared/applications/parser-config.ts';
import type { IngestResult } from '../../shared/applications/ingest-result.ts';
import { ENV } from '../../shared/config/env-names.ts';
import { RawMailNotFoundError } from '../../shared/raw-mail/raw-mail-source.ts';
import { InvalidSesEventError } from '../../shared/ses/parse-event.ts';
import { DynamoDbApplicationStore } from '../../shared/store/dynamodb-application-store.ts';
import { EMULATOR_CREDENTIALS, EMULATOR_REGION, startDynamo, startS3, type DynamoEmulator, type S3Emulator } from '../support/emulators.ts';
import { sesEvent, type SesRecordSpec } from '../support/ses-event.ts';
import { startSesLocal, type SesLocal } from '../mailer/ses-local.ts';
import { SchedulerApiFake } from '../scheduler/scheduler-api-fake.ts';

// End to end over loopback: the real handler module, dynalite for DynamoDB, s3rver for S3.
const PREFIX = 'inbound/';
const USER = 'sam.rivera@example.net';
const fixture = (name: string) => readFile(new URL(`../fixtures/eml/${name}`, import.meta.url));

let dynamo: DynamoEmulator;
let s3: S3Emulator;
let store: DynamoDbApplicationStore;
let ses: SesLocal;
let scheduler: SchedulerApiFake;
let handler: (event: unknown) => Promise<IngestResult[]>;

beforeAll(async () => {
  [dynamo, s3, ses, scheduler] = await Promise.all([startDynamo(), startS3(), startSesLocal(), SchedulerApiFake.start({ groups: ['jobnudge-reminders'] })]);
  const tableName = await dynamo.createTable();
  store = new DynamoDbApplicationStore({ client: dynamo.documentClient, tableName });
  const settings = { timeZone: 'America/New_York', allowedSenders: [USER], notifyAddress: USER, senderAddress: 'nudge@inbox.example' };
  vi.stubEnv(ENV.settings, JSON.stringify(settings));
  vi.stubEnv(ENV.tableName, tableName);
  vi.stubEnv(ENV.rawBucket, s3.bucket);
  vi.stubEnv(ENV.rawPrefix, PREFIX);
  vi.stubEnv(ENDPOINT_ENV.s3, s3.endpoint);
  vi.stubEnv(ENDPOINT_ENV.dynamodb, dynamo.endpoint);
  vi.stubEnv(ENDPOINT_ENV.ses, ses.endpoint);
  vi.stubEnv(ENDPOINT_ENV.scheduler, scheduler.endpoint);
  vi.stubEnv(ENV.scheduleGroup, 'jobnudge-reminders');
  vi.stubEnv(ENV.schedulerRoleArn, 'arn:aws:iam::123456789012:role/jobnudge-scheduler');
  vi.stubEnv(ENV.reminderDlqArn, 'arn:aws:sqs:us-east-1:123456789012:jobnudge-reminder-dlq');
  vi.stubEnv(ENV.reminderFunctionArn, 'arn:aws:lambda:us-east-1:123456789012:function:jobnudge-reminder');
  vi.stubEnv('AWS_REGION', EMULATOR_REGION);
  vi.stubEnv('AWS_ACCESS_KEY_ID', EMULATOR_CREDENTIALS.accessKeyId);
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', EMULATOR_CREDENTIALS.secretAccessKey);
  vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'SILENT');
  // Imported only now: the handler reads its environment at cold start, like in Lambda.
  ({ handler } = await import('../../functions/parser/handler.ts'));
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await Promise.all([dynamo?.stop(), s3?.stop(), ses?.stop(), scheduler?.stop()]);
});

async function deliver(messageId: string, eml: Buffer): Promise<void> {
  await s3.client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: `${PREFIX}${messageId}`, Body: eml }));
}

const event = (spec: Partial<SesRecordSpec> & { messageId: string }) => sesEvent({ source: USER, ...spec });

describe('parser handler (SES → S3 → DynamoDB)', () => {
  it('stores the application, its event and the outcome for a forwarded interview, and leaves the raw mail in S3', async () => {
    await deliver('ses-interview-1', await fixture('gmail-forward-interview-invite.eml'));
    const [result] = await handler(event({ messageId: 'ses-interview-1' }));

    expect(result).toMatchObject({ outcome: 'processed', replayed: false, rawKey: `${PREFIX}ses-interview-1` });
    if (result?.outcome !== 'processed' || !result.application) throw new Error('expected an application');
    const app = await store.getApplication(result.application.id);
    expect(app).toMatchObject({ company: 'Lumenfield Analytics', companyKey: 'lumenfield analytics', stage: 'interviewing', interviewRound: 1, version: 1 });
    const events = await store.listEvents(result.application.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'interview', messageId: 'ses-interview-1', rawKey: `${PREFIX}ses-interview-1` });
    expect(await store.getOutcome('ses-interview-1')).toMatchObject({ outcome: 'processed', applicationId: result.application.id });
    const head = await s3.client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: `${PREFIX}ses-interview-1` }));
    expect(head.ContentLength).toBeGreaterThan(0);
  });

  it('reaches the same state when the same SES event is delivered twice', async () => {
    await deliver('ses-twice', await fixture('outlook-desktop-forward-rejection.eml'));
    const [first] = await handler(event({ messageId: 'ses-twice' }));
    const [second] = await handler(event({ messageId: 'ses-twice' }));
    expect(first).toMatchObject({ outcome: 'processed', replayed: false });
    expect(second).toMatchObject({ outcome: 'processed', replayed: true });
    if (first?.outcome !== 'processed' || second?.outcome !== 'processed') throw new Error('expected processed');
    expect(second.application).toEqual(first.application);
    expect(await store.listEvents(first.application?.id ?? '')).toHaveLength(1);
  });

  it('records one event and one application when the same SES event runs concurrently', async () => {
    await deliver('ses-concurrent', await fixture('thunderbird-forward-rejection.eml'));
    const results = await Promise.all([handler(event({ messageId: 'ses-concurrent' })), handler(event({ messageId: 'ses-concurrent' }))]);
    expect(results.flat().map((r) => r.outcome)).toEqual(['processed', 'processed']);
    const apps = (await store.listApplications()).filter((a) => a.companyKey === 'brightwater logistics');
    expect(apps).toHaveLength(1);
    expect(apps[0]?.stage).toBe('rejected');
    expect(await store.listEvents(apps[0]?.id ?? '')).toHaveLength(1);
  });

  it('ignores a message from a sender that is not the user and creates no application', async () => {
    await deliver('ses-stranger', await fixture('direct-ats-noreply-confirmation.eml'));
    const [result] = await handler(event({ messageId: 'ses-stranger', source: 'bounces@us.hirehouse-mail.example' }));
    expect(result).toMatchObject({ outcome: 'ignored' });
    expect((await store.listApplications()).filter((a) => a.companyKey.includes('fernwood'))).toEqual([]);
    expect(await store.getOutcome('ses-stranger')).toMatchObject({ outcome: 'ignored', applicationId: null });
  });

  it('quarantines a message SES marked as spam', async () => {
    await deliver('ses-spam', await fixture('gmail-forward-base64-video-interview.eml'));
    const [result] = await handler(event({ messageId: 'ses-spam', verdicts: { spam: 'FAIL' } }));
    expect(result?.outcome).toBe('quarantined');
    expect(result?.reason).toMatch(/spam/);
    expect((await store.listApplications()).filter((a) => a.companyKey.includes('vireo'))).toEqual([]);
    const head = await s3.client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: `${PREFIX}ses-spam` }));
    expect(head.ContentLength).toBeGreaterThan(0);
  });

  it('throws on a malformed event and on a missing raw object, so Lambda retries', async () => {
    await expect(handler({ Records: [{ eventSource: 'aws:sqs' }] })).rejects.toBeInstanceOf(InvalidSesEventError);
    await expect(handler(event({ messageId: 'ses-never-stored' }))).rejects.toBeInstanceOf(RawMailNotFoundError);
    expect(await store.getOutcome('ses-never-stored')).toBeNull();
  });
});
