import { describe, expect, it } from 'vitest';
import { hardWrap } from '../../shared/bench/reading-eml.ts';
import { extract } from '../../shared/extract/index.ts';
import { spelledTimesAsDigits } from '../../shared/extract/time/spelled-times.ts';
import { message } from './message-builder.ts';

// 2026-11-05 is a Thursday; 15:00Z is mid-morning in New York.
const SENT = '2026-11-05T15:00:00Z';
const USER_ZONE = 'America/New_York';

/** The interview time read from a body, as written and hard-wrapped at 72 columns: both must agree. */
function timeOf(text: string): string | null {
  const read = (body: string) => extract(message({ date: SENT, text: body }), { timeZone: USER_ZONE, kind: 'interview' }).interview.at;
  const flat = read(text);
  expect(read(hardWrap(text)), 'hard-wrapped at 72 columns').toBe(flat);
  return flat;
}

describe('clock times written in words', () => {
  it('rewrites them as digits in the same place, keeping every length', () => {
    for (const written of ['at half past three in the afternoon', 'a quarter to nine', "eleven o'clock", 'ten forty-five am', 'four in the afternoon']) {
      expect(spelledTimesAsDigits(written)).toHaveLength(written.length);
    }
    expect(spelledTimesAsDigits('at half past three in the afternoon')).toMatch(/^at +3:30 in the afternoon$/);
    expect(spelledTimesAsDigits('a quarter to nine').trim()).toBe('8:45');
    expect(spelledTimesAsDigits("eleven o'clock").trim()).toBe('11:00');
    // Spoken early hours are the afternoon's, unless the words say otherwise.
    expect(spelledTimesAsDigits("two o'clock").trim()).toBe('2:00 pm');
    expect(spelledTimesAsDigits('half past four in the morning').trim()).toBe('4:30 in the morning');
    expect(spelledTimesAsDigits('ten forty-five am').trim()).toBe('10:45 am');
  });

  it('leaves counts alone: "ten to twelve people", "one in the morning and one after lunch"', () => {
    for (const text of ['We hope to see ten to twelve people on the day.', 'We run one in the morning and one after lunch.', 'There are two thirty-minute blocks.']) {
      expect(spelledTimesAsDigits(text)).toBe(text);
    }
  });

  it('reads a confirmed interview at a time written in words, with its zone', () => {
    expect(timeOf('Hi Sam,\n\nYour panel interview is confirmed for Tuesday 17 November at half past ten in the morning, London time, in our Shoreditch office.\n\nBest,\nPriya')).toBe('2026-11-17T10:30:00+00:00');
    expect(timeOf("Good news: the interview is booked for Friday, November 13 at a quarter to four in the afternoon Eastern, and I'll be there to greet you.")).toBe('2026-11-13T15:45:00-05:00');
    expect(timeOf("We have you down for Monday the 9th at two o'clock PT for the onsite.")).toBe('2026-11-09T14:00:00-08:00');
  });

  it('gives no time for a count that only looks like one', () => {
    expect(timeOf('The interview is confirmed for Tuesday, November 17. We expect ten to twelve people in the assessment centre that day.')).toBeNull();
  });
});

describe('one slot proposed as a statement', () => {
  it('counts when the proposer asks whether it suits', () => {
    expect(timeOf('Hi Sam,\n\nThanks for the quick reply. We were thinking Wednesday 18 November at 3pm ET for the first conversation, over video.\n\nIt will be me and our head of product. Let me know if that suits.\n\nBest,\nTom')).toBe('2026-11-18T15:00:00-05:00');
    expect(timeOf("I'm hoping for Monday, November 16 at 11:00 CET, if it works for you; if not, we'll find another time.")).toBe('2026-11-16T11:00:00+01:00');
  });

  it('gives no time without the question, or when two days are floated', () => {
    expect(timeOf('We were thinking Wednesday 18 November at 3pm ET for the first conversation.')).toBeNull();
    expect(timeOf('We were thinking Tuesday or Wednesday 18 November at 3pm ET. Let me know if that suits.')).toBeNull();
  });
});

describe('a day named once over a schedule of times', () => {
  it('reads the first row of the schedule on that day, in the zone of the time column', () => {
    const table = 'Hi Sam,\n\nYour onsite interview is scheduled for Tuesday, December 1, 2026 at our Reno site. Please bring photo ID.\n\nTime (PT) | Interviewer | Topic\n10:00 AM – 10:45 AM | Ana Ruiz, Engineering Manager | Systems\n10:45 AM – 11:30 AM | Ben Okafor, Staff Engineer | Coding\n\nThanks,\nLena';
    expect(timeOf(table)).toBe('2026-12-01T10:00:00-08:00');
    const list = 'Dear Sam,\n\nWe are pleased to confirm your assessment day on Thursday 26 November 2026 at our Leeds office (all times UK).\n\n9:30 - Welcome and coffee\n10:00 - Group exercise\n11:15 - Interview with the panel\n\nKind regards,\nHR';
    expect(timeOf(list)).toBe('2026-11-26T09:30:00+00:00');
  });

  it('gives no time for rows whose zone is not stated when the mail names another zone', () => {
    const table = 'Your interview is scheduled for Tuesday, December 1, 2026. Our recruiters work on Central European Time and Singapore Time.\n\n10:00 AM – 10:45 AM | Systems\n10:45 AM – 11:30 AM | Coding';
    expect(timeOf(table)).toBeNull();
  });
});

