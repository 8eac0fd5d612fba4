import { BatchGetCommand, QueryCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { ApplicationRecord, ReminderRecord } from '../domain/application.ts';
import { MAX_APPLICATIONS_PER_READ, type ApplicationCursor, type ApplicationListing, type ApplicationPage, type ApplicationPageRequest } from './application-listing.ts';
import type { ApplicationStore } from './application-store.ts';
import { compareApplications } from './application-store.ts';
import { ApplicationRecordSchema, ReminderRecordSchema } from './item-schemas.ts';
import { keys, type ItemType } from './keys.ts';
import { parseStoredItem } from './parse-stored-item.ts';
import { TABLE_KEYS } from './table-schema.ts';

type Item = Record<string, unknown>;

/**
 * The local page's reads on the `byType` and `byStatus` indexes (create-table.ts): one Query each,
 * reading only the items shown, so a page costs the same at 30 applications as at 3,000.
 */
export class DynamoDbApplicationListing implements ApplicationListing {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async listApplicationPage(request: ApplicationPageRequest): Promise<ApplicationPage> {
    const backwards = request.before !== undefined;
    const from = request.before ?? request.after;
    // One extra item tells whether another page follows.
    const items = await this.query({
      IndexName: TABLE_KEYS.byTypeIndex,
      KeyConditionExpression: '#type = :type',
      ExpressionAttributeNames: { '#type': 'type' },
      ExpressionAttributeValues: { ':type': 'application' satisfies ItemType },
      ScanIndexForward: backwards,
      Limit: request.limit + 1,
      ...(from ? { ExclusiveStartKey: startKey(from) } : {}),
    });
    const applications = items.map((item) => parseStoredItem(ApplicationRecordSchema, item));
    const more = applications.length > request.limit;
    const shown = applications.slice(0, request.limit);
    if (backwards) shown.reverse();
    const first = shown[0];
    const last = shown[shown.length - 1];
    return {
      applications: shown,
      older: (backwards ? true : more) && last ? cursorOf(last) : null,
      newer: (backwards ? more : from !== undefined) && first ? cursorOf(first) : null,
    };
  }

  async listPendingReminders(limit: number): Promise<ReminderRecord[]> {
    const items = await this.query({
      IndexName: TABLE_KEYS.byStatusIndex,
      KeyConditionExpression: '#status = :pending',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':pending': 'pending' },
      Limit: limit,
    });
    // The index sorts fireAt as text (local time with its offset); the instant decides what is shown.
    return items.map((item) => parseStoredItem(ReminderRecordSchema, item)).sort((a, b) => Date.parse(a.fireAt) - Date.parse(b.fireAt));
  }

  async getApplications(ids: readonly string[]): Promise<ApplicationRecord[]> {
    const unique = [...new Set(ids)].slice(0, MAX_APPLICATIONS_PER_READ);
    if (unique.length === 0) return [];
    let request: Record<string, { Keys: Item[] }> | undefined = { [this.table]: { Keys: unique.map((id) => ({ ...keys.application(id) })) } };
    const items: Item[] = [];
    // DynamoDB may hand back part of a batch as UnprocessedKeys (throttling); dynalite never does.
    while (request !== undefined && Object.keys(request).length > 0) {
      const result = await this.client.send(new BatchGetCommand({ RequestItems: request }));
      items.push(...(result.Responses?.[this.table] ?? []));
      request = result.UnprocessedKeys as Record<string, { Keys: Item[] }> | undefined;
    }
    return items.map((item) => parseStoredItem(ApplicationRecordSchema, item));
  }

  private async query(input: Omit<QueryCommandInput, 'TableName'>): Promise<Item[]> {
    const page = await this.client.send(new QueryCommand({ ...input, TableName: this.table }));
    return page.Items ?? [];
  }
}

function cursorOf(application: ApplicationRecord): ApplicationCursor {
  return { createdAt: application.createdAt, id: application.id };
}

function startKey(cursor: ApplicationCursor): Item {
  return { ...keys.application(cursor.id), type: 'application' satisfies ItemType, createdAt: cursor.createdAt };
}

/**
 * The same reads on a table without the page's indexes (a data directory made before they existed,
 * which dynalite cannot add an index to): still a constant number of calls, but each reads every
 * application or reminder, so it slows down past a few hundred applications.
 */
export class ScanningApplicationListing implements ApplicationListing {
  constructor(private readonly store: ApplicationStore) {}

  async listApplicationPage(request: ApplicationPageRequest): Promise<ApplicationPage> {
    const newestFirst = (await this.store.listApplications()).sort(compareApplications).reverse();
    const position = (cursor: ApplicationCursor): number => newestFirst.findIndex((a) => a.id === cursor.id);
    let start = 0;
    if (request.after) start = position(request.after) + 1;
    if (request.before) start = Math.max(0, position(request.before) - request.limit);
    const shown = newestFirst.slice(start, start + request.limit);
    const first = shown[0];
    const last = shown[shown.length - 1];
    return {
      applications: shown,
      older: start + request.limit < newestFirst.length && last ? cursorOf(last) : null,
      newer: start > 0 && first ? cursorOf(first) : null,
    };
  }

  async getApplications(ids: readonly string[]): Promise<ApplicationRecord[]> {
    const wanted = new Set(ids);
    return (await this.store.listApplications()).filter((a) => wanted.has(a.id));
  }

  async listPendingReminders(limit: number): Promise<ReminderRecord[]> {
    return (await this.store.listAllReminders('pending')).sort((a, b) => Date.parse(a.fireAt) - Date.parse(b.fireAt)).slice(0, limit);
  }
}
