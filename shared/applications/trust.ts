import type { AuthVerdicts, MessageEnvelope } from './envelope.ts';
import { verdictSignals } from './envelope.ts';
import { forwardingFormOf, SHARED_MAIL_DOMAINS, type ForwardingProvider } from './forwarding-forms.ts';
import type { TrustHeaders } from './trust-headers.ts';

/**
 * Who may make jobnudge act. One decision, taken from what the receiver knows before the message is
 * read (SES: the event's envelope, `commonHeaders` and verdicts, and its header list), so a stranger
 * costs no S3 read, no parse, no notice and no store write beyond the outcome.
 *
 * | # | condition (first match wins)                                                   | decision                      |
 * |---|--------------------------------------------------------------------------------|-------------------------------|
 * | 1 | virus verdict FAIL, or spam verdict FAIL                                       | quarantined                   |
 * | 2 | sent to the secret ingest address, spam and virus PASS                         | accepted: secret address      |
 * | 3 | sent to the secret ingest address, spam or virus not PASS                      | quarantined                   |
 * | 4 | not exactly one From: header, or it holds not exactly one address              | quarantined                   |
 * | 5 | the From: address differs from SES's `commonHeaders.from`                      | quarantined                   |
 * | 6 | From: is Google's forwarding-confirmation sender, DMARC PASS                   | accepted: forwarding check    |
 * | 7 | From: is yours, with an aligned pass (below)                                   | accepted: reply or hand forward |
 * | 8 | From: is yours, no aligned pass (GRAY and PROCESSING_FAILED are not a pass)    | quarantined (likely spoofed)  |
 * | 9 | envelope is yours in a forwarding form (Gmail `+caf_=`, SRS on your own domain), SPF PASS | accepted: automatic forward |
 * | 10| envelope is yours in a forwarding form, SPF not PASS                           | quarantined                   |
 * | 11| envelope is exactly yours, From: is someone else (no verifiable forward)        | ignored (listed for you)      |
 * | 12| anything else                                                                  | ignored                       |
 *
 * Aligned pass for From: = yours: DMARC PASS; or DKIM PASS for a signature whose domain aligns with
 * the From: domain; or SPF PASS for an envelope domain that aligns with it. Alignment is relaxed
 * (same domain, or one a subdomain of the other). Headers such as X-Forwarded-For are recorded as
 * evidence on an accepted forward and never accept one by themselves.
 *
 * The local inbox has no verdicts (all null): there, only the envelope and From: are judged, and
 * every verdict condition counts as met. That is weaker and is only ever used on loopback.
 */
export type TrustedAs = 'hand-forward' | 'reply-command' | 'auto-forward' | 'secret-address' | 'forwarding-verification';

export type TrustDecision =
  | {
      readonly accepted: true;
      readonly as: TrustedAs;
      /** The one From: address (the employer's on an automatic forward). */
      readonly fromAddress: string | null;
      readonly provider: ForwardingProvider | null;
      /** Which checks carried the decision, e.g. `dmarc=PASS`, `spf=PASS envelope=gmail`, `x-forwarded-for`. */
      readonly evidence: readonly string[];
    }
  | {
      readonly accepted: false;
      readonly outcome: 'ignored' | 'quarantined';
      readonly reason: string;
      /**
       * The message claims to come from the user (their From:, or their envelope in a forwarding
       * form): the user is told about it ("nothing silent"), within a daily limit.
       */
      readonly claimsUser: boolean;
    };

/** Everything the decision reads. */
export interface TrustInput {
  readonly envelope: MessageEnvelope;
  /** Envelope recipients (SES `receipt.recipients`, or RCPT TO locally). */
  readonly recipients: readonly string[];
  readonly headers: TrustHeaders;
  /** SES's `commonHeaders.from`; null where there is no SES (the local inbox). */
  readonly commonFrom: readonly string[] | null;
  /** SES cut the header list short: the From: count cannot be checked here (the parser re-checks). */
  readonly headersTruncated: boolean;
}

