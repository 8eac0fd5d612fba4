import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract/index.ts';
import { message } from './message-builder.ts';

// 2026-12-01 is a Tuesday.
const nextStepOf = (text: string): string | null =>
  extract(message({ date: '2026-12-01T15:00:00Z', text }), { timeZone: 'America/New_York', kind: 'confirmation' }).nextStepBy;

describe('the employer hearing from candidates is no promise to the user', () => {
  it('reads no date when "we" or "I" are the ones to hear', () => {
    expect(nextStepOf('Hi Sam,\n\nPlease send your availability. We keep Monday afternoons free, and we will pick a slot once we hear from everyone.\n\nBest')).toBeNull();
    expect(nextStepOf('Hi Sam,\n\nI can set it up on Friday once I hear back from the panel.\n\nBest')).toBeNull();
  });

  it('still reads the date when the user is the one to hear', () => {
    expect(nextStepOf('Hi Sam,\n\nThanks for applying. You will hear from us by Friday.\n\nBest')).toBe('2026-12-04');
    expect(nextStepOf('Hi Sam,\n\nThanks for applying. Expect to hear back from the team by Thursday.\n\nBest')).toBe('2026-12-03');
  });
});
