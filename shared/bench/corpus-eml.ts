import { DateTime } from 'luxon';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type Mail from 'nodemailer/lib/mailer/index.js';
import { mailboxesFromText } from '../mail/mailbox.ts';
import type { CorpusItem } from './corpus.ts';

/** How a corpus item reaches the inbox: sent straight there, or forwarded by the user with a client. */
export const EML_FORMATS = ['direct', 'gmail', 'outlook', 'apple', 'thunderbird', 'rfc822'] as const;
export type EmlFormat = (typeof EML_FORMATS)[number];

export interface EmlOptions {
  /** The user who forwards (and the original's recipient). */
  readonly userAddress: string;
  /** The original message's Date; the forward is sent an hour later. */
  readonly date: Date;
  /** Zone the forwarding client prints the original's date in (without an offset). Default UTC. */
  readonly timeZone?: string;
}

/** Where the forward goes: the jobnudge inbox. Invented, like every address here. */
const INBOX_ADDRESS = 'jobs@inbox.jobnudge.example';
/** Sender for corpus items that recorded none. */
const UNKNOWN_SENDER = { name: 'Hiring Team', address: 'hiring@employer.example' };
const FORWARD_DELAY_MS = 60 * 60 * 1000;

/**
 * Builds a realistic raw MIME message from a labeled corpus item, either as the employer sent it or
 * as the user forwarded it from Gmail, Outlook, Apple Mail, Thunderbird, or as a message/rfc822
 * attachment. Encoding is left to nodemailer's MailComposer, so non-ASCII bodies come out as real
 * clients send them (quoted-printable or base64).
 */
export async function corpusItemToEml(item: CorpusItem, format: EmlFormat, options: EmlOptions): Promise<Buffer> {
  const sender = mailboxesFromText(item.from).find((m) => m.address !== '') ?? UNKNOWN_SENDER;
  const original: Original = {
    id: item.id,
    fromName: sender.name,
    fromAddress: sender.address,
    to: options.userAddress,
    subject: item.subject,
    body: item.body.replace(/\r\n?/g, '\n'),
    date: options.date,
    zone: options.timeZone ?? 'UTC',
  };
  if (format === 'direct') return build(directMessage(original));
  const forwardedAt = new Date(options.date.getTime() + FORWARD_DELAY_MS);
  const envelope: Mail.Options = {
    from: { name: 'Job Seeker', address: options.userAddress },
    to: INBOX_ADDRESS,
    date: forwardedAt,
    messageId: `<fwd-${format}-${safeId(item.id)}@client.example>`,
  };
  switch (format) {
    case 'gmail':
      return build({ ...envelope, subject: `Fwd: ${item.subject}`, ...gmailBodies(original) });
    case 'outlook':
      return build({ ...envelope, subject: `FW: ${item.subject}`, ...outlookBodies(original), headers: { 'X-Mailer': 'Microsoft Outlook 16.0' } });
    case 'apple':
      return build({ ...envelope, subject: `Fwd: ${item.subject}`, text: appleText(original), headers: { 'X-Mailer': 'iPhone Mail (22B91)' } });
    case 'thunderbird':
      return build({ ...envelope, subject: `Fwd: ${item.subject}`, ...thunderbirdBodies(original), headers: { 'User-Agent': 'Mozilla Thunderbird' } });
    case 'rfc822':
      return build({
        ...envelope,
        subject: `FW: ${item.subject}`,
        text: 'Forwarding this one as an attachment.\n',
        attachments: [{ filename: 'original.eml', contentType: 'message/rfc822', content: await build(directMessage(original)) }],
      });
  }
}

export interface Original {
  readonly id: string;
  readonly fromName: string;
  readonly fromAddress: string;
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly date: Date;
  readonly zone: string;
}

function directMessage(original: Original): Mail.Options {
  return {
    from: { name: original.fromName, address: original.fromAddress },
    to: original.to,
    subject: original.subject,
    date: original.date,
    messageId: `<${safeId(original.id)}@corpus.example>`,
    text: original.body,
  };
}

export function gmailBodies(o: Original): Pick<Mail.Options, 'text' | 'html'> {
  const date = wallClock(o, "ccc, LLL d, yyyy 'at' h:mm a");
  const sender = o.fromName === '' ? `<${o.fromAddress}>` : `${o.fromName} <${o.fromAddress}>`;
  const text = `\n\n---------- Forwarded message ---------\nFrom: ${sender}\nDate: ${date}\nSubject: ${o.subject}\nTo: <${o.to}>\n\n\n${o.body}\n`;
  const html =
    `<div dir="ltr"><br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>` +
    `From: <strong class="gmail_sendername" dir="auto">${escape(o.fromName)}</strong> <span dir="auto">&lt;<a href="mailto:${escape(o.fromAddress)}">${escape(o.fromAddress)}</a>&gt;</span><br>` +
    `Date: ${date}<br>Subject: ${escape(o.subject)}<br>To: &lt;<a href="mailto:${escape(o.to)}">${escape(o.to)}</a>&gt;<br></div><br><br>` +
    `<div dir="ltr">${paragraphs(o.body)}</div></div></div>`;
  return { text, html };
}