export interface TrustPolicy {
  readonly allowedSenders: readonly string[];
  /** `ingestSecret` address, when configured. */
  readonly secretAddress: string | null;
}

/** Gmail sends its "confirm forwarding" mail from here, to the new forwarding address. */
export const GMAIL_VERIFICATION_FROM = 'forwarding-noreply@google.com';

function canonical(address: string): string {
  return address.trim().replace(/^<|>$/g, '').toLowerCase();
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1);
}

/** Relaxed alignment (DMARC's `r` mode, approximated without a public-suffix list). */
export function aligned(a: string, b: string): boolean {
  return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
}

/** The addresses in SES's `commonHeaders.from` entries ("Name <a@b>" or "a@b"). */
function addressesOfCommonFrom(values: readonly string[]): string[] {
  // The lookbehind starts a match only where a run of address characters starts: linear, not quadratic.
  return values.flatMap((value) => value.match(/(?<![^\s<>,;"@])[^\s<>,;"@]+@[^\s<>,;"@]+/g) ?? []);
}

function unchecked(verdicts: AuthVerdicts): boolean {
  return Object.values(verdicts).every((status) => status === null);
}

function reject(outcome: 'ignored' | 'quarantined', reason: string, envelope: MessageEnvelope, claimsUser: boolean): TrustDecision {
  const signals = verdictSignals(envelope.verdicts);
  return { accepted: false, outcome, reason: signals.length > 0 ? `${reason} (${signals.join(' ')})` : reason, claimsUser };
}

/** The checks that make From: = yours believable; empty when none holds. */
function alignedPass(fromDomain: string, input: TrustInput): string[] {
  const { verdicts, source } = input.envelope;
  const evidence: string[] = [];
  if (verdicts.dmarc === 'PASS') evidence.push('dmarc=PASS');
  if (verdicts.dkim === 'PASS') {
    // SES's verdict does not say *which* signature passed; its Authentication-Results does. Without
    // that header, every signature must be the From: domain's, so an unrelated domain's cannot pass.
    const { dkimPassDomains, dkimSignatureDomains } = input.headers;
    const passDomains = dkimPassDomains ?? (dkimSignatureDomains.every((d) => aligned(d, fromDomain)) ? dkimSignatureDomains : []);
    if (passDomains.some((domain) => aligned(domain, fromDomain))) evidence.push('dkim=PASS aligned');
  }
  if (verdicts.spf === 'PASS' && aligned(domainOf(canonical(source)), fromDomain)) evidence.push('spf=PASS aligned');
  return evidence;
}

/** The automatic-forward shape of the envelope when it points at one of the user's accounts. */
function forwardingFromUser(source: string, allowed: ReadonlySet<string>): { provider: ForwardingProvider } | null {
  const form = forwardingFormOf(source);
  if (form === null) return null;
  if (form.provider === 'gmail') return allowed.has(form.mailbox) ? { provider: 'gmail' } : null;
  if (SHARED_MAIL_DOMAINS.has(form.domain)) return null;
  return [...allowed].some((address) => domainOf(address) === form.domain) ? { provider: form.provider } : null;
}

/** The one trust decision (table above). Pure: no I/O, no clock. */
export function decideTrust(input: TrustInput, policy: TrustPolicy): TrustDecision {
  const { envelope } = input;
  const { verdicts } = envelope;
  const local = unchecked(verdicts);
  const passOrLocal = (status: AuthVerdicts[keyof AuthVerdicts]): boolean => local || status === 'PASS';

  if (verdicts.virus === 'FAIL') return reject('quarantined', 'virus scan failed', envelope, false);
  if (verdicts.spam === 'FAIL') return reject('quarantined', 'marked as spam', envelope, false);

  const secret = policy.secretAddress === null ? null : canonical(policy.secretAddress);
  if (secret !== null && input.recipients.some((recipient) => canonical(recipient) === secret)) {
    if (!passOrLocal(verdicts.spam) || !passOrLocal(verdicts.virus)) {
      return reject('quarantined', 'sent to your secret address, but spam and virus scans did not both pass', envelope, false);
    }
    const from = input.headers.from.length === 1 && input.headers.from[0]?.length === 1 ? canonical(input.headers.from[0][0] ?? '') : null;
    if (from === GMAIL_VERIFICATION_FROM && passOrLocal(verdicts.dmarc)) {
      return { accepted: true, as: 'forwarding-verification', fromAddress: from, provider: 'gmail', evidence: ['dmarc=PASS'] };
    }
    return { accepted: true, as: 'secret-address', fromAddress: from, provider: null, evidence: ['secret address', 'spam=PASS', 'virus=PASS'] };
  }

  const fromHeaders = input.headers.from;
  if (!input.headersTruncated && fromHeaders.length !== 1) {
    return reject('quarantined', `${fromHeaders.length} From headers: which one DMARC judged is unknown`, envelope, false);
  }
  // A truncated list may end before From:; SES's own reading stands in, and the parser re-checks it.
  const fromAddresses = fromHeaders[0] ?? (input.headersTruncated && input.commonFrom !== null ? addressesOfCommonFrom(input.commonFrom) : []);
  if (fromAddresses.length !== 1) return reject('quarantined', `From header with ${fromAddresses.length} addresses`, envelope, false);
  const fromAddress = canonical(fromAddresses[0] ?? '');
  if (input.commonFrom !== null) {
    const common = addressesOfCommonFrom(input.commonFrom).map(canonical);
    if (common.length !== 1 || common[0] !== fromAddress) {
      return reject('quarantined', 'From header differs from the sender SES read', envelope, false);
    }
  }

  const allowed = new Set(policy.allowedSenders.map(canonical));
  const forwardEvidence = input.headers.forwardEvidence;

  if (fromAddress === GMAIL_VERIFICATION_FROM) {
    // Anyone can type Google's address into From:; only DMARC proves it.
    if (passOrLocal(verdicts.dmarc)) return { accepted: true, as: 'forwarding-verification', fromAddress, provider: 'gmail', evidence: ['dmarc=PASS'] };
    return reject('quarantined', 'forwarding confirmation without DMARC PASS', envelope, false);
  }

  if (allowed.has(fromAddress)) {
    const as: TrustedAs = input.headers.repliesToJobnudge ? 'reply-command' : 'hand-forward';
    if (local) {
      // No verdicts on loopback: the envelope must be the user too (as far as local mail allows).
      return allowed.has(canonical(envelope.source))
        ? { accepted: true, as, fromAddress, provider: null, evidence: ['local: envelope and From are yours'] }
        : reject('ignored', 'envelope sender is not one of your addresses', envelope, true);
    }
    const evidence = alignedPass(domainOf(fromAddress), input);
    if (evidence.length > 0) return { accepted: true, as, fromAddress, provider: null, evidence };
    return reject('quarantined', 'From is yours but no DMARC, aligned DKIM or aligned SPF pass: likely spoofed', envelope, true);
  }

  const forward = forwardingFromUser(envelope.source, allowed);
  if (forward !== null) {
    if (passOrLocal(verdicts.spf)) {
      const evidence = [local ? 'local: forwarding envelope' : `spf=PASS envelope=${forward.provider}`, ...forwardEvidence];
      return { accepted: true, as: 'auto-forward', fromAddress, provider: forward.provider, evidence };
    }
    return reject('quarantined', `looks like your automatic forward (${forward.provider}) but SPF did not pass for it`, envelope, true);
  }

  // The envelope is exactly the user's but From: is not: no provider forwards that way that we
  // could verify, and a forged envelope looks just like it. Listed for the user, never acted on.
  if (allowed.has(canonical(envelope.source))) return reject('ignored', 'From is not one of your addresses', envelope, true);
  return reject('ignored', 'sender is not one of your addresses (neither From nor envelope)', envelope, false);
}
