import { DateTime } from 'luxon';
import type { QuietHours, UserSettings } from '../config/settings.ts';
import type { EffectiveTiming } from './rule-config.ts';

/**
 * Fire times, always computed in the user's IANA zone with luxon: adding days is calendar
 * arithmetic, so "+7 days at 09:00" is 09:00 local on both sides of a DST change; adding hours
 * (thank-you-email) is elapsed time, so "+2 h" stays two real hours even across a change.
 */

export type FireAdjustment =
  /** The planned time had passed when planning: it fires at once. */
  | 'caught-up'
  /** Moved out of the user's quiet hours. */
  | 'quiet-hours'
  /** Moved from Saturday/Sunday to Monday (settings.weekends = 'shift'). */
  | 'weekend-shift';

export interface FireTime {
  /** When it fires. */
  readonly at: DateTime;
  /** When the rule alone would fire it, before catching up or shifting. */
  readonly nominal: DateTime;
  readonly adjustments: readonly FireAdjustment[];
}

export type FireTimeResult = { readonly ok: true; readonly time: FireTime } | { readonly ok: false; readonly reason: string };

export class InvalidInstantError extends Error {
  override readonly name = 'InvalidInstantError';
  constructor(
    readonly field: string,
    readonly value: string,
  ) {
    super(`${field} is not an ISO-8601 date: ${JSON.stringify(value)}`);
  }
}

/** An ISO instant (or yyyy-mm-dd date, taken as the start of that day) in the user's zone. */
export function inZone(iso: string, zone: string, field: string): DateTime {
  const parsed = DateTime.fromISO(iso, { zone, setZone: false }).setZone(zone);
  if (!parsed.isValid) throw new InvalidInstantError(field, iso);
  return parsed;
}

export function nowInZone(now: Date, zone: string): DateTime {
  return DateTime.fromJSDate(now, { zone }).startOf('second');
}

/** ISO-8601 with the zone's offset, no milliseconds: `2026-11-02T09:00:00+01:00`. */
export function isoWithOffset(time: DateTime): string {
  const iso = time.startOf('second').toISO({ suppressMilliseconds: true });
  if (iso === null) throw new InvalidInstantError('fire time', String(time.invalidReason));
  return iso;
}

/** Wall-clock label in the user's zone: `Mon 2026-11-02 09:00`. */
export function localWallClock(time: DateTime): string {
  return time.toFormat('ccc yyyy-MM-dd HH:mm');
}

function atHour(day: DateTime, hour: number): DateTime {
  // On a spring-forward day an hour that does not exist moves to the next valid instant (luxon).
  return day.set({ hour, minute: 0, second: 0, millisecond: 0 });
}

function lateBeyond(nominal: DateTime, now: DateTime, lateLimitHours: number | null): boolean {
  return lateLimitHours !== null && now.toMillis() - nominal.toMillis() > lateLimitHours * 3_600_000;
}

function inQuietHours(hour: number, quiet: QuietHours): boolean {
  return quiet.from < quiet.to ? hour >= quiet.from && hour < quiet.to : hour >= quiet.from || hour < quiet.to;
}

/**
 * A fixed-hour reminder: `days` after the anchor's local date, at `hour`. Catches up to `now` when
 * already past (unless later than the rule's limit), then leaves quiet hours and weekends if the user
 * asked for that. Weekend days move to Monday at the rule's hour.
 */
export function fixedHourAfter(
  anchor: DateTime,
  timing: Extract<EffectiveTiming, { kind: 'days-after' }>,
  lateLimitHours: number | null,
  settings: Pick<UserSettings, 'weekends' | 'quietHours'>,
  now: DateTime,
): FireTimeResult {
  const nominal = atHour(anchor.plus({ days: timing.days }), timing.hour);
  if (lateBeyond(nominal, now, lateLimitHours)) {
    return { ok: false, reason: `its time (${localWallClock(nominal)}) passed more than ${lateLimitHours} h ago` };
  }
  const adjustments: FireAdjustment[] = [];
  let at = nominal;
  if (at < now) {
    at = now;
    adjustments.push('caught-up');
  }
  const quiet = settings.quietHours;
  if (quiet && inQuietHours(at.hour, quiet)) {
    let end = atHour(at, quiet.to);
    if (end < at) end = end.plus({ days: 1 });
    at = end;
    adjustments.push('quiet-hours');
  }
  if (settings.weekends === 'shift' && at.weekday >= 6) {
    // weekday: 6 = Saturday, 7 = Sunday; Monday is 8 - weekday days on.
    at = atHour(at.plus({ days: 8 - at.weekday }), timing.hour);
    adjustments.push('weekend-shift');
  }
  return { ok: true, time: { at, nominal, adjustments } };
}

/**
 * `prepare`: `days` before the interview at `hour`. Tied to the interview, so never shifted. Skipped
 * when the interview is less than `minLeadHours` away (or over): there is no evening before left.
 */
export function beforeInterview(
  interviewAt: DateTime,
  timing: Extract<EffectiveTiming, { kind: 'days-before-interview' }>,
  now: DateTime,
): FireTimeResult {
  const nominal = atHour(interviewAt.minus({ days: timing.days }), timing.hour);
  if (interviewAt.toMillis() - now.toMillis() < timing.minLeadHours * 3_600_000) {
    return { ok: false, reason: `the interview (${localWallClock(interviewAt)}) is less than ${timing.minLeadHours} h away or over` };
  }
  if (nominal >= interviewAt) {
    return { ok: false, reason: `its time (${localWallClock(nominal)}) would be after the interview` };
  }
  if (nominal < now) return { ok: true, time: { at: now, nominal, adjustments: ['caught-up'] } };
  return { ok: true, time: { at: nominal, nominal, adjustments: [] } };
}

/** `thank-you-email`: elapsed hours after the interview's start; never shifted; dropped when too late. */
export function hoursAfterInterview(
  interviewAt: DateTime,
  timing: Extract<EffectiveTiming, { kind: 'hours-after-interview' }>,
  lateLimitHours: number | null,
  now: DateTime,
): FireTimeResult {
  const nominal = interviewAt.plus({ hours: timing.hours });
  if (lateBeyond(nominal, now, lateLimitHours)) {
    return { ok: false, reason: `its time (${localWallClock(nominal)}) passed more than ${lateLimitHours} h ago` };
  }
  if (nominal < now) return { ok: true, time: { at: now, nominal, adjustments: ['caught-up'] } };
  return { ok: true, time: { at: nominal, nominal, adjustments: [] } };
}
