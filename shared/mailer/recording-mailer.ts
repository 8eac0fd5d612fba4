import { composeMessage } from './compose.ts';
import type { Mailer, OutgoingMessage, SendResult } from './mailer.ts';

export interface RecordedEmail {
  readonly message: OutgoingMessage;
  /** The exact MIME an adapter would have sent. */
  readonly raw: Buffer;
  readonly messageId: string;
}

/** Keeps every email in memory (simulations, `jobnudge plan`, tests); composes like the real adapters. */
export class RecordingMailer implements Mailer {
  private readonly recorded: RecordedEmail[] = [];

  constructor(private readonly options: { readonly allowedRecipient: string }) {}

  async send(message: OutgoingMessage): Promise<SendResult> {
    const composed = await composeMessage(message, { allowedRecipient: this.options.allowedRecipient });
    this.recorded.push({ message, raw: composed.raw, messageId: composed.messageId });
    return { messageId: composed.messageId, transportMessageId: `recorded-${this.recorded.length}` };
  }

  get sent(): readonly RecordedEmail[] {
    return this.recorded;
  }

  clear(): void {
    this.recorded.length = 0;
  }
}
