import type { Address } from 'postal-mime';
import type { Mailbox } from '../domain/message.ts';
import { MAX_FORWARD_HEADER_VALUE_CHARS } from './limits.ts';
import { repairWindows1252 } from './windows-1252.ts';

/** An address as clients print it in forwarded headers: no quoted local parts, no IP literals. */
const ADDRESS = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

/** Mailboxes of a parsed header (From, To, Cc, Reply-To), groups flattened, addresses lower-cased. */
export function mailboxesFromHeader(header: Address | readonly Address[] | undefined): Mailbox[] {
  if (header === undefined) return [];
  const entries: readonly Address[] = Array.isArray(header) ? header : [header as Address];
  const out: Mailbox[] = [];
  for (const entry of entries) {
    for (const mailbox of entry.group ?? [entry]) {
      const address = (mailbox.address ?? '').trim().toLowerCase();
      if (address !== '') out.push({ name: cleanName(repairWindows1252(mailbox.name)), address });
    }
  }
  return out;
}

/**
 * Mailboxes written as text in a forwarded header block: `Name <addr>`, `"Last, First" <addr>`,
 * `Name [mailto:addr]`, a bare `addr`, or several of these separated by `,` or `;`. A name with no
 * address (Exchange prints internal senders that way) gives a mailbox with an empty address, so the
 * person is not lost.
 */
export function mailboxesFromText(value: string): Mailbox[] {
  const text = value.slice(0, MAX_FORWARD_HEADER_VALUE_CHARS);
  const out: Mailbox[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(ADDRESS)) {
    const address = match[0].replace(/\.+$/, '').toLowerCase();
    const between = text.slice(previousEnd, match.index);
    previousEnd = match.index + match[0].length;
    const last = out.at(-1);
    // "Jane <jane@x> [mailto:jane@x]" and HTML-converted "jane@x [jane@x]" repeat the address.
    if (last !== undefined && last.address === address && cleanName(between) === '') continue;
    out.push({ name: cleanName(between), address });
  }
  if (out.length === 0) {
    const name = cleanName(text);
    if (name !== '') out.push({ name, address: '' });
  }
  return out;
}

/** The display name around an address: without quotes, brackets, `mailto:`, separators, emphasis. */
function cleanName(raw: string): string {
  return raw
    .replace(/mailto:/gi, '')
    .replace(/[<>[\]()"*]/g, ' ')
    .replace(/^[\s,;]+|[\s,;]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
