// Correlation evidence and the stand-in flag must survive both stores (the DynamoDB adapter, here on
// dynalite as the local embedded store runs it, and the in-memory one), old records without them must
// still load, and a merged application must leave nothing behind.
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationStore } from '../../shared/store/application-store.ts';
import { DynamoDbApplicationStore } from '../../shared/store/dynamodb-application-store.ts';
import { MemoryApplicationStore } from '../../shared/store/memory-application-store.ts';
import { startDynamo, type DynamoEmulator } from '../support/emulators.ts';
import { anApplication, anEvent, aReminder } from '../support/records.ts';

const EVIDENCE = {
  messageIds: ['invite-1@acme.example', 'thread-0@acme.example'],
  senderAddresses: ['rae@acme.example'],
  senderDomains: ['acme.example'],
  requisitionIds: ['R20417'],
  subjectKeys: ['interview for data engineer'],
};

function evidenceContract(makeStore: () => Promise<ApplicationStore>): void {
  it('keeps the evidence and the stand-in flag of an application as written', async () => {
    const store = await makeStore();
    const application = anApplication({ id: 'with-evidence', evidence: EVIDENCE, companyGuessed: true });
    await store.createApplication(application);
    expect(await store.getApplication('with-evidence')).toEqual(application);
    const updated = await store.updateApplication({ ...application, evidence: { ...EVIDENCE, requisitionIds: ['R20417', '4471'] }, companyGuessed: false }, 1);
    expect(await store.getApplication('with-evidence')).toEqual(updated);
  });

  it('deletes a merged application with its events and reminders, and deleting twice is harmless', async () => {
    const store = await makeStore();
    await store.createApplication(anApplication({ id: 'merged' }));
    await store.createApplication(anApplication({ id: 'kept' }));
    await store.putEvent(anEvent({ applicationId: 'merged' }));
    await store.putReminder(aReminder({ applicationId: 'merged' }));
    await store.putEvent(anEvent({ applicationId: 'kept' }));
    await store.deleteApplication('merged');
    await store.deleteApplication('merged');
    expect(await store.getApplication('merged')).toBeNull();
    expect(await store.listEvents('merged')).toEqual([]);
    expect(await store.listReminders('merged')).toEqual([]);
    expect((await store.listApplications()).map((a) => a.id)).toEqual(['kept']);
    expect(await store.listEvents('kept')).toHaveLength(1);
  });
}

describe('application evidence in the memory store', () => {
  evidenceContract(() => Promise.resolve(new MemoryApplicationStore()));
});

describe('application evidence in the DynamoDB store (dynalite)', () => {
  let dynamo: DynamoEmulator;
  beforeAll(async () => {
    dynamo = await startDynamo();
  });
  afterAll(async () => {
    await dynamo.stop();
  });

  evidenceContract(async () => new DynamoDbApplicationStore({ client: dynamo.documentClient, tableName: await dynamo.createTable() }));

  it('loads an application stored before evidence was kept', async () => {
    const tableName = await dynamo.createTable();
    const store = new DynamoDbApplicationStore({ client: dynamo.documentClient, tableName });
    const old = anApplication({ id: 'old' });
    expect('evidence' in old || 'companyGuessed' in old).toBe(false);
    await dynamo.documentClient.send(new PutCommand({ TableName: tableName, Item: { pk: 'APP#old', sk: 'APP', type: 'application', gsi1pk: 'CO#acme', gsi1sk: 'ROLE#x#APP#old', ...old } }));
    expect(await store.getApplication('old')).toEqual(old);
  });
});
