import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { composeMessage } from './compose.ts';
import { MailSendError } from './errors.ts';
import type { Mailer, OutgoingMessage, SendResult } from './mailer.ts';

export interface OutboxMailerOptions {
  /** Where .eml files go: `<data dir>/outbox` (see outboxDirectory). */
  readonly directory: string;
  /** settings.notifyAddress: the only recipient allowed, even for files on disk. */
  readonly allowedRecipient: string;
  /** Names the files; defaults to the system time. */
  readonly now?: () => Date;
}

/** The local run's outbox: `<dataDir>/outbox`. */
export function outboxDirectory(dataDir: string): string {
  return join(dataDir, 'outbox');
}

function fileStamp(instant: Date): string {
  // 2026-11-22T02:15:09.123Z → 20261122T021509123Z: sorts by time, safe on every file system.
  return instant.toISOString().replace(/[-:.]/g, '');
}

/**
 * The local stand-in for sending: each message becomes `<timestamp>-<key>.eml`, written under a
 * temporary name and renamed, so a reader never sees half a file.
 */
export class OutboxMailer implements Mailer {
  constructor(private readonly options: OutboxMailerOptions) {}

  async send(message: OutgoingMessage): Promise<SendResult> {
    const composed = await composeMessage(message, { allowedRecipient: this.options.allowedRecipient });
    const now = (this.options.now ?? (() => new Date()))();
    // The message key is a dot-atom of [A-Za-z0-9_=-] (message-id.ts), so it is a safe file name part.
    const name = `${fileStamp(now)}-${message.messageKey}.eml`;
    const finalPath = join(this.options.directory, name);
    const tempPath = join(this.options.directory, `.${name}.${process.pid}.tmp`);
    try {
      await mkdir(this.options.directory, { recursive: true });
      await writeFile(tempPath, composed.raw, { flag: 'wx' });
      await rename(tempPath, finalPath);
    } catch (error) {
      const code = (error as { code?: string }).code ?? 'unknown';
      throw new MailSendError('outbox', `could not write ${name} (${code})`, { cause: error, retryable: code !== 'EACCES' });
    }
    return { messageId: composed.messageId, transportMessageId: finalPath };
  }
}
