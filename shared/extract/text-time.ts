import { DateTime } from 'luxon';
import { readBody, type BodyText } from './body-text.ts';
import type { Candidate } from './evidence.ts';
import { decide, type Weighed } from './time/decide.ts';
import { readMentionContext, readMessageContext } from './time/context.ts';
import { findMentions, type Mention } from './time/mentions.ts';
import { readSenderCountry } from './time/sender-country.ts';
import { slashedDateInLocaleOrder } from './time/slashed-date.ts';
import { zoneByDefault, zoneNextTo, type ZoneReading } from './time/zone-of.ts';
import { offsetMinutesAt, wallClockToIso } from './zones.ts';

export interface TextInterviewTime {
  readonly at: string | null;
  readonly zone: string | null;
  readonly proposedSlots: readonly string[];
  readonly signals: readonly string[];
  /** Every time weighed, with its score and evidence; at most one is `chosen`. */
  readonly candidates: readonly Candidate[];
}

export interface InterviewTimeOptions {
  /**
   * The sender's UTC offset in minutes from the original's Date header, when known: "tomorrow" is
   * the sender's tomorrow. Without it (or with +0000, which servers stamp) the zone the time is
   * stated in stands in for the sender's.
   */
  readonly senderOffsetMinutes?: number | null;
  /** The From and Reply-To addresses: their country domain is evidence for reading "CST" or "IST". */
  readonly senderAddresses?: readonly string[];
}

/** Tags that make a mention an offered slot rather than a set time. */
const OFFER_TAGS = new Set(['against:choice', 'against:availability', 'against:question']);

/**
 * The interview time a body states. One place finds every candidate time with its zone and the
 * evidence around it (mentions → zone → context), then one decision picks at most one. A list of
 * options, a request for availability or a booking link is not a time yet: the result then says
 * so with `proposedSlots` or a signal.
 */
export function findInterviewTime(
  text: BodyText,
  reference: Date | null,
  userZone: string,
  subject = '',
  options: InterviewTimeOptions = {},
): TextInterviewTime {
  const message = readMessageContext(text, subject);
  const mentions = findMentions(text.flowing, reference, userZone);
  const signals: string[] = [];
  if (mentions.length === 0) {
    const fromSubject = subjectOnlyTime(subject, reference, userZone, options);
    if (fromSubject) return fromSubject;
    if (message.schedulingLink || message.schedulingRequest) signals.push('interview:scheduling-link');
    return { at: null, zone: null, proposedSlots: [], signals, candidates: [] };
  }

  const sender = readSenderCountry(text.text, { addresses: options.senderAddresses ?? [], offsetMinutes: options.senderOffsetMinutes ?? null, sentAt: reference, userZone });
  let fallbackZone: ZoneReading | null = null;
  const defaultZone = (): ZoneReading => (fallbackZone ??= zoneByDefault(text, userZone, sender));
  const weighed: (Weighed & { mention: Mention; zone: ZoneReading })[] = mentions.map((found) => {
    const context = readMentionContext(found, message, mentions);
    const zone = zoneNextTo(text, found, userZone, sender) ?? defaultZone();
    const mention = nextWeekIfPassed(slashedDateInLocaleOrder(inSenderDay(text, found, reference, zone, userZone, options), reference, zone.zone ?? userZone), reference, zone.zone);
    const tags = [...mention.evidence, zone.evidence, ...context.tags];
    const at = zone.zone === null ? null : wallClockToIso(mention.wall, zone.zone);
    if (at !== null && reference !== null && (isBeforeSentDay(mention, reference, zone.zone ?? userZone) || (!zone.stated && isWellBeforeSent(at, reference)))) tags.push('against:before-sent');
    if (zone.zone === null) tags.push('against:zone-ambiguous');
    return { at, tags, sentence: context.sentence, listed: context.listed, rangeMinutes: mention.rangeMinutes, mention, zone };
  });

  const supported = withScheduleSupport(weighed);
  const decision = decide(supported);
  const candidates: Candidate[] = supported.map((item, index) => ({
    field: 'interviewAt',
    value: item.at ?? `${item.mention.wall.year}-${pad(item.mention.wall.month)}-${pad(item.mention.wall.day)}T${pad(item.mention.wall.hour)}:${pad(item.mention.wall.minute)} (zone unknown)`,
    score: decision.scores[index] ?? 0,
    evidence: index === decision.chosen ? [...item.tags, decision.rule] : item.tags,
    chosen: index === decision.chosen,
  }));
  const chosen = decision.chosen === null ? undefined : weighed[decision.chosen];
  if (chosen?.at && chosen.zone.zone) {
    signals.push('interview:text-confirmed', chosen.zone.stated ? `zone:stated:${chosen.zone.zone}` : 'zone:user', decision.rule);
    return { at: chosen.at, zone: chosen.zone.zone, proposedSlots: [], signals, candidates };
  }

  signals.push(decision.rule);
  if (weighed.some((item) => item.tags.includes('against:cancelled'))) signals.push('interview:cancelled-time-ignored');
  const offered = weighed.filter((item) => decision.rule === 'decision:choice' || item.tags.some((tag) => OFFER_TAGS.has(tag)));
  const distinctOffers = [...new Map(offered.map((item) => [item.at ?? item.mention.text, item.mention.text])).values()];
  if (distinctOffers.length > 0) {
    signals.push('interview:proposed-slots');
    return { at: null, zone: null, proposedSlots: distinctOffers, signals, candidates };
  }
  signals.push(message.schedulingLink || message.schedulingRequest ? 'interview:scheduling-link' : 'interview:time-not-confirmed');
  return { at: null, zone: null, proposedSlots: [], signals, candidates };
}

