import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import { readClientDate, type WrittenDate } from './client-date-formats.ts';

export interface ForwardDateContext {
  /** The user's IANA zone: a date written without an offset is read as wall-clock time there. */
  readonly timeZone: string;
  /** Resolves a date written without a year (the forwarding message's own Date). */
  readonly reference: Date;
}

type ChronoParser = Pick<typeof chrono.en, 'parse'>;

/**
 * Every reading tried, in order of preference: month-first (US) or day-first numeric dates such as
 * 03/11/2026, then the client locales whose header dates are spelled out in their own language.
 */
const MONTH_FIRST: readonly ChronoParser[] = [chrono.en, chrono.en.GB, chrono.de, chrono.fr, chrono.es];
const DAY_FIRST: readonly ChronoParser[] = [chrono.en.GB, chrono.en, chrono.de, chrono.fr, chrono.es];

/**
 * Reads the Date/Sent value of a forwarded header block: "Mon, Nov 16, 2026 at 10:03 AM",
 * "Monday, November 16, 2026 10:03 AM", "16 November 2026 at 10:03:00 GMT+1", "11/16/2026 10:03 AM",
 * RFC 5322 dates, and German/French/Spanish spellings. An offset or zone in the text wins; without
 * one the time is the user's wall-clock time (clients print the reader's local time). Null when the
 * value does not name a calendar day.
 */
export function parseForwardDate(value: string, context: ForwardDateContext): Date | null {
  const text = value.replace(/\*/g, '').replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  // The common client shapes first: one regex instead of chrono's many parsers.
  const written = readClientDate(text);
  const date = written === null ? null : dateOf(written, context.timeZone);
  return date ?? readForwardDateWithChrono(text, context);
}

/** The general reader behind parseForwardDate, for any value; exported to check the fast path against it. */
export function readForwardDateWithChrono(text: string, context: ForwardDateContext): Date | null {
  const parsers = context.timeZone.startsWith('America/') || context.timeZone.startsWith('US/') ? MONTH_FIRST : DAY_FIRST;
  let best: chrono.ParsedResult | null = null;
  for (const parser of parsers) {
    const result = parser.parse(text, context.reference)[0];
    if (result === undefined || !result.start.isCertain('day') || !result.start.isCertain('month')) continue;
    // The reading that consumed most of the value understood it best (weekday, time and zone included).
    if (best === null || result.text.length > best.text.length) best = result;
  }
  if (best === null) return null;
  const start = best.start;
  if (start.isCertain('timezoneOffset')) return start.date();
  return dateOf(
    {
      year: start.get('year') ?? context.reference.getUTCFullYear(),
      month: start.get('month') ?? 1,
      day: start.get('day') ?? 1,
      hour: start.get('hour') ?? 0,
      minute: start.get('minute') ?? 0,
      second: start.get('second') ?? 0,
      offsetMinutes: null,
    },
    context.timeZone,
  );
}

/** The instant written: at the stated offset, or as wall-clock time in the user's zone. */
function dateOf(written: WrittenDate, timeZone: string): Date | null {
  const { year, month, day, hour, minute, second, offsetMinutes } = written;
  if (offsetMinutes !== null) return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000);
  const local = DateTime.fromObject({ year, month, day, hour, minute, second }, { zone: timeZone });
  return local.isValid ? local.toJSDate() : null;
}
