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
  // AEST is +10 whatever the season: in summer only Queensland keeps it, Sydney is then on AEDT.
  AEST: 'Australia/Brisbane', AEDT: 'Australia/Sydney', ACST: 'Australia/Adelaide', ACDT: 'Australia/Adelaide',
  AWST: 'Australia/Perth', NZST: 'Pacific/Auckland', NZDT: 'Pacific/Auckland', BRT: 'America/Sao_Paulo',
  SAST: 'Africa/Johannesburg', WAT: 'Africa/Lagos', EAT: 'Africa/Nairobi', CAT: 'Africa/Maputo', PKT: 'Asia/Karachi',
  ICT: 'Asia/Bangkok', WIB: 'Asia/Jakarta', PHT: 'Asia/Manila', GST: 'Asia/Dubai', IDT: 'Asia/Jerusalem',
  ART: 'America/Argentina/Buenos_Aires', COT: 'America/Bogota', PET: 'America/Lima', CLT: 'America/Santiago',
  CLST: 'America/Santiago', UYT: 'America/Montevideo', BOT: 'America/La_Paz', VET: 'America/Caracas',
  NDT: 'America/St_Johns', MYT: 'Asia/Kuala_Lumpur', TRT: 'Europe/Istanbul', NPT: 'Asia/Kathmandu',
  WITA: 'Asia/Makassar', WIT: 'Asia/Jayapura', AWDT: 'Australia/Perth', NZT: 'Pacific/Auckland',
};

