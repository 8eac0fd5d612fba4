import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract/index.ts';
import { ics, message } from './message-builder.ts';

const interviewIn = (zone: string) => ({ timeZone: zone, kind: 'interview' }) as const;

describe('calendar invites: zones written other ways', () => {
  it('reads a TZID written as a display name with its offset', () => {
    const invite = ics(['DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20261112T140000', 'SUMMARY:Interview']);
    const result = extract(message({ calendars: [invite] }), interviewIn('Europe/London'));
    expect(result.interview.at).toBe('2026-11-12T14:00:00-05:00');
    expect(result.interview.zone).toBe('America/New_York');
    expect(result.signals).toContain('calendar:tzid-named');
  });

  it('reads a start without TZID in the calendar\'s X-WR-TIMEZONE rather than the user\'s zone', () => {
    const invite = ics(['DTSTART:20261112T100000', 'SUMMARY:Interview'], { extra: ['X-WR-TIMEZONE:Europe/Berlin'] });
    const result = extract(message({ calendars: [invite] }), interviewIn('America/New_York'));
    expect(result.interview.at).toBe('2026-11-12T10:00:00+01:00');
    expect(result.signals).toContain('calendar:x-wr-timezone');
  });

  it('still reads a start without TZID or calendar zone in the user\'s zone', () => {
    const result = extract(message({ calendars: [ics(['DTSTART:20261112T100000'])] }), interviewIn('America/Chicago'));
    expect(result.interview.at).toBe('2026-11-12T10:00:00-06:00');
    expect(result.signals).toContain('calendar:floating');
  });
});
