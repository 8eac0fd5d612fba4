/**
 * The span a Date header may name and still be believed. A message dated in the year 9999 (or
 * 1900) is forged or broken; taken at its word, reminders planned from it land beyond what ISO
 * timestamps, EventBridge Scheduler and the store accept (a status check after 31 Dec 9999 falls
 * in the year 10000). Outside the span the date counts as missing, so arrival time is used instead.
 */
export const EARLIEST_MAIL_DATE = Date.UTC(1970, 0, 1);
export const LATEST_MAIL_DATE = Date.UTC(2200, 0, 1);

export function plausibleMailDate(date: Date | null | undefined): Date | null {
  if (date === null || date === undefined) return null;
  const time = date.getTime();
  return Number.isNaN(time) || time < EARLIEST_MAIL_DATE || time >= LATEST_MAIL_DATE ? null : date;
}
