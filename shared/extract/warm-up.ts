import { casualEnglish } from './time/chrono-english.ts';
import { instantToIso, isUsableZone, offsetMinutesAt } from './zones.ts';

/**
 * A sentence chrono's English parsers (the ones every message's dates go through) run over once;
 * what they find does not matter. The other locales are read only for mail in those languages, and
 * warming them would cost every cold start more than it saves the few messages that need them.
 */
const SAMPLE = 'Interview: Tuesday, 6 January 2026 at 2:30 pm, or next week';
const REFERENCE = new Date(Date.UTC(2026, 0, 5, 12));

/**
 * One-time costs of a fresh process, paid at module init instead of on the first message: chrono
 * builds and compiles each parser's patterns on first use, and the first time-zone lookup loads
 * ICU's zone data. A Lambda that is almost always cold does this work either way; in init it is
 * counted in the cold start but leaves the first message to its own reading.
 */
export function warmUpExtraction(timeZone: string): void {
  casualEnglish.parse(SAMPLE, { instant: REFERENCE, timezone: offsetMinutesAt(REFERENCE, timeZone) }, { forwardDate: true });
  isUsableZone(timeZone);
  instantToIso(REFERENCE, timeZone);
}
