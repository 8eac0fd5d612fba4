import { DateTime } from 'luxon';
import type { Clock } from '../domain/clock.ts';
import type { ApplicationStore } from '../store/application-store.ts';

/**
 * Notices (could not read, forwarding code, reply help and acknowledgements) mailed per day at most.
 * Only mail that passed trust can cause one, but the user's own mail client can still loop, and the
 * SES sandbox allows 200 emails a day that the reminders need; a handful a day is plenty for a person.
 */
export const MAX_NOTICES_PER_DAY = 10;

/** Prefix of the claim keys: no Message-ID-derived original id starts like this. */
const QUOTA_KEY_PREFIX = 'jobnudge-notice-quota';

/**
 * Take one of the day's notice slots (the day in the user's zone). Each slot is claimed with the
 * store's conditional "first claimer wins" write (the one that claims forwarded originals), so
 * concurrent runs cannot overshoot and a retry of the same notice finds its own slot again.
 * Returns false when every slot of the day is taken by other notices.
 */
export async function takeNoticeSlot(
  noticeId: string,
  deps: { readonly store: ApplicationStore; readonly clock: Clock; readonly timeZone: string },
  limit = MAX_NOTICES_PER_DAY,
): Promise<boolean> {
  const now = deps.clock.now();
  const day = DateTime.fromJSDate(now, { zone: deps.timeZone }).toISODate() ?? now.toISOString().slice(0, 10);
  for (let slot = 1; slot <= limit; slot++) {
    const result = await deps.store.claimOriginal({
      originalId: `${QUOTA_KEY_PREFIX}:${day}:${slot}`,
      messageId: noticeId,
      applicationId: QUOTA_KEY_PREFIX,
      claimedAt: now.toISOString(),
    });
    if (result.claimed || result.claim.messageId === noticeId) return true;
  }
  return false;
}
