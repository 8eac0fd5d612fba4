import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DescribeTableCommand, DynamoDBClient, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import dynalite from 'dynalite';
import { lockDataDir } from './data-dir-lock.ts';
import { createTable } from '../store/create-table.ts';
import { DynamoDbApplicationStore } from '../store/dynamodb-application-store.ts';

/** The local table's name (the deployed stack names its own). */
export const LOCAL_TABLE_NAME = 'jobnudge';


export interface EmbeddedStore {
  readonly store: DynamoDbApplicationStore;
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
  const path = join(dataDir, 'db');
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
  try {
    await ensureTable(client);
  } catch (error) {
    await stop();
    throw error;
  }
  const store = new DynamoDbApplicationStore({ client: DynamoDBDocumentClient.from(client), tableName: LOCAL_TABLE_NAME });
  return { store, endpoint, stop };
}

async function ensureTable(client: DynamoDBClient): Promise<void> {
  try {
    await client.send(new DescribeTableCommand({ TableName: LOCAL_TABLE_NAME }));
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
    await createTable(client, LOCAL_TABLE_NAME);
  }
}
