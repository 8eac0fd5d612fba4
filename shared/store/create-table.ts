import { CreateTableCommand, DescribeTableCommand, type CreateTableCommandInput, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { TABLE_KEYS } from './table-schema.ts';

/** The table as the CDK stack defines it, for emulators (dynalite) used by tests and the local run. */
export function createTableInput(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: TABLE_KEYS.partitionKey, AttributeType: 'S' },
      { AttributeName: TABLE_KEYS.sortKey, AttributeType: 'S' },
      { AttributeName: TABLE_KEYS.byCompanyPartitionKey, AttributeType: 'S' },
      { AttributeName: TABLE_KEYS.byCompanySortKey, AttributeType: 'S' },
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
    ],
  };
}

/** How long to wait for an emulator's table to turn ACTIVE before giving up. */
const TABLE_ACTIVE_TIMEOUT_MS = 10_000;

export class TableNotReadyError extends Error {
  override readonly name = 'TableNotReadyError';
}

/** Create the table and wait until it can be used. */
export async function createTable(client: DynamoDBClient, tableName: string): Promise<void> {
  await client.send(new CreateTableCommand(createTableInput(tableName)));
  const deadline = Date.now() + TABLE_ACTIVE_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const indexesReady = (Table?.GlobalSecondaryIndexes ?? []).every((index) => index.IndexStatus === 'ACTIVE');
    if (Table?.TableStatus === 'ACTIVE' && indexesReady) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new TableNotReadyError(`Table ${tableName} did not become ACTIVE within ${TABLE_ACTIVE_TIMEOUT_MS} ms`);
}
