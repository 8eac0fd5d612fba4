import * as chrono from 'chrono-node';
import { offsetMinutesAt, type WallClock } from '../zones.ts';
import { casualEnglish } from './chrono-english.ts';
import { spelledTimesAsDigits } from './spelled-times.ts';
import { chronoReadableForms } from './chrono-forms.ts';

/**
 * Date-and-time mentions in a body, found with chrono and made whole: a date line joined to the
 * time line under it, "tomorrow" joined to "(Friday) at 1:30pm", "Monday the 9th" placed in the
 * month where the 9th is a Monday. Nothing here judges whether a mention is the interview.
 */

/** Chrono needs some reference; with no Date header only fully written dates are kept, so any fixed one does. */
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1));
/** How close a date-only mention and a time-only one must be to be read as one moment. */
const DATE_TIME_JOIN_CHARS = 48;
/** How far apart a date and a time may stand in one sentence and still be one moment. */
const SAME_SENTENCE_JOIN_CHARS = 320;
const SENTENCE_END = /[.!?](?:\s|$)|\n/;
/**
 * A sentence's end within a line: a day in one sentence ("… set for Tuesday.") is not joined to a
 * time in the next that names its own day ("… from Tue 3pm to Wed 11am").
 */
const SENTENCE_STOP = /[.!?]\s/;
/**
 * How far a schedule's first row may stand below the day it is on ("… is on Wednesday, November 18"
 * over a table whose rows start "9:00 AM – 9:45 AM"): the rest of that paragraph and a heading row.
 */
const AGENDA_JOIN_CHARS = 400;
/** A line that starts with a clock time: a row of a schedule or agenda. */
const ROW_START = /^[ \t]*(?:[-*•·][ \t]*)?$/;
/** A time line and a date line under it ("Time: 14:00 (GMT+01:00) Amsterdam, …" over "Date: …"). */
const NEXT_LABEL_LINE = /^[^\n.!?]*\n[ \t]*[\p{L} ]{1,20}[:：][ \t]*$/u;
/**
 * A clock time ("2pm", "14:00", "noon", "2 in the afternoon", "at 3.45" as British and Australian
 * writers put it, a bare hour "at 11." or "@ 10 for the onsite" that ends its phrase): "in 30min" is
 * a duration, not an appointment; "at 2.50 per hour" is a price; "at 10 Downing Street", "at 3 sites"
 * are no clock; "1530 hrs" and "tomorrow 1530" are four-digit clocks; "from 2 till 3 on Monday" is
 * a span of bare hours only when its day follows.
 */
