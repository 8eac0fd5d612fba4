/**
 * Written forms chrono misreads, rewritten in place as forms it reads, each the same length so
 * that every index into the rewritten body is an index into the original:
 * - weekday short forms it does not know: "next Tues at noon", "Weds 3pm" ("Tues" → " Tue");
 * - a dotted clock before am/pm: "10.15am" ("10:15am"), which it reads as "10" alone;
 * - an at-sign before an hour: "Tue @ 11" ("Tue at11"), which it does not read at all;
 * - Australian "this arvo" (this afternoon): "    today", so the day is placed;
 * - a dotted day and month after a weekday and before a clock: "Monday 19.10 at 17:00", which it
 *   reads as the clock 19:10, is written month first ("10/19"), as chrono reads a slashed date;
 *   dots are day-first wherever they are written.
 */
const SHORT_FORMS: Readonly<Record<string, string>> = { tues: 'Tue', weds: 'Wed' };
const SHORT_FORM = /\b(?:tues|weds)\b/gi;
const AT_SIGN_HOUR = /@ (?=\d)/g;
const THIS_ARVO = /\bthis arvo\b/gi;
const WEEKDAY_DOTTED_DATE = /(\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s{1,2})(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])(?![.\d])(?=,?\s{1,2}(?:at\s{1,2}|from\s{1,2}|@\s{0,2})?(?:[01]?\d|2[0-3])(?:[:.][0-5]\d|\s?[ap]\.?m\b))/gi;
const DOTTED_CLOCK = /\b(\d{1,2})\.([0-5]\d)(?=\s?[ap]\.?m\b)/gi;

export function chronoReadableForms(body: string): string {
  return body
    .replace(SHORT_FORM, (word: string) => (SHORT_FORMS[word.toLowerCase()] ?? word).padStart(word.length, ' '))
    .replace(AT_SIGN_HOUR, 'at')
    .replace(THIS_ARVO, '    today')
    .replace(WEEKDAY_DOTTED_DATE, (_date: string, weekday: string, day: string, month: string) => `${weekday}${month}/${day}`)
    .replace(DOTTED_CLOCK, (_clock: string, hour: string, minute: string) => `${hour}:${minute}`);
}
