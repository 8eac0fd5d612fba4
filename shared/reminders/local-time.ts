import { DateTime } from 'luxon';

/** English month and weekday names whatever the machine's locale, so output is stable. */
const LOCALE = 'en-GB';

/** An ISO instant (or Date) seen in the user's zone; null when it cannot be read. */
export function inZone(value: string | Date, zone: string): DateTime | null {
  const dt = typeof value === 'string' ? DateTime.fromISO(value, { setZone: true }) : DateTime.fromJSDate(value);
  return dt.isValid ? dt.setZone(zone).setLocale(LOCALE) : null;
}

/** "Tue 3 Nov 2026, 14:05" */
export function dateTimeLabel(dt: DateTime): string {
  return dt.toFormat('ccc d LLL yyyy, HH:mm');
}

/** "Tue 3 Nov" */
export function dayLabel(dt: DateTime): string {
  return dt.toFormat('ccc d LLL');
}

/** "14:05" */
export function timeLabel(dt: DateTime): string {
  return dt.toFormat('HH:mm');
}

/** "today", "tomorrow", "yesterday" or "on Tue 3 Nov", judged by calendar days in the zone. */
export function relativeDay(target: DateTime, now: DateTime): string {
  const days = Math.round(target.startOf('day').diff(now.setZone(target.zone).startOf('day'), 'days').days);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return `on ${dayLabel(target)}`;
}

/** A yyyy-mm-dd date as a day label ("Tue 3 Nov"), or null when it is not a date. */
export function calendarDateLabel(isoDate: string, zone: string): string | null {
  const dt = DateTime.fromISO(isoDate, { zone });
  return dt.isValid ? dayLabel(dt.setLocale(LOCALE)) : null;
}
