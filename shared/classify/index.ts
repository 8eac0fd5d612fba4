import type { Classification } from '../domain/analysis.ts';
import type { OriginalMessage } from '../domain/message.ts';

// PLACEHOLDER until the classifier lands.
export function classify(_original: OriginalMessage): Classification {
  return { kind: 'other', confidence: 0, signals: ['placeholder'] };
}
