import { countryForZone, zoneCountries } from '../../config/zone-country.ts';
import { offsetMinutesAt } from '../zones.ts';

/**
 * Zone abbreviations that name another clock in some countries: "CST" is US Central in Chicago but
 * Mexico's central zone (UTC-6 all year since 2022) in Monterrey, China's in Shanghai and Australian
 * Central in Adelaide; "IST" is India, Ireland or Israel; Australians write "EST" for their own
 * eastern time. The default reading (ABBREVIATION_ZONES in zones.ts) stands unless the mail gives
 * evidence of the sender's country: their address's country domain, a place named with the zone or
 * in the mail, the language the zone is named in, the Date header's offset.
 */
const COUNTRY_READINGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  CST: { MX: 'America/Mexico_City', CN: 'Asia/Shanghai', TW: 'Asia/Taipei', AU: 'Australia/Adelaide' },
  CT: { MX: 'America/Mexico_City' },
  CDT: { AU: 'Australia/Adelaide' },
  EST: { AU: 'Australia/Sydney' },
  EDT: { AU: 'Australia/Sydney' },
  IST: { IE: 'Europe/Dublin', IL: 'Asia/Jerusalem' },
  BST: { BD: 'Asia/Dhaka' },
  PST: { PH: 'Asia/Manila', PK: 'Asia/Karachi' },
  MST: { MY: 'Asia/Kuala_Lumpur' },
};

/** How much each kind of evidence weighs; an alternative reading needs SWITCH_SCORE and more than the default. */
const WEIGHT = {
  /** The From or Reply-To address's country domain (".mx", ".com.au"). */
  senderDomain: 3,
  /** A place or the zone's own words in the sender's language, right beside the zone ("CST, Mexico City", "hora del centro, CST"). */
  beside: 3,
  /** The Date header's offset, when only one reading has it at that instant. */
  offset: 2,
  /** A place in the mail's closing lines (the signature, an address). */
  closing: 2,
  /** A place, country domain or language anywhere else in the mail. */
  elsewhere: 1,
  /** The user's own zone's country. */
  user: 1,
} as const;
const SWITCH_SCORE = 3;
/** The closing lines: a signature, an office address. */
const CLOSING_CHARS = 600;

/** Country-code domains of the countries above ("co.uk", "com.mx": the last label decides). */
const COUNTRY_DOMAINS: Readonly<Record<string, string>> = {
  mx: 'MX', cn: 'CN', tw: 'TW', au: 'AU', ie: 'IE', il: 'IL', bd: 'BD', ph: 'PH', pk: 'PK', my: 'MY', in: 'IN', uk: 'GB', us: 'US',
};
const COUNTRIES = new Set(Object.values(COUNTRY_DOMAINS));
/** A host name after "@" or "://": its last label is the country domain, if any. */
const HOST = /(?:@|:\/\/)[\w-]{1,63}(?:\.[\w-]{1,63}){0,6}\.([a-z]{2,3})(?![\w.-])/gi;

/** Places that IANA files under no zone of their own, and country and state names, by country. */
const MORE_PLACES: Readonly<Record<string, readonly string[]>> = {
  MX: ['Mexico', 'México', 'Ciudad de México', 'CDMX', 'Guadalajara', 'Puebla', 'Querétaro', 'Queretaro', 'Nuevo León', 'Nuevo Leon', 'Jalisco', 'San Pedro Garza García', 'León', 'Toluca', 'Saltillo'],
  IN: ['India', 'Mumbai', 'Bangalore', 'Bengaluru', 'Delhi', 'New Delhi', 'Hyderabad', 'Chennai', 'Pune', 'Gurgaon', 'Gurugram', 'Noida', 'Ahmedabad', 'Kochi'],
  IE: ['Ireland', 'Cork', 'Galway', 'Limerick', 'Waterford'],
  IL: ['Israel', 'Tel Aviv', 'Haifa', 'Herzliya', 'Ramat Gan'],
  AU: ['Australia', 'Canberra', 'New South Wales', 'NSW', 'Queensland', 'QLD', 'Tasmania'],
  CN: ['China', 'Beijing', 'Shenzhen', 'Guangzhou', 'Hangzhou', 'Chengdu'],
  TW: ['Taiwan', 'Taichung', 'Kaohsiung', 'Hsinchu'],
  BD: ['Bangladesh', 'Chittagong'],
  PH: ['Philippines', 'Makati', 'Taguig', 'Cebu', 'Quezon City', 'Pasig'],
  PK: ['Pakistan', 'Lahore', 'Islamabad', 'Rawalpindi'],
  MY: ['Malaysia', 'Penang', 'Petaling Jaya', 'Cyberjaya'],
  GB: ['United Kingdom', 'England', 'Scotland', 'Wales', 'Manchester', 'Edinburgh', 'Bristol', 'Leeds', 'Birmingham', 'Glasgow'],
  US: ['United States', 'USA', 'Seattle', 'San Francisco', 'Boston', 'Austin', 'Dallas', 'Houston', 'Atlanta', 'Miami', 'Washington'],
};
/** A capitalised name of one or two words ("Tel Aviv", "Monterrey"), or an all-capitals code ("CDMX"). */
const PLACE_WORDS = /(?<![\p{L}\d])\p{Lu}[\p{L}]{1,20}(?:[ ]\p{Lu}[\p{L}]{1,20}){0,3}/gu;
/** A US state code after a town ("Dublin, OH", "Birmingham, AL"): the town is American. */
const US_STATE_AFTER = /^,\s?(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])\b/;

