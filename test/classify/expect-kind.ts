import { expect } from 'vitest';
import { classify } from '../../shared/classify/index.ts';
import type { EventKind } from '../../shared/domain/kinds.ts';
import { buildMessage, hardWrap, type MessageParts } from './build-message.ts';

/**
 * Every wording of a family reads as `kind`, both as written and hard-wrapped at 72 columns (the
 * way most plain-text mail arrives), so a rule that only works on one-line paragraphs fails here.
 */
export function expectEach(kind: EventKind, family: readonly MessageParts[]): void {
  for (const parts of family) {
    const flat = classify(buildMessage(parts));
    const wrapped = classify(buildMessage({ ...parts, text: hardWrap(parts.text) }));
    expect({ text: parts.text, flat: flat.kind, wrapped: wrapped.kind }, `signals: ${flat.signals.join(', ')}`).toEqual({
      text: parts.text,
      flat: kind,
      wrapped: kind,
    });
  }
}
