// Retention on moto's DynamoDB (which, unlike dynalite, implements the TTL API): the production
// store adapter must stamp `expiresAt` on every item kind from the configured days, keep it readable,
// refresh an application's expiry when it changes, and keep a reminder's when only its status moves.
import { DescribeTimeToLiveCommand, DynamoDBClient, UpdateTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTable } from '../../shared/store/create-table.ts';
import { DynamoDbApplicationStore } from '../../shared/store/dynamodb-application-store.ts';
import { ITEM_TYPES } from '../../shared/store/keys.ts';
import { DEFAULT_RETENTION, DIGEST_CLAIM_RETENTION_DAYS, RetentionSchema, type Retention } from '../../shared/store/retention.ts';
import { TABLE_KEYS } from '../../shared/store/table-schema.ts';
import { MOTO_CREDENTIALS, MOTO_INSTALL_HINT, motoAvailable, startMoto, type Moto } from '../support/moto.ts';
import { anApplication, anEvent, anOutcome, aNotice, aReminder } from '../support/records.ts';

const REQUIRED = process.env.JOBNUDGE_REQUIRE_SYSTEM_TOOLS === '1';
const AVAILABLE = motoAvailable();
if (!AVAILABLE && !REQUIRED) console.warn(`skipping the moto retention tests: ${MOTO_INSTALL_HINT}`);

const DAY = 86_400;
/** Distinct values per kind, so a kind stamped with another kind's days fails. */
const RETENTION: Retention = { applicationDays: 400, outcomeDays: 21, noticeDays: 16 };
const epoch = (iso: string): number => Math.floor(Date.parse(iso) / 1000);

describe('moto for the retention tests', () => {
  it.runIf(REQUIRED)('is installed when CI requires it', () => {
    expect(AVAILABLE, MOTO_INSTALL_HINT).toBe(true);
  });
});

