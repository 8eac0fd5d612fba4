import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract/index.ts';
import { message } from './message-builder.ts';

/**
 * Families behind the fresh table's failures (issue #10), each in several voices of this file's own:
 * times put side by side with "or", hedged times, windows to wait in, a time already past when the
 * mail was written, slashed dates in day-first countries, texting-style agreement, a heading or a
 * table heading over the time.
 */

// 2026-12-01 is a Tuesday; 14:00Z is 9am in New York.
const SENT = '2026-12-01T14:00:00Z';

function at(text: string, zone = 'America/New_York', sent = SENT): string | null {
  const found = extract(message({ date: sent, subject: 'Interview', text }), { timeZone: zone, kind: 'interview' });
  return found.interview.at;
}

describe('two times or two days joined by "or"', () => {
  it('is a choice, even when only one of them has a day', () => {
    expect(at('Hi Sam,\n\nWe could do 9:30 or 13:00 on Thursday, the invite will follow.\n\nBest', 'Europe/Berlin')).toBeNull();
    expect(at('Hi Sam,\n\nEither 11am or 3pm on Monday 7 December works on our side; I will send a calendar invite.\n\nBest')).toBeNull();
    expect(at('Hi Sam,\n\nTue or Wed at 2pm ET, I will send the Teams link once you reply.\n\nBest')).toBeNull();
  });

  it('leaves one time with its conversion into another zone', () => {
    expect(at('Hi Sam,\n\nYour interview is confirmed for Thursday 3 December at 2pm ET (or 11am PT).\n\nBest')).toBe('2026-12-03T14:00:00-05:00');
  });
});

describe('a hedged time', () => {
  it('is not booked yet', () => {
    expect(at('Hi Sam,\n\nThe panel is probably Thursday at 2pm but we still need to confirm it with the director.\n\nBest')).toBeNull();
    expect(at('Hi Sam,\n\nWe are pencilling Friday, perhaps at 10am, and the time is still to be confirmed.\n\nBest')).toBeNull();
    expect(at('Hi Sam,\n\nYour interview on Monday 7 December at 11:00 is not yet confirmed; I will write again once it has been finalised.\n\nBest', 'Europe/London')).toBeNull();
  });

  it('does not doubt a booked time when the hedge is about something else', () => {
    expect(at('Hi Sam,\n\nYour interview is confirmed for Thursday at 10am; it will take maybe an hour.\n\nBest')).toBe('2026-12-03T10:00:00-05:00');
  });
});

describe('a window to wait in', () => {
  it('is no appointment', () => {
    expect(at('Hi Sam,\n\nOur recruiter will ring you on Friday some time between 9am and 1pm.\n\nThanks')).toBeNull();
    expect(at('Hi Sam,\n\nExpect a call from the hiring team anytime between 2pm and 5pm tomorrow.\n\nThanks')).toBeNull();
    expect(at('Hi Sam,\n\nThe courier with your laptop for the interview will arrive on Thursday at some point between 8 and 12.\n\nThanks')).toBeNull();
  });
});

describe('a time earlier the same day than the mail', () => {
  const afternoon = '2026-12-01T20:00:00Z';
  it('is a past call', () => {
    expect(at('Hi Sam,\n\nHope your interview at 11am today went well! The panel will meet on Thursday.\n\nBest', 'America/New_York', afternoon)).toBeNull();
    expect(at('Hi Sam,\n\nFollowing up after our call this morning at 9:30, the team will decide by Friday.\n\nBest', 'America/New_York', afternoon)).toBeNull();
    expect(at('Hi Sam,\n\nSo sorry we missed each other at 10:00 today. Our interview was scheduled for 10:00 today.\n\nBest', 'America/New_York', afternoon)).toBeNull();
  });

  it('still gives a later time the same day', () => {
    expect(at('Hi Sam,\n\nReminder: your interview is today at 4:30pm.\n\nBest', 'America/New_York', afternoon)).toBe('2026-12-01T16:30:00-05:00');
  });
});

describe('a slashed date', () => {
  it('is read day first in a day-first country when month first would be past or far off', () => {
    expect(at('Hi Sam,\n\nYour interview is booked for 8/12 at 10:00.\n\nKind regards', 'Europe/London')).toBe('2026-12-08T10:00:00+00:00');
    expect(at('Dear Sam,\n\nYour HR round is scheduled on 04/12/2026 at 3:00 PM IST.\n\nRegards', 'Asia/Kolkata')).toBe('2026-12-04T15:00:00+05:30');
    expect(at('Hi Sam,\n\nYou are booked in for Tuesday 15/12 at 9am.\n\nCheers', 'Australia/Perth')).toBe('2026-12-15T09:00:00+08:00');
  });

  it('is read day first in a day-first country when both readings are near', () => {
    expect(at('Hi Sam,\n\nYour interview is confirmed for 2/1 at 10am.\n\nCheers', 'Australia/Sydney')).toBe('2027-01-02T10:00:00+11:00');
  });

  it('stays month first in the US', () => {
    expect(at('Hi Sam,\n\nYour interview is confirmed for 12/8 at 10am ET.\n\nBest')).toBe('2026-12-08T10:00:00-05:00');
    expect(at('Hi Sam,\n\nYour interview is confirmed for 1/5 at 10am.\n\nBest')).toBe('2027-01-05T10:00:00-05:00');
  });
});

