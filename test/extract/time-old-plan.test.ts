import { describe, expect, it } from 'vitest';
import { readBody } from '../../shared/extract/body-text.ts';
import { findInterviewTime } from '../../shared/extract/text-time.ts';

// 2026-11-05 is a Thursday.
const SENT = new Date('2026-11-05T15:00:00Z');
const USER_ZONE = 'America/New_York';

function read(text: string) {
  return findInterviewTime(readBody(text), SENT, USER_ZONE);
}

describe('the time a meeting was planned for, in a postponement or a move', () => {
  const POSTPONED = [
    'Sorry to say we must put off your panel for the Analyst post, which was due to take place on Tuesday 10 November at 15:30. We will write again with another date.',
    'Our director is travelling, so the interview that was meant to happen on Monday, November 9 at 9am ET cannot go ahead. I will come back to you soon.',
    'Apologies: we have had to postpone the call, which was scheduled for tomorrow, Friday 6 November, at 11:00. New dates will follow.',
    'The meeting with our CFO, which had been arranged for Wednesday 11 November at 2pm, has to be put back. Expect a note from me next week.',
    'Your assessment, which was originally booked for Tuesday, November 10 at 10:00, will need to move; please bear with us.',
  ];
  it.each(POSTPONED)('gives no time when the only one named is the old plan: %s', (text) => {
    const result = read(text);
    expect(result.at).toBeNull();
    expect(result.candidates.length).toBeGreaterThan(0);
    expect(result.candidates.every((candidate) => candidate.evidence.includes('against:old-time'))).toBe(true);
  });

  it('keeps the new time of a move whose old time is "due to take place"', () => {
    const result = read('Your interview, which was due to take place on Monday 9 November at 14:00, has been rescheduled for Thursday 12 November at 10:00.');
    expect(result.at).toBe('2026-11-12T10:00:00-05:00');
  });

  it('still reads a time the mail says will take place, with no old plan in front of it', () => {
    expect(read('Your interview is scheduled for Monday 9 November at 14:00 at our office.').at).toBe('2026-11-09T14:00:00-05:00');
    const present = read('Your interview is due to take place on Monday 9 November at 14:00; please arrive ten minutes early.');
    expect(present.candidates.some((candidate) => candidate.evidence.includes('against:old-time'))).toBe(false);
  });
});
