import type { VerdictStatus } from '../ses/event-schema.ts';

/** What the receiving side (SES, or the local SMTP inbox) knows about a message besides its bytes. */
export interface MessageEnvelope {
  /** SMTP envelope sender (MAIL FROM). */
  readonly source: string;
  readonly verdicts: AuthVerdicts;
}

/** SES receipt verdicts; null where the receiver did not check (the local inbox checks nothing). */
export interface AuthVerdicts {
  readonly spam: VerdictStatus | null;
  readonly virus: VerdictStatus | null;
  readonly spf: VerdictStatus | null;
  readonly dkim: VerdictStatus | null;
  readonly dmarc: VerdictStatus | null;
}

export const UNCHECKED_VERDICTS: AuthVerdicts = { spam: null, virus: null, spf: null, dkim: null, dmarc: null };

/** `auth:spf=PASS`-style signals, recorded with the event and in outcome reasons. */
export function verdictSignals(verdicts: AuthVerdicts): string[] {
  return (['spf', 'dkim', 'dmarc', 'spam', 'virus'] as const)
    .filter((name) => verdicts[name] !== null)
    .map((name) => `auth:${name}=${verdicts[name] ?? ''}`);
}
