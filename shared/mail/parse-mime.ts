import PostalMime, { type Attachment, type Email, type PostalMimeOptions } from 'postal-mime';
import type { CalendarPart, Mailbox } from '../domain/message.ts';
import { htmlToPlainText, outlookFlavor } from './html-text.ts';
import {
  MAX_BODY_TEXT_CHARS,
  MAX_CALENDAR_BYTES,
  MAX_CALENDAR_PARTS,
  MAX_HEADER_BLOCK_BYTES,
  MAX_MIME_DEPTH,
  MAX_MIME_PARTS,
} from './limits.ts';
import { plausibleMailDate } from './mail-date.ts';
import { MailParseError } from './mail-parse-error.ts';
import { mailboxesFromHeader } from './mailbox.ts';
import { repairWindows1252 } from './windows-1252.ts';

/** One parsed message (the outer mail, or an attached message/rfc822), reduced to what unwrapping needs. */
export interface MimeLayer {
  readonly from: Mailbox | null;
  readonly to: readonly Mailbox[];
  readonly cc: readonly Mailbox[];
  readonly replyTo: readonly Mailbox[];
  readonly date: Date | null;
  /** The UTC offset (minutes) the Date header was written with: the sender's own "today". */
  readonly dateOffsetMinutes: number | null;
  readonly subject: string;
  readonly messageId: string | null;
  readonly inReplyTo: string | null;
  readonly references: readonly string[];
  /** The text part, or the HTML part converted to text when there is no text part. */
  readonly text: string;
  readonly htmlFlavor: 'outlook-web' | 'outlook-desktop' | null;
  /** Raw bytes of attached messages (message/rfc822 parts, .eml files), not yet parsed. */
  readonly attachedMessages: readonly Buffer[];
  readonly calendars: readonly CalendarPart[];
}

/**
 * postal-mime options. Attached messages stay attachments (as raw bytes) instead of being rendered
 * into the body, so a forwarded-as-attachment original is parsed on its own with its real headers.
 * The limits bound what one hostile message can make the parser build.
 */
const PARSER_OPTIONS: PostalMimeOptions = {
  forceRfc822Attachments: true,
  attachmentEncoding: 'arraybuffer',
  maxHeadersSize: MAX_HEADER_BLOCK_BYTES,
  maxPartCount: MAX_MIME_PARTS,
  maxNestingDepth: MAX_MIME_DEPTH,
};

/** What each of postal-mime's limit errors means, said in the words of this project's limits. */
const LIMIT_ERRORS: ReadonlyMap<string, string> = new Map([
  ['EMAXHEADERSIZE', `headers of its MIME parts together are larger than ${MAX_HEADER_BLOCK_BYTES} bytes`],
  ['EMAXPARTCOUNT', `it has more than ${MAX_MIME_PARTS} MIME parts`],
  ['EMAXNESTINGDEPTH', `its MIME parts are nested more than ${MAX_MIME_DEPTH} deep`],
]);

/** The MIME parse alone, with the options the reader uses (the bench's yardstick times exactly this). */
export async function parseStructure(raw: Uint8Array): Promise<Email> {
  try {
    return await PostalMime.parse(raw, PARSER_OPTIONS);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const limit = typeof code === 'string' ? LIMIT_ERRORS.get(code) : undefined;
    const reason = limit ?? (error instanceof Error ? error.message : String(error));
    throw new MailParseError(`MIME structure could not be read: ${reason}`, { cause: error });
  }
}

