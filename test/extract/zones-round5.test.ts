import { describe, expect, it } from 'vitest';
import { findStatedZone } from '../../shared/extract/zones.ts';
import { wallClockToIso } from '../../shared/extract/zones.ts';

const zoneOf = (text: string) => findStatedZone(text, { adjacent: true })?.zone ?? null;

describe('zones that name a fixed offset or a city IANA files elsewhere', () => {
  it('reads AEST as +10 in the southern summer too (only Queensland keeps it then)', () => {
    for (const text of [' AEST', ' (AEST)', ' AEST on the Friday']) {
      const zone = zoneOf(text);
      expect(zone, text).not.toBeNull();
      expect(wallClockToIso({ year: 2026, month: 1, day: 14, hour: 11, minute: 0 }, zone!), text).toBe('2026-01-14T11:00:00+10:00');
      expect(wallClockToIso({ year: 2026, month: 7, day: 14, hour: 11, minute: 0 }, zone!), text).toBe('2026-07-14T11:00:00+10:00');
    }
    expect(zoneOf(' AEDT')).toBe('Australia/Sydney');
  });

  it('reads capitals and big cities that are no IANA zone name', () => {
    expect(zoneOf(' Wellington')).toBe('Pacific/Auckland');
    expect(zoneOf(' (Wellington time)')).toBe('Pacific/Auckland');
    expect(zoneOf(' Tel Aviv time')).toBe('Asia/Jerusalem');
    expect(zoneOf(' Bengaluru')).toBe('Asia/Kolkata');
    expect(zoneOf(' San Francisco time')).toBe('America/Los_Angeles');
    expect(zoneOf(' Munich')).toBe('Europe/Berlin');
  });

  it('still names nothing for a word that is no place', () => {
    expect(zoneOf(' Reception')).toBeNull();
    expect(zoneOf(' Wellingtons')).toBeNull();
  });
});
