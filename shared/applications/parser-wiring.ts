import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { systemClock } from '../domain/clock.ts';
import type { Logger } from '../logging/logger.ts';
import { S3RawMailSource } from '../raw-mail/s3-raw-mail-source.ts';
import { DynamoDbApplicationStore } from '../store/dynamodb-application-store.ts';
import type { ParserConfig } from './parser-config.ts';
import type { SesIngestDeps } from './process-ses-record.ts';

/** Build the parser's adapters once per Lambda container (clients keep their connections warm). */
export function buildParserDeps(config: ParserConfig, logger: Logger): SesIngestDeps {
  const { s3: s3Endpoint, dynamodb: dynamoEndpoint } = config.endpoints;
  // Emulators answer on a bare host:port, so buckets go in the path, not the host name.
  const s3 = new S3Client(s3Endpoint === null ? {} : { endpoint: s3Endpoint, forcePathStyle: true });
  const dynamo = DynamoDBDocumentClient.from(new DynamoDBClient(dynamoEndpoint === null ? {} : { endpoint: dynamoEndpoint }));
  return {
    rawMail: new S3RawMailSource({ client: s3, bucket: config.rawBucket, prefix: config.rawPrefix }),
    store: new DynamoDbApplicationStore({ client: dynamo, tableName: config.tableName }),
    settings: config.settings,
    clock: systemClock,
    logger,
  };
}
