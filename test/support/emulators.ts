import { mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import dynalite from 'dynalite';
import S3rver from 's3rver';
import { createTable } from '../../shared/store/create-table.ts';

/** Credentials both emulators accept: s3rver knows only S3RVER/S3RVER, dynalite takes anything. */
export const EMULATOR_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;
export const EMULATOR_REGION = 'us-east-1';

export interface DynamoEmulator {
  readonly endpoint: string;
  readonly client: DynamoDBClient;
  readonly documentClient: DynamoDBDocumentClient;
  /** Create a fresh table (with the production key schema) and return its name. */
  createTable(name?: string): Promise<string>;
  stop(): Promise<void>;
}

let tableCounter = 0;

/** dynalite in this process, in memory, on a free loopback port. */
export async function startDynamo(): Promise<DynamoEmulator> {
  const server: Server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({ endpoint, region: EMULATOR_REGION, credentials: EMULATOR_CREDENTIALS });
  const documentClient = DynamoDBDocumentClient.from(client);
  return {
    endpoint,
    client,
    documentClient,
    async createTable(name = `jobnudge-test-${process.pid}-${++tableCounter}`) {
      await createTable(client, name);
      return name;
    },
    async stop() {
      client.destroy();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

export interface S3Emulator {
  readonly endpoint: string;
  readonly client: S3Client;
  readonly bucket: string;
  stop(): Promise<void>;
}

/** s3rver in this process, silent, backed by a temp directory removed on stop. */
export async function startS3(bucket = 'jobnudge-raw-test'): Promise<S3Emulator> {
  const directory = await mkdtemp(join(tmpdir(), 'jobnudge-s3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new S3Client({ endpoint, region: EMULATOR_REGION, credentials: EMULATOR_CREDENTIALS, forcePathStyle: true });
  return {
    endpoint,
    client,
    bucket,
    async stop() {
      client.destroy();
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
