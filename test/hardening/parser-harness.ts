import { HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { processSesRecord, type SesIngestDeps } from '../../shared/applications/process-ses-record.ts';
import type { IngestSettings } from '../../shared/applications/ingest.ts';
import type { IngestResult } from '../../shared/applications/ingest-result.ts';
import { ManualClock, type Clock } from '../../shared/domain/clock.ts';
import { silentLogger } from '../../shared/logging/logger.ts';
import { S3RawMailSource } from '../../shared/raw-mail/s3-raw-mail-source.ts';
import { parseSesEvent } from '../../shared/ses/parse-event.ts';
import type { SesRecord } from '../../shared/ses/event-schema.ts';
import { DynamoDbApplicationStore } from '../../shared/store/dynamodb-application-store.ts';
import { EMULATOR_CREDENTIALS, EMULATOR_REGION, startDynamo, startS3, type DynamoEmulator, type S3Emulator } from '../support/emulators.ts';
import { sesEvent, type SesRecordSpec } from '../support/ses-event.ts';
import { HOSTILE_USER } from './hostile-corpus.ts';

/**
 * The real parser path over loopback: raw MIME in s3rver, the DynamoDB store on dynalite, and
 * processSesRecord in between (what the parser Lambda runs per record). Used by the hardening
 * tests and by `npm run reliability`.
 */
export const RAW_PREFIX = 'inbound/';
export const HARDENING_SETTINGS: IngestSettings = { timeZone: 'Europe/Berlin', allowedSenders: [HOSTILE_USER] };

export interface Emulators {
  readonly dynamo: DynamoEmulator;
  readonly s3: S3Emulator;
  stop(): Promise<void>;
}

export async function startEmulators(): Promise<Emulators> {
  const [dynamo, s3] = await Promise.all([startDynamo(), startS3()]);
  return { dynamo, s3, stop: async () => void (await Promise.all([dynamo.stop(), s3.stop()])) };
}

export interface ParserPath {
  readonly store: DynamoDbApplicationStore;
  readonly deps: SesIngestDeps;
  readonly tableName: string;
  readonly documentClient: DynamoDBDocumentClient;
  /** Store raw MIME where the SES S3 action would have put it. */
  deliver(messageId: string, raw: Uint8Array): Promise<void>;
  /** One SES Lambda record for `messageId`, parsed through the real event schema. */
  record(messageId: string, spec?: Partial<SesRecordSpec>): SesRecord;
  process(messageId: string, spec?: Partial<SesRecordSpec>): Promise<IngestResult>;
  rawStillStored(messageId: string): Promise<boolean>;
  /** Every item in the table, for counting duplicates. */
  scanAll(): Promise<Record<string, unknown>[]>;
}

export interface ParserPathOptions {
  /** Endpoints to send DynamoDB / S3 requests to instead of the emulators (a failing proxy). */
  readonly dynamoEndpoint?: string;
  readonly s3Endpoint?: string;
  /** SDK attempts per request (1 makes every injected error reach the caller). */
  readonly maxAttempts?: number;
  /** Give up on a request that has not answered after this long (for hanging endpoints). */
  readonly requestTimeoutMs?: number;
  readonly settings?: IngestSettings;
  readonly clock?: Clock;
  /** An existing table (to share state between two paths); a new one is created otherwise. */
  readonly tableName?: string;
}

/** A fresh table (unless given) and clients; the emulators stay shared. */
export async function parserPath(emulators: Emulators, options: ParserPathOptions = {}): Promise<ParserPath> {
  const { dynamo, s3 } = emulators;
  const tableName = options.tableName ?? (await dynamo.createTable());
  const common = {
    region: EMULATOR_REGION,
    credentials: EMULATOR_CREDENTIALS,
    ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
    ...(options.requestTimeoutMs ? { requestHandler: { requestTimeout: options.requestTimeoutMs, throwOnRequestTimeout: true } } : {}),
  };
  const documentClient = DynamoDBDocumentClient.from(new DynamoDBClient({ ...common, endpoint: options.dynamoEndpoint ?? dynamo.endpoint }));
  const s3Client = new S3Client({ ...common, endpoint: options.s3Endpoint ?? s3.endpoint, forcePathStyle: true });
  const store = new DynamoDbApplicationStore({ client: documentClient, tableName });
  const deps: SesIngestDeps = {
    rawMail: new S3RawMailSource({ client: s3Client, bucket: s3.bucket, prefix: RAW_PREFIX }),
    store,
    settings: options.settings ?? HARDENING_SETTINGS,
    clock: options.clock ?? new ManualClock(new Date('2026-11-30T12:00:00Z')),
    logger: silentLogger,
  };
  const record = (messageId: string, spec: Partial<SesRecordSpec> = {}): SesRecord => {
    const [first] = parseSesEvent(sesEvent({ source: HOSTILE_USER, ...spec, messageId })).Records;
    if (!first) throw new Error('sesEvent built no record');
    return first;
  };
  return {
    store,
    deps,
    tableName,
    documentClient,
    async deliver(messageId, raw) {
      await s3.client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: `${RAW_PREFIX}${messageId}`, Body: raw }));
    },
    record,
    process: (messageId, spec) => processSesRecord(record(messageId, spec), deps),
    async rawStillStored(messageId) {
      const head = await s3.client.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: `${RAW_PREFIX}${messageId}` }));
      return (head.ContentLength ?? 0) > 0;
    },
    async scanAll() {
      const items: Record<string, unknown>[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const page = await dynamo.documentClient.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: start, ConsistentRead: true }));
        items.push(...(page.Items ?? []));
        start = page.LastEvaluatedKey;
      } while (start);
      return items;
    },
  };
}

/** The outcome items of exactly `messageId` (one, when all is well). */
export function outcomeItemsFor(items: readonly Record<string, unknown>[], messageId: string): Record<string, unknown>[] {
  return items.filter((item) => item.pk === `MSG#${messageId}`);
}

/** Items whose partition key starts with `prefix` (`MSG#`, `APP#`, `ORIG#`, `NOTICE#`). */
export function itemsWithPrefix(items: readonly Record<string, unknown>[], prefix: string): Record<string, unknown>[] {
  return items.filter((item) => typeof item.pk === 'string' && item.pk.startsWith(prefix));
}

/** Event items (sort key `EVT#…`) carrying `messageId`. */
export function eventItemsFor(items: readonly Record<string, unknown>[], messageId: string): Record<string, unknown>[] {
  return items.filter((item) => typeof item.sk === 'string' && item.sk.startsWith('EVT#') && item.sk.endsWith(`#${messageId}`));
}