/** Spelled-out zone names; the earliest match in a window wins, so "Central European" is never "Central". */
const LONG_NAME_ZONES: readonly (readonly [RegExp, string])[] = [
  [/\bcentral europe(?:an)?(?: (?:standard |summer )?time)?\b/i, 'Europe/Berlin'],
  [/\beastern europe(?:an)? (?:standard |summer )?time\b/i, 'Europe/Athens'],
  [/\bwestern europe(?:an)? (?:standard |summer )?time\b/i, 'Europe/Lisbon'],
  [/\baustralian eastern(?: (?:standard |daylight )?time)?\b/i, 'Australia/Sydney'],
  [/\bbritish (?:summer )?time\b|\b(?:uk|u\.k\.) time\b|\bgreenwich mean time\b/i, 'Europe/London'],
  [/\beastern (?:standard |daylight )?time\b/i, 'America/New_York'],
  [/\bcentral (?:standard |daylight )?time\b/i, 'America/Chicago'],
  [/\bmountain (?:standard |daylight )?time\b/i, 'America/Denver'],
  [/\bpacific (?:standard |daylight )?time\b/i, 'America/Los_Angeles'],
  [/\bindia(?:n)? (?:standard )?time\b/i, 'Asia/Kolkata'],
  [/\bsingapore (?:standard )?time\b/i, 'Asia/Singapore'],
  [/\bjapan(?:ese)? (?:standard )?time\b/i, 'Asia/Tokyo'],
  [/\bcoordinated universal time\b/i, 'UTC'],
  // Regions and countries named for their clock, worldwide ("Atlantic time", "Gulf Standard Time").
  [/\batlantic (?:standard |daylight )?time\b/i, 'America/Halifax'],
  [/\bnewfoundland (?:standard |daylight )?time\b/i, 'America/St_Johns'],
  [/\b(?:brasilia|bras[ií]lia|brazil(?:ian)?) (?:standard )?time\b/i, 'America/Sao_Paulo'],
  [/\b(?:argentina|argentine|argentinian) (?:standard )?time\b/i, 'America/Argentina/Buenos_Aires'],
  [/\b(?:chile|chilean) (?:standard |summer )?time\b/i, 'America/Santiago'],
  [/\b(?:colombia|colombian) (?:standard )?time\b/i, 'America/Bogota'],
  [/\b(?:peru|peruvian) (?:standard )?time\b/i, 'America/Lima'],
  [/\b(?:mexico city|mexican|central mexico) time\b/i, 'America/Mexico_City'],
  // Mexico's own name for its central zone: "5:00 PM (hora del centro)", "horario del centro de México".
  [/\b(?:hora|horario|tiempo) del centro\b|\bhora (?:de la )?ciudad de m[eé]xico\b|\bhora cdmx\b/i, 'America/Mexico_City'],
  [/\bsouth africa(?:n)? (?:standard )?time\b/i, 'Africa/Johannesburg'],
  [/\bwest africa(?:n)? (?:standard )?time\b|\bnigeria(?:n)? time\b/i, 'Africa/Lagos'],
  [/\beast africa(?:n)? (?:standard )?time\b|\bkenya(?:n)? time\b/i, 'Africa/Nairobi'],
  [/\bcentral africa(?:n)? (?:standard )?time\b/i, 'Africa/Maputo'],
  [/\bgulf (?:standard )?time\b|\b(?:uae|dubai) time\b/i, 'Asia/Dubai'],
  [/\b(?:arabia|saudi) (?:standard )?time\b/i, 'Asia/Riyadh'],
  [/\bpakistan (?:standard )?time\b/i, 'Asia/Karachi'],
  [/\bnepal (?:standard )?time\b/i, 'Asia/Kathmandu'],
  [/\b(?:turkey|turkish|t[uü]rkiye) time\b/i, 'Europe/Istanbul'],
  [/\bmoscow (?:standard )?time\b/i, 'Europe/Moscow'],
  [/\bphilippine(?:s)? (?:standard )?time\b/i, 'Asia/Manila'],
  [/\bmalaysia(?:n)? (?:standard )?time\b/i, 'Asia/Kuala_Lumpur'],
  [/\bwestern indonesia(?:n)? time\b|\b(?:jakarta|indonesia(?:n)?) time\b/i, 'Asia/Jakarta'],
  [/\b(?:vietnam(?:ese)?|thai(?:land)?|indochina) time\b/i, 'Asia/Bangkok'],
  [/\bnew zealand (?:standard |daylight )?time\b|\bnz time\b/i, 'Pacific/Auckland'],
  [/\baustralian western (?:standard )?time\b|\bperth time\b/i, 'Australia/Perth'],
  [/\baustralian central (?:standard |daylight )?time\b/i, 'Australia/Adelaide'],
  // Countries named for their clock ("Irish time", "German time"): one zone each.
  [/\birish time\b/i, 'Europe/Dublin'],
  [/\bisrael(?:i)? time\b/i, 'Asia/Jerusalem'],
  [/\bgerman time\b/i, 'Europe/Berlin'],
  [/\bfrench time\b/i, 'Europe/Paris'],
  [/\b(?:spanish|spain) time\b/i, 'Europe/Madrid'],
  [/\bdutch time\b/i, 'Europe/Amsterdam'],
  [/\bswiss time\b/i, 'Europe/Zurich'],
  [/\bpolish time\b/i, 'Europe/Warsaw'],
  [/\bkorea(?:n)? (?:standard )?time\b/i, 'Asia/Seoul'],
  [/\b(?:china|chinese) (?:standard )?time\b/i, 'Asia/Shanghai'],
  [/\bhong kong time\b/i, 'Asia/Hong_Kong'],
  [/\bny(?:c)? time\b/i, 'America/New_York'],
  [/日本時間|日本標準時/, 'Asia/Tokyo'],
];

/**
 * Words that place a time in the reader's own zone ("3pm (your time)", "in your local time"):
 * the sender converted it for the user, so the user's zone is the stated one.
 */
const USER_ZONE_WORDS = /\(\s*your (?:own )?(?:local )?time(?: ?zone)?\s*\)|\b(?:in|by) your (?:own )?(?:local )?time(?: ?zone)?\b|\byour local time\b|\blocal time for you\b|\(\s*your local\s*\)/i;

/**
 * A bare US region or city right after a time ("11:30 AM Central", "9:00 AM London"): read only
 * at the very start of the window, where nothing else could be meant.
 */
