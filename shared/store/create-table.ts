import { CreateTableCommand, DescribeTableCommand, type CreateTableCommandInput, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { TABLE_KEYS } from './table-schema.ts';

/**
 * The local run's extra indexes for its page (table-design.md, "The local page"). They index
 * attributes every item already has, so nothing is written differently and nothing needs a backfill.
 */
const PAGE_INDEXES = [
  { IndexName: TABLE_KEYS.byTypeIndex, hash: 'type', range: 'createdAt' },
  { IndexName: TABLE_KEYS.byStatusIndex, hash: 'status', range: 'fireAt' },
] as const;

/** Names of the local page's indexes, to tell whether an existing table has them. */
export const PAGE_INDEX_NAMES: readonly string[] = PAGE_INDEXES.map((index) => index.IndexName);

/**
 * The table as the CDK stack defines it, for emulators (dynalite) used by tests and the local run;
 * `pageIndexes` adds the local page's two indexes.
 */
export function createTableInput(tableName: string, options: { readonly pageIndexes?: boolean } = {}): CreateTableCommandInput {
  const pageIndexes = options.pageIndexes === true ? PAGE_INDEXES : [];
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: TABLE_KEYS.partitionKey, AttributeType: 'S' },
      { AttributeName: TABLE_KEYS.sortKey, AttributeType: 'S' },
      { AttributeName: TABLE_KEYS.byCompanyPartitionKey, AttributeType: 'S' },
      { AttributeName: TABLE_KEYS.byCompanySortKey, AttributeType: 'S' },
      ...pageIndexes.flatMap((index) => [
        { AttributeName: index.hash, AttributeType: 'S' as const },
        { AttributeName: index.range, AttributeType: 'S' as const },
      ]),
    ],
    KeySchema: [
      { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: TABLE_KEYS.byCompanyIndex,
        KeySchema: [
          { AttributeName: TABLE_KEYS.byCompanyPartitionKey, KeyType: 'HASH' },
          { AttributeName: TABLE_KEYS.byCompanySortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
      ...pageIndexes.map((index) => ({
        IndexName: index.IndexName,
        KeySchema: [
          { AttributeName: index.hash, KeyType: 'HASH' as const },
          { AttributeName: index.range, KeyType: 'RANGE' as const },
        ],
        Projection: { ProjectionType: 'ALL' as const },
      })),
    ],
  };
}

/** How long to wait for an emulator's table to turn ACTIVE before giving up. */
const TABLE_ACTIVE_TIMEOUT_MS = 10_000;

export class TableNotReadyError extends Error {
  override readonly name = 'TableNotReadyError';
}

/** Create the table and wait until it can be used. */
export async function createTable(client: DynamoDBClient, tableName: string, options: { readonly pageIndexes?: boolean } = {}): Promise<void> {
  await client.send(new CreateTableCommand(createTableInput(tableName, options)));
  const deadline = Date.now() + TABLE_ACTIVE_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const indexesReady = (Table?.GlobalSecondaryIndexes ?? []).every((index) => index.IndexStatus === 'ACTIVE');
    if (Table?.TableStatus === 'ACTIVE' && indexesReady) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new TableNotReadyError(`Table ${tableName} did not become ACTIVE within ${TABLE_ACTIVE_TIMEOUT_MS} ms`);
}
