import { describe, expect, it } from 'vitest';
import { hardWrap } from '../../shared/bench/reading-eml.ts';
import { extract } from '../../shared/extract/index.ts';
import { message } from './message-builder.ts';

/**
 * Families of #10's missed times, in sentences written for this test: texting voice ("see u",
 * "put u in"), a fallback after one held slot ("if it doesn't work, pick another time"), a single
 * slot asked about with its invite promised at the letter's end, and a move labelled "Previous:" /
 * "New:". 2026-12-01 is a Tuesday; the user is in New York.
 */

const SENT = '2026-12-01T14:00:00Z';

interface Row {
  readonly name: string;
  readonly text: string;
  readonly at: string | null;
}

function readAt(text: string): string | null {
  const found = extract(message({ date: SENT, subject: 'Interview', text }), { timeZone: 'America/New_York', kind: 'interview' });
  return found.interview.at === null ? null : new Date(found.interview.at).toISOString();
}

const instant = (iso: string | null) => (iso === null ? null : new Date(iso).toISOString());

const ROWS: readonly Row[] = [
  // Texting voice.
  { name: 'the client wants to see u', text: 'hey sam - the manager wants to see u tmrw at 11am at the store. ask for dee\nbri', at: '2026-12-02T11:00:00-05:00' },
  { name: 'can meet u', text: 'hi sam!! we can meet u thurs 12/3 at 3pm, bring ur id\nthx', at: '2026-12-03T15:00:00-05:00' },
  { name: 'i put u in', text: 'hi sam its jo from the cafe. can we do fri 12/4 at 10am instead? i put u in for that. same spot\nthx', at: '2026-12-04T10:00:00-05:00' },
  { name: 'got u down for', text: 'sam - got u down for wed 12/2 at 1pm w/ marco. text if running late', at: '2026-12-02T13:00:00-05:00' },
  // A fallback after one held slot.
  { name: 'if it does not work, pick another time', text: 'hi sam, sorry to move things. i put u in for thu 12/3 at 4pm instead. if it doesnt work just reply and pick another time\nthx', at: '2026-12-03T16:00:00-05:00' },
  { name: 'if that does not suit, choose a different slot', text: 'Hi Sam,\n\nWe have you down for Monday 7 December at 10am ET. If that doesn\'t suit, choose a different slot in the portal.\n\nBest', at: '2026-12-07T10:00:00-05:00' },
  // One slot asked about, its invite promised later in the letter.
  { name: 'a formal invitation to follow the details', text: 'Hi Sam,\n\nThanks for the chat today. Would Thursday 10 December at 2pm ET work for a visit to our Boston office? It would take about two hours: a short case study, then lunch with two of the partners who lead the practice you would join, and a walk round the floor.\n\nLet me know and I\'ll get a formal invitation out.\n\nBest,\nRuth', at: '2026-12-10T14:00:00-05:00' },
  { name: 'a calendar invite to follow', text: 'Hi Sam,\n\nCould you do Friday 11 December at 9:30am ET for the panel? The panel is three engineers and a product manager, forty-five minutes in all, and we will leave time at the end for your questions about the team and the role.\n\nI\'ll follow up with a calendar invite.\n\nThanks', at: '2026-12-11T09:30:00-05:00' },
  { name: 'provisionally booked, let me know if this is a problem', text: 'Dear Sam,\n\nCould we see you on Tuesday 8 December at 11am ET instead? The format is unchanged: a short presentation to the panel, then questions from the committee about your plans for the first year.\n\nI have provisionally booked the room; please let me know if this is a problem.\n\nBest wishes', at: '2026-12-08T11:00:00-05:00' },
  // A move with its old and new times labelled.
  { name: 'Previous / New', text: 'Dear Sam,\n\nWe must change your interview.\nPrevious: Thursday, 3 December 2026, 14:00 GMT\nNew: Friday, 4 December 2026, 10:00 GMT\nThe Teams link stays the same.\n\nRegards', at: '2026-12-04T10:00:00Z' },
  { name: 'Old / Updated', text: 'Hi Sam,\n\nSchedule change for your onsite:\nOld: Mon 7 Dec, 9:00 AM PT\nUpdated: Tue 8 Dec, 1:00 PM PT\nSee you then!', at: '2026-12-08T13:00:00-08:00' },
];

/** A day named once over an itinerary: its first session starts it, not the arrival before it. */
const AGENDAS: readonly Row[] = [
  { name: 'arrival, then sessions', text: 'Hi Sam,\n\nHappy to confirm your onsite on Thursday 10 December. The plan for the day:\n9:15 - arrive at the front desk, 2nd floor\n9:30 - 10:30 - Coding with Ana\n10:45 - 11:30 - Design with Ben\n11:30 - 12:00 - Lunch\n\nBest,\nLena', at: '2026-12-10T09:30:00-05:00' },
  { name: 'check-in, then sessions with no ends written', text: 'Dear Sam,\n\nYour interview day is confirmed for Friday 11 December. Here is the timetable:\n08:45 Check-in at security\n09:00 Presentation to the panel\n10:00 Interview with the director\n\nRegards', at: '2026-12-11T09:00:00-05:00' },
  { name: 'sessions only', text: 'Hi Sam,\n\nLooking forward to your onsite on Wednesday 9 December. How it will go:\n10:00 - 10:45 - Product conversation\n11:00 - 11:45 - Technical deep dive\n\nThanks', at: '2026-12-09T10:00:00-05:00' },
];

/** Still no time: several slots, an open question, an old time alone. */
const NO_TIME: readonly Row[] = [
  { name: 'two slots and a pick', text: 'Hi Sam,\n\nCould you do Tuesday 8 December at 2pm or Wednesday 9 December at 11am ET? Pick whichever suits.\n\nBest', at: null },
  { name: 'a question with availability asked at the end', text: 'Hi Sam,\n\nWould Thursday 10 December at 2pm ET work? The call would be with our head of data, about an hour, covering the take-home and your experience with streaming systems.\n\nIf not, send me your availability for next week.\n\nBest', at: null },
  { name: 'a labelled old time only', text: 'Hi Sam,\n\nWe need to move your interview.\nPrevious: Thursday, 3 December 2026, 14:00 GMT\nWe will come back to you with a new time.\n\nRegards', at: null },
  { name: 'slots offered under one day', text: 'Hi Sam,\n\nWe have openings on Tuesday 8 December. Which of these suits you?\n10:00 - 10:45\n14:00 - 14:45\n\nBest', at: null },
  { name: 'texting voice about a past call', text: 'hey sam thx for meeting us mon at 2pm!! will be in touch\nbri', at: null },
];

describe('missed interview-time families of #10', () => {
  for (const row of [...ROWS, ...AGENDAS, ...NO_TIME]) {
    it(row.name, () => {
      expect(readAt(row.text), 'as written').toBe(instant(row.at));
      expect(readAt(hardWrap(row.text, 60)), 'hard-wrapped at 60').toBe(instant(row.at));
    });
  }
});
