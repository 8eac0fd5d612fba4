/**
 * The English date shapes mail clients print in forwarded header blocks, read with one compiled
 * regex each. chrono-node reads them too, but runs dozens of parsers in six locales per value and
 * was most of the time spent reading a forward. Anything not exactly one of these shapes (another
 * language, a zone name, a numeric date whose order depends on the reader) is left to chrono.
 *
 *   Gmail        Mon, Nov 16, 2026 at 10:03 AM
 *   Outlook      Monday, November 16, 2026 10:03 AM
 *   Apple Mail   16 November 2026 at 10:03:00 GMT+1 · November 16, 2026 at 10:03:00 AM GMT-5
 *   RFC 5322     Mon, 16 Nov 2026 10:03:00 -0500
 */

/** Calendar fields as written, before any zone is applied. */
export interface WrittenDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** Minutes east of UTC when the value states an offset; null means the reader's wall-clock time. */
  readonly offsetMinutes: number | null;
}

const MONTHS: ReadonlyMap<string, number> = new Map([
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].flatMap(
    (name, index) => [[name, index + 1] as const, [name.slice(0, 3), index + 1] as const],
  ),
  ['sept', 9],
]);

/** Weekday names by JavaScript's getUTCDay() number. */
const WEEKDAYS: ReadonlyMap<string, number> = new Map(
  ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].flatMap((name, index) => [
    [name, index] as const,
    [name.slice(0, 3), index] as const,
  ]),
);

const WEEKDAY = '(?:(?<weekday>[a-z]{3,9}),? )?';
const MONTH = '(?<month>[a-z]{3,9})\\.?';
const DAY = '(?<day>\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?<year>(?:19|20|21)\\d\\d)';
/** Time, then an optional offset: "+0100", "GMT", "GMT+1", "UTC-05:00". A zone name is left to chrono. */
const TIME_AND_ZONE =
  '(?:,? (?:at )?(?<hour>\\d{1,2}):(?<minute>\\d\\d)(?::(?<second>\\d\\d))?(?: ?(?<meridiem>am|pm))?' +
  '(?: (?:(?<rfcOffset>[+-]\\d{4})|(?<gmt>gmt|utc)(?:(?<sign>[+-])(?<offsetHours>\\d{1,2})(?::?(?<offsetMinutes>\\d\\d))?)?))?)?';

const SHAPES: readonly RegExp[] = [
  new RegExp(`^${WEEKDAY}${MONTH} ${DAY},? ${YEAR}${TIME_AND_ZONE}$`, 'i'),
  new RegExp(`^${WEEKDAY}${DAY} ${MONTH},? ${YEAR}${TIME_AND_ZONE}$`, 'i'),
];

/**
 * The fields of `text` (whitespace already collapsed) when it is one of the shapes above and names a
 * real day and time whose weekday, if written, agrees; otherwise null, and the caller asks chrono.
 */
export function readClientDate(text: string): WrittenDate | null {
  for (const shape of SHAPES) {
    const groups = shape.exec(text)?.groups;
    if (groups !== undefined) return fieldsOf(groups);
  }
  return null;
}

function fieldsOf(groups: Readonly<Record<string, string | undefined>>): WrittenDate | null {
  const month = MONTHS.get((groups.month ?? '').toLowerCase());
  const year = Number(groups.year);
  const day = Number(groups.day);
  if (month === undefined || day < 1) return null;
  // Date.UTC rolls "February 30" over into March: a day that does not exist is not this shape's to read.
  const midnight = new Date(Date.UTC(year, month - 1, day));
  if (midnight.getUTCDate() !== day) return null;
  if (groups.weekday !== undefined && WEEKDAYS.get(groups.weekday.toLowerCase()) !== midnight.getUTCDay()) return null;

  // A day without a time is read as noon, as chrono does: the day then survives any zone's offset.
  let hour = Number(groups.hour ?? 12);
  const minute = Number(groups.minute ?? 0);
  const second = Number(groups.second ?? 0);
  if (minute > 59 || second > 59) return null;
  const meridiem = groups.meridiem?.toLowerCase();
  if (meridiem === undefined) {
    if (hour > 23) return null;
  } else {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  const offsetMinutes = offsetOf(groups);
  if (offsetMinutes === undefined) return null;
  return { year, month, day, hour, minute, second, offsetMinutes };
}

/** Minutes east of UTC; null when no offset is written; undefined when it is out of range. */
function offsetOf(groups: Readonly<Record<string, string | undefined>>): number | null | undefined {
  const { rfcOffset, gmt, sign, offsetHours, offsetMinutes } = groups;
  let hours: number;
  let minutes: number;
  let negative: boolean;
  if (rfcOffset !== undefined) {
    negative = rfcOffset.startsWith('-');
    hours = Number(rfcOffset.slice(1, 3));
    minutes = Number(rfcOffset.slice(3, 5));
  } else if (gmt !== undefined) {
    negative = sign === '-';
    hours = Number(offsetHours ?? 0);
    minutes = Number(offsetMinutes ?? 0);
  } else {
    return null;
  }
  if (hours > 14 || minutes > 59) return undefined;
  const total = hours * 60 + minutes;
  return negative ? -total : total;
}
