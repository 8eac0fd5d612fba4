import { describe, expect, it } from 'vitest';
import { findStatedZone, zonesNamedIn, zoneFromTzid } from '../../shared/extract/zones.ts';

const zoneOf = (text: string, userZone?: string) => findStatedZone(text, { userZone, adjacent: true })?.zone ?? null;

describe('zones named next to a time', () => {
  it('reads US abbreviations and spelled-out names as the region, whatever the season', () => {
    for (const text of [' ET', ' EST', ' EDT', ' Eastern', ' (Eastern Time)', ' Eastern Standard Time']) expect(zoneOf(text), text).toBe('America/New_York');
    for (const text of [' CT', ' Central', ' Central Time']) expect(zoneOf(text), text).toBe('America/Chicago');
    for (const text of [' MT', ' Mountain Time']) expect(zoneOf(text), text).toBe('America/Denver');
    for (const text of [' PT', ' PST', ' Pacific', ' (Pacific Time - US & Canada)']) expect(zoneOf(text), text).toBe('America/Los_Angeles');
  });

  it('reads British, European and Asia-Pacific names', () => {
    for (const text of [' BST', ' UK time', ' London time', ' British Summer Time']) expect(zoneOf(text), text).toBe('Europe/London');
    for (const text of [' CET', ' CEST', ' Central European Time', ' (Central European)']) expect(zoneOf(text), text).toBe('Europe/Berlin');
    expect(zoneOf(' IST')).toBe('Asia/Kolkata');
    expect(zoneOf(' SGT')).toBe('Asia/Singapore');
    expect(zoneOf(' AEDT')).toBe('Australia/Sydney');
    expect(zoneOf(' Australian Eastern Standard Time')).toBe('Australia/Sydney');
    expect(zoneOf(' JST')).toBe('Asia/Tokyo');
    expect(zoneOf(' GMT')).toBe('UTC');
    expect(zoneOf(' UTC')).toBe('UTC');
  });

  it('reads paired and dotted abbreviations, "NY time" and a bare "UK"', () => {
    expect(zoneOf(' EST/EDT on Thursday')).toBe('America/New_York');
    expect(zoneOf(' CET/CEST')).toBe('Europe/Berlin');
    expect(zoneOf(' E.T.')).toBe('America/New_York');
    expect(zoneOf(' P.S.T.')).toBe('America/Los_Angeles');
    expect(zoneOf(' NY time')).toBe('America/New_York');
    expect(zoneOf(' UK.')).toBe('Europe/London');
  });

  it('reads Windows and IANA names written in the text', () => {
    expect(zoneOf(' W. Europe Standard Time')).toBe('Europe/Berlin');
    expect(zoneOf(' Romance Standard Time')).toBe('Europe/Paris');
    expect(zoneOf(' (Europe/Lisbon)')).toBe('Europe/Lisbon');
    expect(zoneOf(' America/Argentina/Buenos_Aires')).toBe('America/Argentina/Buenos_Aires');
  });

  it('reads an offset, and prefers the zone named right after it', () => {
    expect(zoneOf(' (GMT+1)')).toBe('UTC+1');
    expect(zoneOf(' GMT+05:30')).toBe('UTC+5:30');
    expect(zoneOf(' (UTC-05:00) Eastern Time (US & Canada)')).toBe('America/New_York');
  });

  it('reads "(your time)" as the user\'s zone, and nothing without one', () => {
    expect(zoneOf(' (your time)', 'Europe/Madrid')).toBe('Europe/Madrid');
    expect(zoneOf(' in your local time zone', 'Europe/Madrid')).toBe('Europe/Madrid');
    expect(zoneOf(' (your time)')).toBeNull();
  });

  it('reads a bare region or city only right after the time', () => {
    expect(zoneOf(' Berlin')).toBe('Europe/Berlin');
    expect(findStatedZone('at the Central office', { adjacent: false })).toBeNull();
    expect(zoneOf(' Central Park entrance')).toBeNull();
  });

  it('lists the zones a body names anywhere, but not state codes or part-time', () => {
    expect([...zonesNamedIn('All interviews run on Eastern Time.')]).toEqual(['America/New_York']);
    expect([...zonesNamedIn('Our office is in Hartford, CT. This is a PT role in MT.')]).toEqual([]);
    expect(zonesNamedIn('Panels in CET and in PST.').size).toBe(2);
  });

  it('maps calendar TZIDs as before', () => {
    expect(zoneFromTzid('Pacific Standard Time')).toBe('America/Los_Angeles');
    expect(zoneFromTzid('/mozilla.org/20050126_1/Europe/Paris')).toBe('Europe/Paris');
  });
});