describe('texting-style agreement', () => {
  it('reads the one time agreed', () => {
    expect(at('sam - we\'re good for weds 3pm, ill send a link')).toBe('2026-12-02T15:00:00-05:00');
    expect(at('Hi Sam,\n\nI\'ve slotted you in for Friday at 11am with the CTO.\n\nBest')).toBe('2026-12-04T11:00:00-05:00');
    expect(at('Great - 10am Thursday it is.\n\nBen')).toBe('2026-12-03T10:00:00-05:00');
    expect(at('fri @ 2 still works for me, see you then')).toBe('2026-12-04T14:00:00-05:00');
    expect(at('thursday 3pm. I\'ll send the zoom shortly')).toBe('2026-12-03T15:00:00-05:00');
  });
});

describe('a heading over the time', () => {
  it('names the interview the time under it is for', () => {
    expect(at('You are booked!\n\nFinal Round Interview\nMon, Dec 14, 2026\n2:00 PM - 3:00 PM EST\n\nGood luck!')).toBe('2026-12-14T14:00:00-05:00');
    expect(at('Hi Sam,\n\n| Day | Time | With |\n|---|---|---|\n| Friday 4 Dec | 15:00 GMT | Hiring manager |\n\nThanks', 'Europe/London')).toBe('2026-12-04T15:00:00Z');
  });

  it('does not label several rows of options', () => {
    expect(at('Hi Sam, which of these suits?\n\n| Day | Time |\n|---|---|\n| Mon 7 Dec | 10:00 |\n| Tue 8 Dec | 14:00 |\n\nThanks', 'Europe/London')).toBeNull();
  });
});

describe('clocks chrono does not read alone', () => {
  it('reads a dotted day and month with no year', () => {
    expect(at('Hallo Sam,\n\nyour interview is confirmed for Friday, 04.12. at 10:30 in our Cologne office.\n\nBest regards', 'Europe/Berlin')).toBe('2026-12-04T10:30:00+01:00');
    expect(at('Hi Sam,\n\nWe confirm the interview on 15.12. at 9:00 (CET) via Teams.\n\nGroeten', 'Europe/Amsterdam')).toBe('2026-12-15T09:00:00+01:00');
  });

  it('reads a range whose start is a bare hour', () => {
    expect(at('Hi Sam,\n\nYour interview is confirmed for Thursday 3 December, 2-2:45pm ET.\n\nBest')).toBe('2026-12-03T14:00:00-05:00');
    expect(at('Hi Sam,\n\nYour call is booked for Friday, 11–12:30 pm Eastern.\n\nBest')).toBe('2026-12-04T11:00:00-05:00');
    expect(at('Hi Sam,\n\nYou are scheduled on Monday 7 December, 9-9:30 a.m. PT.\n\nBest')).toBe('2026-12-07T09:00:00-08:00');
  });

  it('does not read opening hours written that way as an interview', () => {
    expect(at('Hi Sam,\n\nOur office is open Monday to Friday, 9-5:30pm, if you want to drop off documents.\n\nBest')).toBeNull();
  });

  it('reads a bare hour after a duration, and a span of bare hours before its zone', () => {
    expect(at('Hi Sam,\n\nWe have booked an hour from 3 on Friday for the panel.\n\nBest')).toBe('2026-12-04T15:00:00-05:00');
    expect(at('Hi Sam,\n\nI have put you down for 30 minutes starting at 4 on Wednesday with Priya.\n\nBest')).toBe('2026-12-02T16:00:00-05:00');
    expect(at('Hi Sam,\n\nYour interview is set for Thu 12/3 from 10 to 11 Pacific.\n\nBest')).toBe('2026-12-03T10:00:00-08:00');
  });
});

describe('a label after an emoji', () => {
  it('labels the time as the bare label would', () => {
    expect(at('Hi Sam, here are your details:\n\n📅 When: Thu, Dec 3 at 2:00 PM EST\n📍 Where: 12 Main St\n\nSee you!')).toBe('2026-12-03T14:00:00-05:00');
    expect(at('Your interview 🎉\n\n🗓️ Date: Friday 4 December\n⏰ Time: 10:30 AM ET\n\nReply STOP to opt out')).toBe('2026-12-04T10:30:00-05:00');
  });

  it('keeps a deadline label a deadline', () => {
    expect(at('Your application 🎉\n\n⏰ Deadline: Friday 4 December at 5:00 PM ET\n\nReply STOP to opt out')).toBeNull();
  });
});