export async function parseMime(raw: Buffer): Promise<MimeLayer> {
  const mail = await parseStructure(raw);
  // postal-mime fills in whichever of text and HTML a message lacks; only the sender's own count.
  const declared = declaredBodyTypes(raw);
  const html = declared.html ? repairWindows1252(mail.html ?? '') : '';
  // trimEnd: postal-mime ends a body that has no final line break with one.
  const plain = html !== '' && !declared.plain ? '' : (mail.text ?? '').trimEnd();
  const text = plain.trim() === '' && html !== '' ? htmlToPlainText(html) : plain;
  const dateLine = mail.headerLines.find((line) => line.key === 'date')?.line ?? null;
  return {
    from: mailboxesFromHeader(mail.from)[0] ?? null,
    to: mailboxesFromHeader(mail.to),
    cc: mailboxesFromHeader(mail.cc),
    replyTo: mailboxesFromHeader(mail.replyTo),
    date: mail.date === undefined ? null : plausibleMailDate(new Date(mail.date)),
    dateOffsetMinutes: headerOffsetMinutes(dateLine),
    subject: cleanText(mail.subject ?? '').replace(/\s+/g, ' ').trim(),
    messageId: messageIds(mail.messageId)[0] ?? null,
    inReplyTo: messageIds(mail.inReplyTo)[0] ?? null,
    references: messageIds(mail.references),
    text: cleanText(text).slice(0, MAX_BODY_TEXT_CHARS),
    htmlFlavor: html === '' ? null : outlookFlavor(html),
    attachedMessages: mail.attachments.filter(isAttachedMessage).map(bytesOf),
    calendars: mail.attachments.filter(isCalendar).slice(0, MAX_CALENDAR_PARTS).flatMap(calendarPart),
  };
}

/** A Content-Type header naming a text body type, in any part (folded after the colon or not). */
const BODY_TYPE = /^content-type:[ \t]{0,20}(?:\r?\n[ \t]{1,20})?"?text\/(plain|html)\b/gim;

/**
 * Which body types the message's parts declare. postal-mime renders an HTML-only message's text
 * from the HTML (with its own simpler converter) and a text-only message's HTML from the text, and
 * does not say which it did. A part without a Content-Type is plain text, so a message that declares
 * no HTML has only plain text. An attached message's parts count too: then its HTML-only carrier is
 * read from postal-mime's text, which is still the text, only laid out more plainly.
 */
function declaredBodyTypes(raw: Buffer): { plain: boolean; html: boolean } {
  let plain = false;
  let html = false;
  for (const match of raw.toString('latin1').matchAll(BODY_TYPE)) {
    if (match[1]?.toLowerCase() === 'html') html = true;
    else plain = true;
    if (plain && html) break;
  }
  return { plain, html };
}

/** "-0600" at the end of an RFC 5322 date (before an optional "(CST)" comment); "-0000" means unknown. */
const DATE_OFFSET = /([+-])(\d{2})(\d{2})\s*(?:\([^()]{0,40}\)\s*)?$/;

export function headerOffsetMinutes(line: string | null): number | null {
  const match = line === null ? null : DATE_OFFSET.exec(line.trim());
  if (!match || (match[1] === '-' && match[2] === '00' && match[3] === '00')) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return minutes > 14 * 60 ? null : match[1] === '-' ? -minutes : minutes;
}

/** Message-IDs without angle brackets, from a header value or list ("<a@x> <b@y>"). */
export function messageIds(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  const joined = typeof value === 'string' ? value : value.join(' ');
  const bracketed = [...joined.matchAll(/<([^<>\s]{1,998})>/g)].map((m) => m[1] ?? '');
  const ids = bracketed.length > 0 ? bracketed : joined.split(/\s+/);
  return ids.map((id) => id.trim()).filter((id) => id !== '');
}

/** NUL and other C0 controls (not tab or newlines) only break consumers downstream. */
function cleanText(text: string): string {
  return repairWindows1252(text).replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

function isAttachedMessage(attachment: Attachment): boolean {
  return attachment.mimeType === 'message/rfc822' || /\.eml$/i.test(attachment.filename ?? '');
}

function isCalendar(attachment: Attachment): boolean {
  return (
    attachment.mimeType === 'text/calendar' ||
    attachment.mimeType === 'application/ics' ||
    /\.ics$/i.test(attachment.filename ?? '')
  );
}

/** Attachment bytes without a copy (content is an ArrayBuffer, or a Uint8Array for calendar parts). */
function bytesOf(attachment: Attachment): Buffer {
  const { content } = attachment;
  if (typeof content === 'string') return Buffer.from(content, 'utf8');
  if (content instanceof Uint8Array) return Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  return Buffer.from(content);
}

/** postal-mime has already decoded calendar parts to UTF-8 with their declared charset. */
function calendarPart(attachment: Attachment): CalendarPart[] {
  const bytes = bytesOf(attachment);
  if (bytes.byteLength > MAX_CALENDAR_BYTES) return [];
  return [{ filename: attachment.filename ?? null, content: repairWindows1252(bytes.toString('utf8')) }];
}
