import { describe, expect, it } from 'vitest';
import { findDialIn } from '../../shared/extract/dial-in.ts';
import { calendarDurationMinutes, statedDurationMinutes } from '../../shared/extract/duration.ts';

// Phrasings of the project's own writing.
describe('statedDurationMinutes', () => {
  it.each([
    ['We would like to invite you to a 45-minute video interview.', 45],
    ['The interview will last about an hour.', 60],
    ['Duration: 1.5 hours', 90],
    ['It takes 90 minutes, including time for your questions.', 90],
    ['an hour and a half interview with the team', 90],
    ['a 30 minute phone screen with our recruiter', 30],
    ['We will meet for 30 mins on Zoom.', 30],
    ['Tuesday 3 Nov, 14:00–14:45 CET', 45],
    ['from 2:00 to 2:45 pm Eastern', 45],
  ])('reads "%s" as %i minutes', (text, minutes) => {
    expect(statedDurationMinutes(text)).toBe(minutes);
  });

  it.each([
    'Please arrive 15 minutes early and sign in at reception.',
    'We expect 3-4 people on the panel.',
    'We will get back to you within 5 minutes of the decision.',
    'Our office is open 8:00–20:00.',
  ])('finds no length in "%s"', (text) => {
    expect(statedDurationMinutes(text)).toBeNull();
  });
});

describe('calendarDurationMinutes', () => {
  const ics = (end: string) =>
    ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:x@example', 'DTSTART:20261103T150000Z', end, 'SUMMARY:Interview', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');

  it('is DTEND − DTSTART, or DURATION', () => {
    expect(calendarDurationMinutes([{ filename: null, content: ics('DTEND:20261103T154500Z') }])).toBe(45);
    expect(calendarDurationMinutes([{ filename: null, content: ics('DURATION:PT1H30M') }])).toBe(90);
  });

  it('is null for an unreadable part or an event without an end', () => {
    expect(calendarDurationMinutes([{ filename: null, content: 'not a calendar' }])).toBeNull();
    expect(calendarDurationMinutes([{ filename: null, content: ics('LOCATION:Room 4') }])).toBeNull();
  });
});

describe('findDialIn', () => {
  it('reads a labelled number and the meeting id that goes with it', () => {
    expect(findDialIn('Join online: https://meet.example.com/x\nDial-in (US): +1 646 555 0142\nMeeting ID: 812 3341 9921\n')).toBe(
      '+1 646 555 0142 (meeting id: 812 3341 9921)',
    );
    expect(findDialIn('Join by phone: +44 20 7946 0018\nPIN: 4411#')).toBe('+44 20 7946 0018 (pin: 4411#)');
  });

  it('ignores a recruiter’s own phone line and a label without a number', () => {
    expect(findDialIn('Priya Natarajan\nPhone: +1 646 555 0199')).toBeNull();
    expect(findDialIn('Dial-in: see the calendar invite')).toBeNull();
  });
});
