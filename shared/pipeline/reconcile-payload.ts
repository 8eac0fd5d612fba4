import * as z from '../config/zod-mini.ts';

/**
 * What the daily reconcile schedule hands the reconciler function. It names itself, so a reminder
 * or digest payload sent there by mistake is refused instead of starting a sweep. `scheduledAt` is
 * Scheduler's `<aws.scheduler.scheduled-time>`, kept for the log line only: the sweep reads "now"
 * from the clock, since a retry hours later must judge lateness against the real time.
 */
export const ReconcilePayloadSchema = z.strictObject({
  reconcile: z.literal('daily'),
  scheduledAt: z.iso.datetime({ offset: true, message: 'must be an ISO instant (the schedule passes <aws.scheduler.scheduled-time>)' }),
});
export type ReconcilePayload = z.infer<typeof ReconcilePayloadSchema>;

/** The Input of the daily schedule: Scheduler fills in the placeholder at each firing. */
export const RECONCILE_SCHEDULE_INPUT = JSON.stringify({ reconcile: 'daily', scheduledAt: '<aws.scheduler.scheduled-time>' });
