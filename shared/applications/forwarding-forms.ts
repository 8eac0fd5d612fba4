/**
 * Envelope senders (SMTP MAIL FROM) that providers write when a mailbox rule forwards mail on its
 * own. The original's From: is kept, so the envelope is the only place the user's account shows.
 * What each shape is, and where it was read (December 2026):
 *
 * - Gmail / Google Workspace filters and "forward a copy": `user+caf_=<target with @ as =>@gmail.com`,
 *   the user's own address with a `+caf_=` sub-address naming the target. Seen in public mail
 *   headers (e.g. an LKML thread's `envelope-sender <…+caf_=…@gmail.com>`) and handled as Google's
 *   forwarding marker by rspamd's VERP rule (rules/misc.lua).
 * - Microsoft 365 / Exchange Online inbox rules, SMTP forwarding, redirects: Sender Rewriting Scheme,
 *   `bounces+SRS=<hash>=<tt>=<original domain>=<original local>@<forwarding domain>` (Microsoft
 *   Learn, "Sender Rewriting Scheme (SRS) in Microsoft 365", KB 4490129). The rewrite names the
 *   forwarding *domain*, never the mailbox.
 * - Classic SRS forwarders (Fastmail, many hosts; the libsrs2 / Mail::SRS convention):
 *   `SRS0=<hash>=<tt>=<original domain>=<original local>@<forwarding domain>`, or `SRS1=…` after
 *   two hops. Again the domain only.
 * - iCloud Mail rules: we found no public statement of iCloud's envelope shape for rule forwards,
 *   so none is assumed; iCloud users get the secret ingest address (README).
 *
 * Domain-only shapes identify the user only where the domain is theirs alone (a custom domain); on a
 * domain shared by millions of accounts (outlook.com, icloud.com, fastmail.com …) they say nothing
 * about *which* account forwarded, so they are not accepted there.
 */
export type ForwardingProvider = 'gmail' | 'microsoft-srs' | 'srs';

export type ForwardingForm =
  /** The envelope names the user's own mailbox (Gmail `+caf_=`). */
  | { readonly provider: 'gmail'; readonly mailbox: string }
  /** The envelope names only the forwarding domain (SRS). */
  | { readonly provider: 'microsoft-srs' | 'srs'; readonly domain: string };

/** Consumer mail domains shared by many accounts: a domain-only envelope there identifies nobody. */
export const SHARED_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'fastmail.com',
  'fastmail.fm',
  'messagingengine.com',
  'yahoo.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
]);

/** Longest envelope sender looked at (RFC 5321 caps a path at 256 octets). */
const MAX_ENVELOPE_LENGTH = 256;

const GMAIL_CAF = /^([^+@\s]+)\+caf_=[^@\s]*@([a-z0-9.-]+)$/;
const MICROSOFT_SRS = /^bounces\+srs=[^@\s]+@([a-z0-9.-]+)$/;
const CLASSIC_SRS = /^srs[01][=+-][^@\s]+@([a-z0-9.-]+)$/;

/** The forwarding shape of an envelope sender, or null when it is none we know. */
export function forwardingFormOf(envelopeSender: string): ForwardingForm | null {
  const address = envelopeSender.trim().replace(/^<|>$/g, '').toLowerCase();
  if (address.length === 0 || address.length > MAX_ENVELOPE_LENGTH) return null;
  const gmail = GMAIL_CAF.exec(address);
  if (gmail?.[1] && gmail[2]) return { provider: 'gmail', mailbox: `${gmail[1]}@${gmail[2]}` };
  const microsoft = MICROSOFT_SRS.exec(address);
  if (microsoft?.[1]) return { provider: 'microsoft-srs', domain: microsoft[1] };
  const srs = CLASSIC_SRS.exec(address);
  if (srs?.[1]) return { provider: 'srs', domain: srs[1] };
  return null;
}
