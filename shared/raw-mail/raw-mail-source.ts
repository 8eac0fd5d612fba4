/**
 * Where the raw MIME of an inbound message is read from: S3 in AWS (the SES S3 action wrote it),
 * a file or an SMTP buffer locally.
 */
export interface RawMail {
  /** Where it lives (the S3 key), recorded with the event so the message can be found again. */
  readonly key: string;
  readonly bytes: Uint8Array;
}

export interface RawMailSource {
  /** Read the message SES stored for `messageId`; throws RawMailNotFoundError / RawMailTooLargeError. */
  read(messageId: string): Promise<RawMail>;
  /** Where `messageId` is (or would be) stored, without reading it: recorded for untrusted mail. */
  keyFor(messageId: string): string;
}

/**
 * The SES S3 action accepts at most 40 MB; anything larger cannot be a message SES delivered and
 * would only exhaust the Lambda's memory, so reading stops there.
 */
export const MAX_RAW_MAIL_BYTES = 40 * 1024 * 1024;

export class RawMailNotFoundError extends Error {
  override readonly name = 'RawMailNotFoundError';
  constructor(readonly key: string) {
    super(`No raw message stored at ${key}`);
  }
}

export class RawMailTooLargeError extends Error {
  override readonly name = 'RawMailTooLargeError';
  constructor(
    readonly key: string,
    readonly limitBytes: number,
    readonly seenBytes: number,
  ) {
    super(`Raw message ${key} is larger than the ${limitBytes}-byte limit (at least ${seenBytes} bytes)`);
  }
}
