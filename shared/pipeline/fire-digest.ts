import type { Digest } from '../digest/digest.ts';
import { digestWindow } from '../digest/digest-week.ts';
import { composeDigest } from '../digest/load-digest-input.ts';
import { renderDigest } from '../digest/render-digest.ts';
import { noticeMessageKey } from '../mailer/message-id.ts';
import { toUser } from '../reminders/rendered-email.ts';
import type { PipelineDeps } from './deps.ts';

/** At most one `status` digest per this many minutes: a reply loop or a hurried user cannot flood the inbox or SES's quota. */
export const STATUS_DIGEST_INTERVAL_MINUTES = 60;

export interface DigestFireResult {
  readonly status: 'sent' | 'skipped';
  readonly reason: string;
  /** `weekly.<ISO week>` or `status.<window start>`: the claim that keeps it to one. */
  readonly digestId: string;
}

/**
 * The weekly digest for the week `scheduledAt` falls in (in the user's zone). Sent at most once per
 * week: the week is claimed in the store before the email goes out, so a Lambda retry, a second
 * firing of the schedule or a local run-due of the same week sends nothing. A failed send releases
 * the claim and throws, so the invocation is retried.
 */
export async function fireWeeklyDigest(scheduledAt: Date, deps: PipelineDeps): Promise<DigestFireResult> {
  const digestId = `weekly.${digestWindow(scheduledAt, deps.settings.timeZone).week}`;
  return sendDigest('weekly', digestId, 'schedule', deps);
}

/**
 * The digest now, for a `status` reply: one per STATUS_DIGEST_INTERVAL_MINUTES window (clock time),
 * claimed like the weekly one; a second `status` in the same window is answered with nothing.
 */
export async function sendStatusDigest(replyMessageId: string, deps: PipelineDeps): Promise<DigestFireResult> {
  const intervalMs = STATUS_DIGEST_INTERVAL_MINUTES * 60_000;
  const windowStart = new Date(Math.floor(deps.clock.now().getTime() / intervalMs) * intervalMs);
  return sendDigest('status', `status.${windowStart.toISOString()}`, replyMessageId, deps);
}

async function sendDigest(kind: Digest['kind'], digestId: string, requestedBy: string, deps: PipelineDeps): Promise<DigestFireResult> {
  const logger = deps.logger.child({ digestId });
  const now = deps.clock.now();
  const claim = await deps.store.claimDigest({ digestId, requestedBy, claimedAt: now.toISOString() });
  if (!claim.claimed) {
    const reason = kind === 'weekly' ? 'this week\'s digest was already sent' : `a status digest was already sent since ${claim.claim.claimedAt}`;
    logger.info('digest skipped', { reason });
    return { status: 'skipped', reason, digestId };
  }
  try {
    const { digest, rows } = await composeDigest(deps.store, { kind, timeZone: deps.settings.timeZone, clock: deps.clock });
    const email = renderDigest({ digest, rows, timeZone: deps.settings.timeZone, locale: deps.settings.locale });
    await deps.mailer.send(toUser(email, deps.settings, noticeMessageKey(digestId), now));
    logger.info('digest sent', { kind, applications: rows.length, open: digest.open.length });
  } catch (error) {
    logger.error('digest not sent, claim released for a retry', { kind }, error);
    await deps.store.releaseDigest(digestId).catch((releaseError: unknown) => logger.error('could not release the digest claim', {}, releaseError));
    throw error;
  }
  return { status: 'sent', reason: `${kind} digest sent`, digestId };
}