export const CLOCK_TIME = /\bat\s{1,2}(?:[01]?\d|2[0-3])\.[0-5]\d\b(?![.,]?\d|\s{0,2}(?:%|per\b|an? (?:hour|day)|million|billion|[kmb]n?\b))|\d{1,2}(?:[:.]\d{2})?\s{0,2}(?:[ap]\.?m\b\.?|h(?:[0-5]\d)?\b|uhr)|\b\d{1,2} in the (?:morning|afternoon|evening)\b|\b\d{1,2}[:：]\d{2}\b|\b(?:noon|midday)\b|\b(?:[01]\d|2[0-3])[0-5]\d\s?(?:hrs?|hours)\b|\bfrom (?:1[0-2]|[1-9]) (?:till|until|to|[–-]) (?:1[0-2]|[1-9])(?![\d:.,]?\d)(?= (?:on|tomorrow|today|this|next)\b)|\b(?:today|tomorrow|tonight) (?:at )?(?:[01]\d|2[0-3])[0-5]\d\b|\bat (?:[01]\d|2[0-3])[0-5]\d(?=\s{0,2}\(?(?:GMT|UTC|[ECMP][SD]?T|BST|CES?T|IST|AES?T|AEDT)\b| on (?:mon|tue|wed|thu|fri|sat|sun))|(?:\bat|@)\s{0,2}(?:1[0-2]|[1-9])(?![\d:.,]?\d)(?=\s{0,2}(?:$|[,.;!?)–—]|(?:for|on|with|in|at|sharp|then|tomorrow|today|tonight|this|next|and|if|works|suits|still|o['’]clock|[ECMP][SD]?T|GMT|UTC|BST|CES?T|IST|AES?T|AEDT)\b))|\d{1,2}時|\b(?:[01]?\d|2[0-3])\.[0-5]\d(?=\s{0,2}\(?(?:hrs?|wib|wita|msk|hkt|sgt|ist|cet|cest|eet|eest|gmt|utc|bst|sast|eat|wat|jst|kst|pkt|pht|myt|npt|trt|aest|aedt|nzst|nzdt)\b)/i;
/**
 * Bare hours that are a clock by what follows them, kept apart from CLOCK_TIME to keep each pattern
 * small: a span before its zone ("from 11 to 12 Central"), one hour before its day ("from 2 on
 * Thursday", as in "45 minutes from 2 on Thursday").
 */
const BARE_HOUR_SPAN = /\bfrom (?:1[0-2]|[1-9]) (?:till|until|to|[–-]) (?:1[0-2]|[1-9])(?![\d:.,]?\d)(?= (?:[ECMP][SD]?T|ET|CT|MT|PT|GMT|UTC|BST|CES?T|eastern|central|mountain|pacific)\b)|\bfrom (?:1[0-2]|[1-9])(?= on (?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\b| (?:tomorrow|today)\b)/i;
/** The same, searched for across a body: only the stretches holding one are given to chrono. */
const CLOCK_TIME_ANYWHERE = new RegExp(CLOCK_TIME.source, 'gi');
const BARE_HOUR_SPAN_ANYWHERE = new RegExp(BARE_HOUR_SPAN.source, 'gi');

/** Every clock time in `text`, in order. */
function clocksIn(text: string): RegExpExecArray[] {
  const clocks = [...text.matchAll(CLOCK_TIME_ANYWHERE), ...text.matchAll(BARE_HOUR_SPAN_ANYWHERE)];
  return clocks.sort((a, b) => a.index - b.index);
}
/**
 * Clock times read per body. An interview mail states a handful; a body with hundreds (a
 * timetable, a hostile message) would otherwise cost chrono seconds, and its first ones are the
 * mail's own.
 */
const MAX_CLOCK_TIMES = 24;
/** "within 24h", "in 2 hours": chrono reads a moment that many hours from the mail, not a clock time. */
const HOURS_SPAN = /^(?:within|in|after|over|for)\s{1,2}(?:the\s{1,2}next\s{1,2})?\d{1,3}\s{0,2}(?:h|hrs?|hours?)\b/i;
/** How far before chrono's result the clock's lead word ("at ") may stand. */
const CLOCK_LEAD_CHARS = 3;
/** Longest stretch handed to chrono on either side of one clock time. */
const WINDOW_MAX_CHARS = 400;
/** Words that mark a German or Japanese date, read with chrono's locale for that language. */
const GERMAN_DATE = /\b(?:uhr|januar|februar|märz|mai|juni|juli|oktober|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b/i;
const JAPANESE_DATE = /\d{1,2}月\d{1,2}日|\d{1,2}時/;
/**
 * "Nov 10 - 2:00 PM": chrono reads "10 - 2:00 PM" as a range of hours. The dash between a day of
 * the month and a clock time is only a separator ("Wed 2 Dec – 16:00 CET" too).
 */
const DATE_DASH_TIME = /(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s{1,2}\d{1,2}(?:st|nd|rd|th)?|\b\d{1,2}(?:st|nd|rd|th)?\s{1,2}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?)(?:,?\s{1,2}\d{4})?,?\s{1,2}[-–—]\s{1,2}(?=\d{1,2}(?::\d{2})?\s{0,2}[ap]\.?m|\d{1,2}:\d{2})/gi;
/**
 * "10-10:45 am", "2–2:30pm": a range whose start is a bare hour, which chrono reads as a year and an
 * offset. Written again at the same length with the meridiem on the start ("10am-10:45"); the start
 * takes the end's am or pm unless that would put it after the end ("11-12:30pm" starts at 11am).
 */
const BARE_START_RANGE = /(?<![\d:.\/])(1[0-2]|0?[1-9])\s?[-–]\s?((?:1[0-2]|0?[1-9]):[0-5]\d)\s?([ap])\.?m\b\.?/gi;

function withStartMeridiem(range: string, start: string, end: string, meridiem: string): string {
  const pm = meridiem.toLowerCase() === 'p' && Number(start) % 12 <= Number(end.split(':')[0]) % 12;
  return `${start}${pm ? 'pm' : 'am'}-${end}`.padEnd(range.length);
}
/** "11:30 hrs": chrono reads "30 hrs" as a duration; the word is blanked, keeping the length. */
const CLOCK_HOURS_WORD = /\b(\d{1,2}[:.]\d{2})\s?(?:hrs|hours|hr)\b/gi;
const URL = /https?:\/\/\S+/g;
const DOTTED_DATE = /\b(\d{1,2})\.(\d{1,2})\.(?:\d{4}|\d{2})\b/;
/** chrono reports these as known dates, but they are counted from the mail's own day. */
const RELATIVE_DAY_WORD = /\b(?:today|tonight|tomorrow|tmrw?|tmw|next\s{1,2}(?:wk|week)(?:'s)?\s{1,2}[a-z]{3,9})\b/i;
/**
 * "how the day will look", "the week went well": chrono reads a bare unit after "the" or "a" as a
 * day or week from now. Without a number or a direction word it is no date.
 */
const BARE_UNIT = /^(?:the|a|an|one)\s{1,2}(?:day|week|month|year)$/i;
/** How many months ahead "Monday the 9th" may point. */
const ORDINAL_MONTHS_AHEAD = 3;

const WEEKDAYS: Readonly<Record<string, number>> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };
/**
 * "Monday the 9th", "Tue 10th", "on the 9th": a day of the month with no month, which chrono reads
 * as a weekday alone. Not when a month name follows ("Tuesday 10th November" is chrono's own).
 */
const WEEKDAY_ORDINAL = /\b(?:(mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},?\s{1,2}\(?(?:the\s{1,2})?|the\s{1,2})(\d{1,2})(?:st|nd|rd|th)\b\)?(?!\s{0,2}(?:of\s{1,2})?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i;

/**
 * "next wk tues", "next week's Thursday": the weekday in the week after the mail's own (weeks start
 * on Monday). chrono reads "next week" alone and drops the weekday.
 */
const NEXT_WEEK_WEEKDAY = /\bnext\s{1,2}(?:wk|week)(?:'s|’s)?\s{1,2}(?:on\s{1,2})?(mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?(?![a-z])/i;

const english = casualEnglish.clone();
english.parsers.push({
  pattern: () => NEXT_WEEK_WEEKDAY,
  extract: (context, match) => {
    const weekday = WEEKDAYS[(match[1] ?? '').toLowerCase()];
    if (weekday === undefined) return null;
    const offset = context.reference.timezoneOffset ?? 0;
    const today = new Date(context.reference.instant.getTime() + offset * 60_000);
    const sinceMonday = (today.getUTCDay() + 6) % 7;
    const target = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - sinceMonday + 7 + ((weekday + 6) % 7)));
    const components = context.createParsingComponents({ day: target.getUTCDate(), weekday });
    components.imply('month', target.getUTCMonth() + 1).imply('year', target.getUTCFullYear());
    return components;
  },
});
/**
 * "10h", "15h30": the hour-mark clock of French, Belgian and Swiss writers. chrono reads "10h" as ten
 * hours from now, so this parser goes first. Not after a span word ("within 24h", "for 2h").
 */
const HOUR_MARK_CLOCK = /(?<![\w.:])(?<!\b(?:within|in|for|every|after|than|to|up) )([01]?\d|2[0-3])h([0-5]\d)?(?!\w)/i;
english.parsers.unshift({
  pattern: () => HOUR_MARK_CLOCK,
  extract: (context, match) => context.createParsingComponents({ hour: Number(match[1]), minute: Number(match[2] ?? 0) }),
});
/**
 * "1530 hrs", "tomorrow 1530": the four-digit clock of military, engineering and shift mail, which
 * chrono reads as a year. Only with its hours word, or right after a relative day and not before a
 * street ("tomorrow at 1530 Harbour Road"); never inside a span of hours ("0800–1630 hrs").
 */
const FOUR_DIGIT_CLOCK = /(?<![\w:.,–—-])([01]\d|2[0-3])([0-5]\d)\s{0,2}(?:[Hh]rs?|[Hh]ours|HRS?|HOURS)\b|(?<=\b(?:[Tt]oday|[Tt]omorrow|[Tt]onight)\s{1,2}(?:at\s{1,2})?)([01]\d|2[0-3])([0-5]\d)(?![\w:.,])(?!\s{1,2}(?:[A-Z][a-z]|[a-z]+\s{1,2}(?:[Rr]oad|[Ss]treet|[Aa]ve(?:nue)?|[Dd]rive|[Ll]ane|[Ww]ay|[Bb]lvd)\b))/;
english.parsers.unshift({
  pattern: () => FOUR_DIGIT_CLOCK,
  extract: (context, match) => context.createParsingComponents({ hour: Number(match[1] ?? match[3]), minute: Number(match[2] ?? match[4]) }),
});
/** "at 1600 GMT", "at 0930 on Wednesday": a four-digit clock after "at" with a zone or a weekday next. */
const AT_FOUR_DIGIT_CLOCK = /(?<=\b[Aa]t )([01]\d|2[0-3])([0-5]\d)(?=\s{0,2}\(?(?:GMT|UTC|[ECMP][SD]?T|BST|CES?T|IST|AES?T|AEDT)\b| on (?:Mon|Tue|Wed|Thu|Fri|Sat|Sun))/;
english.parsers.unshift({
  pattern: () => AT_FOUR_DIGIT_CLOCK,
  extract: (context, match) => context.createParsingComponents({ hour: Number(match[1]), minute: Number(match[2]) }),
});
/** "45 minutes from 2 on Thursday": a bare hour after a duration, when its day follows. */
const DURATION_FROM_HOUR = /(?<=\b(?:minutes?|mins?|hours?|hrs?)\s{1,2})(?:from|starting(?:\s{1,2}at)?)\s{1,2}(1[0-2]|[1-9])(?=\s{1,2}(?:on\s{1,2}(?:mon|tue|wed|thu|fri|sat|sun)|tomorrow|today)[a-z]{0,6}\b)/i;
english.parsers.unshift({
  pattern: () => DURATION_FROM_HOUR,
  extract: (context, match) => context.createParsingComponents({ hour: Number(match[1]), minute: 0 }),
});
/**
 * "03.12." with no year: the day-first dotted date of German and Dutch mail, which chrono does not
 * read. Placed in the first year where it is not past.
 */
const DOTTED_DAY_MONTH = /(?<![\d.])(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.(?!\d)/;
english.parsers.push({
  pattern: () => DOTTED_DAY_MONTH,
  extract: (context, match) => {
    const date = Number(match[1]);
    const month = Number(match[2]);
    const offset = context.reference.timezoneOffset ?? 0;
    const today = new Date(context.reference.instant.getTime() + offset * 60_000);
    const thisYear = today.getUTCFullYear();
    const past = Date.UTC(thisYear, month - 1, date) < Date.UTC(thisYear, today.getUTCMonth(), today.getUTCDate());
    const components = context.createParsingComponents({ day: date, month });
    components.imply('year', past ? thisYear + 1 : thisYear);
    return components;
  },
});
english.parsers.push({
  pattern: () => WEEKDAY_ORDINAL,
  extract: (context, match) => {
    const date = Number(match[2]);
    const weekday = match[1] ? WEEKDAYS[match[1].toLowerCase()] : undefined;
    if (date < 1 || date > 31) return null;
    const offset = context.reference.timezoneOffset ?? 0;
    const today = new Date(context.reference.instant.getTime() + offset * 60_000);
    const placed = placeOrdinal(today, date, weekday);
    if (!placed) return null;
    const components = context.createParsingComponents({ day: date });
    components.imply('month', placed.month).imply('year', placed.year);
    if (weekday !== undefined) components.assign('weekday', weekday);
    return components;
  },
});

/** The first month, from the reference's own, where `date` is not past and falls on `weekday` (when given). */
function placeOrdinal(today: Date, date: number, weekday: number | undefined): { year: number; month: number } | null {
  let fallback: { year: number; month: number } | null = null;
  for (let ahead = 0; ahead <= ORDINAL_MONTHS_AHEAD; ahead++) {
    const first = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + ahead, 1));
    const candidate = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), date));
    if (candidate.getUTCMonth() !== first.getUTCMonth()) continue;
    if (ahead === 0 && date < today.getUTCDate()) continue;
    const placed = { year: first.getUTCFullYear(), month: first.getUTCMonth() + 1 };
    if (weekday === undefined || candidate.getUTCDay() === weekday) return placed;
    fallback ??= placed;
  }
  return weekday === undefined ? fallback : null;
}

export interface Mention {
  /** Where the mention starts and ends in the body. */
  readonly index: number;
  readonly end: number;
  /** The words of the mention (kept in memory only, for proposed slots). */
  readonly text: string;
  readonly wall: WallClock;
  /** `explicit`: the month was written; `relative`: the day was placed from the mail's date. */
  readonly day: 'explicit' | 'relative';
  /** Length of a written range ("4–5 pm" is 60), or null. */
  readonly rangeMinutes: number | null;
  /** How the mention was put together, e.g. `date:joined-time-line`, `date:day-month-swapped`. */
  readonly evidence: readonly string[];
  /** Why the mention is not a usable moment (a weekday that does not match its date), or null. */
  readonly unusable: string | null;
  /** Where its time starts when the day stands far above it (a schedule's first row): only from there is its zone read. */
  readonly timeIndex?: number;
}

/**
 * Date-and-time mentions in `body` with a stated hour and a day, relative days resolved against
 * `reference` as seen in `zone`.
 */
export function findMentions(written: string, reference: Date | null, zone: string): Mention[] {
  // Same length as the body, so every index found in it is one in the body too.
  const body = chronoReadableForms(spelledTimesAsDigits(written));
  const windows = clockWindows(body);
  if (windows.length === 0) return [];
  const instant = reference ?? NO_REFERENCE;
  const chronoReference = { instant, timezone: offsetMinutesAt(instant, zone) };
  const urls = [...body.matchAll(URL)].map((url) => [url.index, url.index + url[0].length] as const);
  const results = windows
    .flatMap(([from, to]) => parseLines(body.slice(from, to), from, chronoReference))
    // The clock may lean on the word before the result ("at 0930 on Wednesday": chrono leaves out the "at").
    .filter((result) => (hasClock(body, result) && !HOURS_SPAN.test(result.text)) || !result.start.isCertain('hour'))
    .filter((result) => !urls.some(([from, to]) => result.index >= from && result.index < to))
    .filter((result) => !BARE_UNIT.test(result.text));
  const mentions: Mention[] = [];
  for (let i = 0; i < results.length; i++) {
    const result = results[i];
    if (!result) continue;
    // Vague spans between ("this week") neither give a moment nor stop a date meeting its time.
    let j = i + 1;
    // So does a weekday repeating the date before it ("24-11-2026 (Tuesday)").
    while (results[j] && !hasHour(results[j]!) && (!hasDay(results[j]!) || (result.start.isCertain('day') && !results[j]!.start.isCertain('day')))) j++;
    const next = results[j];
    const gap = next ? next.index - (result.index + result.text.length) : Infinity;
    const between = next ? body.slice(next.index - gap, next.index) : '';
    // Close by, or further on in the same sentence ("meet you tomorrow; … put you down for 11:15am").
    const near = next !== undefined && gap >= 0 && !between.includes('\n\n')
      && (gap <= DATE_TIME_JOIN_CHARS || (gap <= SAME_SENTENCE_JOIN_CHARS && (!SENTENCE_END.test(between) || NEXT_LABEL_LINE.test(between))));
    if (hasHour(result) && hasDay(result)) {
      mentions.push(...splitMoves(result).map((part) => mentionOf(part, part, part.index, part.index + part.text.length, part.text, [], reference)));
    } else if (!hasHour(result) && hasDay(result) && near && next && hasHour(next) && (!hasDay(next) || (sameWeekday(result.start, next.start) && !SENTENCE_STOP.test(between)))) {
      // "Date: Thursday, November 12" over "Time: 2:00 PM", or "tomorrow (Friday) at 1:30pm".
      const rows = !hasDay(next) && startsRow(body, next.index) ? agendaRows(body, results, j) : [];
      mentions.push(mentionOf(result, next, result.index, next.index + next.text.length, `${result.text} ${next.text}`, ['date:joined-time', ...(rows.length > 0 ? ['date:agenda-first-row'] : [])], reference));
      mentions.push(...rows.map((row) => ({ ...mentionOf(result, row, row.index, row.index + row.text.length, row.text, ['date:agenda-row'], reference), timeIndex: row.index })));
      i = j + rows.length;
    } else if (hasHour(result) && !hasDay(result) && near && next && !hasHour(next) && hasDay(next)) {
      // "10:00am - 10:30am (Eastern Time) on Thursday, November 12" (Calendly and others).
      mentions.push(mentionOf(next, result, result.index, next.index + next.text.length, `${result.text} ${next.text}`, ['date:joined-time'], reference));
      i = j;
    } else if (!hasHour(result) && hasDay(result) && next && hasHour(next) && !hasDay(next) && gap >= 0 && gap <= AGENDA_JOIN_CHARS && startsRow(body, next.index)) {
      // A day stated once over a schedule whose rows give only times: the first row starts it.
      const rows = agendaRows(body, results, j);
      mentions.push({ ...mentionOf(result, next, result.index, next.index + next.text.length, `${result.text} ${next.text}`, ['date:agenda-first-row'], reference), timeIndex: next.index });
      mentions.push(...rows.map((row) => ({ ...mentionOf(result, row, row.index, row.index + row.text.length, row.text, ['date:agenda-row'], reference), timeIndex: row.index })));
      i = j + rows.length;
    }
  }
  return mentions;
}

/** How far after chrono's result the words that make its span a clock may reach ("from 11 to 12 Central"). */
const CLOCK_TAIL_CHARS = 12;

/**
 * chrono's result holds a clock time: in its own words, with the lead word before it ("at 0930 on
 * Wednesday"), or with the word after it that makes a span of bare hours one ("from 11 to 12 Central").
 */
function hasClock(body: string, result: chrono.ParsedResult): boolean {
  if (CLOCK_TIME.test(result.text) || BARE_HOUR_SPAN.test(result.text)) return true;
  const from = Math.max(0, result.index - CLOCK_LEAD_CHARS);
  const end = result.index + result.text.length;
  return clocksIn(body.slice(from, end + CLOCK_TAIL_CHARS)).some((clock) => from + clock.index < end);
}

/**
 * The rows after a schedule's first (`results[first]`): times with no day of their own, each opening
 * its line, in the same block (no blank line between). They share the day stated above the first.
 */
function agendaRows(body: string, results: readonly chrono.ParsedResult[], first: number): chrono.ParsedResult[] {
  const rows: chrono.ParsedResult[] = [];
  let previous = results[first];
  for (let k = first + 1; previous && k < results.length; k++) {
    const row = results[k]!;
    const between = body.slice(previous.index + previous.text.length, row.index);
    if (!hasHour(row) || hasDay(row) || !startsRow(body, row.index) || between.includes('\n\n') || !between.includes('\n')) break;
    rows.push(row);
    previous = row;
  }
  return rows;
}

/** Where a span "from X to Y" turns to its second moment. */
const TO_SEPARATOR = /\s(?:to|until|till|through|-|–|—)\s/gi;

/**
 * chrono reads "from Tuesday at 10am to Wednesday at 1pm" as one span; when its ends fall on
 * different days it is two moments (a move, or two options), each its own mention.
 */
function splitMoves(result: chrono.ParsedResult): chrono.ParsedResult[] {
  const end = result.end;
  if (!end?.isCertain('hour') || !(end.isCertain('day') || end.isCertain('weekday'))) return [result];
  if (end.get('day') === result.start.get('day') && end.get('month') === result.start.get('month')) return [result];
  const separator = [...result.text.matchAll(TO_SEPARATOR)].at(-1);
  if (!separator) return [result];
  const cut = separator.index + separator[0].length;
  const first: chrono.ParsedResult = { ...result, text: result.text.slice(0, separator.index), end: undefined, date: () => result.date(), tags: () => result.tags() };
  const second: chrono.ParsedResult = { ...result, index: result.index + cut, text: result.text.slice(cut), start: end, end: undefined, date: () => result.date(), tags: () => result.tags() };
  return [first, second];
}

/** The time at `index` opens its line (a list bullet aside). */
function startsRow(body: string, index: number): boolean {
  return ROW_START.test(body.slice(body.lastIndexOf('\n', index - 1) + 1, index));
}

function hasHour(result: chrono.ParsedResult): boolean {
  return result.start.isCertain('hour');
}

function hasDay(result: chrono.ParsedResult): boolean {
  return result.start.isCertain('day') || result.start.isCertain('weekday');
}

/** A weekday-only time ("Friday, at 1:30pm") agrees with the date it follows ("tomorrow"). */
function sameWeekday(day: chrono.ParsedComponents, time: chrono.ParsedComponents): boolean {
  if (time.isCertain('day')) return false;
  const weekday = time.get('weekday');
  const year = day.get('year');
  const month = day.get('month');
  const date = day.get('day');
  if (weekday === null || year === null || month === null || date === null) return true;
  return new Date(Date.UTC(year, month - 1, date)).getUTCDay() === weekday;
}

function mentionOf(
  dayResult: chrono.ParsedResult,
  timeResult: chrono.ParsedResult,
  index: number,
  end: number,
  text: string,
  joined: readonly string[],
  reference: Date | null,
): Mention {
  const day = dayResult.start;
  const time = timeResult.start;
  const evidence = [...joined];
  let year = day.get('year') ?? 0;
  let month = day.get('month') ?? 0;
  let date = day.get('day') ?? 0;
  let unusable: string | null = null;
  const weekday = day.isCertain('weekday') ? day.get('weekday') : null;
  if (weekday !== null && day.isCertain('day') && weekdayOf(year, month, date) !== weekday) {
    // "Thursday 12/11": read as 11 December by chrono, but 12 November is the Thursday.
    // chrono may also have pushed its misreading a year on ("Tuesday 10/11" written in November read
    // as 11 October, past, so next year's): the day-first date is then in the year before.
    const swappedYear = [year, ...(day.isCertain('year') ? [] : [year - 1])].find((candidate) => weekdayOf(candidate, date, month) === weekday);
    if (day.isCertain('month') && month <= 12 && date <= 12 && swappedYear !== undefined && /\d{1,2}[/.]\d{1,2}/.test(dayResult.text)) {
      [month, date] = [date, month];
      year = swappedYear;
      evidence.push('date:day-month-swapped');
    } else {
      // "Monday, November 30" pushed by chrono into a year where Nov 30 is no Monday: a past day.
      unusable = 'date:weekday-mismatch';
    }
  }
  // "12.11.2026" is day-first wherever it is written: nobody writes a US date with dots.
  const dotted = DOTTED_DATE.exec(dayResult.text);
  if (dotted && Number(dotted[1]) === month && Number(dotted[2]) === date && date <= 12) {
    [month, date] = [date, month];
    evidence.push('date:day-first-dots');
  }
  // Without the mail's date, "Tuesday" or "Dec 8" cannot be placed in a year.
  if (reference === null && !(day.isCertain('year') && day.isCertain('month') && day.isCertain('day'))) unusable ??= 'date:no-reference';
  if (RELATIVE_DAY_WORD.test(dayResult.text)) evidence.push('date:relative-day');
  else if (!day.isCertain('month')) evidence.push(!day.isCertain('day') ? 'date:weekday' : day.isCertain('weekday') ? 'date:weekday-ordinal' : 'date:day-of-month');
  const minute = time.get('minute') ?? 0;
  const hour = afternoonIfBare(time, timeResult.text);
  if (hour !== (time.get('hour') ?? 0)) evidence.push('time:afternoon-implied');
  const writtenEnd = timeResult.end?.isCertain('hour') ? timeResult.end.get('hour') : null;
  // "from 2 till 3": when the start moved to the afternoon, a bare end before it did too.
  const endHour = writtenEnd !== null && writtenEnd < hour && writtenEnd + 12 > hour && !timeResult.end?.isCertain('meridiem') ? writtenEnd + 12 : writtenEnd;
  const rangeMinutes = endHour === null ? null : (endHour * 60 + (timeResult.end?.get('minute') ?? 0)) - (hour * 60 + minute);
  if (rangeMinutes !== null) evidence.push('time:range-start');
  return {
    index,
    end,
    text,
    wall: { year, month, day: date, hour, minute },
    day: day.isCertain('month') && !RELATIVE_DAY_WORD.test(dayResult.text) ? 'explicit' : 'relative',
    rangeMinutes,
    evidence,
    unusable,
  };
}

/** Hours a bare clock ("at 3:45", "at 2.30") means in the afternoon: nobody books an interview at 3 a.m. */
const AFTERNOON_HOURS_UP_TO = 6;
/** A bare clock with an hour of one or two digits, as the mention writes it ("3:45", not "03:45" or "3:45am"). */
const BARE_CLOCK = /(?<![\d:.])([1-9])[:.][0-5]\d(?![\d:.])(?!\s{0,2}(?:[ap]\.?m\b|h\b|uhr\b|in the morning\b))/i;

/** A bare hour after "at" or "@" ("Thursday at 3", "@ 2"), with no minutes and no am or pm. */
const BARE_HOUR = /(?:\bat|@|\bfrom)\s{0,2}([1-9])(?![\d:.]\d|\d)(?!\s{0,2}(?:[ap]\.?m\b|h\b|uhr\b|in the morning\b))/i;

/**
 * The mention's hour, moved to the afternoon when the clock says neither am nor pm, is written
 * without a leading zero and falls between one and six ("this Thursday arvo at 3.45").
 */
function afternoonIfBare(time: chrono.ParsedComponents, text: string): number {
  const hour = time.get('hour') ?? 0;
  if (hour < 1 || hour > AFTERNOON_HOURS_UP_TO || time.isCertain('meridiem')) return hour;
  const clock = BARE_CLOCK.exec(text) ?? BARE_HOUR.exec(text);
  return clock && Number(clock[1]) === hour && !/\bmorning\b/i.test(text) ? hour + 12 : hour;
}

function weekdayOf(year: number, month: number, date: number): number {
  return new Date(Date.UTC(year, month - 1, date)).getUTCDay();
}

/**
 * The stretches of `body` worth giving to chrono: each line holding a clock time, with two lines
 * before it and one after (a "Date:" line above a "Time:" line, a date under a Calendly time). chrono
 * costs time in proportion to the text it reads, and most of a job mail holds no time at all.
 */
function clockWindows(body: string): (readonly [number, number])[] {
  const windows: [number, number][] = [];
  let seen = 0;
  for (const clock of clocksIn(body)) {
    if (++seen > MAX_CLOCK_TIMES) break;
    const lineStart = body.lastIndexOf('\n', clock.index - 1) + 1;
    // Two lines up: "Date" / "Thursday, November 12" / "Time" / "2:00 PM" as an HTML table reads.
    const previousStart = lineStart > 0 ? body.lastIndexOf('\n', lineStart - 2) + 1 : lineStart;
    const twoUpStart = previousStart > 0 ? body.lastIndexOf('\n', previousStart - 2) + 1 : previousStart;
    const lineEnd = body.indexOf('\n', clock.index);
    const nextEnd = lineEnd < 0 ? body.length : body.indexOf('\n', lineEnd + 1);
    const to = Math.min(nextEnd < 0 ? body.length : nextEnd, clock.index + WINDOW_MAX_CHARS);
    // A schedule row (a line opening with its time) may be under the paragraph that names its day.
    const from = startsRow(body, clock.index) ? Math.max(0, clock.index - AGENDA_JOIN_CHARS) : Math.max(twoUpStart, clock.index - WINDOW_MAX_CHARS);
    const last = windows.at(-1);
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

/** chrono's parser for the language a line is written in: English unless it shows German or Japanese dates. */
function parserFor(text: string): (text: string, reference: chrono.ParsingReference, option: chrono.ParsingOption) => chrono.ParsedResult[] {
  if (JAPANESE_DATE.test(text)) return chrono.ja.parse.bind(chrono.ja);
  if (GERMAN_DATE.test(text)) return chrono.de.parse.bind(chrono.de);
  return english.parse.bind(english);
}

/**
 * chrono reads "- Mon 10:00 AM\n- Tue 2:00 PM" as one range; a mention never spans lines, so a
 * result that does is parsed again line by line, as is a window mixing languages. `offset` places
 * the window in the body.
 */
function parseLines(raw: string, offset: number, reference: chrono.ParsingReference): chrono.ParsedResult[] {
  // Same length, so every index still points into the body.
  const window = raw
    .replace(DATE_DASH_TIME, (dash) => dash.replace(/[-–—]/, ','))
    .replace(CLOCK_HOURS_WORD, (clock, time: string) => time.padEnd(clock.length))
    .replace(BARE_START_RANGE, withStartMeridiem);
  const isEnglish = !JAPANESE_DATE.test(window) && !GERMAN_DATE.test(window);
  const whole = isEnglish ? english.parse(window, reference, { forwardDate: true }) : null;
  if (whole && whole.every((result) => !result.text.includes('\n'))) return whole.map((result) => relocated(result, offset + result.index));
  const results: chrono.ParsedResult[] = [];
  let lineOffset = offset;
  for (const line of window.split('\n')) {
    for (const part of parserFor(line)(line, reference, { forwardDate: true })) results.push(relocated(part, lineOffset + part.index));
    lineOffset += line.length + 1;
  }
  return results;
}

function relocated(result: chrono.ParsedResult, index: number): chrono.ParsedResult {
  return { ...result, index, text: result.text, start: result.start, end: result.end, date: () => result.date(), tags: () => result.tags() };
}
