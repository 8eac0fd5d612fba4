// The store methods the digest adds, held to one contract on both adapters (memory, dynalite).
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationStore } from '../../shared/store/application-store.ts';
import { DynamoDbApplicationStore } from '../../shared/store/dynamodb-application-store.ts';
import { keys } from '../../shared/store/keys.ts';
import { MemoryApplicationStore } from '../../shared/store/memory-application-store.ts';
import { TABLE_KEYS } from '../../shared/store/table-schema.ts';
import { startDynamo, type DynamoEmulator } from '../support/emulators.ts';

let dynamo: DynamoEmulator;
beforeAll(async () => {
  dynamo = await startDynamo();
});
afterAll(async () => {
  await dynamo?.stop();
});

const claim = { digestId: 'weekly.2026-W11', requestedBy: 'schedule', claimedAt: '2026-03-09T07:00:00.000Z' };

function digestContract(name: string, makeStore: () => Promise<ApplicationStore>): void {
  describe(name, () => {
    it('claims a digest once; a second claim gets the first one back', async () => {
      const store = await makeStore();
      expect(await store.claimDigest(claim)).toEqual({ claimed: true, claim });
      expect(await store.claimDigest({ ...claim, requestedBy: 'ses-other', claimedAt: '2026-03-09T07:05:00.000Z' })).toEqual({ claimed: false, claim });
    });

    it('a released claim can be taken again (a send failed and is retried)', async () => {
      const store = await makeStore();
      await store.claimDigest(claim);
      await store.releaseDigest(claim.digestId);
      expect((await store.claimDigest(claim)).claimed).toBe(true);
    });
  });
}

digestContract('memory store', () => Promise.resolve(new MemoryApplicationStore()));
digestContract('DynamoDB store (dynalite)', async () => new DynamoDbApplicationStore({ client: dynamo.documentClient, tableName: await dynamo.createTable() }));

it('a DynamoDB digest claim expires (TTL) 60 days after it was made', async () => {
  const tableName = await dynamo.createTable();
  const store = new DynamoDbApplicationStore({ client: dynamo.documentClient, tableName });
  await store.claimDigest(claim);
  const item = await dynamo.documentClient.send(new GetCommand({ TableName: tableName, Key: keys.digest(claim.digestId) }));
  expect(item.Item?.[TABLE_KEYS.ttlAttribute]).toBe(Date.parse(claim.claimedAt) / 1000 + 60 * 86_400);
});
