import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DescribeTableCommand, DynamoDBClient, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { databaseDirectory } from './data-dir.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { applyLevelOptionsToDynalite } from './level-options.ts';
import type { ApplicationListing } from '../store/application-listing.ts';
import { createTable, PAGE_INDEX_NAMES } from '../store/create-table.ts';
import { DynamoDbApplicationListing, ScanningApplicationListing } from '../store/dynamodb-application-listing.ts';
import { DynamoDbApplicationStore } from '../store/dynamodb-application-store.ts';

/** The local table's name (the deployed stack names its own). */
export const LOCAL_TABLE_NAME = 'jobnudge';

export interface EmbeddedStore {
  readonly store: DynamoDbApplicationStore;
  /** The page's reads: on the table's page indexes, or by scanning a table made before them. */
  readonly listing: ApplicationListing;
  /** The loopback endpoint dynalite answers on (for debugging with the AWS CLI). */
  readonly endpoint: string;
  stop(): Promise<void>;
}

/**
 * dynalite in this process on a free loopback port, persisted with LevelDB under `<dataDir>/db`,
 * driven by the production DynamoDB adapter. The table is created on first use. Throws
 * DataDirBusyError when another process has the data directory.
 */
export async function startEmbeddedStore(dataDir: string): Promise<EmbeddedStore> {
  // Loaded here, not at the top: only the commands that open the data directory need it.
  applyLevelOptionsToDynalite();
  const { default: dynalite } = await import('dynalite');
  const path = databaseDirectory(dataDir);
  await mkdir(path, { recursive: true });
  const lock = await lockDataDir(dataDir);
  const server: Server = dynalite({ path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
  } catch (error) {
    await lock.release();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  // dynalite accepts any credentials; fixed ones keep the SDK from searching the machine for real ones.
  const client = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 1 });
  const stop = async (): Promise<void> => {
    client.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await lock.release();
  };
  let indexed: boolean;
  try {
    indexed = await ensureTable(client);
  } catch (error) {
    await stop();
    throw error;
  }
  const documents = DynamoDBDocumentClient.from(client);
  const store = new DynamoDbApplicationStore({ client: documents, tableName: LOCAL_TABLE_NAME });
  const listing = indexed ? new DynamoDbApplicationListing(documents, LOCAL_TABLE_NAME) : new ScanningApplicationListing(store);
  return { store, listing, endpoint, stop };
}

/** Create the table on first use; true when it has the page's indexes. */
async function ensureTable(client: DynamoDBClient): Promise<boolean> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: LOCAL_TABLE_NAME }));
    const names = new Set((Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName));
    return PAGE_INDEX_NAMES.every((name) => names.has(name));
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
    await createTable(client, LOCAL_TABLE_NAME, { pageIndexes: true });
    return true;
  }
}
