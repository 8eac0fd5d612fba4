import { getAllTimezones, getCountryForTimezone } from 'countries-and-timezones';
import { describe, expect, it } from 'vitest';
import { countryForZone, readZoneCountryTable, writeZoneCountryTable, ZONE_COUNTRY_TABLE } from '../../shared/config/zone-country.ts';

// The package the table was taken from, asked directly: the table must answer as it does.
const packageZones = Object.keys(getAllTimezones({ deprecated: true }));
const fromPackage = (zone: string): string | null => getCountryForTimezone(zone)?.id ?? null;

describe('the zone → country table', () => {
  it('gives the country countries-and-timezones gives, for every zone it or Intl knows', () => {
    const zones = [...new Set([...packageZones, ...Intl.supportedValuesOf('timeZone'), 'UTC', 'Etc/GMT+5', 'Mars/Olympus', 'america/new_york', ''])];
    const wrong = zones.filter((zone) => countryForZone(zone) !== fromPackage(zone)).map((zone) => `${zone}: ${countryForZone(zone)} ≠ ${fromPackage(zone)}`);
    expect(wrong).toEqual([]);
    expect(countryForZone('America/New_York')).toBe('US');
    expect(countryForZone('Asia/Calcutta')).toBe('IN');
    expect(countryForZone('Cuba')).toBe('CU');
    expect(countryForZone('Etc/UTC')).toBeNull();
  });

  it('is exactly the table written from the package (on a package update, paste the expected text)', () => {
    const packageTable = new Map(packageZones.flatMap((zone) => (fromPackage(zone) === null ? [] : [[zone, fromPackage(zone) ?? '']])));
    expect(ZONE_COUNTRY_TABLE).toBe(writeZoneCountryTable(packageTable));
    expect(readZoneCountryTable(ZONE_COUNTRY_TABLE)).toEqual(packageTable);
  });
});
