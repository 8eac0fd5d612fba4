import type { OutgoingMessage } from '../mailer/mailer.ts';

/** A file that goes with a rendered email (the interview .ics). */
export interface RenderedAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly content: string;
}

/** A reminder or notice ready for a Mailer: one-line subject, plain text and HTML alternatives. */
export interface RenderedEmail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly attachments: readonly RenderedAttachment[];
}

/** Who a rendered email goes to and comes from: always the user's own settings, never an email's. */
export interface EmailAddressing {
  readonly notifyAddress: string;
  readonly senderAddress: string;
  /** Reply-To: an address a receipt rule accepts (the ingest address when deployed). */
  readonly replyTo?: string | undefined;
}

/**
 * A rendered email addressed to the user, ready for Mailer.send. `messageKey` names the Message-ID
 * (reminderMessageKey / noticeMessageKey) so a reply can be matched to what it answers.
 */
export function toUser(email: RenderedEmail, addressing: EmailAddressing, messageKey: string, date?: Date): OutgoingMessage {
  const message = {
    to: addressing.notifyAddress,
    from: addressing.senderAddress,
    ...(addressing.replyTo ? { replyTo: addressing.replyTo } : {}),
    subject: email.subject,
    text: email.text,
    html: email.html,
    attachments: email.attachments,
    messageKey,
  };
  return date === undefined ? message : { ...message, date };
}
