import * as chrono from 'chrono-node';
import { instantToIso, isUsableZone, offsetMinutesAt } from './zones.ts';

/** The locales extraction and forward dates read with (time/mentions.ts, mail/forward-date.ts). */
const CHRONO_LOCALES: readonly Pick<typeof chrono.en, 'parse'>[] = [chrono.en, chrono.en.GB, chrono.de, chrono.fr, chrono.es, chrono.ja];
/** A sentence every locale's parsers run over once; what they find does not matter. */
const SAMPLE = 'Interview: Tuesday, 6 January 2026 at 2:30 pm (10:00 Uhr), next week';
const REFERENCE = new Date(Date.UTC(2026, 0, 5, 12));

/**
 * One-time costs of a fresh process, paid at module init instead of on the first message: chrono
 * builds and compiles each parser's patterns on first use, and the first time-zone lookup loads
 * ICU's zone data. A Lambda that is almost always cold does this work either way; in init it is
 * counted in the cold start but leaves the first message to its own reading.
 */
export function warmUpExtraction(timeZone: string): void {
  for (const locale of CHRONO_LOCALES) locale.parse(SAMPLE, { instant: REFERENCE, timezone: offsetMinutesAt(REFERENCE, timeZone) });
  isUsableZone(timeZone);
  instantToIso(REFERENCE, timeZone);
}
