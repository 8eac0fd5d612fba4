import { DateTime } from 'luxon';
import * as z from 'zod';

/** Days as the config names them, Monday first (ISO weekday 1–7). */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** When the weekly digest goes out, in the user's zone; default Monday 08:00. */
export const DigestScheduleSchema = z
  .object({
    /** false: no weekly digest (a `status` reply still answers). */
    enabled: z.boolean({ message: 'must be true or false' }).default(true),
    day: z.enum(WEEKDAYS, { message: `must be a day of the week: ${WEEKDAYS.join(', ')}` }).default('monday'),
    localHour: z.number({ message: 'must be a whole hour 0–23' }).int({ message: 'must be a whole hour 0–23' }).min(0, { message: 'must be a whole hour 0–23' }).max(23, { message: 'must be a whole hour 0–23' }).default(8),
  })
  .strict();
export type DigestSchedule = z.infer<typeof DigestScheduleSchema>;
export type DigestScheduleInput = z.input<typeof DigestScheduleSchema>;

export const DEFAULT_DIGEST_SCHEDULE: DigestSchedule = DigestScheduleSchema.parse({});

/** The latest digest time at or before `at`, in the user's zone (local runs: which digest is due). */
export function latestDigestTime(schedule: DigestSchedule, zone: string, at: Date): Date {
  const local = DateTime.fromJSDate(at).setZone(zone);
  if (!local.isValid) throw new RangeError(`latestDigestTime: cannot read ${at.toISOString()} in zone ${zone}`);
  const weekday = WEEKDAYS.indexOf(schedule.day) + 1;
  let candidate = local.set({ weekday: weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7, hour: schedule.localHour, minute: 0, second: 0, millisecond: 0 });
  if (candidate.toMillis() > local.toMillis()) candidate = candidate.minus({ weeks: 1 });
  return candidate.toJSDate();
}