describe('retention settings', () => {
  it('default to two years for application data, 90 days for outcomes and 30 for notices', () => {
    expect(DEFAULT_RETENTION).toEqual({ applicationDays: 730, outcomeDays: 90, noticeDays: 30 });
  });

  it('name every wrong field once, and refuse outcomes or notices that would expire before the failure queue', () => {
    const result = RetentionSchema.safeParse({ applicationDays: 30, outcomeDays: 14, noticeDays: 'long' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['applicationDays', 'outcomeDays', 'noticeDays']);
  });
});

describe.runIf(AVAILABLE)('the DynamoDB store stamps a TTL on every item kind', () => {
  let moto: Moto;
  let dynamo: DynamoDBClient;
  let documents: DynamoDBDocumentClient;
  let table = 0;

  beforeAll(async () => {
    moto = await startMoto();
    dynamo = new DynamoDBClient({ endpoint: moto.endpoint, region: 'us-east-1', credentials: MOTO_CREDENTIALS });
    documents = DynamoDBDocumentClient.from(dynamo);
  }, 60_000);
  afterAll(async () => {
    dynamo?.destroy();
    await moto?.stop();
  });

  /** A fresh table with TTL enabled on the shared attribute, as the stack defines it. */
  async function freshStore(retention?: Retention): Promise<{ store: DynamoDbApplicationStore; tableName: string }> {
    const tableName = `retention-${++table}`;
    await createTable(dynamo, tableName);
    await dynamo.send(new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { AttributeName: TABLE_KEYS.ttlAttribute, Enabled: true } }));
    const described = await dynamo.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
    expect(described.TimeToLiveDescription).toMatchObject({ AttributeName: TABLE_KEYS.ttlAttribute, TimeToLiveStatus: 'ENABLED' });
    return { store: new DynamoDbApplicationStore({ client: documents, tableName, ...(retention ? { retention } : {}) }), tableName };
  }

  async function rawItems(tableName: string): Promise<Record<string, unknown>[]> {
    return (await documents.send(new ScanCommand({ TableName: tableName }))).Items ?? [];
  }

  async function writeOneOfEach(store: DynamoDbApplicationStore): Promise<void> {
    await store.createApplication(anApplication());
    await store.putEvent(anEvent());
    await store.putReminder(aReminder());
    await store.recordOutcome(anOutcome());
    await store.claimOriginal({ originalId: 'orig-1@acme.example', messageId: 'ses-msg-1', applicationId: 'app-1', claimedAt: '2026-11-02T09:05:00.000Z' });
    await store.putNotice(aNotice());
    await store.claimDigest({ digestId: 'weekly.2026-W49', requestedBy: 'schedule', claimedAt: '2026-12-07T07:00:00.000Z' });
  }

  it('writes expiresAt from each kind’s own date and the configured days', async () => {
    const { store, tableName } = await freshStore(RETENTION);
    await writeOneOfEach(store);
    const byType = new Map((await rawItems(tableName)).map((item) => [String(item.type), item[TABLE_KEYS.ttlAttribute]]));
    // Every kind the table knows was written, and every one carries a TTL.
    expect([...byType.keys()].sort()).toEqual([...ITEM_TYPES].sort());
    expect(Object.fromEntries(byType)).toEqual({
      application: epoch(anApplication().updatedAt) + RETENTION.applicationDays * DAY,
      event: epoch(anEvent().receivedAt) + RETENTION.applicationDays * DAY,
      reminder: epoch(aReminder().fireAt) + RETENTION.applicationDays * DAY,
      original: epoch('2026-11-02T09:05:00.000Z') + RETENTION.applicationDays * DAY,
      outcome: epoch(anOutcome().recordedAt) + RETENTION.outcomeDays * DAY,
      notice: epoch(aNotice().createdAt) + RETENTION.noticeDays * DAY,
      digest: epoch('2026-12-07T07:00:00.000Z') + DIGEST_CLAIM_RETENTION_DAYS * DAY,
    });
  });

  it('uses the documented defaults when no retention is given', async () => {
    const { store, tableName } = await freshStore();
    await writeOneOfEach(store);
    const notice = (await rawItems(tableName)).find((item) => item.type === 'notice');
    expect(notice?.[TABLE_KEYS.ttlAttribute]).toBe(epoch(aNotice().createdAt) + DEFAULT_RETENTION.noticeDays * DAY);
  });

  it('reads every stamped item back unchanged (the attribute is storage, not record)', async () => {
    const { store } = await freshStore(RETENTION);
    await writeOneOfEach(store);
    expect(await store.getApplication('app-1')).toEqual(anApplication());
    expect(await store.listEvents('app-1')).toEqual([anEvent()]);
    expect(await store.getReminder('app-1', aReminder().reminderId)).toEqual(aReminder());
    expect(await store.getOutcome(anOutcome().messageId)).toEqual(anOutcome());
    expect(await store.getNotice(aNotice().noticeId)).toEqual(aNotice());
  });

  it('restarts an application’s clock when it changes, and keeps a reminder’s when only its status moves', async () => {
    const { store, tableName } = await freshStore(RETENTION);
    await writeOneOfEach(store);
    const later = '2027-01-15T10:00:00.000Z';
    await store.updateApplication(anApplication({ updatedAt: later }), 1);
    await store.updateReminderStatus('app-1', aReminder().reminderId, { from: ['pending'], to: 'sent', sentAt: later });
    const items = await rawItems(tableName);
    expect(items.find((item) => item.type === 'application')?.[TABLE_KEYS.ttlAttribute]).toBe(epoch(later) + RETENTION.applicationDays * DAY);
    expect(items.find((item) => item.type === 'reminder')?.[TABLE_KEYS.ttlAttribute]).toBe(epoch(aReminder().fireAt) + RETENTION.applicationDays * DAY);
  });

  it('deletes only the items whose expiry has passed when asked to sweep (the local table has no TTL of its own)', async () => {
    const { store, tableName } = await freshStore(RETENTION);
    await writeOneOfEach(store);
    // 30 days after the notice: the notice (16 days) and the outcome (21 days) are past, the rest is not.
    const deleted = await store.deleteExpired(new Date(Date.parse(aNotice().createdAt) + 30 * DAY * 1000));
    expect(deleted).toBe(2);
    expect((await rawItems(tableName)).map((item) => String(item.type)).sort()).toEqual(['application', 'digest', 'event', 'original', 'reminder']);
  });
});
