import { simpleParser, type Attachment, type ParsedMail, type SimpleParserOptions } from 'mailparser';
import type { CalendarPart, Mailbox } from '../domain/message.ts';
import { htmlToPlainText, outlookFlavor } from './html-text.ts';
import {
  MAX_BODY_TEXT_CHARS,
  MAX_CALENDAR_BYTES,
  MAX_CALENDAR_PARTS,
  MAX_HEADER_BLOCK_BYTES,
  MAX_HTML_CHARS,
  MAX_MIME_PARTS,
} from './limits.ts';
import { plausibleMailDate } from './mail-date.ts';
import { MailParseError } from './mail-parse-error.ts';
import { mailboxesFromHeader } from './mailbox.ts';

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
 * mailparser options. `ignoreEmbedded` (a mailsplit option mailparser passes through) keeps attached
 * messages as attachments instead of flattening them into the body, so a forwarded-as-attachment
 * original is parsed on its own with its real headers. HTML is converted here, not by mailparser:
 * mailparser fails the whole message when HTML is above `maxHtmlLengthToParse`, we cut it instead.
 */
const PARSER_OPTIONS: SimpleParserOptions & { ignoreEmbedded: boolean; maxHeadSize: number; maxChildNodes: number } = {
  ignoreEmbedded: true,
  maxHeadSize: MAX_HEADER_BLOCK_BYTES,
  maxChildNodes: MAX_MIME_PARTS,
  skipHtmlToText: true,
  maxHtmlLengthToParse: MAX_HTML_CHARS,
  skipImageLinks: true,
  skipTextToHtml: true,
  skipTextLinks: true,
};

export async function parseMime(raw: Buffer): Promise<MimeLayer> {
  let mail: ParsedMail;
  try {
    mail = await simpleParser(raw, PARSER_OPTIONS);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new MailParseError(`MIME structure could not be read: ${reason}`, { cause: error });
  }
  const html = typeof mail.html === 'string' ? mail.html : '';
  const plain = mail.text ?? '';
  const text = plain.trim() === '' && html !== '' ? htmlToPlainText(html) : plain;
  return {
    from: mailboxesFromHeader(mail.from)[0] ?? null,
    to: mailboxesFromHeader(mail.to),
    cc: mailboxesFromHeader(mail.cc),
    replyTo: mailboxesFromHeader(mail.replyTo),
    date: plausibleMailDate(mail.date),
    dateOffsetMinutes: headerOffsetMinutes(mail.headerLines.find((line) => line.key === 'date')?.line ?? null),
    subject: cleanText(mail.subject ?? '').replace(/\s+/g, ' ').trim(),
    messageId: messageIds(mail.messageId)[0] ?? null,
    inReplyTo: messageIds(mail.inReplyTo)[0] ?? null,
    references: messageIds(mail.references),
    text: cleanText(text).slice(0, MAX_BODY_TEXT_CHARS),
    htmlFlavor: html === '' ? null : outlookFlavor(html),
    attachedMessages: mail.attachments.filter(isAttachedMessage).map((a) => a.content),
    calendars: mail.attachments.filter(isCalendar).slice(0, MAX_CALENDAR_PARTS).flatMap(calendarPart),
  };
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
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

function isAttachedMessage(attachment: Attachment): boolean {
  return attachment.contentType === 'message/rfc822' || /\.eml$/i.test(attachment.filename ?? '');
}

function isCalendar(attachment: Attachment): boolean {
  return (
    attachment.contentType === 'text/calendar' ||
    attachment.contentType === 'application/ics' ||
    /\.ics$/i.test(attachment.filename ?? '')
  );
}

function calendarPart(attachment: Attachment): CalendarPart[] {
  if (attachment.content.byteLength > MAX_CALENDAR_BYTES) return [];
  return [{ filename: attachment.filename ?? null, content: decode(attachment.content, charsetOf(attachment)) }];
}

function charsetOf(attachment: Attachment): string {
  const header = attachment.headers.get('content-type');
  if (header !== undefined && typeof header === 'object' && 'params' in header) {
    const charset = Object.hasOwn(header.params, 'charset') ? header.params.charset : undefined;
    if (typeof charset === 'string' && charset !== '') return charset;
  }
  return 'utf-8';
}

/** Decodes with the declared charset; an unknown one falls back to UTF-8 rather than losing the part. */
function decode(bytes: Buffer, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
