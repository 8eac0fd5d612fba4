import { DateTime } from 'luxon';
import { UsageError } from './usage-error.ts';

/**
 * `--until` for plan and run-due, one rule for both: an ISO-8601 date or date-time; with an offset
 * or Z it is that instant, without one it is read in the user's zone (a date alone is its midnight).
 */
export function parseUntil(value: string, timeZone: string): Date {
  // The date must lead: luxon also accepts a bare time ("09:00") as today, which no one means here.
  const at = /^\d{4}-\d{2}-\d{2}/.test(value) ? DateTime.fromISO(value, { zone: timeZone }) : null;
  if (at === null || !at.isValid) throw new UsageError(`--until: "${value}" is not an ISO-8601 date or date-time such as 2026-12-01T09:00`);
  return at.toJSDate();
}
