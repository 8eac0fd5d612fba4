import { createTransport, type Transporter } from 'nodemailer';
import { composeMessage } from './compose.ts';
import { MailSendError } from './errors.ts';
import type { Mailer, OutgoingMessage, SendResult } from './mailer.ts';
import { redactAddresses } from './redact.ts';

export interface SmtpMailerOptions {
  /** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465`. */
  readonly url: string;
  /** settings.notifyAddress: the only recipient allowed. */
  readonly allowedRecipient: string;
}

/** Bounds how long a stuck relay can hold a send (connection, greeting, socket idle). */
const SMTP_TIMEOUT_MS = 30_000;

/** Hands the composed MIME to an SMTP relay as is (raw), so the Message-ID and parts stay ours. */
export class SmtpMailer implements Mailer {
  private readonly transport: Transporter;

  constructor(private readonly options: SmtpMailerOptions) {
    let protocol: string;
    try {
      protocol = new URL(options.url).protocol;
    } catch {
      throw new MailSendError('smtp', 'the relay URL is not a URL');
    }
    if (protocol !== 'smtp:' && protocol !== 'smtps:') throw new MailSendError('smtp', `the relay URL must be smtp:// or smtps://, not ${protocol}//`);
    this.transport = createTransport({
      url: options.url,
      connectionTimeout: SMTP_TIMEOUT_MS,
      greetingTimeout: SMTP_TIMEOUT_MS,
      socketTimeout: SMTP_TIMEOUT_MS,
    });
  }

  async send(message: OutgoingMessage): Promise<SendResult> {
    const composed = await composeMessage(message, { allowedRecipient: this.options.allowedRecipient });
    try {
      const info = (await this.transport.sendMail({
        envelope: { from: composed.envelope.from, to: [composed.envelope.to] },
        raw: composed.raw,
      })) as { response?: unknown };
      return { messageId: composed.messageId, transportMessageId: typeof info.response === 'string' ? info.response : null };
    } catch (error) {
      const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      const code = (error as { responseCode?: number }).responseCode;
      throw new MailSendError('smtp', redactAddresses(text), { cause: error, retryable: code === undefined || code < 500 });
    }
  }

  /** Closes pooled connections (none unless the URL asks for `?pool=true`). */
  close(): void {
    this.transport.close();
  }
}
