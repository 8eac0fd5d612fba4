import * as z from '../config/zod-mini.ts';

/**
 * What the recurring schedule hands the reminder function instead of a reminder payload. Like a
 * reminder's, it carries nothing private. `scheduledAt` is Scheduler's `<aws.scheduler.scheduled-time>`:
 * the week is read from it, so a retry hours later still counts as the same week's digest.
 */
export const DigestPayloadSchema = z.strictObject({
  digest: z.literal('weekly'),
  scheduledAt: z.iso.datetime({ offset: true, message: 'must be an ISO instant (the schedule passes <aws.scheduler.scheduled-time>)' }),
});
export type DigestPayload = z.infer<typeof DigestPayloadSchema>;

/** The Input of the recurring schedule: Scheduler fills in the placeholder at each firing. */
export const DIGEST_SCHEDULE_INPUT = JSON.stringify({ digest: 'weekly', scheduledAt: '<aws.scheduler.scheduled-time>' });