describe('clocks written the way people type them', () => {
  it('reads "2 in the afternoon", "Tues"/"Weds", "10.15am", and the hour-mark clock "10h" / "15h30"', () => {
    expect(timeOf("We'd love for you to come over to the studio this Friday at 3 in the afternoon and see the kit.")).toBe('2026-11-06T15:00:00-05:00');
    expect(timeOf("I've put you down for next Tues at noon Pacific with our lead.")).toBe('2026-11-10T12:00:00-08:00');
    expect(timeOf('Your call is booked for Weds 11 Nov at 4pm ET.')).toBe('2026-11-11T16:00:00-05:00');
    expect(timeOf('Interview confirmed for Monday 16th Nov, 2.30pm GMT, at the Leeds office.')).toBe('2026-11-16T14:30:00Z');
    expect(timeOf('Your interview is confirmed for Tuesday 17/11 at 9h CET in our Lyon office.')).toBe('2026-11-17T09:00:00+01:00');
    expect(timeOf('Your interview is confirmed for Tuesday 17/11 at 14h45 Paris time.')).toBe('2026-11-17T14:45:00+01:00');
  });

  it('does not take a span in hours for a clock', () => {
    expect(timeOf('Your interview is confirmed for Tuesday 17/11; we reply to every candidate within 24h.')).toBeNull();
  });
});

describe('terse and ATS-style bookings', () => {
  it('reads a fragment that opens with the time, after the sentence naming the meeting', () => {
    expect(timeOf('Hi Sam,\nthe next step is a call with our CTO. Tue 10th 4pm GMT, 45 min.\nPls confirm.\nOla')).toBe('2026-11-10T16:00:00Z');
    expect(timeOf("Let's meet for coffee and talk about the role. Friday at 9am Eastern, I'll be at the corner table.")).toBe('2026-11-06T09:00:00-05:00');
  });

  it('reads one slot whose meeting link is to follow, or which the candidate is asked to confirm', () => {
    expect(timeOf('Sam, Monday 9 Nov at 1pm CT works on our side. Zoom invite to follow.')).toBe('2026-11-09T13:00:00-06:00');
    expect(timeOf('Monday 9 Nov at 1pm CT with the two founders. Please confirm.')).toBe('2026-11-09T13:00:00-06:00');
    expect(timeOf('Please confirm your availability for Monday 9 Nov at 1pm CT.')).toBeNull();
  });

  it('reads a single time under an intro line that names the interview', () => {
    expect(timeOf('Hello Sam,\n\nPlease find below the details of your panel interview:\n\nThursday 19 November, 10:00–11:30 CET\nOur Utrecht office, 4th floor\n\nRegards,\nNoor')).toBe('2026-11-19T10:00:00+01:00');
  });

  it('reads a confirmed onsite that fills the day from its start, but not opening hours', () => {
    expect(timeOf('Your onsite is confirmed for Wednesday, November 18, 9:00 AM – 4:00 PM Pacific Time, lunch included.')).toBe('2026-11-18T09:00:00-08:00');
    expect(timeOf('Our careers desk is open Wednesday, November 18, 9:00 AM – 4:00 PM Pacific Time.')).toBeNull();
  });

  it('reads the new time of a short move "from X to Y", and a plan agreed with "let\'s do"', () => {
    expect(timeOf("Sorry Sam, the panel shifted: we've moved you from Mon 2pm to Tue 10am ET. Same link.")).toBe('2026-11-10T10:00:00-05:00');
    expect(timeOf("Great, let's do Monday at 11:30am your time. I'll ring your mobile.")).toBe('2026-11-09T11:30:00-05:00');
  });

  it('reads "is fixed on" and a slot the sender has blocked, but a bare proposal is a choice', () => {
    expect(timeOf('Your technical round is fixed on 12-Nov-2026 (Thursday) at 3:00 PM IST at our Chennai office.')).toBe('2026-11-12T15:00:00+05:30');
    expect(timeOf('I propose Tuesday 10/11 at 10:30 CET for the call; our director has blocked this slot for you.')).toBe('2026-11-10T10:30:00+01:00');
    expect(timeOf('I propose Tuesday 10/11 at 10:30 CET for the call.')).toBeNull();
  });

  it('takes the labelled start of a booking, not its labelled end', () => {
    expect(timeOf('An interview has been scheduled for you.\n\nStart: 12/02/2026 01:00 PM\nEnd: 12/02/2026 01:45 PM\nTime Zone: (GMT-05:00) Eastern Time (America/New_York)')).toBe('2026-12-02T13:00:00-05:00');
  });
});