/** The zone's own words in Spanish beside the abbreviation: "hora del centro", "horario del centro". */
const SPANISH_ZONE_WORDS = /\b(?:hora|horario|tiempo)\b/i;
/** Spanish in the mail: greetings and sign-offs a Spanish-writing sender uses. */
const SPANISH_WORDS = /\b(?:hola|saludos|atentamente|gracias|estimad[oa]|entrevista|cordialmente)\b/i;
/** Countries whose clock Spanish words point to, among the readings above. */
const SPANISH_SPEAKING = new Set(['MX']);

let placeCountries: Map<string, string> | null = null;
/** Place name (lower case) → country, for the countries above: every IANA city of theirs and MORE_PLACES. */
function placeTable(): Map<string, string> {
  if (placeCountries) return placeCountries;
  const table = new Map<string, string>();
  for (const [zone, country] of zoneCountries()) {
    const city = zone.split('/').pop() ?? '';
    if (COUNTRIES.has(country) && zone.includes('/') && city.length > 3) table.set(city.replace(/_/g, ' ').toLowerCase(), country);
  }
  for (const [country, names] of Object.entries(MORE_PLACES)) for (const name of names) table.set(name.toLowerCase(), country);
  placeCountries = table;
  return table;
}

/** Countries of the places named in `text`, each once. */
function placesIn(text: string): Set<string> {
  const table = placeTable();
  const found = new Set<string>();
  for (const match of text.matchAll(PLACE_WORDS)) {
    const words = match[0].split(' ');
    // The longest run of words that names a place, from each word on ("Quezon City", "San Pedro Garza García").
    for (let start = 0; start < words.length; start++) {
      for (let end = words.length; end > start; end--) {
        const country = table.get(words.slice(start, end).join(' ').toLowerCase());
        if (!country) continue;
        const rest = text.slice(match.index + match[0].length, match.index + match[0].length + 6);
        found.add(end === words.length && US_STATE_AFTER.test(rest) ? 'US' : country);
        start = end - 1;
        break;
      }
    }
  }
  return found;
}

function domainCountries(text: string): Set<string> {
  const found = new Set<string>();
  for (const match of text.matchAll(HOST)) {
    const country = COUNTRY_DOMAINS[(match[1] ?? '').toLowerCase()];
    if (country) found.add(country);
  }
  return found;
}

export interface SenderFacts {
  /** The From and Reply-To addresses. */
  readonly addresses: readonly string[];
  /** The Date header's offset in minutes; null or 0 (what servers stamp) says nothing. */
  readonly offsetMinutes: number | null;
  /** When the mail was sent: the instant the offset is compared at. */
  readonly sentAt: Date | null;
  readonly userZone: string;
}

/** Evidence of the sender's country in one mail, read once; each ambiguous zone is then read with it. */
export interface SenderCountry {
  /**
   * The zone `abbreviation` names in this mail: `defaultZone` unless the evidence, with `beside`
   * (the words right after the zone), points to one country that reads it otherwise.
   */
  zoneFor(abbreviation: string, defaultZone: string, beside?: string): string;
}

/** A reader that always keeps the default reading: for callers with no sender facts. */
export const NO_SENDER_COUNTRY: SenderCountry = { zoneFor: (_abbreviation, defaultZone) => defaultZone };

export function readSenderCountry(body: string, facts: SenderFacts): SenderCountry {
  let mailVotes: Map<string, number> | null = null;
  const votesOfMail = (): Map<string, number> => {
    if (mailVotes) return mailVotes;
    const votes = new Map<string, number>();
    const add = (countries: Iterable<string>, weight: number): void => {
      for (const country of countries) votes.set(country, Math.max(votes.get(country) ?? 0, weight));
    };
    add(domainCountries(body), WEIGHT.elsewhere);
    add(placesIn(body), WEIGHT.elsewhere);
    if (SPANISH_WORDS.test(body)) add(SPANISH_SPEAKING, WEIGHT.elsewhere);
    const user = countryForZone(facts.userZone);
    if (user) add([user], WEIGHT.user);
    add(placesIn(body.slice(-CLOSING_CHARS)), WEIGHT.closing);
    add(domainCountries(facts.addresses.map((address) => `@${address.split('@').pop() ?? ''}`).join(' ')), WEIGHT.senderDomain);
    mailVotes = votes;
    return votes;
  };
  return {
    zoneFor(abbreviation, defaultZone, beside = '') {
      const readings = COUNTRY_READINGS[abbreviation.toUpperCase()];
      if (!readings) return defaultZone;
      const defaultCountry = countryForZone(defaultZone) ?? '';
      const zones = new Map<string, string>([[defaultCountry, defaultZone], ...Object.entries(readings)]);
      const votes = new Map(votesOfMail());
      const add = (country: string, weight: number): void => {
        if (zones.has(country)) votes.set(country, (votes.get(country) ?? 0) + weight);
      };
      for (const country of placesIn(beside)) add(country, WEIGHT.beside);
      for (const country of domainCountries(beside)) add(country, WEIGHT.beside);
      if (SPANISH_ZONE_WORDS.test(beside)) for (const country of SPANISH_SPEAKING) add(country, WEIGHT.beside);
      const offset = facts.offsetMinutes;
      if (offset && facts.sentAt) {
        const matching = [...zones].filter(([, zone]) => offsetMinutesAt(facts.sentAt!, zone) === offset);
        if (matching.length === 1) add(matching[0]![0], WEIGHT.offset);
      }
      const scored = [...zones.keys()].map((country) => ({ country, score: votes.get(country) ?? 0 })).sort((a, b) => b.score - a.score);
      const [best, second] = scored;
      if (!best || best.country === defaultCountry || best.score < SWITCH_SCORE) return defaultZone;
      if (second && second.score >= best.score) return defaultZone;
      return zones.get(best.country) ?? defaultZone;
    },
  };
}
