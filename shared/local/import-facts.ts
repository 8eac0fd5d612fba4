import { headerFieldsOf, readTrustHeaders } from '../applications/trust-headers.ts';
import { forwardIntent } from '../mail/forward-markers.ts';
import { readMail } from '../mail/index.ts';
import { plausibleMailDate } from '../mail/mail-date.ts';
import { checkRawMessage } from '../mail/raw-guard.ts';

/** What import needs before a message is processed: where it goes in time, and who sent it. */
export interface ImportFacts {
  /** The original email's Date (a forward's own, when it is one); null when unknown. */
  readonly date: Date | null;
  /** The From address as the trust check reads it. */
  readonly from: string | null;
  /** True when the whole message had to be parsed to find the date (it looks like a forward). */
  readonly parsed: boolean;
}

/**
 * Phrases that open a forwarded message in a body, lower-case. Seen anywhere in the bytes, the
 * message is parsed to find the original's Date; a false alarm only costs one extra parse.
 */
const FORWARD_HINTS = ['message/rfc822', 'forwarded message', 'original message', 'weitergeleitete nachricht', 'message transf', 'mensaje reenviado', 'messaggio inoltrato', 'doorgestuurd bericht', 'mensagem encaminhada'];

function valueOf(fields: readonly { name: string; value: string }[], name: string): string | null {
  return fields.find((field) => field.name.toLowerCase() === name)?.value ?? null;
}

/**
 * Reads a message's Date and From from its header block alone, without the MIME parse that the
 * pipeline does anyway: import orders a whole mailbox by date first, and parsing every message for
 * that would parse each one twice. Only a message that may be a forward (its original's Date is in
 * the body) is parsed here. Throws MailParseError, as readMail does, for bytes that are no email.
 */
export async function importFacts(raw: Buffer, timeZone: string): Promise<ImportFacts> {
  checkRawMessage(raw);
  const fields = headerFieldsOf(raw);
  const from = readTrustHeaders(fields).from[0]?.[0] ?? null;
  const subject = valueOf(fields, 'subject') ?? '';
  // An encoded subject ("=?UTF-8?B?…") hides its Fwd: prefix, so it counts as a possible forward.
  const text = raw.toString('latin1').toLowerCase();
  const mayBeForward = subject.includes('=?') || forwardIntent(subject) === 'forward' || FORWARD_HINTS.some((hint) => text.includes(hint));
  const header = valueOf(fields, 'date');
  const date = header === null ? null : plausibleMailDate(new Date(header));
  if (!mayBeForward && (date !== null || header === null)) return { date, from, parsed: false };
  const mail = await readMail(raw, { timeZone });
  return { date: plausibleMailDate(mail.original.date ?? mail.outer.date), from, parsed: true };
}
