import { mailboxesFromText } from '../mail/mailbox.ts';
import { parseJobnudgeMessageId } from '../mailer/message-id.ts';

/** One header line as SES lists it in the receipt event (`mail.headers`), unfolded. */
export interface HeaderField {
  readonly name: string;
  readonly value: string;
}

/** What the trust decision reads from a message's headers; never a body. */
export interface TrustHeaders {
  /** The address(es) of every From: header, one entry per header. */
  readonly from: readonly (readonly string[])[];
  /** Domains that SES itself reported a passing DKIM signature for (its own Authentication-Results). */
  readonly dkimPassDomains: readonly string[] | null;
  /** `d=` of every DKIM-Signature header: used when SES wrote no Authentication-Results. */
  readonly dkimSignatureDomains: readonly string[];
  /** In-Reply-To or References names an email jobnudge sent. */
  readonly repliesToJobnudge: boolean;
  /** Headers forwarders add (X-Forwarded-For/To, X-MS-Exchange-Inbox-Rules-Loop): evidence, not proof. */
  readonly forwardEvidence: readonly string[];
}

/** Header lines looked at: a message with more is judged on these (SES truncates too). */
export const MAX_TRUST_HEADERS = 500;
/** References entries looked at, newest first. */
const MAX_REFERENCES = 50;
/** SES's authserv-id: only its own Authentication-Results say what SES checked. */
const SES_AUTHSERV_ID = 'amazonses.com';
const FORWARD_EVIDENCE_HEADERS = new Set(['x-forwarded-for', 'x-forwarded-to', 'x-ms-exchange-inbox-rules-loop']);

/** The addresses written in one From: value (lower-cased, without display names). */
export function addressesIn(value: string): string[] {
  return mailboxesFromText(value)
    .map((mailbox) => mailbox.address)
    .filter((address) => address !== '');
}

/**
 * Read the trust-relevant headers. SES prepends its Authentication-Results above the message's own,
 * and a sender may have written a header of that name itself, so only the first one counts, and only
 * when it carries SES's authserv-id.
 */
export function readTrustHeaders(headers: readonly HeaderField[]): TrustHeaders {
  const from: string[][] = [];
  const dkimSignatureDomains: string[] = [];
  const forwardEvidence: string[] = [];
  let firstAuthResults: string | null = null;
  let repliesToJobnudge = false;
  for (const { name, value } of headers.slice(0, MAX_TRUST_HEADERS)) {
    const key = name.trim().toLowerCase();
    if (key === 'from') from.push(addressesIn(value));
    else if (key === 'authentication-results') firstAuthResults ??= value;
    else if (key === 'dkim-signature') {
      const domain = /(?:^|;)\s*d\s*=\s*([^;\s]+)/i.exec(value)?.[1];
      if (domain) dkimSignatureDomains.push(domain.toLowerCase());
    } else if (key === 'in-reply-to' || key === 'references') {
      const ids = value.match(/<[^<>\s]+>/g) ?? [];
      if (ids.slice(-MAX_REFERENCES).some((id) => parseJobnudgeMessageId(id) !== null)) repliesToJobnudge = true;
    } else if (FORWARD_EVIDENCE_HEADERS.has(key)) forwardEvidence.push(key);
  }
  return { from, dkimPassDomains: sesDkimPassDomains(firstAuthResults), dkimSignatureDomains, repliesToJobnudge, forwardEvidence };
}

function sesDkimPassDomains(value: string | null): string[] | null {
  if (value === null) return null;
  const [authserv, ...results] = value.split(';');
  if (authserv?.trim().toLowerCase() !== SES_AUTHSERV_ID) return null;
  const domains: string[] = [];
  for (const result of results) {
    if (!/^\s*dkim\s*=\s*pass\b/i.test(result)) continue;
    const domain = /header\.(?:d=|i=[^@\s;]*@)([a-z0-9.-]+)/i.exec(result)?.[1];
    if (domain) domains.push(domain.toLowerCase());
  }
  return domains;
}

/**
 * Raw header fields of an RFC 5322 message (up to the first empty line), unfolded. For the local
 * inbox, which has the bytes but no SES event.
 */
export function headerFieldsOf(raw: Uint8Array): HeaderField[] {
  const text = Buffer.from(raw.subarray(0, Math.min(raw.length, MAX_HEADER_BYTES))).toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  const block = end === -1 ? text : text.slice(0, end);
  const fields: HeaderField[] = [];
  for (const line of block.split(/\r?\n(?![ \t])/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    fields.push({ name: line.slice(0, colon).trim(), value: line.slice(colon + 1).replace(/\r?\n[ \t]+/g, ' ').trim() });
    if (fields.length >= MAX_TRUST_HEADERS) break;
  }
  return fields;
}

/** Bytes of a header block read locally; SES's own event is bounded the same way (headersTruncated). */
const MAX_HEADER_BYTES = 256 * 1024;
