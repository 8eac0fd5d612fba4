import { IANAZone } from 'luxon';
import { UsageError } from './usage-error.ts';

/** The zone a command reads dates in: `--tz`, else the machine's own zone. */
export function resolveTimeZone(flag: string | undefined): string {
  const zone = flag ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!IANAZone.isValidZone(zone)) throw new UsageError(`--tz: "${zone}" is not an IANA time zone such as "Europe/Berlin"`);
  return zone;
}
