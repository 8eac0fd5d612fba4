import { DateTime } from 'luxon';
import { isSkippedNotice } from '../applications/skipped-mail.ts';
import { noticeMessageKey } from '../mailer/message-id.ts';
import { renderSkippedSummary } from '../reminders/skipped-summary.ts';
import { toUser } from '../reminders/rendered-email.ts';
import type { IngestResult } from '../applications/ingest-result.ts';
import type { PipelineDeps } from './deps.ts';

const SUMMARY_KEY_PREFIX = 'jobnudge-skipped-summary';

/**
 * At most one "jobnudge skipped N messages" email a day (the day in the user's zone), covering every
 * skipped-mail record not yet summarised. Run after a message was listed for the user; the day's
 * slot is claimed with the store's conditional claim (like notice-quota.ts), so a flood of skipped
 * mail still yields one email. Returns how many records the email covered (0: none sent).
 */
export async function sendSkippedSummary(deps: PipelineDeps): Promise<number> {
  const { store, clock, settings, mailer, logger } = deps;
  const pending = (await store.listNotices('pending')).filter(isSkippedNotice);
  if (pending.length === 0) return 0;
  const now = clock.now();
  const day = DateTime.fromJSDate(now, { zone: settings.timeZone }).toISODate() ?? now.toISOString().slice(0, 10);
  const claim = await store.claimOriginal({ originalId: `${SUMMARY_KEY_PREFIX}:${day}`, messageId: SUMMARY_KEY_PREFIX, applicationId: SUMMARY_KEY_PREFIX, claimedAt: now.toISOString() });
  if (!claim.claimed) return 0;
  // Marked first (at most once, like notices): a failed send loses the email, not the page listing.
  const covered = [];
  for (const notice of pending) if (await store.markNoticeSent(notice.noticeId)) covered.push(notice);
  if (covered.length === 0) return 0;
  const email = renderSkippedSummary(covered, settings);
  await mailer.send(toUser(email, settings, noticeMessageKey(`skipped-summary.${day}`), now));
  logger.info('skipped-mail summary sent', { count: covered.length });
  return covered.length;
}

/** After a message's pipeline run: the summary is due when this message was newly listed for the user. */
export async function summariseIfSkipped(result: IngestResult, deps: PipelineDeps): Promise<void> {
  if ((result.outcome === 'ignored' || result.outcome === 'quarantined') && result.listedForUser === true && !result.replayed) {
    await sendSkippedSummary(deps);
  }
}
