import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
  type ScanCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type * as z from '../config/zod-mini.ts';
import { describeIssues } from '../config/zod-errors.ts';
import type {
  ApplicationEvent,
  ApplicationRecord,
  MessageOutcome,
  Notice,
  ReminderRecord,
  ReminderStatus,
} from '../domain/application.ts';
import type {
  ApplicationStore,
  ClaimResult,
  DigestClaim,
  OriginalClaim,
  RecordOutcomeResult,
  ReminderStatusChange,
} from './application-store.ts';
import {
  ApplicationExistsError,
  compareApplications,
  compareEvents,
  CorruptItemError,
  NoticeNotFoundError,
  ReminderNotFoundError,
  ReminderStatusConflictError,
  VersionConflictError,
} from './application-store.ts';
import {
  ApplicationEventSchema,
  ApplicationRecordSchema,
  MessageOutcomeSchema,
  NoticeSchema,
  OriginalClaimSchema,
  ReminderRecordSchema,
} from './item-schemas.ts';
import { DigestClaimSchema } from './digest-claim-schema.ts';
import { keys, type ItemKey, type ItemType } from './keys.ts';
import { DEFAULT_RETENTION, DIGEST_CLAIM_RETENTION_DAYS, expiryEpochSeconds, type Retention } from './retention.ts';
import { TABLE_KEYS } from './table-schema.ts';

export interface DynamoDbApplicationStoreOptions {
  /** Injected, so the handler builds it once and tests point it at dynalite. */
  readonly client: DynamoDBDocumentClient;
  readonly tableName: string;
  /** Days each item kind is kept (retention.ts); the defaults when absent. */
  readonly retention?: Retention;
}

type Item = Record<string, unknown>;

const NOT_EXISTS = `attribute_not_exists(${TABLE_KEYS.partitionKey})`;

/** Single-table DynamoDB adapter (layout and idempotency argument: table-design.md). */
export class DynamoDbApplicationStore implements ApplicationStore {
  private readonly client: DynamoDBDocumentClient;
  private readonly table: string;
  private readonly retention: Retention;

  constructor(options: DynamoDbApplicationStoreOptions) {
    this.client = options.client;
    this.table = options.tableName;
    this.retention = options.retention ?? DEFAULT_RETENTION;
  }

  async getApplication(applicationId: string): Promise<ApplicationRecord | null> {
    return this.getItem(keys.application(applicationId), ApplicationRecordSchema);
  }

  async listApplications(): Promise<ApplicationRecord[]> {
    const items = await this.scanType('application');
    return items.map((item) => parseItem(ApplicationRecordSchema, item)).sort(compareApplications);
  }

  async findApplicationsByCompany(companyKey: string): Promise<ApplicationRecord[]> {
    const items = await this.queryAll({
      IndexName: TABLE_KEYS.byCompanyIndex,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': TABLE_KEYS.byCompanyPartitionKey },
      ExpressionAttributeValues: { ':pk': keys.companyPartition(companyKey) },
    });
    return items.map((item) => parseItem(ApplicationRecordSchema, item)).sort(compareApplications);
  }

  async createApplication(application: ApplicationRecord): Promise<ApplicationRecord> {
    try {
      await this.client.send(
        new PutCommand({ TableName: this.table, Item: this.applicationItem(application), ConditionExpression: NOT_EXISTS }),
      );
    } catch (error) {
      if (isConditionFailure(error)) throw new ApplicationExistsError(application.id);
      throw error;
    }
    return application;
  }

