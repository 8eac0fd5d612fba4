import type { Notice } from '../domain/application.ts';
import type { ApplicationStore } from '../store/application-store.ts';
import type { TrustDecision } from './trust.ts';

/**
 * "Nothing silent": mail that was turned away but claims to come from the user (their From:, or
 * their envelope in a forwarding form) is recorded for them, so a broken forwarding setup shows on
 * the page and in one summary email a day instead of vanishing. It is kept as a notice (the store's
 * listable record for the user) that is never mailed on its own: `details.problem` marks it.
 */
export const SKIPPED_PROBLEM = 'skipped';

/** Not one of ingest's per-message notice ids, so a replay never mails it as a notice of its own. */
export function skippedNoticeId(messageId: string): string {
  return `skipped.${messageId}`;
}

export function isSkippedNotice(notice: Notice): boolean {
  return notice.details.problem === SKIPPED_PROBLEM;
}

/** Record one skipped message for the user; only what the decision said, never content. */
export async function recordSkipped(
  message: { readonly messageId: string; readonly receivedAt: string },
  decision: Extract<TrustDecision, { accepted: false }>,
  store: ApplicationStore,
): Promise<void> {
  await store.putNotice({
    noticeId: skippedNoticeId(message.messageId),
    // The store knows three notice kinds; this record rides on the "could not act on your mail" one.
    kind: 'unreadable-forward',
    messageId: message.messageId,
    details: { problem: SKIPPED_PROBLEM, outcome: decision.outcome, reason: decision.reason, receivedAt: message.receivedAt },
    status: 'pending',
    createdAt: message.receivedAt,
  });
}
