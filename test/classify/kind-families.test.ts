import { describe, expect, it } from 'vitest';
import { classify } from '../../shared/classify/index.ts';
import type { EventKind } from '../../shared/domain/kinds.ts';
import { buildMessage, hardWrap, type MessageParts } from './build-message.ts';

/**
 * Phrasing families the blind tune writers (issue #10) showed the classifier misreading, each in
 * wordings of the project's own, read flat and hard-wrapped at 72 columns.
 */
function expectEach(kind: EventKind, family: readonly MessageParts[]): void {
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

describe('a closing named in a time clause', () => {
  it('is not a decision: the receipt stays a receipt', () => {
    expectEach('confirmation', [
      { from: 'jobs@harbourline.example', subject: 'Application received', text: 'Thank you for applying for the Lab Technician post. We read applications as they arrive and keep going until the post is filled.' },
      { from: 'hr@moorfield.example', subject: 'Thanks for applying', text: 'Thanks for your application. The advert stays up until the vacancy has been filled, and we will be in touch with shortlisted people.' },
      { from: 'careers@quayside.example', subject: 'Your application', text: 'We have received your application. Once the role is filled we take the listing down, so please do not worry if it disappears.' },
      { from: 'careers@quayside.example', subject: 'Your application', text: 'Your application has been received. Screening runs weekly until the opening is closed.' },
    ]);
  });

  it('still reads a closing stated as news as a rejection', () => {
    expectEach('rejection', [
      { from: 'hr@moorfield.example', subject: 'Update', text: 'Thank you for applying. I am writing to let you know the position has been filled.' },
      { from: 'hr@moorfield.example', subject: 'Update', text: 'Thanks for your patience. Sadly the vacancy was withdrawn last week, after the budget review.' },
    ]);
  });
});
