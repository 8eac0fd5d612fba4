import type { Overrides } from '../domain/analysis.ts';

export interface OverrideContext {
  readonly timeZone: string;
  /** Dates like "Dec 3 2pm" in a tag are read relative to this instant. */
  readonly reference: Date;
}

// PLACEHOLDER until the extractor lands.
export function parseOverrides(_note: string, _context: OverrideContext): Overrides {
  return { kind: null, company: null, role: null, interviewAt: null, problems: [] };
}