/** A subject that books: "Confirmed: Mon 12/14 10:00am ET - case presentation", "Interview scheduled - …". */
const SUBJECT_BOOKS = /\b(?:confirmed|scheduled|booked)\b/i;
const SUBJECT_UNSETTLED = /\bcancel|\?|\b(?:options|availability|propos|tentative|tbc|reschedul|moved)/i;
/** Reply and forward marks the subject's time is read without. */
const SUBJECT_PREFIX = /^(?:\s*(?:re|fwd?|aw|wg|tr)\s?:\s*)+/i;

/**
 * A body that states no time under a subject that books one ("Confirmed: Mon 12/14 10:00am ET -
 * case presentation"): the subject is the time's only statement, read as a line of its own. Only a
 * subject that confirms, is not unsettled and holds one time.
 */
function subjectOnlyTime(subject: string, reference: Date | null, userZone: string, options: InterviewTimeOptions): TextInterviewTime | null {
  const line = subject.replace(SUBJECT_PREFIX, '').trim();
  if (!SUBJECT_BOOKS.test(line) || SUBJECT_UNSETTLED.test(line)) return null;
  const text = readBody(line);
  if (findMentions(text.flowing, reference, userZone).length !== 1) return null;
  const read = findInterviewTime(text, reference, userZone, line, options);
  return read.at === null ? null : { ...read, signals: [...read.signals, 'interview:subject-time'] };
}

/**
 * The rows of a schedule under its day ("Friday 4 December. Here's the day:" over "10:00 – 11:00
 * Pair programming") are as firm as the first row, which the sentence naming the day supports:
 * each row takes the first row's tags, for and against (slots offered under a day stay offered),
 * but for what is said of the first row's own line.
 */
const ROW_OWN_TAGS = new Set(['against:arrival', 'against:window', 'against:end-time', 'against:deadline']);

