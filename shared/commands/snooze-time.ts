import { DateTime } from 'luxon';
import type { SnoozeSpec } from './parse-command.ts';

/** Furthest a snooze may reach from the reply: further out is a typo, not a follow-up. */
export const MAX_SNOOZE_DAYS = 366;

export type SnoozeTime =
  | { readonly ok: true; readonly at: DateTime }
  | { readonly ok: false; readonly problem: 'snooze-not-after-reply' | 'snooze-too-far' };

/**
 * When a snoozed reminder fires again. Counted from the reply's Date, so processing the same reply
 * twice gives the same instant. Days and weeks are calendar arithmetic in the user's zone (09:00
 * stays 09:00 across a DST change); hours are elapsed time. A date is read in the user's zone, at
 * `localHour`. A time that has already passed when the reply is processed fires at once.
 */
export function snoozeUntil(
  spec: SnoozeSpec,
  context: { readonly repliedAt: Date; readonly now: Date; readonly zone: string; readonly localHour: number },
): SnoozeTime {
  const replied = DateTime.fromJSDate(context.repliedAt, { zone: context.zone }).startOf('second');
  const at =
    spec.kind === 'relative'
      ? replied.plus({ [spec.unit]: spec.amount })
      : DateTime.fromISO(spec.date, { zone: context.zone }).set({ hour: context.localHour, minute: 0, second: 0, millisecond: 0 });
  if (!at.isValid || at <= replied) return { ok: false, problem: 'snooze-not-after-reply' };
  if (at > replied.plus({ days: MAX_SNOOZE_DAYS })) return { ok: false, problem: 'snooze-too-far' };
  const now = DateTime.fromJSDate(context.now, { zone: context.zone }).startOf('second');
  return { ok: true, at: at < now ? now : at };
}
