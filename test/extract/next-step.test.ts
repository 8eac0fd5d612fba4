import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract/index.ts';
import { message } from './message-builder.ts';

const context = { timeZone: 'America/New_York', kind: 'confirmation' } as const;
// Tuesday 2026-12-01, 10:00 in New York.
const nextStepOf = (text: string, date: string | null = '2026-12-01T15:00:00Z'): string | null => extract(message({ date, text }), context).nextStepBy;

describe('next-step date', () => {
  it('reads "within two weeks"', () => {
    expect(nextStepOf("We'll be in touch within two weeks.")).toBe('2026-12-15');
  });

  it('counts business days over the weekend', () => {
    expect(nextStepOf('You will hear back from us in the next 5 business days.')).toBe('2026-12-08');
  });

  it('takes the upper end of a range', () => {
    expect(nextStepOf('We aim to get back to you within 2-3 weeks.')).toBe('2026-12-22');
  });

  it('reads "by Friday" and "by December 12"', () => {
    expect(nextStepOf('You will hear from us by Friday.')).toBe('2026-12-04');
    expect(nextStepOf('We expect to make a decision by December 12.')).toBe('2026-12-12');
  });

  it('reads the day in the user\'s zone, not UTC', () => {
    // 03:00 UTC on Dec 2 is still Dec 1 in New York.
    expect(nextStepOf('We will contact you within 3 days.', '2026-12-02T03:00:00Z')).toBe('2026-12-04');
  });

  it('gives nothing for a relative phrase when the mail had no date, but keeps a full date', () => {
    expect(nextStepOf("We'll be in touch within two weeks.", null)).toBeNull();
    expect(nextStepOf('We will let you know by December 12, 2026.', null)).toBe('2026-12-12');
  });

  it('ignores a deadline the user is given', () => {
    expect(nextStepOf('Please complete the assessment by Friday.')).toBeNull();
  });

  it('reads a promise the mail program wrapped across lines', () => {
    expect(nextStepOf('Our hiring team will review your materials carefully and get back\nto you within the next week or so.')).toBe('2026-12-11');
  });
});
