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

const confirmed = (text: string) =>
  extract(message({ date: sentTuesday, subject: 'Interview confirmation: Platform Engineer', text }), { timeZone: 'America/New_York', kind: 'interview' }).interview.at;

describe('a schedule of one day\'s sessions, back to back', () => {
  it('starts at its first session', () => {
    expect(confirmed('Hi Sam,\n\nYour onsite is all set. Times are Central Time.\n\nWed, Dec 9, 2026  1:00 PM - 1:50 PM  Coding  Ana Ruiz\nWed, Dec 9, 2026  2:00 PM - 2:45 PM  Design  Ben Okafor\nWed, Dec 9, 2026  3:00 PM - 3:30 PM  Team fit  Cy Lund\n\nBest, Recruiting'))
      .toBe('2026-12-09T13:00:00-06:00');
    expect(confirmed('Hello,\n\nHere is the plan for your final round (all Eastern):\n\nDec 10, 2026 10:00 AM - 11:00 AM  System design\nDec 10, 2026 11:15 AM - 12:00 PM  Hiring manager\n\nThanks'))
      .toBe('2026-12-10T10:00:00-05:00');
  });

  it('is no schedule when the sessions fall on different days or overlap', () => {
    expect(confirmed('Hi Sam,\n\nYour onsite is all set (Central Time).\n\nWed, Dec 9, 2026  1:00 PM - 1:50 PM  Coding\nThu, Dec 10, 2026  2:00 PM - 2:45 PM  Design\n\nBest')).toBeNull();
    expect(confirmed('Hi Sam,\n\nYour onsite is all set (Central Time).\n\nWed, Dec 9, 2026  1:00 PM - 2:30 PM  Coding\nWed, Dec 9, 2026  2:00 PM - 2:45 PM  Design\n\nBest')).toBeNull();
  });

  it('is no schedule when hours lie between the sessions', () => {
    expect(confirmed('Hi Sam,\n\nYour onsite is all set (Central Time).\n\nWed, Dec 9, 2026  9:00 AM - 9:45 AM  Coding\nWed, Dec 9, 2026  3:00 PM - 3:45 PM  Design\n\nBest')).toBeNull();
  });
});

describe('the "by" of a visit is no deadline', () => {
  it('reads "come by / stop by / drop by <day> at <time>" as the meeting', () => {
    expect(at('Hi Sam,\n\nWe would like to invite you to stop by on Thursday at 3pm for an interview with the store manager.\n\nThanks'))
      .toBe('2026-12-03T15:00:00-05:00');
    expect(at('Hi Sam,\n\nCould you drop by tomorrow at 11am for an interview? Ask for Rosa at reception.\n\nThanks'))
      .toBe('2026-12-02T11:00:00-05:00');
    expect(at('Hi Sam,\n\nThanks for applying. Can you come by Friday at 9:30am for an interview? We are at the back of the depot.\n\nDee'))
      .toBe('2026-12-04T09:30:00-05:00');
  });

  it('still reads "by <day> at <time>" alone as a deadline', () => {
    expect(at('Hi Sam,\n\nBefore your interview, please send us your portfolio by Thursday at 3pm.\n\nThanks')).toBeNull();
  });
});

describe('one slot put forward, with its invite on the way or a fallback offered', () => {
  it('holds a slot whose invite is "coming" without "is"', () => {
    expect(at('Hi Sam,\n\nI have blocked 11am on Thursday with our CTO, calendar invite coming shortly.\n\nBest'))
      .toBe('2026-12-03T11:00:00-05:00');
    expect(at('Hi Sam,\n\nLet us meet Friday at 4pm. Teams link coming from my assistant.\n\nBest'))
      .toBe('2026-12-04T16:00:00-05:00');
  });

  it('holds "how about <slot>" when the sender offers another if it is bad', () => {
    expect(at('Sam,\n\nHow about Thursday at 9am at the cafe on Main St. If that\'s bad, name another day.\n\nJo'))
      .toBe('2026-12-03T09:00:00-05:00');
    expect(at('Sam,\n\nWhat about Friday at 2pm for a first chat? If it is no good, just say.\n\nJo'))
      .toBe('2026-12-04T14:00:00-05:00');
  });

  it('leaves a bare "how about <slot>?" a question', () => {
    expect(at('Sam,\n\nHow about Thursday at 9am for a first chat?\n\nJo')).toBeNull();
    expect(at('Sam,\n\nHow about Thursday at 9am, or Friday at 10am?\n\nJo')).toBeNull();
  });
});
