import type Mail from 'nodemailer/lib/mailer/index.js';
import { mailboxesFromText } from '../mail/mailbox.ts';
import { htmlToPlainText } from '../mail/html-text.ts';
import { build, gmailBodies, safeId } from './corpus-eml.ts';
import type { ReadingItem } from './reading-set.ts';

/** How a labelled item reaches the reader: as typed or hard-wrapped, sent directly or forwarded from Gmail. */
export const READING_LAYOUTS = ['flat', 'wrapped'] as const;
export type ReadingLayout = (typeof READING_LAYOUTS)[number];
export const READING_ROUTES = ['direct', 'gmail'] as const;
export type ReadingRoute = (typeof READING_ROUTES)[number];

/** Most plain-text mail programs wrap at 72 columns (RFC 3676 suggests no more than 78). */
export const WRAP_COLUMNS = 72;
const INBOX_ADDRESS = 'jobs@inbox.jobnudge.example';
const FORWARD_DELAY_MS = 60 * 60 * 1000;

/**
 * Hard-wraps every line longer than `width` at the last space before it, as a plain-text mail
 * program does when it sends (format=fixed): lines already short, and words longer than the width,
 * are left as they are.
 */
export function hardWrap(text: string, width = WRAP_COLUMNS): string {
  return text
    .split('\n')
    .map((line) => wrapLine(line, width))
    .join('\n');
}

function wrapLine(line: string, width: number): string {
  if (line.length <= width) return line;
  const out: string[] = [];
  let rest = line;
  while (rest.length > width) {
    let cut = rest.lastIndexOf(' ', width);
    if (cut <= 0) cut = rest.indexOf(' ', width);
    if (cut <= 0) break;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut + 1);
  }
  out.push(rest);
  return out.join('\n');
}

export interface ReadingEmlOptions {
  readonly layout: ReadingLayout;
  readonly route: ReadingRoute;
  /** The user: the original's recipient and the forwarder. */
  readonly userAddress: string;
  /** Zone the forwarding client prints the original's Date in. */
  readonly userZone: string;
}

/** A raw MIME message for one labelled item in one layout and route. */
export async function readingItemToEml(item: ReadingItem, options: ReadingEmlOptions): Promise<Buffer> {
  const date = new Date(item.sentAt);
  const text = item.text === undefined ? undefined : options.layout === 'wrapped' ? hardWrap(item.text) : item.text;
  const sender = mailboxesFromText(item.from).find((m) => m.address !== '') ?? { name: '', address: 'unknown@employer.example' };
  const attachments: Mail.Attachment[] = item.ics === undefined ? [] : [{ filename: 'invite.ics', content: item.ics, contentType: 'text/calendar; method=REQUEST; charset=utf-8' }];
  const direct: Mail.Options = {
    from: item.from,
    to: options.userAddress,
    ...(item.cc === undefined ? {} : { cc: item.cc }),
    ...(item.replyTo === undefined ? {} : { replyTo: item.replyTo }),
    subject: item.subject,
    date,
    messageId: `<${safeId(item.id)}@reading.example>`,
    ...(text === undefined ? {} : { text }),
    ...(item.html === undefined ? {} : { html: item.html }),
    attachments,
  };
  if (options.route === 'direct') return build(direct);
  // Gmail forwards the text it shows: the text part, or the HTML's rendering when there is none.
  const shown = text ?? (options.layout === 'wrapped' ? hardWrap(htmlToPlainText(item.html ?? '')) : htmlToPlainText(item.html ?? ''));
  const bodies = gmailBodies({
    id: item.id,
    fromName: sender.name,
    fromAddress: sender.address,
    to: options.userAddress,
    subject: item.subject,
    body: shown,
    date,
    zone: options.userZone,
  });
  return build({
    from: { name: 'Job Seeker', address: options.userAddress },
    to: INBOX_ADDRESS,
    subject: `Fwd: ${item.subject}`,
    date: new Date(date.getTime() + FORWARD_DELAY_MS),
    messageId: `<fwd-${safeId(item.id)}-${options.layout}@client.example>`,
    ...bodies,
    attachments,
  });
}
