import { createHash } from 'node:crypto';

/** EventBridge Scheduler's limits for a schedule name: 1–64 characters of [0-9a-zA-Z-_.]. */
export const SCHEDULE_NAME_MAX_LENGTH = 64;
export const SCHEDULE_NAME_PATTERN = /^[0-9a-zA-Z\-_.]+$/;

/** Hash suffix length: 12 hex chars (48 bits) keep two shortened names apart in one user's table. */
const HASH_LENGTH = 12;
const PREFIX = 'jn';

/**
 * The schedule name for one plan of one reminder: deterministic, so re-running the same plan (a
 * Lambda retry) hits ConflictException instead of making a second schedule; it includes the
 * application version the reminder was planned at, so a re-timed reminder gets a new schedule and
 * never has to wait for the old one's deletion (a late fire of the old one is caught by the version
 * in its payload).
 *
 * When the readable form would be too long, or cleaning changed the id (two different ids must not
 * share a name), it is shortened and a hash of the exact inputs is appended.
 */
export function scheduleNameFor(applicationId: string, reminderId: string, version: number): string {
  const raw = `${PREFIX}-${applicationId}-${reminderId}-v${version}`;
  const cleaned = raw.replace(/[^0-9a-zA-Z\-_.]/g, '-');
  if (cleaned === raw && cleaned.length <= SCHEDULE_NAME_MAX_LENGTH) return cleaned;
  const hash = createHash('sha256').update(`${applicationId}\u0000${reminderId}\u0000${version}`).digest('hex').slice(0, HASH_LENGTH);
  const head = cleaned.slice(0, SCHEDULE_NAME_MAX_LENGTH - HASH_LENGTH - 1);
  return `${head}-${hash}`;
}