const BARE_REGION_AT_START = /^\s*[(\[]?\s*(eastern|central|mountain|pacific)\b(?!\s+(?:europe|african?|asia|standard|daylight|time|park|station|square|street|avenue|office|building|campus|library|line|region|division|district|university|college|bank))/i;
const US_REGION_ZONES: Readonly<Record<string, string>> = {
  eastern: 'America/New_York', central: 'America/Chicago', mountain: 'America/Denver', pacific: 'America/Los_Angeles',
};
const BARE_CITY_AT_START = /^\s*[(\[]?\s*([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b/;
/** "3pm UK": the country alone, right after the time. */
const UK_AT_START = /^\s*[(\[]?\s*(?:UK(?!\w)|U\.K\.)/;
/** "11am your time", "3pm, your time": the user's zone, said right after the time without brackets. */
const YOUR_TIME_AT_START = /^\s*[,(–-]?\s*your (?:own )?(?:local )?time\b/i;

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
/** A named zone right after an offset ("(UTC-05:00) Eastern Time"): the name carries the DST rules. */
const NAME_AFTER_OFFSET_CHARS = 4;
/** Outlook's Windows names ("W. Europe Standard Time"), looked up in WINDOWS_ZONES. */
const WINDOWS_NAME_PATTERN = /\b((?:[A-Z][\w.]{0,12} ){1,3}Standard Time)\b/;
/** IANA names written out ("Europe/London", "America/Argentina/Buenos_Aires"). */
const IANA_NAME_PATTERN = /\b([A-Z][A-Za-z]{1,14}\/[A-Z][A-Za-z_-]{1,30}(?:\/[A-Z][A-Za-z_-]{1,30})?)\b/;
/**
 * An abbreviation standing alone, or paired with its season ("EST/EDT", "CET/CEST"); not inside a
 * path such as "Etc/GMT" or a URL.
 */
const ABBREVIATION_PATTERN = new RegExp(`(?<![\\w/])(${Object.keys(ABBREVIATION_ZONES).join('|')})(?![\\w]|\\/[a-z])`);
/** "E.T.", "P.S.T.": the US abbreviations written with dots. */
const DOTTED_US_ABBREVIATION = /(?<![\w.])([ECMP])\.(?:[SD]\.)?T\.(?!\w)/;
const DOTTED_US_ZONES: Readonly<Record<string, string>> = { E: 'America/New_York', C: 'America/Chicago', M: 'America/Denver', P: 'America/Los_Angeles' };
const CITY_PATTERN = /\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) time\b/;
/** The city after the word for "time" in French, Spanish, Portuguese and Italian mail ("15h30 (heure de Paris)", "hora de Madrid"). */
const CITY_AFTER_TIME_WORD = /\b(?:heure|hora|ora) (?:de |di |d['’])([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b/;

let cityZones: Map<string, string> | null = null;
/** "Berlin time", "New York time": every IANA city name, built once on first use. */
function zoneForCity(city: string): string | null {
  cityZones ??= new Map(
    Intl.supportedValuesOf('timeZone').map((zone) => [(zone.split('/').pop() ?? zone).replace(/_/g, ' ').toLowerCase(), zone]),
  );
  const name = city.toLowerCase();
  return cityZones.get(name) ?? CITIES_OUTSIDE_IANA[name] ?? null;
}

/** Capitals and big cities that IANA files under another city's name ("9:00 AM Wellington"). */
const CITIES_OUTSIDE_IANA: Readonly<Record<string, string>> = {
  wellington: 'Pacific/Auckland', canberra: 'Australia/Sydney', washington: 'America/New_York',
  boston: 'America/New_York', seattle: 'America/Los_Angeles', 'san francisco': 'America/Los_Angeles',
  munich: 'Europe/Berlin', frankfurt: 'Europe/Berlin', 'tel aviv': 'Asia/Jerusalem', mumbai: 'Asia/Kolkata',
  bangalore: 'Asia/Kolkata', bengaluru: 'Asia/Kolkata', delhi: 'Asia/Kolkata', 'new delhi': 'Asia/Kolkata',
  beijing: 'Asia/Shanghai', ottawa: 'America/Toronto', edinburgh: 'Europe/London', manchester: 'Europe/London',
};

export interface StatedZone {
  /** IANA zone, or a luxon fixed-offset name such as `UTC+1` for "(GMT+1)". */
  readonly zone: string;
  /** The words that named it, for signals. */
  readonly token: string;
  /** How it was named: for evidence ("zone:offset", "zone:your-time"). */
  readonly how: 'abbreviation' | 'name' | 'offset' | 'windows' | 'iana' | 'city' | 'region' | 'your-time';
  /** Where in the searched text it starts. */
  readonly index: number;
}

export interface ZoneSearch {
  /** The reader's zone: "(your time)" names it. Without it those words name nothing. */
  readonly userZone?: string;
  /** The text starts right after a time: a bare region or city there ("10am Central") counts. */
  readonly adjacent?: boolean;
}

/** The first time zone named in `text` (a short window right after a time), or null. */
export function findStatedZone(text: string, search: ZoneSearch = {}): StatedZone | null {
  const candidates: StatedZone[] = [];
  const add = (match: RegExpExecArray | null, zone: string | null | undefined, how: StatedZone['how']): void => {
    if (match && zone) candidates.push({ zone, token: match[0].trim(), how, index: match.index });
  };
  const offset = OFFSET_PATTERN.exec(text);
  if (offset) {
    const sign = offset[1] === '+' ? '+' : '-';
    const hours = Number(offset[2]);
    const minutes = offset[3] ?? '00';
    add(offset, hours === 0 && minutes === '00' ? 'UTC' : `UTC${sign}${hours}${minutes === '00' ? '' : `:${minutes}`}`, 'offset');
  }
  for (const [pattern, zone] of LONG_NAME_ZONES) add(pattern.exec(text), zone, 'name');
  const windows = WINDOWS_NAME_PATTERN.exec(text);
  add(windows, windows?.[1] ? WINDOWS_ZONES[windows[1].toLowerCase()] : null, 'windows');
  const iana = IANA_NAME_PATTERN.exec(text);
  add(iana, iana?.[1] && IANAZone.isValidZone(iana[1]) ? iana[1] : null, 'iana');
  const abbreviation = ABBREVIATION_PATTERN.exec(text);
  add(abbreviation, abbreviation?.[1] ? ABBREVIATION_ZONES[abbreviation[1]] : null, 'abbreviation');
  const dotted = DOTTED_US_ABBREVIATION.exec(text);
  add(dotted, dotted?.[1] ? DOTTED_US_ZONES[dotted[1]] : null, 'abbreviation');
  const city = CITY_PATTERN.exec(text);
  add(city, city?.[1] ? zoneForCity(city[1]) : null, 'city');
  const cityAfter = CITY_AFTER_TIME_WORD.exec(text);
  add(cityAfter, cityAfter?.[1] ? zoneForCity(cityAfter[1]) : null, 'city');
  if (search.userZone) add(USER_ZONE_WORDS.exec(text), search.userZone, 'your-time');
  if (search.adjacent) {
    const region = BARE_REGION_AT_START.exec(text);
    add(region, region?.[1] ? US_REGION_ZONES[region[1].toLowerCase()] : null, 'region');
    if (search.userZone) add(YOUR_TIME_AT_START.exec(text), search.userZone, 'your-time');
    add(UK_AT_START.exec(text), 'Europe/London', 'name');
    const bareCity = BARE_CITY_AT_START.exec(text);
    add(bareCity, bareCity?.[1] ? zoneForCity(bareCity[1]) : null, 'city');
  }
  // Earliest first; at one position the longer naming ("Central European Time" over "Central").
  candidates.sort((a, b) => a.index - b.index || b.token.length - a.token.length);
  const first = candidates[0];
  if (first?.how === 'offset') {
    const named = candidates.find((c) => c.how !== 'offset' && c.how !== 'your-time' && c.index > first.index
      && c.index - (first.index + first.token.length) <= NAME_AFTER_OFFSET_CHARS);
    if (named) return named;
  }
  return first ?? null;
}

/**
 * Abbreviations that name a zone wherever they stand in a body. Those that are also words or other
 * acronyms (CT Connecticut, PT part-time, GST a sales tax, CAT, ART, MSK musculoskeletal, VET
 * vocational training, IDT interdisciplinary team …) count only right after a time.
 */
const ANYWHERE_ABBREVIATIONS = Object.keys(ABBREVIATION_ZONES).filter(
  (name) => !['CT', 'MT', 'PT', 'WET', 'WEST', 'HST', 'CAT', 'EAT', 'ART', 'PET', 'GST', 'ICT', 'COT', 'MSK', 'VET', 'IDT', 'BOT'].includes(name),
);
const ANYWHERE_ABBREVIATION = new RegExp(`(?<![\\w/])(?:${ANYWHERE_ABBREVIATIONS.join('|')})(?![\\w]|\\/[a-z])`, 'g');
/** Cheap pre-test for a spelled-out zone anywhere: most bodies have none. */
const LONG_NAME_HINT = /\btime\b|日本/i;

/**
 * Every distinct zone a body names anywhere (strict forms only), for "the text names another zone".
 * `readAbbreviation` may read an abbreviation as the sender's country does ("CST" in Mexico).
 */
export function zonesNamedIn(text: string, readAbbreviation?: (abbreviation: string, zone: string) => string): Set<string> {
  const zones = new Set<string>();
  for (const match of text.matchAll(ANYWHERE_ABBREVIATION)) {
    const zone = ABBREVIATION_ZONES[match[0]];
    if (zone) zones.add(readAbbreviation ? readAbbreviation(match[0], zone) : zone);
  }
  if (LONG_NAME_HINT.test(text)) {
    // "Central Europe" alone is a region; only a name with "time" in it is a zone here.
    for (const [pattern, zone] of LONG_NAME_ZONES) if (/time|時/i.test(pattern.exec(text)?.[0] ?? '')) zones.add(zone);
  }
  const offset = OFFSET_PATTERN.exec(text);
  if (offset) zones.add(findStatedZone(offset[0])?.zone ?? 'UTC');
  const iana = IANA_NAME_PATTERN.exec(text);
  if (iana?.[1] && IANAZone.isValidZone(iana[1])) zones.add(iana[1]);
  return zones;
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

/**
 * Answers of the two zone conversions below, by their arguments: one message asks for the same
 * offset or wall clock many times (each reader, each candidate), and luxon works each out from
 * Intl's formatted parts again. Both are pure, so a remembered answer is the answer; the memo is
 * emptied when it grows, to stay small in a long-running process.
 */
const MEMO_MAX_ENTRIES = 512;
const offsetMemo = new Map<string, number>();
const wallClockMemo = new Map<string, string | null>();

function remembered<T>(memo: Map<string, T>, key: string, work: () => T): T {
  if (memo.has(key)) return memo.get(key) as T;
  const value = work();
  if (memo.size >= MEMO_MAX_ENTRIES) memo.clear();
  memo.set(key, value);
  return value;
}

/** A wall-clock time in `zone` as ISO-8601 with that zone's offset on that date (DST-aware). */
export function wallClockToIso(wall: WallClock, zone: string): string | null {
  const key = `${zone} ${wall.year}-${wall.month}-${wall.day} ${wall.hour}:${wall.minute}`;
  return remembered(wallClockMemo, key, () => {
    const time = DateTime.fromObject({ year: wall.year, month: wall.month, day: wall.day, hour: wall.hour, minute: wall.minute, second: 0, millisecond: 0 }, { zone });
    return time.isValid ? time.toISO({ suppressMilliseconds: true }) : null;
  });
}

/** An instant written in `zone`'s offset. */
export function instantToIso(instant: Date, zone: string): string | null {
  const time = DateTime.fromJSDate(instant, { zone });
  return time.isValid ? time.toISO({ suppressMilliseconds: true }) : null;
}

/** Offset (minutes east of UTC) of `zone` at `instant`: what chrono needs as its reference zone. */
export function offsetMinutesAt(instant: Date, zone: string): number {
  return remembered(offsetMemo, `${zone} ${instant.getTime()}`, () => DateTime.fromJSDate(instant, { zone }).offset);
}
