import { GetObjectCommand, NoSuchKey, type S3Client } from '@aws-sdk/client-s3';
import type { RawMail, RawMailSource } from './raw-mail-source.ts';
import { MAX_RAW_MAIL_BYTES, RawMailNotFoundError, RawMailTooLargeError } from './raw-mail-source.ts';

export interface S3RawMailSourceOptions {
  readonly client: S3Client;
  readonly bucket: string;
  /** The receipt rule's objectKeyPrefix: the key is prefix + SES messageId. */
  readonly prefix: string;
  readonly maxBytes?: number;
}

/** Reads what the SES S3 action stored. The object is only read, never moved or deleted. */
export class S3RawMailSource implements RawMailSource {
  private readonly maxBytes: number;

  constructor(private readonly options: S3RawMailSourceOptions) {
    this.maxBytes = options.maxBytes ?? MAX_RAW_MAIL_BYTES;
  }

  keyFor(messageId: string): string {
    return `${this.options.prefix}${messageId}`;
  }

  async read(messageId: string): Promise<RawMail> {
    const key = this.keyFor(messageId);
    let response;
    try {
      response = await this.options.client.send(new GetObjectCommand({ Bucket: this.options.bucket, Key: key }));
    } catch (error) {
      if (error instanceof NoSuchKey || (error instanceof Error && error.name === 'NoSuchKey')) throw new RawMailNotFoundError(key);
      throw error;
    }
    const body = response.Body;
    if (!body) throw new RawMailNotFoundError(key);
    const stream = body as unknown as AsyncIterable<Uint8Array> & { destroy?: () => void };
    if (response.ContentLength !== undefined && response.ContentLength > this.maxBytes) {
      stream.destroy?.();
      throw new RawMailTooLargeError(key, this.maxBytes, response.ContentLength);
    }
    // ContentLength can be absent or wrong (chunked answers): count what actually arrives too.
    const chunks: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of stream) {
      total += chunk.byteLength;
      if (total > this.maxBytes) {
        stream.destroy?.();
        throw new RawMailTooLargeError(key, this.maxBytes, total);
      }
      chunks.push(chunk);
    }
    return { key, bytes: Buffer.concat(chunks, total) };
  }
}
