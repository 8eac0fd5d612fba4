import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { casualEnglish, lastUnitTest } from '../../shared/extract/time/chrono-english.ts';

const REFERENCE = { instant: new Date('2026-11-05T15:00:00Z'), timezone: -300 };

/** What a parse found, comparable across the two chrono instances. */
function found(results: readonly chrono.ParsedResult[]): unknown[] {
  return results.map((result) => ({ index: result.index, text: result.text, start: result.start.date().toISOString(), end: result.end?.date().toISOString() ?? null }));
}

/** Phrases chrono's time-unit parsers read ("in 3 days", "2 weeks later", "a day ago") and near misses. */
const PHRASES = [
  'We will get back to you in 3 days.',
  'Expect to hear from us within 2 weeks, maybe sooner.',
  'Two days later we will call you at 3pm.',
  'The panel is 2 hours and 30 minutes from now.',
  'You applied 5 days ago; the team met a week before.',
  'We spoke a couple of days earlier about the role.',
  'The interview is 1 hour, 15 minutes after lunch on Friday at 10am.',
  'Please reply in a few days, or in several weeks at the latest.',
  'Thanks for applying! Find out more after the call on Tuesday, Nov 10 at 2:00 PM.',
  'Let them out at 5pm tomorrow.',
  'Our offices are 3 hrs out of town; the 2nd round is in half an hour.',
  'No dates in this sentence at all.',
  'Interview: Tuesday, 6 January 2026 at 2:30 pm, or next week',
];

describe('chrono English with gated time-unit patterns', () => {
  it('finds exactly what chrono.casual finds', () => {
    for (const phrase of PHRASES) {
      for (const forwardDate of [true, false]) {
        expect(found(casualEnglish.parse(phrase, REFERENCE, { forwardDate })), phrase).toEqual(found(chrono.casual.parse(phrase, REFERENCE, { forwardDate })));
      }
    }
  });

  it('puts a cheap test in front of every pattern that repeats a time unit', () => {
    const context = { option: { forwardDate: true }, reference: REFERENCE, text: '' } as unknown as chrono.ParsingContext;
    const repeating = chrono.casual.parsers.map((parser) => parser.pattern(context)).filter((pattern) => pattern.source.includes('){0,10})'));
    expect(repeating.length).toBeGreaterThanOrEqual(3);
    for (const pattern of repeating) expect(lastUnitTest(pattern.source, pattern.flags), pattern.source.slice(0, 60)).not.toBeNull();
  });

  it('tests only the last unit and what follows the repetition', () => {
    const test = lastUnitTest(String.raw`(\W|^)(U(?:\s{0,5},?(?:\s*and)?\s{0,5}U){0,10})\s{0,5}later`, 'gi');
    expect(test?.source).toBe(String.raw`U\s{0,5}later`);
    expect(test?.flags).toBe('i');
  });

  it('gives no test for shapes it cannot check', () => {
    expect(lastUnitTest(String.raw`(\W|^)(?:in|within)\s+(\d+) days`, 'i')).toBeNull();
    // What follows refers back to a group: dropping the start would change its meaning.
    expect(lastUnitTest(String.raw`(\W|^)(U(?:\s{0,5},?(?:\s*and)?\s{0,5}U){0,10})\1`, 'i')).toBeNull();
    // The repetition must follow a unit of its own.
    expect(lastUnitTest(String.raw`(\W|^)(X(?:\s{0,5},?(?:\s*and)?\s{0,5}U){0,10})later`, 'i')).toBeNull();
  });
});
