import type { BodyText } from '../body-text.ts';
import { findStatedZone, zonesNamedIn, type StatedZone } from '../zones.ts';
import { CLOCK_TIME, type Mention } from './mentions.ts';
import { NO_SENDER_COUNTRY, type SenderCountry } from './sender-country.ts';

/** How far after a time its zone may stand ("2:00 PM (Eastern Time - US & Canada)"). */
const ZONE_AFTER_CHARS = 48;
/** How far into the next line a zone may start to count as the time's ("Eastern Time - New York"). */
const NEXT_LINE_ZONE_START_CHARS = 3;
/** Where the words after a time stop belonging to it: a line or sentence end (not an initial: "W. Europe"). */
const AFTER_TIME_ENDS = /[\n;?!]|(?<![A-Z])\.\s+[A-Z]/;
/** A zone declared for the whole mail: "All times are Pacific", "Time zone: Europe/London", "Time zone" over its value. */
const DECLARATION = /(?:^[ \t]*time ?zone[ \t]*(?:[:：][ \t]*|\n)|\ball (?:the )?times?(?: (?:are|listed|shown|below|above|given|quoted|mentioned|in this (?:e-?mail|message)))*(?: (?:are|is))?(?: in)?)([^\n.]{1,40})/gim;

/** A schedule's time column with its zone in the heading: "Time (MT) | Interviewer", "Start (CET)". */
const COLUMN_HEADING = /^(?:[a-z]+ )?(?:time|when|start|slot)s? ?\(([^()\n]*)\)/gim;

/**
 * The sender's own clock right after a time ("4pm my time", "10am our time (Pacific)"): the zone is
 * the one named after these words, else unknown; never the user's.
 */
const SENDER_TIME_AT_START = /^\s{0,2}[,(–-]?\s{0,2}(?:in\s)?(?:my|our)\s(?:own\s)?(?:local\s)?time(?:\s?zone)?\b[\s,)]{0,3}(?:[(–-]\s{0,2})?/i;

/** An all-capitals zone-like token right after a time: "(SAST)", "WITA". */
const UNKNOWN_ABBREVIATION = /^\s{0,2}\(?[A-Z]{2,4}T\)?(?![\w])/;

export interface ZoneReading {
  /** The zone the mention's wall clock is in, or null when the text names zones it cannot choose between. */
  readonly zone: string | null;
  /** `zone:after-time`, `zone:next-line`, `zone:declared`, `zone:sender-country` (an abbreviation read as the sender's country does), `zone:column-heading`, `zone:named-elsewhere`, `zone:user-assumed`, `zone:ambiguous`, `zone:your-time`. */
  readonly evidence: string;
  /** True when the text itself names the zone (not a guess). */
  readonly stated: boolean;
}

/** The zone written with the mention: inside it, right after it, or at the start of the next line. */
export function zoneNextTo(text: BodyText, mention: Mention, userZone: string, sender: SenderCountry = NO_SENDER_COUNTRY): ZoneReading | null {
  const { text: body, flowing } = text;
  const afterText = flowing.slice(mention.end, mention.end + ZONE_AFTER_CHARS);
  const stop = AFTER_TIME_ENDS.exec(afterText);
  const after = stop ? afterText.slice(0, stop.index) : afterText;
  // One search over the mention and what follows it, so "(UTC-05:00) Eastern Time" gives the named zone.
  const own = body.slice(mention.timeIndex ?? mention.index, mention.end);
  const found = findStatedZone(`${own}${after}`, { userZone })
    ?? findStatedZone(after, { userZone, adjacent: true })
    ?? zoneAfterOwnClock(own, after, userZone);
  if (found) return reading(found, 'zone:after-time', sender, after);
  const senderClock = SENDER_TIME_AT_START.exec(after);
  if (senderClock) {
    const named = findStatedZone(after.slice(senderClock[0].length), { adjacent: true });
    return named ? reading(named, 'zone:after-time', sender, after) : { zone: null, evidence: 'zone:sender-unknown', stated: false };
  }
  // A zone we cannot read ("13:30 (XST)"): the text names one, so the user's would be a guess.
  if (UNKNOWN_ABBREVIATION.test(after)) return { zone: null, evidence: 'zone:unknown-abbreviation', stated: false };
  // The zone wrapped onto the next line, or a scheduling tool's line under the time.
  const lineEnd = body.indexOf('\n', mention.end);
  if (lineEnd < 0 || body.slice(mention.end, lineEnd).trim().replace(/[-–,(]/g, '') !== '') return null;
  const nextLine = body.slice(lineEnd + 1, lineEnd + 1 + ZONE_AFTER_CHARS);
  const next = findStatedZone(nextLine, { userZone, adjacent: true });
  return next && next.index <= NEXT_LINE_ZONE_START_CHARS ? reading(next, 'zone:next-line', sender, nextLine) : null;
}

/**
 * The zone for a mention that names none: one declared for the whole mail, else the only zone the
 * mail names anywhere, else the user's own. Never a guess when the mail names two other zones.
 */
export function zoneByDefault(text: BodyText, userZone: string, sender: SenderCountry = NO_SENDER_COUNTRY): ZoneReading {
  const body = text.text;
  for (const declaration of body.matchAll(DECLARATION)) {
    const zone = findStatedZone(declaration[1] ?? '', { userZone, adjacent: true });
    if (zone) return reading(zone, 'zone:declared', sender, declaration[1]);
  }
  for (const heading of body.matchAll(COLUMN_HEADING)) {
    const zone = findStatedZone(heading[1] ?? '', { userZone, adjacent: true });
    if (zone) return reading(zone, 'zone:column-heading', sender, heading[1]);
  }
  const named = zonesNamedIn(body, (abbreviation, zone) => sender.zoneFor(abbreviation, zone));
  if (named.size === 1) {
    const [zone] = named;
    if (zone) return { zone, evidence: 'zone:named-elsewhere', stated: true };
  }
  if (named.size > 1) return { zone: null, evidence: 'zone:ambiguous', stated: false };
  return { zone: userZone, evidence: 'zone:user-assumed', stated: false };
}

/**
 * A mention whose time comes before its day ("12pm Pacific, Thursday December 3"): a bare region
 * right after its clock is the time's zone, as it would be after a mention that ends there.
 */
function zoneAfterOwnClock(own: string, after: string, userZone: string): StatedZone | null {
  const clock = CLOCK_TIME.exec(own);
  if (!clock || clock.index + clock[0].length >= own.length) return null;
  return findStatedZone(`${own.slice(clock.index + clock[0].length)}${after}`, { userZone, adjacent: true });
}

/**
 * The stated zone as a reading. An abbreviation that other countries read otherwise ("CST" in
 * Mexico, "IST" in Dublin) is read with the evidence of the sender's country and `beside` (the
 * words around it).
 */
function reading(zone: StatedZone, evidence: string, sender: SenderCountry, beside = ''): ZoneReading {
  const read = zone.how === 'abbreviation' ? sender.zoneFor(zone.token.replace(/\./g, ''), zone.zone, beside) : zone.zone;
  const how = zone.how === 'your-time' ? 'zone:your-time' : evidence;
  return { zone: read, evidence: read === zone.zone ? how : 'zone:sender-country', stated: true };
}
