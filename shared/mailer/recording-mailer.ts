import { composeMessage } from './compose.ts';
import { MailSendError } from './errors.ts';
import type { Mailer, OutgoingMessage, SendResult } from './mailer.ts';

export interface RecordedEmail {
  readonly message: OutgoingMessage;
  /** The exact MIME an adapter would have sent. */
  readonly raw: Buffer;
  readonly messageId: string;
}

/**
 * A send that fails the way SES can fail it: `before-accept` (refused or never reached: nothing is
 * delivered) or `after-accept` (delivered, then the answer was lost: the caller sees a failure).
 */
export type SendFault = 'before-accept' | 'after-accept';

/** Keeps every email in memory (simulations, `jobnudge plan`, tests); composes like the real adapters. */
export class RecordingMailer implements Mailer {
  private readonly recorded: RecordedEmail[] = [];
  private readonly faults: SendFault[] = [];
  /** Sends that were delivered although the caller was told they failed (after-accept faults met). */
  acceptedThenFailed = 0;

  constructor(private readonly options: { readonly allowedRecipient: string }) {}

  /** The next send meets this fault; queued faults are met in order. */
  failNext(fault: SendFault): void {
    this.faults.push(fault);
  }

  async send(message: OutgoingMessage): Promise<SendResult> {
    const composed = await composeMessage(message, { allowedRecipient: this.options.allowedRecipient });
    const fault = this.faults.shift();
    // Retryable, as SesMailer marks a 5xx or a dropped connection.
    if (fault === 'before-accept') throw new MailSendError('ses', 'ServiceUnavailable (HTTP 503): injected', { retryable: true });
    this.recorded.push({ message, raw: composed.raw, messageId: composed.messageId });
    if (fault === 'after-accept') {
      this.acceptedThenFailed++;
      throw new MailSendError('ses', 'socket hang up: the reply was lost after the request was sent', { retryable: true });
    }
    return { messageId: composed.messageId, transportMessageId: `recorded-${this.recorded.length}` };
  }

  get sent(): readonly RecordedEmail[] {
    return this.recorded;
  }

  clear(): void {
    this.recorded.length = 0;
  }
}
