import { describe, expect, it } from 'vitest';
import { hardWrap } from '../../shared/bench/reading-eml.ts';
import { extract } from '../../shared/extract/index.ts';
import { message } from './message-builder.ts';

/**
 * Cues of a set time that the context did not read (#10), in sentences written for this test: a
 * slot agreed in so many words ("Friday at 10 works."), a day label ("Assessment day:"), a table
 * row's first cell, the headings of a Google invite and a booking page. 2026-12-01 is a Tuesday.
 */

const SENT = '2026-12-01T14:00:00Z';

function readAt(text: string, zone = 'America/New_York'): string | null {
  const found = extract(message({ date: SENT, subject: 'Re: next steps', text }), { timeZone: zone, kind: 'interview' });
  return found.interview.at === null ? null : new Date(found.interview.at).toISOString();
}

const instant = (iso: string | null) => (iso === null ? null : new Date(iso).toISOString());

const ROWS: readonly { name: string; text: string; at: string | null; zone?: string }[] = [
  { name: 'a slot that works', text: 'Hi Sam,\n\nGreat, Thursday at 2pm works. Talk then.\n\nDana', at: '2026-12-03T14:00:00-05:00' },
  { name: 'a slot that suits us', text: 'Hi Sam,\n\nMonday 7 December at 11am ET suits us perfectly. See you on Zoom.\n\nTom', at: '2026-12-07T11:00:00-05:00' },
  { name: 'a day label over a long day', text: 'Hi Sam,\n\nOnsite day: Friday 11 December, 9am-3:30pm, at our Denver office.\n\nBest', at: '2026-12-11T09:00:00-07:00', zone: 'America/Denver' },
  { name: 'a table row led by its stage', text: 'Hi Sam,\n\nStep | Date | Time\nFinal interview | Wed 9 Dec | 3:00 PM ET\n\nBest', at: '2026-12-09T15:00:00-05:00' },
  { name: 'a Google invite heading', text: 'Final round with Sam Seeker\nFriday, December 4 · 10:00 – 11:00am\nTime zone: America/Chicago\nGoogle Meet joining info\nVideo call link: https://meet.google.com/xyz-abcd-efg', at: '2026-12-04T10:00:00-06:00' },
  { name: 'a booking page heading', text: 'Your appointment is confirmed\n\nRecruiter call\n12/9/2026 9:00 AM (UTC-08:00) Pacific Time (US & Canada)\nDuration: 20 minutes', at: '2026-12-09T09:00:00-08:00' },
];

const NO_TIME: readonly { name: string; text: string; at: null }[] = [
  { name: 'asked whether a slot works', text: 'Hi Sam,\n\nLet me know if Thursday at 2pm works.\n\nDana', at: null },
  { name: 'a slot that works asked as a question', text: 'Hi Sam,\n\nDoes Thursday at 2pm work for you, or would Friday at 10am suit better?\n\nDana', at: null },
  { name: 'a deadline row in a table', text: 'Hi Sam,\n\nStep | Date | Time\nSubmit test | Fri 4 Dec | 5:00 PM ET\n\nBest', at: null },
];

describe('cues of a set time', () => {
  for (const row of [...ROWS, ...NO_TIME]) {
    it(row.name, () => {
      const zone = 'zone' in row ? row.zone : undefined;
      expect(readAt(row.text, zone), 'as written').toBe(instant(row.at));
      expect(readAt(hardWrap(row.text, 60), zone), 'hard-wrapped at 60').toBe(instant(row.at));
    });
  }
});

describe('a four-digit clock whose "at" chrono leaves out of the result', () => {
  it('reads "at 0930 on Wednesday 9 December" and "at 1400 on Friday 4 December GMT"', () => {
    expect(readAt('Hi Sam,\n\nYour interview starts at 0930 on Wednesday 9 December (Eastern).\n\nHR')).toBe(instant('2026-12-09T09:30:00-05:00'));
    expect(readAt('Dear Sam,\n\nThe panel will see you at 1400 on Friday 4 December, UK time.\n\nRegards')).toBe(instant('2026-12-04T14:00:00Z'));
  });

  it('reads no time from a four-digit number that is no clock', () => {
    expect(readAt('Hi Sam,\n\nWe have 1400 applicants on Friday 4 December to review.\n\nHR')).toBeNull();
  });
});
