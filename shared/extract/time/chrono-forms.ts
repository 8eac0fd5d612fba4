/**
 * Written forms chrono misreads, rewritten in place as forms it reads, each the same length so
 * that every index into the rewritten body is an index into the original:
 * - weekday short forms it does not know: "next Tues at noon", "Weds 3pm" ("Tues" → " Tue");
 * - a dotted clock before am/pm: "10.15am" ("10:15am"), which it reads as "10" alone;
 * - an at-sign before an hour: "Tue @ 11" ("Tue at11"), which it does not read at all;
 * - Australian "this arvo" (this afternoon): "    today", so the day is placed.
 */
const SHORT_FORMS: Readonly<Record<string, string>> = { tues: 'Tue', weds: 'Wed' };
const SHORT_FORM = /\b(?:tues|weds)\b/gi;
const AT_SIGN_HOUR = /@ (?=\d)/g;
const THIS_ARVO = /\bthis arvo\b/gi;
const DOTTED_CLOCK = /\b(\d{1,2})\.([0-5]\d)(?=\s?[ap]\.?m\b)/gi;

export function chronoReadableForms(body: string): string {
  return body
    .replace(SHORT_FORM, (word: string) => (SHORT_FORMS[word.toLowerCase()] ?? word).padStart(word.length, ' '))
    .replace(AT_SIGN_HOUR, 'at')
    .replace(THIS_ARVO, '    today')
    .replace(DOTTED_CLOCK, (_clock: string, hour: string, minute: string) => `${hour}:${minute}`);
}
