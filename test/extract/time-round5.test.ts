import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract/index.ts';
import { message } from './message-builder.ts';

// 2026-12-01 is a Tuesday.
const sentTuesday = '2026-12-01T09:00:00Z';
const at = (text: string, timeZone = 'America/New_York') =>
  extract(message({ date: sentTuesday, text }), { timeZone, kind: 'interview' }).interview.at;

describe('a dotted day and month after a weekday, before a clock', () => {
  it('reads "Thursday 3.12 at 15:00" as 3 December, not the clock 3:12', () => {
    expect(at('Hi Sam,\n\nWe would like to meet you on Thursday 3.12 at 15:00 Berlin time in our office.\n\nBest'))
      .toBe('2026-12-03T15:00:00+01:00');
    expect(at('Hello,\n\nYour interview is booked for Fri. 4.12, 9:30 (CET). Please confirm.\n\nRegards'))
      .toBe('2026-12-04T09:30:00+01:00');
    expect(at('Dear Sam,\n\nOur call is set for Monday 07.12 at 2pm, I have put it in the calendar.\n\nThanks'))
      .toBe('2026-12-07T14:00:00-05:00');
    // Thursday 10 December: day first, though chrono would read "10/12" as October.
    expect(at('Hi Sam,\n\nYou are booked in for Thursday 10.12 at 11:00, at our office.\n\nBest'))
      .toBe('2026-12-10T11:00:00-05:00');
  });

  it('leaves a dotted clock after a weekday a clock, and a dotted date with no clock alone', () => {
    expect(at('Hi Sam,\n\nThe interview is on Wednesday 10.30 am at our office.\n\nBest'))
      .toBe('2026-12-02T10:30:00-05:00');
    expect(at('Hi Sam,\n\nThanks for your time on Monday 30.11. We will be in touch.\n\nBest')).toBeNull();
  });
});
