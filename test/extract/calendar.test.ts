import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract/index.ts';
import { ics, message } from './message-builder.ts';

const interviewIn = (zone: string) => ({ timeZone: zone, kind: 'interview' }) as const;
const NEW_YORK_VTIMEZONE = [
  'BEGIN:VTIMEZONE', 'TZID:America/New_York',
  'BEGIN:DAYLIGHT', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400', 'DTSTART:19700308T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'END:DAYLIGHT',
  'BEGIN:STANDARD', 'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500', 'DTSTART:19701101T020000', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'END:STANDARD',
  'END:VTIMEZONE',
];

describe('calendar invites', () => {
  it('reads a TZID start on the day US clocks fall back (2026-11-01) with the standard-time offset', () => {
    const invite = ics(['DTSTART;TZID=America/New_York:20261101T100000', 'DTEND;TZID=America/New_York:20261101T110000', 'SUMMARY:Interview'], { extra: NEW_YORK_VTIMEZONE });
    const result = extract(message({ calendars: [invite] }), interviewIn('Europe/Berlin'));
    expect(result.interview.at).toBe('2026-11-01T10:00:00-05:00');
    expect(result.interview.zone).toBe('America/New_York');
    expect(result.interview.source).toBe('calendar');
    const dayBefore = ics(['DTSTART;TZID=America/New_York:20261031T100000'], { extra: NEW_YORK_VTIMEZONE });
    expect(extract(message({ calendars: [dayBefore] }), interviewIn('Europe/Berlin')).interview.at).toBe('2026-10-31T10:00:00-04:00');
  });

  it('reads a Europe/Berlin TZID even without a VTIMEZONE block', () => {
    const result = extract(message({ calendars: [ics(['DTSTART;TZID=Europe/Berlin:20261203T140000'])] }), interviewIn('America/New_York'));
    expect(result.interview.at).toBe('2026-12-03T14:00:00+01:00');
    expect(result.interview.zone).toBe('Europe/Berlin');
  });

  it('reads a UTC start and shows it in the user\'s zone', () => {
    const result = extract(message({ calendars: [ics(['DTSTART:20261203T140000Z'])] }), interviewIn('America/Los_Angeles'));
    expect(result.interview.at).toBe('2026-12-03T06:00:00-08:00');
    expect(result.signals).toContain('calendar:utc');
  });

  it('reads a floating start in the user\'s zone', () => {
    const result = extract(message({ calendars: [ics(['DTSTART:20261203T090000'])] }), interviewIn('Asia/Kolkata'));
    expect(result.interview.at).toBe('2026-12-03T09:00:00+05:30');
    expect(result.signals).toContain('calendar:floating');
  });

  it('maps an Outlook Windows zone name to its IANA zone', () => {
    const outlook = ics(['DTSTART;TZID="W. Europe Standard Time":20260702T093000']);
    expect(extract(message({ calendars: [outlook] }), interviewIn('UTC')).interview.at).toBe('2026-07-02T09:30:00+02:00');
  });

  it('applies a VTIMEZONE the invite defines under a name nobody else knows', () => {
    const custom = NEW_YORK_VTIMEZONE.map((line) => line.replace('TZID:America/New_York', 'TZID:Company Standard Zone'));
    const invite = ics(['DTSTART;TZID=Company Standard Zone:20260715T100000'], { extra: custom });
    const result = extract(message({ calendars: [invite] }), interviewIn('UTC'));
    expect(result.interview.at).toBe('2026-07-15T14:00:00Z');
    expect(result.signals).toContain('calendar:custom-vtimezone');
  });

  it('ignores a cancelled invite and falls back to the text', () => {
    const cancelled = ics(['DTSTART:20261203T140000Z', 'STATUS:CANCELLED'], { method: 'CANCEL' });
    const result = extract(message({ calendars: [cancelled], text: 'Please pick a time that works for you.' }), interviewIn('UTC'));
    expect(result.interview.at).toBeNull();
    expect(result.signals).toContain('calendar:cancelled');
  });

  it('takes the first occurrence of a recurring event', () => {
    const recurring = ics(['DTSTART;TZID=Europe/Berlin:20261207T100000', 'RRULE:FREQ=DAILY;COUNT=3']);
    expect(extract(message({ calendars: [recurring] }), interviewIn('Europe/Berlin')).interview.at).toBe('2026-12-07T10:00:00+01:00');
  });

  it('records garbage ICS as a signal instead of throwing, and still reads the text', () => {
    const result = extract(
      message({ calendars: ['this is not a calendar', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:notadate\r\nEND:VEVENT'], text: 'Your interview is confirmed for Thursday, December 3, 2026 at 3:00 PM CET.' }),
      interviewIn('America/New_York'),
    );
    expect(result.signals).toContain('calendar:unreadable');
    expect(result.interview.at).toBe('2026-12-03T15:00:00+01:00');
    expect(result.interview.source).toBe('text');
  });

  it('wins over a different time in the text', () => {
    const result = extract(
      message({ calendars: [ics(['DTSTART:20261204T150000Z'])], text: 'Your interview is confirmed for December 3, 2026 at 9:00 AM.' }),
      interviewIn('UTC'),
    );
    expect(result.interview.at).toBe('2026-12-04T15:00:00Z');
  });

  it('takes the conference link, location, format and people from the invite', () => {
    const invite = ics([
      'DTSTART:20261204T150000Z',
      'LOCATION:Google Meet',
      'DESCRIPTION:Join: https://meet.google.com/abc-defg-hij',
      'ORGANIZER;CN=Priya Raman:mailto:priya.raman@acme-corp.com',
      'ATTENDEE;CN=Sam Seeker:mailto:sam.seeker@example.net',
      'ATTENDEE;CN=Tom Lee:mailto:tom.lee@acme-corp.com',
      'ATTENDEE;CUTYPE=ROOM;CN=Room 4:mailto:room4@acme-corp.com',
    ]);
    const result = extract(message({ calendars: [invite] }), interviewIn('UTC'));
    expect(result.interview.link).toBe('https://meet.google.com/abc-defg-hij');
    expect(result.interview.format).toBe('video');
    const calendarContacts = result.contacts.filter((contact) => contact.source === 'calendar').map((contact) => contact.email);
    expect(calendarContacts).toEqual(['priya.raman@acme-corp.com', 'tom.lee@acme-corp.com']);
  });

  it('reads an onsite address as the location', () => {
    const invite = ics(['DTSTART:20261204T150000Z', 'LOCATION:Acme Corp\\, 1 Main Street\\, Springfield']);
    const { interview } = extract(message({ calendars: [invite] }), interviewIn('UTC'));
    expect(interview.format).toBe('onsite');
    expect(interview.location).toBe('Acme Corp, 1 Main Street, Springfield');
  });

  it('reads no interview time when the mail is not an interview', () => {
    const result = extract(message({ calendars: [ics(['DTSTART:20261204T150000Z'])] }), { timeZone: 'UTC', kind: 'other' });
    expect(result.interview.at).toBeNull();
    expect(result.interview.source).toBeNull();
  });
});
