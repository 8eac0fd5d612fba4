import { S3Client } from '@aws-sdk/client-s3';
import type { Logger } from '../logging/logger.ts';
import { awsClientOptions, DOWNLOAD_REQUEST_TIMEOUT_MS } from '../pipeline/aws-client-options.ts';
import { buildAwsClients, buildAwsPipelineDeps } from '../pipeline/aws-deps.ts';
import { S3RawMailSource } from '../raw-mail/s3-raw-mail-source.ts';
import type { ParserRuntimeConfig } from './parser-config.ts';
import type { SesPipelineDeps } from './process-ses-record.ts';

/** Build the parser's adapters once per Lambda container (clients keep their connections warm). */
export function buildParserDeps(config: ParserRuntimeConfig, logger: Logger): SesPipelineDeps {
  const { ingest, pipeline } = config;
  const s3Endpoint = ingest.endpoints.s3;
  // Emulators answer on a bare host:port, so buckets go in the path, not the host name.
  const s3 = new S3Client({ ...awsClientOptions(s3Endpoint, DOWNLOAD_REQUEST_TIMEOUT_MS), forcePathStyle: s3Endpoint !== null });
  return {
    ...buildAwsPipelineDeps(pipeline, buildAwsClients(pipeline), { reminderFunctionArn: config.reminderFunctionArn, logger }),
    rawMail: new S3RawMailSource({ client: s3, bucket: ingest.rawBucket, prefix: ingest.rawPrefix }),
  };
}
