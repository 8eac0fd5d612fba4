import { SendRawEmailCommand, type SESClient } from '@aws-sdk/client-ses';
import { composeMessage } from './compose.ts';
import { MailSendError } from './errors.ts';
import type { Mailer, OutgoingMessage, SendResult } from './mailer.ts';
import { redactAddresses } from './redact.ts';

export interface SesMailerOptions {
  /** An SESClient built once at cold start (or pointed at a local emulator in tests). */
  readonly client: SESClient;
  /** settings.notifyAddress: the only recipient allowed. */
  readonly allowedRecipient: string;
  readonly configurationSetName?: string;
}

function describeSdkError(error: unknown): { text: string; retryable: boolean } {
  if (error instanceof Error) {
    const meta = (error as { $metadata?: { httpStatusCode?: number }; $retryable?: unknown }).$metadata;
    const status = meta?.httpStatusCode;
    const retryable =
      // No HTTP status means the request never got an answer (network): worth another try.
      (error as { $retryable?: unknown }).$retryable !== undefined || error.name === 'Throttling' || status === undefined || status >= 500;
    return { text: `${error.name}${status ? ` (HTTP ${status})` : ''}: ${redactAddresses(error.message)}`, retryable };
  }
  return { text: redactAddresses(String(error)), retryable: false };
}

/** Sends through SES SendRawEmail, so the composed MIME (parts, attachment, headers) goes out as built. */
export class SesMailer implements Mailer {
  constructor(private readonly options: SesMailerOptions) {}

  async send(message: OutgoingMessage): Promise<SendResult> {
    const composed = await composeMessage(message, { allowedRecipient: this.options.allowedRecipient });
    try {
      const output = await this.options.client.send(
        new SendRawEmailCommand({
          RawMessage: { Data: composed.raw },
          Source: composed.envelope.from,
          Destinations: [composed.envelope.to],
          ...(this.options.configurationSetName ? { ConfigurationSetName: this.options.configurationSetName } : {}),
        }),
      );
      return { messageId: composed.messageId, transportMessageId: output.MessageId ?? null };
    } catch (error) {
      const { text, retryable } = describeSdkError(error);
      throw new MailSendError('ses', text, { cause: error, retryable });
    }
  }
}
