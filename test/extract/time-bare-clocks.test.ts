import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract/index.ts';
import { findMentions } from '../../shared/extract/time/mentions.ts';
import { zonesNamedIn } from '../../shared/extract/zones.ts';
import { message } from './message-builder.ts';

const interview = (timeZone = 'Europe/London') => ({ timeZone, kind: 'interview' }) as const;
// 2026-12-01 is a Tuesday.
const sentTuesday = '2026-12-01T09:00:00Z';
const at = (text: string, timeZone = 'Europe/London') => extract(message({ date: sentTuesday, text }), interview(timeZone)).interview.at;

describe('a bare dotted clock after "at" (British and Australian writing)', () => {
  it('reads "at 2.30" on a named day, in the afternoon when the hour is early', () => {
    expect(at('Hi Sam,\n\nWe have pencilled you in for Thursday at 2.30 with the head of department.\n\nThanks')).toBe('2026-12-03T14:30:00+00:00');
    expect(at('Hi Sam,\n\nWe have pencilled you in for this Friday arvo at 1.15 in the staff room.\n\nThanks')).toBe('2026-12-04T13:15:00+00:00');
    expect(at('Hi Sam,\n\nYour interview is booked for Thursday afternoon at 4.05 at the depot.\n\nThanks')).toBe('2026-12-03T16:05:00+00:00');
  });

  it('keeps a morning hour as written', () => {
    expect(at('Hi Sam,\n\nYour interview is booked for Friday at 10.15 in room 4.\n\nThanks')).toBe('2026-12-04T10:15:00+00:00');
    expect(at('Hi Sam,\n\nYour interview is booked for Friday morning at 6.40 on site.\n\nThanks')).toBe('2026-12-04T06:40:00+00:00');
  });

  it('does not read a price or a figure as a clock', () => {
    expect(findMentions('The shift on Friday pays at 2.50 per hour more.', new Date(sentTuesday), 'Europe/London')).toEqual([]);
    expect(findMentions('Budget grew on Monday at 4.75% a year.', new Date(sentTuesday), 'Europe/London')).toEqual([]);
  });
});

describe('an early bare clock means the afternoon', () => {
  it('moves "3:45" without am or pm to 15:45, but not "03:45" or "3:45am"', () => {
    const hours = (text: string) => findMentions(text, new Date(sentTuesday), 'Europe/London').map((mention) => mention.wall.hour);
    expect(hours('See you on Thursday at 3:45 for the panel.')).toEqual([15]);
    expect(hours('See you on Thursday at 5:00 in reception.')).toEqual([17]);
    expect(hours('See you on Thursday at 03:45 for the panel.')).toEqual([3]);
    expect(hours('See you on Thursday at 3:45am for the night shift trial.')).toEqual([3]);
    expect(hours('See you on Thursday at 9:30 for the panel.')).toEqual([9]);
  });
});

describe('an invitation that opens the sentence', () => {
  it('reads the time in "Come down …", "Pop in …", "Drop by …"', () => {
    expect(at('Hi Sam,\n\nCome down to the workshop Friday at 8am for a chat and a look around.\n\nCheers')).toBe('2026-12-04T08:00:00+00:00');
    expect(at('Hi Sam,\n\nPop in on Monday 7 December at 11am and ask for Gary at the counter.\n\nCheers')).toBe('2026-12-07T11:00:00+00:00');
    expect(at('Hi Sam,\n\nDrop by the site office Sat 12/12 at 7:30am with your boots.\n\nCheers')).toBe('2026-12-12T07:30:00+00:00');
  });

  it('does not take "come back" or a question as an invitation with a time', () => {
    expect(at('Hi Sam,\n\nCome back to us with a few times; Thursday at 2pm is one idea.\n\nCheers')).toBeNull();
  });
});

describe('acronyms that are zone names only beside a time', () => {
  it('does not read MSK (musculoskeletal), VET or IDT in a body as Moscow, Caracas or Jerusalem time', () => {
    expect(zonesNamedIn('Senior Physiotherapist – MSK Outpatients')).toEqual(new Set());
    expect(zonesNamedIn('VET Trainer and Assessor, IDT meeting')).toEqual(new Set());
    expect(at('Role: Clinical Specialist – MSK\n\nYour interview is booked for Thursday 3 December at 14:30.\n\nThanks', 'America/Toronto')).toBe('2026-12-03T14:30:00-05:00');
  });

  it('still reads MSK written right after a time', () => {
    expect(at('Your interview is booked for Thursday 3 December at 14:30 MSK.', 'America/Toronto')).toBe('2026-12-03T14:30:00+03:00');
  });
});
