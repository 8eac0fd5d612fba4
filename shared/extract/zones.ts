import { DateTime, IANAZone, Info } from 'luxon';

/**
 * Zone names people write next to a time, mapped to IANA zones. Generic names (ET, PT, "Eastern
 * Time") map to the region's zone so that DST is applied for the date in question; "EST" in July
 * almost always means New York time, so the specific names map to the same zone.
 * IST is read as India (the common meaning in hiring mail), not Ireland or Israel.
 */
const ABBREVIATION_ZONES: Readonly<Record<string, string>> = {
  ET: 'America/New_York', EST: 'America/New_York', EDT: 'America/New_York',
  CT: 'America/Chicago', CST: 'America/Chicago', CDT: 'America/Chicago',
  MT: 'America/Denver', MST: 'America/Denver', MDT: 'America/Denver',
  PT: 'America/Los_Angeles', PST: 'America/Los_Angeles', PDT: 'America/Los_Angeles',
  AKST: 'America/Anchorage', AKDT: 'America/Anchorage', HST: 'Pacific/Honolulu',
  GMT: 'UTC', UTC: 'UTC', BST: 'Europe/London', WET: 'Europe/Lisbon', WEST: 'Europe/Lisbon',
  CET: 'Europe/Berlin', CEST: 'Europe/Berlin', MEZ: 'Europe/Berlin', MESZ: 'Europe/Berlin',
  EET: 'Europe/Athens', EEST: 'Europe/Athens', MSK: 'Europe/Moscow',
  IST: 'Asia/Kolkata', SGT: 'Asia/Singapore', HKT: 'Asia/Hong_Kong', JST: 'Asia/Tokyo', KST: 'Asia/Seoul',
  AEST: 'Australia/Sydney', AEDT: 'Australia/Sydney', ACST: 'Australia/Adelaide', ACDT: 'Australia/Adelaide',
  AWST: 'Australia/Perth', NZST: 'Pacific/Auckland', NZDT: 'Pacific/Auckland', BRT: 'America/Sao_Paulo',
};

/** Spelled-out zone names; checked before city names so "Central European" is not "Central". */
const LONG_NAME_ZONES: readonly (readonly [RegExp, string])[] = [
  [/\bcentral europe(?:an)? (?:standard |summer )?time\b/i, 'Europe/Berlin'],
  [/\beastern europe(?:an)? (?:standard |summer )?time\b/i, 'Europe/Athens'],
  [/\bwestern europe(?:an)? (?:standard |summer )?time\b/i, 'Europe/Lisbon'],
  [/\bbritish summer time\b|\buk time\b/i, 'Europe/London'],
  [/\beastern (?:standard |daylight )?time\b/i, 'America/New_York'],
  [/\bcentral (?:standard |daylight )?time\b/i, 'America/Chicago'],
  [/\bmountain (?:standard |daylight )?time\b/i, 'America/Denver'],
  [/\bpacific (?:standard |daylight )?time\b/i, 'America/Los_Angeles'],
  [/\bindia(?:n)? standard time\b/i, 'Asia/Kolkata'],
  [/日本時間|日本標準時/, 'Asia/Tokyo'],
];

/** Windows zone names as Outlook/Exchange write them in calendar TZIDs. */
const WINDOWS_ZONES: Readonly<Record<string, string>> = {
  'eastern standard time': 'America/New_York', 'central standard time': 'America/Chicago',
  'mountain standard time': 'America/Denver', 'us mountain standard time': 'America/Phoenix',
  'pacific standard time': 'America/Los_Angeles', 'alaskan standard time': 'America/Anchorage',
  'hawaiian standard time': 'Pacific/Honolulu', 'atlantic standard time': 'America/Halifax',
  'gmt standard time': 'Europe/London', 'greenwich standard time': 'Atlantic/Reykjavik',
  'w. europe standard time': 'Europe/Berlin', 'romance standard time': 'Europe/Paris',
  'central europe standard time': 'Europe/Budapest', 'central european standard time': 'Europe/Warsaw',
  'fle standard time': 'Europe/Helsinki', 'gtb standard time': 'Europe/Athens',
  'israel standard time': 'Asia/Jerusalem', 'india standard time': 'Asia/Kolkata',
  'china standard time': 'Asia/Shanghai', 'singapore standard time': 'Asia/Singapore',
  'tokyo standard time': 'Asia/Tokyo', 'korea standard time': 'Asia/Seoul',
  'aus eastern standard time': 'Australia/Sydney', 'new zealand standard time': 'Pacific/Auckland',
  'e. south america standard time': 'America/Sao_Paulo', utc: 'UTC', 'coordinated universal time': 'UTC',
};

