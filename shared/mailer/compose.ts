import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { MessageTooLargeError, RecipientNotAllowedError, UnsafeHeaderError } from './errors.ts';
import { singleLine, subjectHeaderValue } from './header-value.ts';
import type { OutgoingMessage } from './mailer.ts';
import { buildMessageId } from './message-id.ts';

/** Display name on every email jobnudge sends. */
export const SENDER_NAME = 'jobnudge';

/** Biggest raw message we compose: SES refuses more than 10 MB per raw message (v1 API). */
export const MAX_RAW_MESSAGE_BYTES = 10 * 1024 * 1024;

/** Longest extra header value; a longer one is not something jobnudge writes. */
const MAX_HEADER_VALUE_LENGTH = 900;

// A bare address: no display name, list separator, group syntax or whitespace to smuggle a second recipient.
const BARE_ADDRESS = /^[^\s@,;:<>()"[\]\\]+@[^\s@,;:<>()"[\]\\]+$/;
const EXTRA_HEADER_NAME = /^X-[A-Za-z0-9-]{1,60}$/;
const THREADING_HEADERS = new Map([
  ['in-reply-to', 'In-Reply-To'],
  ['references', 'References'],
]);
const MESSAGE_ID_LIST = /^<[^<>\s@]+@[^<>\s@]+>(?: <[^<>\s@]+@[^<>\s@]+>)*$/;

export interface ComposedMessage {
  readonly raw: Buffer;
  readonly messageId: string;
  /** SMTP envelope: exactly the user, never anyone a header might name. */
  readonly envelope: { readonly from: string; readonly to: string };
}

export interface ComposeOptions {
  /** The only address jobnudge may write to (settings.notifyAddress). */
  readonly allowedRecipient: string;
}

/** The recipient guard: jobnudge writes to its user and to nobody else. */
export function assertAllowedRecipient(to: string, allowedRecipient: string): void {
  const wanted = allowedRecipient.trim().toLowerCase();
  if (!BARE_ADDRESS.test(wanted)) throw new RecipientNotAllowedError('the configured user address is not a single bare address');
  const given = to.trim().toLowerCase();
  if (!BARE_ADDRESS.test(given)) throw new RecipientNotAllowedError('the recipient is not a single bare address');
  if (given !== wanted) throw new RecipientNotAllowedError('the recipient is not the configured user address');
}

function extraHeaders(headers: Readonly<Record<string, string>>): {
  custom: Record<string, string>;
  inReplyTo?: string;
  references: string[];
} {
  const custom: Record<string, string> = {};
  const references: string[] = [];
  let inReplyTo: string | undefined;
  for (const [name, rawValue] of Object.entries(headers)) {
    const value = singleLine(rawValue);
    if (value.length > MAX_HEADER_VALUE_LENGTH) throw new UnsafeHeaderError(name, `longer than ${MAX_HEADER_VALUE_LENGTH} characters`);
    const threading = THREADING_HEADERS.get(name.toLowerCase());
    if (threading) {
      if (!MESSAGE_ID_LIST.test(value)) throw new UnsafeHeaderError(name, 'must be one or more <id@domain> message ids');
      if (threading === 'In-Reply-To') inReplyTo = value;
      else references.push(...value.split(' '));
    } else if (EXTRA_HEADER_NAME.test(name)) {
      custom[name] = value;
    } else {
      throw new UnsafeHeaderError(singleLine(name).slice(0, 60), 'only X-… headers, In-Reply-To and References may be added');
    }
  }
  return { custom, ...(inReplyTo ? { inReplyTo } : {}), references };
}

/**
 * Build the raw MIME (text + HTML alternatives, attachments) with a deterministic Message-ID.
 * Every adapter sends exactly these bytes, so the guard and the header rules hold for all of them.
 */
export async function composeMessage(message: OutgoingMessage, options: ComposeOptions): Promise<ComposedMessage> {
  assertAllowedRecipient(message.to, options.allowedRecipient);
  const from = message.from.trim();
  if (!BARE_ADDRESS.test(from)) throw new UnsafeHeaderError('From', 'the sender must be a single bare address');
  const to = message.to.trim();
  const replyTo = message.replyTo?.trim();
  if (replyTo !== undefined && !BARE_ADDRESS.test(replyTo)) throw new UnsafeHeaderError('Reply-To', 'the reply address must be a single bare address');
  const messageId = buildMessageId(message.messageKey, from);
  const { custom, inReplyTo, references } = extraHeaders(message.headers ?? {});
  const composer = new MailComposer({
    from: { name: SENDER_NAME, address: from },
    to,
    ...(replyTo ? { replyTo } : {}),
    subject: subjectHeaderValue(message.subject),
    messageId,
    ...(message.date ? { date: message.date } : {}),
    ...(inReplyTo ? { inReplyTo } : {}),
    // Our own id goes in References too: SES rewrites Message-ID, but a reply's References keep this one.
    references: [...references, messageId],
    headers: { 'Auto-Submitted': 'auto-generated', ...custom },
    text: message.text,
    html: message.html,
    attachments: message.attachments.map((attachment) => ({
      filename: singleLine(attachment.filename),
      contentType: singleLine(attachment.contentType),
      content: typeof attachment.content === 'string' ? attachment.content : Buffer.from(attachment.content),
    })),
    disableFileAccess: true,
    disableUrlAccess: true,
    xMailer: false,
  });
  const raw = await composer.compile().build();
  if (raw.length > MAX_RAW_MESSAGE_BYTES) {
    throw new MessageTooLargeError(raw.length, MAX_RAW_MESSAGE_BYTES);
  }
  return { raw, messageId, envelope: { from, to } };
}