  async updateApplication(application: ApplicationRecord, expectedVersion: number): Promise<ApplicationRecord> {
    const next: ApplicationRecord = { ...application, version: expectedVersion + 1 };
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.table,
          Item: this.applicationItem(next),
          ConditionExpression: '#version = :expected',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':expected': expectedVersion },
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) throw new VersionConflictError(application.id, expectedVersion);
      throw error;
    }
    return next;
  }

  async deleteApplication(applicationId: string): Promise<void> {
    // Events and reminders first, the application item last: a crash in between leaves the
    // application to find and delete again, never items that belong to nothing.
    const { pk } = keys.application(applicationId);
    for (const prefix of [keys.eventPrefix, keys.reminderPrefix]) {
      for (const item of await this.queryPartition(pk, prefix)) {
        await this.client.send(
          new DeleteCommand({ TableName: this.table, Key: { [TABLE_KEYS.partitionKey]: item[TABLE_KEYS.partitionKey], [TABLE_KEYS.sortKey]: item[TABLE_KEYS.sortKey] } }),
        );
      }
    }
    await this.client.send(new DeleteCommand({ TableName: this.table, Key: keys.application(applicationId) }));
  }

  async putEvent(event: ApplicationEvent): Promise<void> {
    const item = {
      ...keys.event(event.applicationId, event.occurredAt, event.messageId),
      type: 'event' satisfies ItemType,
      ...event,
      ...ttl(event.receivedAt, this.retention.applicationDays),
    };
    await this.client.send(new PutCommand({ TableName: this.table, Item: item }));
  }

  async listEvents(applicationId: string): Promise<ApplicationEvent[]> {
    const items = await this.queryPartition(keys.application(applicationId).pk, keys.eventPrefix);
    // The sort key already orders them; sorting again keeps ties identical to the memory adapter.
    return items.map((item) => parseItem(ApplicationEventSchema, item)).sort(compareEvents);
  }

  async claimOriginal(claim: OriginalClaim): Promise<ClaimResult> {
    const key = keys.original(claim.originalId);
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...key, type: 'original' satisfies ItemType, ...claim, ...ttl(claim.claimedAt, this.retention.applicationDays) },
          ConditionExpression: NOT_EXISTS,
        }),
      );
      return { claimed: true, claim };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    const existing = await this.getItem(key, OriginalClaimSchema);
    if (!existing) throw new CorruptItemError(describeKey(key), ['condition failed but the item is gone']);
    return { claimed: false, claim: existing };
  }

  async getOriginalClaim(originalId: string): Promise<OriginalClaim | null> {
    return this.getItem(keys.original(originalId), OriginalClaimSchema);
  }

  async recordOutcome(outcome: MessageOutcome): Promise<RecordOutcomeResult> {
    const key = keys.outcome(outcome.messageId);
    const item = {
      ...key,
      type: 'outcome' satisfies ItemType,
      ...outcome,
      ...ttl(outcome.recordedAt, this.retention.outcomeDays),
    };
    try {
      await this.client.send(new PutCommand({ TableName: this.table, Item: item, ConditionExpression: NOT_EXISTS }));
      return { recorded: true, outcome };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    const existing = await this.getItem(key, MessageOutcomeSchema);
    if (!existing) throw new CorruptItemError(describeKey(key), ['condition failed but the item is gone']);
    return { recorded: false, outcome: existing };
  }

  async getOutcome(messageId: string): Promise<MessageOutcome | null> {
    return this.getItem(keys.outcome(messageId), MessageOutcomeSchema);
  }

  async claimDigest(claim: DigestClaim): Promise<{ readonly claimed: boolean; readonly claim: DigestClaim }> {
    const key = keys.digest(claim.digestId);
    const item = { ...key, type: 'digest' satisfies ItemType, ...claim, ...ttl(claim.claimedAt, DIGEST_CLAIM_RETENTION_DAYS) };
    try {
      await this.client.send(new PutCommand({ TableName: this.table, Item: item, ConditionExpression: NOT_EXISTS }));
      return { claimed: true, claim };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    const existing = await this.getItem(key, DigestClaimSchema);
    if (!existing) throw new CorruptItemError(describeKey(key), ['condition failed but the item is gone']);
    return { claimed: false, claim: existing };
  }

  async releaseDigest(digestId: string): Promise<void> {
    await this.client.send(new DeleteCommand({ TableName: this.table, Key: keys.digest(digestId) }));
  }

  async putReminder(reminder: ReminderRecord): Promise<void> {
    await this.client.send(new PutCommand({ TableName: this.table, Item: reminderItem(reminder, this.retention) }));
  }

  async createReminder(reminder: ReminderRecord): Promise<boolean> {
    try {
      await this.client.send(new PutCommand({ TableName: this.table, Item: reminderItem(reminder, this.retention), ConditionExpression: NOT_EXISTS }));
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async getReminder(applicationId: string, reminderId: string): Promise<ReminderRecord | null> {
    return this.getItem(keys.reminder(applicationId, reminderId), ReminderRecordSchema);
  }

  async listReminders(applicationId: string): Promise<ReminderRecord[]> {
    const items = await this.queryPartition(keys.application(applicationId).pk, keys.reminderPrefix);
    return items.map((item) => parseItem(ReminderRecordSchema, item));
  }

  async listAllReminders(status?: ReminderStatus): Promise<ReminderRecord[]> {
    const items = await this.scanType('reminder');
    return items.map((item) => parseItem(ReminderRecordSchema, item)).filter((r) => status === undefined || r.status === status);
  }

  async updateReminderStatus(applicationId: string, reminderId: string, change: ReminderStatusChange): Promise<ReminderRecord> {
    const key = keys.reminder(applicationId, reminderId);
    const names: Record<string, string> = { '#status': 'status', '#pk': TABLE_KEYS.partitionKey };
    const values: Record<string, unknown> = { ':to': change.to };
    const sets = ['#status = :to'];
    if (change.statusReason !== undefined) {
      names['#statusReason'] = 'statusReason';
      values[':statusReason'] = change.statusReason;
      sets.push('#statusReason = :statusReason');
    }
    if (change.sentAt !== undefined) {
      names['#sentAt'] = 'sentAt';
      values[':sentAt'] = change.sentAt;
      sets.push('#sentAt = :sentAt');
    }
    const allowed = change.from.map((_, i) => `:from${i}`);
    change.from.forEach((status, i) => (values[`:from${i}`] = status));
    // An empty `from` can never match: written as a condition that is always false.
    const condition =
      allowed.length > 0 ? `attribute_exists(#pk) AND #status IN (${allowed.join(', ')})` : 'attribute_exists(#pk) AND attribute_not_exists(#pk)';
    try {
      const result = await this.client.send(
        new UpdateCommand({
          TableName: this.table,
          Key: key,
          UpdateExpression: `SET ${sets.join(', ')}`,
          ConditionExpression: condition,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
        }),
      );
      return parseItem(ReminderRecordSchema, result.Attributes ?? {}, describeKey(key));
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    const stored = await this.getReminder(applicationId, reminderId);
    if (!stored) throw new ReminderNotFoundError(applicationId, reminderId);
    throw new ReminderStatusConflictError(applicationId, reminderId, change.from, stored.status);
  }

  async putNotice(notice: Notice): Promise<{ readonly created: boolean; readonly notice: Notice }> {
    const key = keys.notice(notice.noticeId);
    const item = {
      ...key,
      ...keys.noticeIndex(notice.createdAt, notice.noticeId),
      type: 'notice' satisfies ItemType,
      ...notice,
      // Notices can hold a forwarding confirmation code and link: they go first.
      ...ttl(notice.createdAt, this.retention.noticeDays),
    };
    try {
      await this.client.send(new PutCommand({ TableName: this.table, Item: item, ConditionExpression: NOT_EXISTS }));
      return { created: true, notice };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    const existing = await this.getItem(key, NoticeSchema);
    if (!existing) throw new CorruptItemError(describeKey(key), ['condition failed but the item is gone']);
    return { created: false, notice: existing };
  }

  async getNotice(noticeId: string): Promise<Notice | null> {
    return this.getItem(keys.notice(noticeId), NoticeSchema);
  }

  async listNotices(status?: Notice['status']): Promise<Notice[]> {
    const items = await this.queryAll({
      IndexName: TABLE_KEYS.byCompanyIndex,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': TABLE_KEYS.byCompanyPartitionKey },
      ExpressionAttributeValues: { ':pk': keys.noticePartition },
    });
    return items.map((item) => parseItem(NoticeSchema, item)).filter((n) => status === undefined || n.status === status);
  }

  async markNoticeSent(noticeId: string): Promise<boolean> {
    const key = keys.notice(noticeId);
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.table,
          Key: key,
          UpdateExpression: 'SET #status = :sent',
          ConditionExpression: 'attribute_exists(#pk) AND #status = :pending',
          ExpressionAttributeNames: { '#status': 'status', '#pk': TABLE_KEYS.partitionKey },
          ExpressionAttributeValues: { ':sent': 'sent', ':pending': 'pending' },
        }),
      );
      return true;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    if (!(await this.getNotice(noticeId))) throw new NoticeNotFoundError(noticeId);
    return false;
  }

  /**
   * Delete every item whose `expiresAt` has passed; returns how many. For the local embedded table
   * (dynalite has no TTL): DynamoDB deletes expired items itself, so the deployed functions never call this.
   */
  async deleteExpired(now: Date): Promise<number> {
    let deleted = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new ScanCommand({
          TableName: this.table,
          FilterExpression: '#expiresAt < :now',
          ProjectionExpression: '#pk, #sk',
          ExpressionAttributeNames: { '#expiresAt': TABLE_KEYS.ttlAttribute, '#pk': TABLE_KEYS.partitionKey, '#sk': TABLE_KEYS.sortKey },
          ExpressionAttributeValues: { ':now': Math.floor(now.getTime() / 1000) },
          ExclusiveStartKey: start,
        }),
      );
      for (const item of page.Items ?? []) {
        const key = { [TABLE_KEYS.partitionKey]: String(item[TABLE_KEYS.partitionKey]), [TABLE_KEYS.sortKey]: String(item[TABLE_KEYS.sortKey]) };
        await this.client.send(new DeleteCommand({ TableName: this.table, Key: key }));
        deleted++;
      }
      start = page.LastEvaluatedKey;
    } while (start);
    return deleted;
  }

  private applicationItem(application: ApplicationRecord): Item {
    return {
      ...keys.application(application.id),
      ...keys.companyIndex(application.companyKey, application.roleKey, application.id),
      type: 'application' satisfies ItemType,
      ...application,
      // Every change rewrites the item, so the application is kept for the retention after its last change.
      ...ttl(application.updatedAt, this.retention.applicationDays),
    };
  }

  private async getItem<T>(key: ItemKey, schema: z.ZodMiniType<T>): Promise<T | null> {
    const result = await this.client.send(new GetCommand({ TableName: this.table, Key: key, ConsistentRead: true }));
    return result.Item ? parseItem(schema, result.Item, describeKey(key)) : null;
  }

  private async queryPartition(pk: string, sortPrefix: string): Promise<Item[]> {
    return this.queryAll({
      KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
      ExpressionAttributeNames: { '#pk': TABLE_KEYS.partitionKey, '#sk': TABLE_KEYS.sortKey },
      ExpressionAttributeValues: { ':pk': pk, ':prefix': sortPrefix },
      ConsistentRead: true,
    });
  }

  private async queryAll(input: Omit<QueryCommandInput, 'TableName'>): Promise<Item[]> {
    const items: Item[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(new QueryCommand({ ...input, TableName: this.table, ExclusiveStartKey: start }));
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }

  /**
   * A single user's table holds hundreds of items, so a filtered Scan is cheaper than another index;
   * it is also strongly consistent, which correlation needs (table-design.md, "Why correlation scans").
   */
  private async scanType(type: ItemType): Promise<Item[]> {
    const input: Omit<ScanCommandInput, 'TableName'> = {
      FilterExpression: '#type = :type',
      ExpressionAttributeNames: { '#type': 'type' },
      ExpressionAttributeValues: { ':type': type },
      ConsistentRead: true,
    };
    const items: Item[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(new ScanCommand({ ...input, TableName: this.table, ExclusiveStartKey: start }));
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }
}

/** A reminder is kept for the application retention after it is due (status changes keep that expiry). */
function reminderItem(reminder: ReminderRecord, retention: Retention): Item {
  return {
    ...keys.reminder(reminder.applicationId, reminder.reminderId),
    type: 'reminder' satisfies ItemType,
    ...reminder,
    ...ttl(reminder.fireAt, retention.applicationDays),
  };
}

/** The TTL attribute: DynamoDB may delete the item once this epoch second has passed. */
function ttl(fromIso: string, days: number): Item {
  return { [TABLE_KEYS.ttlAttribute]: expiryEpochSeconds(fromIso, days) };
}

function parseItem<T>(schema: z.ZodMiniType<T>, item: Item, label?: string): T {
  const result = schema.safeParse(item);
  if (!result.success) {
    throw new CorruptItemError(label ?? `${String(item[TABLE_KEYS.partitionKey])}/${String(item[TABLE_KEYS.sortKey])}`, describeIssues(result.error));
  }
  return result.data;
}

function describeKey(key: ItemKey): string {
  return `${key.pk}/${key.sk}`;
}

function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}
