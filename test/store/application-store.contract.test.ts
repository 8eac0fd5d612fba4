import { PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApplicationStore } from '../../shared/store/application-store.ts';
import {
  ApplicationExistsError,
  CorruptItemError,
  ReminderNotFoundError,
  ReminderStatusConflictError,
  VersionConflictError,
} from '../../shared/store/application-store.ts';
import { DynamoDbApplicationStore } from '../../shared/store/dynamodb-application-store.ts';
import { MemoryApplicationStore } from '../../shared/store/memory-application-store.ts';
import { startDynamo, type DynamoEmulator } from '../support/emulators.ts';
import { anApplication, anEvent, anOutcome, aNotice, aReminder } from '../support/records.ts';

/** The one contract both adapters must honour: the same suite runs against each. */
function storeContract(makeStore: () => Promise<ApplicationStore>): void {
  let store: ApplicationStore;
  beforeEach(async () => {
    store = await makeStore();
  });

  describe('applications', () => {
    it('returns a created application unchanged and null for an unknown id', async () => {
      await store.createApplication(anApplication());
      expect(await store.getApplication('app-1')).toEqual(anApplication());
      expect(await store.getApplication('app-404')).toBeNull();
    });

    it('refuses to create an application whose id exists', async () => {
      await store.createApplication(anApplication());
      await expect(store.createApplication(anApplication({ company: 'Other' }))).rejects.toBeInstanceOf(ApplicationExistsError);
      expect((await store.getApplication('app-1'))?.company).toBe('Acme Corp');
    });

    it('updates only from the expected version and bumps the version', async () => {
      await store.createApplication(anApplication());
      const updated = await store.updateApplication(anApplication({ stage: 'interviewing' }), 1);
      expect(updated.version).toBe(2);
      expect(await store.getApplication('app-1')).toMatchObject({ stage: 'interviewing', version: 2 });
      await expect(store.updateApplication(anApplication({ stage: 'rejected' }), 1)).rejects.toBeInstanceOf(VersionConflictError);
      expect((await store.getApplication('app-1'))?.stage).toBe('interviewing');
    });

    it('treats updating a missing application as a version conflict', async () => {
      await expect(store.updateApplication(anApplication({ id: 'ghost' }), 1)).rejects.toBeInstanceOf(VersionConflictError);
    });

    it('lets exactly one of two concurrent updates from the same version win', async () => {
      await store.createApplication(anApplication());
      const results = await Promise.allSettled([
        store.updateApplication(anApplication({ stage: 'interviewing' }), 1),
        store.updateApplication(anApplication({ stage: 'rejected' }), 1),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    });

    it('finds applications by company key and lists them all', async () => {
      await store.createApplication(anApplication({ id: 'a', createdAt: '2026-11-01T00:00:00.000Z' }));
      await store.createApplication(anApplication({ id: 'b', role: null, roleKey: null, createdAt: '2026-11-03T00:00:00.000Z' }));
      await store.createApplication(anApplication({ id: 'c', company: 'Globex', companyKey: 'globex' }));
      expect((await store.findApplicationsByCompany('acme')).map((a) => a.id)).toEqual(['a', 'b']);
      expect(await store.findApplicationsByCompany('initech')).toEqual([]);
      expect((await store.listApplications()).map((a) => a.id).sort()).toEqual(['a', 'b', 'c']);
    });

    it('moves an application to its new company key when the company changes', async () => {
      await store.createApplication(anApplication());
      await store.updateApplication(anApplication({ company: 'Globex', companyKey: 'globex' }), 1);
      expect(await store.findApplicationsByCompany('acme')).toEqual([]);
      expect((await store.findApplicationsByCompany('globex')).map((a) => a.id)).toEqual(['app-1']);
    });
  });

  describe('events', () => {
    it('lists events by original date, whatever order they were written in', async () => {
      await store.putEvent(anEvent({ messageId: 'm3', occurredAt: '2026-11-20T10:00:00.000Z' }));
      await store.putEvent(anEvent({ messageId: 'm1', occurredAt: '2026-11-01T10:00:00+01:00' }));
      await store.putEvent(anEvent({ messageId: 'm2', occurredAt: '2026-11-05T10:00:00.000Z' }));
      await store.putEvent(anEvent({ applicationId: 'other', messageId: 'm9' }));
      expect((await store.listEvents('app-1')).map((e) => e.messageId)).toEqual(['m1', 'm2', 'm3']);
    });

    it('keeps one event when the same event is written twice, also concurrently', async () => {
      await store.putEvent(anEvent());
      await Promise.all([store.putEvent(anEvent()), store.putEvent(anEvent())]);
      expect(await store.listEvents('app-1')).toEqual([anEvent()]);
    });
  });

  describe('originals and outcomes', () => {
    const claim = { originalId: 'orig-1', messageId: 'm1', applicationId: 'app-1', claimedAt: '2026-11-02T09:05:00.000Z' };

    it('claims an original once and reports the first claimant afterwards', async () => {
      expect(await store.claimOriginal(claim)).toEqual({ claimed: true, claim });
      const second = await store.claimOriginal({ ...claim, messageId: 'm2', applicationId: 'app-2' });
      expect(second).toEqual({ claimed: false, claim });
      expect(await store.getOriginalClaim('orig-1')).toEqual(claim);
      expect(await store.getOriginalClaim('orig-2')).toBeNull();
    });

    it('lets one of two concurrent claims of the same original win', async () => {
      const results = await Promise.all([store.claimOriginal(claim), store.claimOriginal({ ...claim, messageId: 'm2' })]);
      expect(results.filter((r) => r.claimed)).toHaveLength(1);
      const winner = results.find((r) => r.claimed)?.claim.messageId;
      expect(results.every((r) => r.claim.messageId === winner)).toBe(true);
    });

    it('records the first outcome for a message and returns it to later writers', async () => {
      expect(await store.recordOutcome(anOutcome())).toEqual({ recorded: true, outcome: anOutcome() });
      const again = await store.recordOutcome(anOutcome({ outcome: 'ignored', reason: 'late' }));
      expect(again).toEqual({ recorded: false, outcome: anOutcome() });
      expect(await store.getOutcome('ses-msg-1')).toEqual(anOutcome());
      expect(await store.getOutcome('ses-msg-2')).toBeNull();
    });
  });

  describe('reminders', () => {
    it('upserts, reads and lists reminders of one application', async () => {
      await store.putReminder(aReminder());
      await store.putReminder(aReminder({ reminderId: 'confirm-receipt.0', rule: 'confirm-receipt' }));
      await store.putReminder(aReminder({ fireAt: '2026-12-03T09:00:00.000+01:00' }));
      await store.putReminder(aReminder({ applicationId: 'app-2' }));
      expect((await store.getReminder('app-1', 'keep-applying.0'))?.fireAt).toBe('2026-12-03T09:00:00.000+01:00');
      expect((await store.listReminders('app-1')).map((r) => r.reminderId)).toEqual(['confirm-receipt.0', 'keep-applying.0']);
      expect(await store.getReminder('app-1', 'nope')).toBeNull();
    });

    it('creates a reminder only when it does not exist yet', async () => {
      expect(await store.createReminder(aReminder())).toBe(true);
      expect(await store.createReminder(aReminder({ fireAt: '2027-01-01T09:00:00.000+01:00' }))).toBe(false);
      expect((await store.getReminder('app-1', 'keep-applying.0'))?.fireAt).toBe(aReminder().fireAt);
    });

    it('marks a pending reminder sent exactly once, even when two senders race', async () => {
      await store.putReminder(aReminder());
      const change = { from: ['pending'] as const, to: 'sent' as const, sentAt: '2026-12-02T08:00:00.000Z' };
      const results = await Promise.allSettled([
        store.updateReminderStatus('app-1', 'keep-applying.0', change),
        store.updateReminderStatus('app-1', 'keep-applying.0', change),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const failure = results.find((r) => r.status === 'rejected');
      expect(failure?.status === 'rejected' && failure.reason).toBeInstanceOf(ReminderStatusConflictError);
      expect(await store.getReminder('app-1', 'keep-applying.0')).toMatchObject({ status: 'sent', sentAt: change.sentAt });
    });

    it('keeps the other fields when changing status and reports a missing reminder', async () => {
      await store.putReminder(aReminder());
      const dropped = await store.updateReminderStatus('app-1', 'keep-applying.0', {
        from: ['pending'],
        to: 'dropped',
        statusReason: 'application moved on',
      });
      expect(dropped).toEqual({ ...aReminder(), status: 'dropped', statusReason: 'application moved on' });
      await expect(store.updateReminderStatus('app-1', 'missing.0', { from: ['pending'], to: 'sent' })).rejects.toBeInstanceOf(
        ReminderNotFoundError,
      );
    });

    it('lists reminders across applications, filtered by status', async () => {
      await store.putReminder(aReminder());
      await store.putReminder(aReminder({ applicationId: 'app-2', status: 'sent' }));
      expect((await store.listAllReminders()).map((r) => r.applicationId).sort()).toEqual(['app-1', 'app-2']);
      expect((await store.listAllReminders('sent')).map((r) => r.applicationId)).toEqual(['app-2']);
    });
  });

  describe('notices', () => {
    it('creates a notice once, lists pending ones oldest first and marks one sent once', async () => {
      expect((await store.putNotice(aNotice())).created).toBe(true);
      expect(await store.putNotice(aNotice({ details: { code: 'changed' } }))).toEqual({ created: false, notice: aNotice() });
      await store.putNotice(aNotice({ noticeId: 'older', createdAt: '2026-10-01T08:00:00.000Z' }));
      expect((await store.listNotices('pending')).map((n) => n.noticeId)).toEqual(['older', aNotice().noticeId]);
      expect(await store.markNoticeSent('older')).toBe(true);
      expect(await store.markNoticeSent('older')).toBe(false);
      expect((await store.listNotices('pending')).map((n) => n.noticeId)).toEqual([aNotice().noticeId]);
      expect((await store.listNotices()).map((n) => n.noticeId)).toEqual(['older', aNotice().noticeId]);
      expect(await store.getNotice('older')).toMatchObject({ status: 'sent' });
    });
  });
}

describe('MemoryApplicationStore', () => {
  storeContract(() => Promise.resolve(new MemoryApplicationStore()));
});

describe('DynamoDbApplicationStore on dynalite', () => {
  let dynamo: DynamoEmulator;
  beforeAll(async () => {
    dynamo = await startDynamo();
  });
  afterAll(async () => {
    await dynamo.stop();
  });

  storeContract(async () => {
    const tableName = await dynamo.createTable();
    return new DynamoDbApplicationStore({ client: dynamo.documentClient, tableName });
  });

  it('writes the TTL attribute on outcomes and events when retention is set', async () => {
    const tableName = await dynamo.createTable();
    const store = new DynamoDbApplicationStore({
      client: dynamo.documentClient,
      tableName,
      retention: { applicationDays: 100, outcomeDays: 20, noticeDays: 30 },
    });
    await store.recordOutcome(anOutcome());
    await store.putEvent(anEvent());
    const { Items = [] } = await dynamo.documentClient.send(new ScanCommand({ TableName: tableName }));
    const outcome = Items.find((i) => i.sk === 'MSG');
    const event = Items.find((i) => String(i.sk).startsWith('EVT#'));
    expect(outcome?.expiresAt).toBe(Date.parse(anOutcome().recordedAt) / 1000 + 20 * 86_400);
    expect(event?.expiresAt).toBe(Date.parse(anEvent().receivedAt) / 1000 + 100 * 86_400);
  });

  it('reports a malformed stored item by its key instead of returning it', async () => {
    const tableName = await dynamo.createTable();
    const store = new DynamoDbApplicationStore({ client: dynamo.documentClient, tableName });
    await dynamo.documentClient.send(
      new PutCommand({ TableName: tableName, Item: { pk: 'APP#bad', sk: 'APP', type: 'application', id: 'bad', stage: 'dreaming' } }),
    );
    await expect(store.getApplication('bad')).rejects.toBeInstanceOf(CorruptItemError);
    await expect(store.getApplication('bad')).rejects.toThrow(/APP#bad\/APP[\s\S]*stage/);
  });
});
