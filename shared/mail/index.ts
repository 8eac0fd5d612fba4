import { DateTime } from 'luxon';
import type { UnwrappedMail } from '../domain/message.ts';
import { parseMime } from './parse-mime.ts';
import { checkRawMessage } from './raw-guard.ts';
import { unwrap } from './unwrap.ts';

export { MailParseError } from './mail-parse-error.ts';
export { MAX_FORWARD_DEPTH, MAX_RAW_BYTES } from './limits.ts';

export interface ReadMailOptions {
  /** The user's IANA zone: forwarded dates written without an offset are read in it. */
  readonly timeZone: string;
}

/**
 * Parses raw MIME (with limits) and unwraps the forward down to the original message.
 * Throws MailParseError when the bytes are not an email or break a parser limit.
 */
export async function readMail(raw: Uint8Array, options: ReadMailOptions): Promise<UnwrappedMail> {
  checkTimeZone(options.timeZone);
  const start = checkRawMessage(raw);
  const top = await parseMime(Buffer.from(raw.buffer, raw.byteOffset + start, raw.byteLength - start));
  const { forwardFormat, depth, notes, original } = await unwrap(top, options);
  return {
    outer: {
      from: top.from,
      date: top.date,
      subject: top.subject,
      messageId: top.messageId,
      inReplyTo: top.inReplyTo,
      references: top.references,
    },
    forwardFormat,
    depth,
    note: notes[0] ?? '',
    notes,
    original,
  };
}

/** Zones already found valid: checking costs an Intl lookup per message otherwise. Few users, few zones. */
const knownZones = new Set<string>();
const MAX_KNOWN_ZONES = 1_000;

function checkTimeZone(zone: string): void {
  if (knownZones.has(zone)) return;
  if (!DateTime.local({ zone }).isValid) throw new RangeError(`unknown time zone "${zone}"`);
  if (knownZones.size >= MAX_KNOWN_ZONES) knownZones.clear();
  knownZones.add(zone);
}
