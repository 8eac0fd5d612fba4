import type { MessageEnvelope } from './envelope.ts';
import { verdictSignals } from './envelope.ts';

/**
 * Who may make jobnudge act: only the user, forwarding from one of their own addresses. Everything
 * else is recorded and left alone. Two stages: the envelope is screened before the message is
 * parsed (so strangers' mail is never parsed), the From header after.
 */
export type TrustRejection = {
  readonly accepted: false;
  readonly outcome: 'ignored' | 'quarantined';
  readonly reason: string;
};

export type EnvelopeScreen =
  | TrustRejection
  /** `sourceAllowed` false means: only a Gmail forwarding-verification mail may still pass. */
  | { readonly accepted: true; readonly sourceAllowed: boolean };

export type SenderCheck = TrustRejection | { readonly accepted: true; readonly as: 'user' | 'forwarding-verification' };

/** Gmail sends its "confirm forwarding" mail from here, to the new forwarding address. */
export const GMAIL_VERIFICATION_FROM = 'forwarding-noreply@google.com';
const GOOGLE_BOUNCE_DOMAIN = /@(?:[a-z0-9-]+\.)*google\.com$/;

function canonical(address: string): string {
  return address.trim().replace(/^<|>$/g, '').toLowerCase();
}

/**
 * Case-insensitive match, also allowing a `+tag` on the local part of the envelope sender: Gmail's
 * automatic forwarding sends as `user+caf_=…@gmail.com`.
 */
export function isAllowedAddress(address: string, allowed: readonly string[], options: { allowPlusTag: boolean }): boolean {
  const candidate = canonical(address);
  return allowed.some((entry) => {
    const own = canonical(entry);
    if (candidate === own) return true;
    if (!options.allowPlusTag) return false;
    const [local, domain] = own.split('@');
    return candidate.startsWith(`${local}+`) && candidate.endsWith(`@${domain}`);
  });
}

function describe(reason: string, envelope: MessageEnvelope): string {
  const signals = verdictSignals(envelope.verdicts);
  return signals.length > 0 ? `${reason} (${signals.join(' ')})` : reason;
}

/** Stage 1, before parsing: SES verdicts and the envelope sender. */
export function screenEnvelope(envelope: MessageEnvelope, allowedSenders: readonly string[]): EnvelopeScreen {
  const { verdicts } = envelope;
  if (verdicts.virus === 'FAIL') return { accepted: false, outcome: 'quarantined', reason: describe('virus scan failed', envelope) };
  if (verdicts.spam === 'FAIL') return { accepted: false, outcome: 'quarantined', reason: describe('marked as spam', envelope) };
  if (isAllowedAddress(envelope.source, allowedSenders, { allowPlusTag: true })) return { accepted: true, sourceAllowed: true };
  if (GOOGLE_BOUNCE_DOMAIN.test(canonical(envelope.source))) return { accepted: true, sourceAllowed: false };
  return { accepted: false, outcome: 'ignored', reason: describe('envelope sender is not one of your addresses', envelope) };
}

/**
 * Without a DMARC pass (a domain that publishes no DMARC record gets GRAY, not FAIL) the From header
 * is only as good as SPF and DKIM: when neither passed and one of them failed outright, nothing
 * vouches for the sender. Unchecked verdicts (null: the local inbox) are not evidence either way.
 */
function unauthenticated(verdicts: MessageEnvelope['verdicts']): boolean {
  const { spf, dkim, dmarc } = verdicts;
  return dmarc !== 'PASS' && spf !== 'PASS' && dkim !== 'PASS' && (spf === 'FAIL' || dkim === 'FAIL');
}

/** Stage 2, after parsing: the outer From header, DMARC, and the Gmail verification exception. */
export function checkSender(
  input: {
    readonly outerFrom: string | null;
    readonly envelope: MessageEnvelope;
    readonly screen: { readonly sourceAllowed: boolean };
    /** The analysis found a Gmail forwarding-verification mail. */
    readonly isForwardingVerification: boolean;
  },
  allowedSenders: readonly string[],
): SenderCheck {
  const { outerFrom, envelope } = input;
  const dmarc = envelope.verdicts.dmarc;
  if (input.isForwardingVerification && outerFrom !== null && canonical(outerFrom) === GMAIL_VERIFICATION_FROM) {
    // Anyone can type Google's address into From: without verdicts proving it, it is not trusted.
    const proven = dmarc === null || dmarc === 'PASS';
    return proven
      ? { accepted: true, as: 'forwarding-verification' }
      : { accepted: false, outcome: 'quarantined', reason: describe('forwarding verification failed DMARC', envelope) };
  }
  if (!input.screen.sourceAllowed) {
    return { accepted: false, outcome: 'ignored', reason: describe('envelope sender is not one of your addresses', envelope) };
  }
  if (outerFrom === null || !isAllowedAddress(outerFrom, allowedSenders, { allowPlusTag: false })) {
    return { accepted: false, outcome: 'ignored', reason: describe('From is not one of your addresses', envelope) };
  }
  if (dmarc === 'FAIL') {
    return { accepted: false, outcome: 'quarantined', reason: describe('From is yours but DMARC failed: likely spoofed', envelope) };
  }
  if (unauthenticated(envelope.verdicts)) {
    return { accepted: false, outcome: 'quarantined', reason: describe('From is yours but neither SPF nor DKIM passed: likely spoofed', envelope) };
  }
  return { accepted: true, as: 'user' };
}