function withScheduleSupport<T extends Weighed>(weighed: readonly T[]): T[] {
  let support: readonly string[] = [];
  return weighed.map((item) => {
    if (item.tags.includes('date:agenda-first-row')) support = item.tags.filter((tag) => tag.startsWith('for:') || (tag.startsWith('against:') && !ROW_OWN_TAGS.has(tag)));
    else if (!item.tags.includes('date:agenda-row')) support = [];
    else if (support.length > 0) return { ...item, tags: [...item.tags, ...support.filter((tag) => !item.tags.includes(tag))] };
    return item;
  });
}

/**
 * "tomorrow" and "Thursday" mean the sender's tomorrow and Thursday. Mentions are first placed
 * from the mail's date as seen in the user's zone; when the sender's zone (the Date header's
 * offset, else the zone the time is stated in) is on another calendar day at that instant, the
 * mention is placed again from the sender's day.
 */
function inSenderDay(text: BodyText, mention: Mention, reference: Date | null, zone: ZoneReading, userZone: string, options: InterviewTimeOptions): Mention {
  if (mention.day !== 'relative' || reference === null) return mention;
  // "+0000" is what mail servers and ATS robots stamp, not a sender's clock: no evidence of a zone.
  const offset = options.senderOffsetMinutes ?? 0;
  const senderZone = offset !== 0 ? fixedZone(offset) : zone.stated ? zone.zone : null;
  if (senderZone === null || dayIn(reference, senderZone) === dayIn(reference, userZone)) return mention;
  const again = findMentions(text.flowing, reference, senderZone).find((other) => other.index === mention.index);
  return again ? { ...again, evidence: [...again.evidence, 'date:sender-day'] } : mention;
}

/**
 * "Thursday at 10:30am" written on a Thursday after 10:30 in the sender's zone is next week's
 * Thursday: a bare weekday never points into the past.
 */
function nextWeekIfPassed(mention: Mention, reference: Date | null, zone: string | null): Mention {
  if (reference === null || zone === null || !mention.evidence.includes('date:weekday')) return mention;
  const at = DateTime.fromObject({ ...mention.wall }, { zone });
  if (!at.isValid || at.toMillis() >= reference.getTime()) return mention;
  const later = at.plus({ days: 7 });
  return {
    ...mention,
    wall: { year: later.year, month: later.month, day: later.day, hour: mention.wall.hour, minute: mention.wall.minute },
    evidence: [...mention.evidence, 'date:weekday-next-week'],
  };
}

function fixedZone(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const sign = offsetMinutes > 0 ? '+' : '-';
  const hours = Math.floor(Math.abs(offsetMinutes) / 60);
  const minutes = Math.abs(offsetMinutes) % 60;
  return `UTC${sign}${hours}${minutes === 0 ? '' : `:${pad(minutes)}`}`;
}

/** yyyymmdd of `instant` on the calendar of `zone`. */
function dayIn(instant: Date, zone: string): number {
  const shifted = new Date(instant.getTime() + offsetMinutesAt(instant, zone) * 60_000);
  return shifted.getUTCFullYear() * 10_000 + (shifted.getUTCMonth() + 1) * 100 + shifted.getUTCDate();
}

/**
 * How long before the mail was sent a time may stand and still be the one it is about: a note
 * written as the call starts ("we're ready when you are, 10:00") is not a past interview.
 */
const PAST_GRACE_MS = 60 * 60_000;

/**
 * A time earlier the same day than the mail ("your interview this morning at 10:30"): a past call.
 * Only for a clock read in the user's zone by assumption: a stated zone places "this arvo at 4" on
 * the sender's own day, which a server's Date stamp may not show.
 */
function isWellBeforeSent(at: string, reference: Date): boolean {
  return Date.parse(at) < reference.getTime() - PAST_GRACE_MS;
}

/** A time on a day before the mail was sent (in the zone it is stated in): a past call. */
function isBeforeSentDay(mention: Mention, reference: Date, zone: string): boolean {
  const { year, month, day } = mention.wall;
  return year * 10_000 + month * 100 + day < dayIn(reference, zone);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
