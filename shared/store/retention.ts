import * as z from '../config/zod-mini.ts';

/**
 * How long each kind of stored item is kept before DynamoDB's TTL may delete it (the README's
 * retention table). Every item carries `expiresAt`; nothing is kept forever by default.
 *
 * - `applicationDays`: an application, its timeline events, its reminders and the dedupe markers of
 *   the originals forwarded for it. The application's clock restarts at every change (each write
 *   replaces the item); the others count from their own date (event received, reminder due, original
 *   claimed), so an application alive longer than this loses its oldest entries first.
 * - `outcomeDays`: the one-line outcome of every inbound message (also the idempotency record).
 * - `noticeDays`: notices, which hold Gmail forwarding confirmation codes and links.
 */
export const RETENTION_LIMITS = {
  /** Below this an application could vanish while its follow-ups (weeks of silence, then move-on) are still planned. */
  minApplicationDays: 90,
  /**
   * Outcomes and notices must outlive the parser's failure queue (14 days): a redrive of a message
   * whose outcome had expired would be processed, and its notice sent, a second time.
   */
  minOutcomeDays: 15,
  minNoticeDays: 15,
  /** Ten years: long enough to stand for "keep it", short enough to stay a date. */
  maxDays: 3650,
} as const;

const days = (min: number, fallback: number): z.ZodMiniDefault<z.ZodMiniNumber> => {
  const message = `must be a whole number of days from ${min} to ${RETENTION_LIMITS.maxDays}`;
  return z._default(z.number({ message }).check(z.int({ message }), z.minimum(min, { message }), z.maximum(RETENTION_LIMITS.maxDays, { message })), fallback);
};

export const RetentionSchema = z.strictObject({
  applicationDays: days(RETENTION_LIMITS.minApplicationDays, 730),
  outcomeDays: days(RETENTION_LIMITS.minOutcomeDays, 90),
  noticeDays: days(RETENTION_LIMITS.minNoticeDays, 30),
});
export type Retention = z.infer<typeof RetentionSchema>;
export type RetentionInput = z.input<typeof RetentionSchema>;

/** The defaults: two years for application data, 90 days for outcomes, 30 for notices. */
export const DEFAULT_RETENTION: Retention = RetentionSchema.parse({});

/**
 * Digest markers only need to outlive retries and the week they guard; they then expire, so a year
 * of `status` replies does not pile up. Fixed: they hold nothing personal.
 */
export const DIGEST_CLAIM_RETENTION_DAYS = 60;

const DAY_SECONDS = 86_400;

/** Epoch seconds (DynamoDB's TTL unit) `days` after an ISO instant. */
export function expiryEpochSeconds(fromIso: string, days: number): number {
  const from = Date.parse(fromIso);
  if (Number.isNaN(from)) throw new RangeError(`not an instant: ${fromIso}`);
  return Math.floor(from / 1000) + days * DAY_SECONDS;
}