const OFFSET_PATTERN = /\b(?:GMT|UTC)\s*([+\-−–])\s*(\d{1,2})(?::?(\d{2}))?(?!\d)/;
const ABBREVIATION_PATTERN = new RegExp(`(?<![\\w/])(${Object.keys(ABBREVIATION_ZONES).join('|')})(?![\\w/])`);
const CITY_PATTERN = /\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) time\b/;

let cityZones: Map<string, string> | null = null;
/** "Berlin time", "New York time": every IANA city name, built once on first use. */
function zoneForCity(city: string): string | null {
  cityZones ??= new Map(
    Intl.supportedValuesOf('timeZone').map((zone) => [(zone.split('/').pop() ?? zone).replace(/_/g, ' ').toLowerCase(), zone]),
  );
  return cityZones.get(city.toLowerCase()) ?? null;
}

export interface StatedZone {
  /** IANA zone, or a luxon fixed-offset name such as `UTC+1` for "(GMT+1)". */
  readonly zone: string;
  /** The words that named it, for signals. */
  readonly token: string;
}

/** The first time zone named in `text` (a short window right after a time), or null. */
export function findStatedZone(text: string): StatedZone | null {
  const candidates: { index: number; zone: StatedZone }[] = [];
  const offset = OFFSET_PATTERN.exec(text);
  if (offset) {
    const sign = offset[1] === '+' ? '+' : '-';
    const hours = Number(offset[2]);
    const minutes = offset[3] ?? '00';
    const zone = hours === 0 && minutes === '00' ? 'UTC' : `UTC${sign}${hours}${minutes === '00' ? '' : `:${minutes}`}`;
    candidates.push({ index: offset.index, zone: { zone, token: offset[0] } });
  }
  for (const [pattern, zone] of LONG_NAME_ZONES) {
    const match = pattern.exec(text);
    if (match) candidates.push({ index: match.index, zone: { zone, token: match[0] } });
  }
  const abbreviation = ABBREVIATION_PATTERN.exec(text);
  const abbreviationZone = abbreviation?.[1] ? ABBREVIATION_ZONES[abbreviation[1]] : undefined;
  if (abbreviation && abbreviationZone) candidates.push({ index: abbreviation.index, zone: { zone: abbreviationZone, token: abbreviation[0] } });
  const city = CITY_PATTERN.exec(text);
  const cityZone = city?.[1] ? zoneForCity(city[1]) : null;
  if (city && cityZone) candidates.push({ index: city.index, zone: { zone: cityZone, token: city[0] } });
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0]?.zone ?? null;
}

/** A calendar TZID as an IANA zone: IANA names, Outlook's Windows names, vendor-prefixed paths. */
export function zoneFromTzid(tzid: string): string | null {
  const cleaned = tzid.replace(/^"|"$/g, '').trim();
  if (IANAZone.isValidZone(cleaned)) return cleaned;
  const windows = WINDOWS_ZONES[cleaned.toLowerCase()];
  if (windows) return windows;
  // e.g. "/mozilla.org/20050126_1/America/New_York"
  const tail = /([A-Za-z_]+\/[A-Za-z_+-]+(?:\/[A-Za-z_+-]+)?)$/.exec(cleaned)?.[1];
  return tail && IANAZone.isValidZone(tail) ? tail : null;
}

export function isUsableZone(zone: string): boolean {
  return Info.normalizeZone(zone)?.isValid ?? false;
}

export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

/** A wall-clock time in `zone` as ISO-8601 with that zone's offset on that date (DST-aware). */
export function wallClockToIso(wall: WallClock, zone: string): string | null {
  const time = DateTime.fromObject({ ...wall, second: 0, millisecond: 0 }, { zone });
  return time.isValid ? time.toISO({ suppressMilliseconds: true }) : null;
}

/** An instant written in `zone`'s offset. */
export function instantToIso(instant: Date, zone: string): string | null {
  const time = DateTime.fromJSDate(instant, { zone });
  return time.isValid ? time.toISO({ suppressMilliseconds: true }) : null;
}

/** Offset (minutes east of UTC) of `zone` at `instant`: what chrono needs as its reference zone. */
export function offsetMinutesAt(instant: Date, zone: string): number {
  return DateTime.fromJSDate(instant, { zone }).offset;
}
