import type { Extraction } from '../domain/analysis.ts';
import type { EventKind } from '../domain/kinds.ts';
import type { OriginalMessage } from '../domain/message.ts';

export interface ExtractionContext {
  /** The user's IANA zone: dates in text without a zone are read in it. */
  readonly timeZone: string;
  readonly kind: EventKind;
}

// PLACEHOLDER until the extractor lands.
export function extract(_original: OriginalMessage, _context: ExtractionContext): Extraction {
  return {
    company: null,
    role: null,
    contacts: [],
    interview: { at: null, zone: null, source: null, proposedSlots: [], format: 'unknown', link: null, location: null },
    nextStepBy: null,
    doNotContact: false,
    forwardingVerification: null,
    signals: [],
  };
}
