/**
 * How far from the email a date it names may lie and still be acted on. Text, calendar parts and
 * the user's `#at` can all name the year 9999; a reminder planned from such a time falls beyond
 * what ISO timestamps, EventBridge Scheduler and the store accept (two days after 31 Dec 9999 is in
 * the year 10000), and an application holding it could no longer be planned at all. Real interview
 * and reply-by dates are weeks, at most months, away from the email that names them.
 */
export const MAX_YEARS_AFTER_EMAIL = 2;
export const MAX_YEARS_BEFORE_EMAIL = 1;

const YEAR_MS = 365.25 * 24 * 3_600_000;

/**
 * `value` (an ISO instant, or a yyyy-mm-dd date) when it lies within the span around `reference`
 * (an ISO instant), else null: an unbelievable date is treated like no date.
 */
export function plausibleNear(value: string | null, reference: string): string | null {
  if (value === null) return null;
  const time = Date.parse(value);
  const around = Date.parse(reference);
  if (Number.isNaN(time) || Number.isNaN(around)) return null;
  if (time > around + MAX_YEARS_AFTER_EMAIL * YEAR_MS || time < around - MAX_YEARS_BEFORE_EMAIL * YEAR_MS) return null;
  return value;
}