/** Outlook for Windows in HTML mode: its text part has a bare From/Sent/To/Subject block. */
function outlookBodies(o: Original): Pick<Mail.Options, 'text' | 'html'> {
  const sent = wallClock(o, 'cccc, LLLL d, yyyy h:mm a');
  const sender = o.fromName === '' ? o.fromAddress : `${o.fromName} <${o.fromAddress}>`;
  const text = `\n\nFrom: ${sender}\nSent: ${sent}\nTo: ${o.to}\nSubject: ${o.subject}\n\n${o.body}\n`;
  const html =
    `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><div class=WordSection1><p class=MsoNormal><o:p>&nbsp;</o:p></p>` +
    `<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in'><p class=MsoNormal><b>From:</b> ${escape(sender)}<br>` +
    `<b>Sent:</b> ${sent}<br><b>To:</b> ${escape(o.to)}<br><b>Subject:</b> ${escape(o.subject)}</p></div>` +
    `<p class=MsoNormal><o:p>&nbsp;</o:p></p>${paragraphs(o.body, 'MsoNormal')}</div></body></html>`;
  return { text, html };
}

function appleText(o: Original): string {
  const date = `${wallClock(o, "LLLL d, yyyy 'at' h:mm:ss a")} ${zoneLabel(o)}`;
  const sender = o.fromName === '' ? o.fromAddress : `${o.fromName} <${o.fromAddress}>`;
  return `\n\nSent from my iPhone\n\nBegin forwarded message:\n\nFrom: ${sender}\nSubject: ${o.subject}\nDate: ${date}\nTo: ${o.to}\n\n${o.body}\n`;
}

function thunderbirdBodies(o: Original): Pick<Mail.Options, 'text' | 'html'> {
  const date = DateTime.fromJSDate(o.date, { zone: o.zone }).toRFC2822() ?? o.date.toUTCString();
  const sender = o.fromName === '' ? o.fromAddress : `${o.fromName} <${o.fromAddress}>`;
  const text = `\n\n\n-------- Forwarded Message --------\nSubject: \t${o.subject}\nDate: \t${date}\nFrom: \t${sender}\nTo: \t${o.to}\n\n\n\n${o.body}\n`;
  const row = (label: string, value: string): string =>
    `<tr><th valign="BASELINE" nowrap="nowrap" align="RIGHT">${label}: </th><td>${escape(value)}</td></tr>`;
  const html =
    `<html><body><p><br></p><div class="moz-forward-container"><br><br>-------- Forwarded Message --------` +
    `<table class="moz-email-headers-table" cellspacing="0" cellpadding="0" border="0"><tbody>` +
    `${row('Subject', o.subject)}${row('Date', date)}${row('From', sender)}${row('To', o.to)}</tbody></table><br><br>` +
    `<pre class="moz-quote-pre" wrap="">${escape(o.body)}</pre></div></body></html>`;
  return { text, html };
}

/** The original's date as a client prints it for the reader: wall-clock time in their zone. */
function wallClock(o: Original, format: string): string {
  return DateTime.fromJSDate(o.date, { zone: o.zone }).setLocale('en-US').toFormat(format);
}

function zoneLabel(o: Original): string {
  const offset = DateTime.fromJSDate(o.date, { zone: o.zone }).offset;
  if (offset === 0) return 'GMT';
  const hours = Math.floor(Math.abs(offset) / 60);
  const minutes = Math.abs(offset) % 60;
  // Apple Mail writes "GMT+1", "GMT-5", "GMT+5:30".
  return `GMT${offset > 0 ? '+' : '-'}${hours}${minutes === 0 ? '' : `:${String(minutes).padStart(2, '0')}`}`;
}

function paragraphs(body: string, className?: string): string {
  const open = className === undefined ? '<p>' : `<p class=${className}>`;
  return body
    .split(/\n{2,}/)
    .map((block) => `${open}${escape(block).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function safeId(id: string): string {
  return id.replace(/[^A-Za-z0-9.-]/g, '-').slice(0, 60) || 'item';
}

export function build(mail: Mail.Options): Promise<Buffer> {
  return new MailComposer(mail).compile().build();
}
