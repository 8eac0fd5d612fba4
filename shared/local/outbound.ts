import type { Mailer } from '../mailer/mailer.ts';
import { OutboxMailer, outboxDirectory } from '../mailer/outbox-mailer.ts';
import { SmtpMailer } from '../mailer/smtp-mailer.ts';

/** Where the local run's mail goes, for the start-up lines and the page. */
export type OutboundTarget = { readonly kind: 'outbox'; readonly directory: string } | { readonly kind: 'smtp'; readonly host: string };

export interface LocalOutbound {
  readonly mailer: Mailer;
  readonly target: OutboundTarget;
  close(): void;
}

/** SMTP relay when SMTP_URL is given (read by the CLI edge, not here), else files in `<data>/outbox`. */
export function localOutbound(options: { dataDir: string; notifyAddress: string; smtpUrl: string | null }): LocalOutbound {
  if (options.smtpUrl) {
    const mailer = new SmtpMailer({ url: options.smtpUrl, allowedRecipient: options.notifyAddress });
    // Only the host is shown: the URL may carry a password.
    return { mailer, target: { kind: 'smtp', host: new URL(options.smtpUrl).host }, close: () => mailer.close() };
  }
  const directory = outboxDirectory(options.dataDir);
  return { mailer: new OutboxMailer({ directory, allowedRecipient: options.notifyAddress }), target: { kind: 'outbox', directory }, close: () => undefined };
}
