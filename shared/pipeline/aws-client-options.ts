import { MAIL_SEND_MAX_ATTEMPTS } from '../mailer/delivery.ts';

/**
 * Connection limits for every AWS SDK client the Lambdas build. Without them a hung connection
 * holds the invocation until the function's own timeout; with them the call fails fast, the SDK
 * retries it, and if that fails too the handler throws so Lambda retries the whole (idempotent) run.
 */
export const CONNECT_TIMEOUT_MS = 3_000;
/** Small JSON calls (DynamoDB, Scheduler, SES). */
export const API_REQUEST_TIMEOUT_MS = 10_000;
/** Reading a raw message of up to 40 MB from S3. */
export const DOWNLOAD_REQUEST_TIMEOUT_MS = 30_000;

export interface AwsClientOptions {
  readonly endpoint?: string;
  readonly requestHandler: { connectionTimeout: number; requestTimeout: number; throwOnRequestTimeout: true };
}

/** Options for an SDK client; `endpoint` only for emulators (local runs and tests). */
export function awsClientOptions(endpoint: string | null, requestTimeout = API_REQUEST_TIMEOUT_MS): AwsClientOptions {
  const requestHandler = { connectionTimeout: CONNECT_TIMEOUT_MS, requestTimeout, throwOnRequestTimeout: true } as const;
  return endpoint === null ? { requestHandler } : { endpoint, requestHandler };
}

/**
 * Options for the SES client that sends mail: like every other client, but the SDK makes a single
 * attempt (shared/mailer/delivery.ts says why: its retry after a lost answer is a second email).
 */
export function mailClientOptions(endpoint: string | null): AwsClientOptions & { readonly maxAttempts: number } {
  return { ...awsClientOptions(endpoint), maxAttempts: MAIL_SEND_MAX_ATTEMPTS };
}
