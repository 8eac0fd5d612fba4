import { DateTime } from 'luxon';
import { localeForZone } from '../config/locale.ts';

/**
 * Dates and times as the user reads them. The locale (settings.locale, else the zone's country)
 * sets the month and weekday names, whether the day or the month comes first and the 12- or
 * 24-hour clock; Intl answers each of those, so no locale is spelled out here.
 */

/** An ISO instant (or Date) seen in the user's zone and locale; null when it cannot be read. */
export function inZone(value: string | Date, zone: string, locale: string = localeForZone(zone)): DateTime | null {
  const dt = typeof value === 'string' ? DateTime.fromISO(value, { setZone: true }) : DateTime.fromJSDate(value);
  return dt.isValid ? dt.setZone(zone).setLocale(locale) : null;
}

interface LocaleStyle {
  readonly monthFirst: boolean;
  readonly twelveHour: boolean;
}

const STYLES = new Map<string, LocaleStyle>();

/** What Intl says about a locale: does the month come before the day, and is the clock 12-hour? */
function styleOf(locale: string): LocaleStyle {
  let style = STYLES.get(locale);
  if (!style) {
    const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }).formatToParts(new Date(Date.UTC(2026, 10, 3)));
    const cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
    style = {
      monthFirst: parts.findIndex((p) => p.type === 'month') < parts.findIndex((p) => p.type === 'day'),
      twelveHour: cycle === 'h12' || cycle === 'h11',
    };
    STYLES.set(locale, style);
  }
  return style;
}

/** "Tue 3 Nov" / "Tue, Nov 3" */
export function dayLabel(dt: DateTime): string {
  return dt.toFormat(styleOf(dt.locale ?? localeForZone(dt.zoneName ?? 'UTC')).monthFirst ? 'ccc, LLL d' : 'ccc d LLL');
}

/** "14:05" / "2:05 PM" */
export function timeLabel(dt: DateTime): string {
  return dt.toFormat(styleOf(dt.locale ?? localeForZone(dt.zoneName ?? 'UTC')).twelveHour ? 'h:mm a' : 'HH:mm');
}

/** "Tue 3 Nov 2026, 14:05" / "Tue, Nov 3, 2026, 2:05 PM" */
export function dateTimeLabel(dt: DateTime): string {
  const style = styleOf(dt.locale ?? localeForZone(dt.zoneName ?? 'UTC'));
  return `${dayLabel(dt)}${style.monthFirst ? ',' : ''} ${dt.toFormat('yyyy')}, ${timeLabel(dt)}`;
}

/** "today", "tomorrow", "yesterday" or "on Tue 3 Nov", judged by calendar days in the zone. */
export function relativeDay(target: DateTime, now: DateTime): string {
  const days = calendarDaysBetween(now, target);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return `on ${dayLabel(target)}`;
}

/** Whole calendar days from `from` to `to` in `to`'s zone (the 14th 22:00 to the 15th 08:00 is 1). */
export function calendarDaysBetween(from: DateTime, to: DateTime): number {
  return Math.round(to.startOf('day').diff(from.setZone(to.zone).startOf('day'), 'days').days);
}

/** A yyyy-mm-dd date as a day label ("Tue 3 Nov"), or null when it is not a date. */
export function calendarDateLabel(isoDate: string, zone: string, locale: string = localeForZone(zone)): string | null {
  const dt = DateTime.fromISO(isoDate, { zone });
  return dt.isValid ? dayLabel(dt.setLocale(locale)) : null;
}
