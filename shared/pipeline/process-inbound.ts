import { ingestMessage, type IngestInput } from '../applications/ingest.ts';
import type { IngestResult } from '../applications/ingest-result.ts';
import { STATUS_COMMAND } from '../commands/status-request.ts';
import type { ApplicationEvent, Notice } from '../domain/application.ts';
import { noticeMessageKey } from '../mailer/message-id.ts';
import { planReminders } from '../policy/planner.ts';
import { renderNotice } from '../reminders/notice.ts';
import { toUser } from '../reminders/rendered-email.ts';
import { applyReminderDiff, scheduleStoredDiff, type AppliedReminders } from './apply-reminders.ts';
import type { PipelineDeps } from './deps.ts';
import { sendStatusDigest } from './fire-digest.ts';
import { MAX_NOTICES_PER_DAY, takeNoticeSlot } from './notice-quota.ts';

/** The ingest result, plus what happened to the application's reminders and how many notices went out. */
export type InboundResult = IngestResult & {
  readonly reminders: AppliedReminders;
  /** Notices of this message mailed by this run (0 on a retry that finds them sent). */
  readonly noticesSent: number;
};

/**
 * How long after a message was recorded a replay of it may still re-plan (heal): the span of the
 * parser's asynchronous retries (6 h max event age in the stack). Later, other events and fired
 * reminders have moved the application on, and re-running an old plan could undo their work
 * (an old interview's plan would cancel the `move-on` its status check created).
 */
export const HEAL_WINDOW_MS = 6 * 3_600_000;

/** A notice could not be mailed. It is marked sent before sending (at most once), so it is not retried. */
export class NoticeNotDeliveredError extends Error {
  override readonly name = 'NoticeNotDeliveredError';
  constructor(
    readonly noticeId: string,
    options: { cause: unknown },
  ) {
    super(`notice ${noticeId} could not be mailed and will not be sent again`, options);
  }
}

const NOTHING: AppliedReminders = { created: [], cancelled: [], kept: [] };

/**
 * One inbound message through the whole pipeline: ingest (trust, analysis, store), then the
 * policy's plan applied to the store and the scheduler, then the message's notices mailed.
 * Idempotent: a retry replays the recorded ingest, re-plans (healing a crash between ingest and
 * planning, see heal) and mails only notices still pending.
 */
export async function processInbound(input: IngestInput, deps: PipelineDeps): Promise<InboundResult> {
  const result = await ingestMessage(input, { store: deps.store, settings: deps.settings, clock: deps.clock, logger: deps.logger });
  return completeInbound(result, deps);
}

/**
 * Everything after ingest, for a result in hand: the parser calls it directly on a replay it found
 * without reading the raw message again.
 */
export async function completeInbound(result: IngestResult, deps: PipelineDeps): Promise<InboundResult> {
  const logger = deps.logger.child({ messageId: result.messageId });
  let reminders = NOTHING;
  if (result.outcome === 'processed' && result.command !== undefined) {
    // A reply command (shared/commands) stored its changes itself; only the scheduler is left.
    reminders = await scheduleStoredDiff(result.command.diff, deps);
    logger.info('reply command scheduled', { command: result.command.command, created: reminders.created.length, cancelled: reminders.cancelled.length });
    // `status` asks for the digest now; rate-limited and claimed in the store, so a replay sends nothing new.
    if (result.command.command === STATUS_COMMAND) await sendStatusDigest(result.messageId, deps);
  } else if (result.outcome === 'processed' && result.application !== null && result.event !== null) {
    if (result.replayed) {
      reminders = await heal(result.application.id, result.event, deps);
    } else {
      const { application, applicationBefore, event } = result;
      const plan = planReminders({
        application,
        previous: applicationBefore,
        event,
        pending: await deps.store.listReminders(application.id),
        settings: deps.settings,
        now: deps.clock.now(),
      });
      reminders = await applyReminderDiff(plan.diff, deps);
      if (plan.outOfOrder) {
        // An older email arrived after a newer one (e.g. the interview invite after the rejection):
        // it may change what the newest event calls for (a rejection after an interview brings
        // follow-ups), so the newest event is planned again against the application as it now is.
        reminders = combine(reminders, await replanNewest(application.id, null, deps, { rescheduleKept: false }));
      }
      logger.info('reminders planned', {
        applicationId: application.id,
        created: reminders.created.length,
        cancelled: reminders.cancelled.length,
        kept: reminders.kept.length,
        skipped: plan.skipped.length,
        outOfOrder: plan.outOfOrder,
      });
    }
  } else if (result.outcome === 'duplicate' && result.applicationId !== null) {
    reminders = await heal(result.applicationId, null, deps);
  }
  const noticesSent = await deliverNotices(result.notices, deps);
  return { ...result, reminders, noticesSent };
}

/**
 * Re-plan an event that was recorded before (a Lambda retry, a duplicate delivery), so a crash
 * between ingest and planning converges: the plan of an event already applied is the same plan
 * again, and applying it repeats only what is missing. Only the application's newest event is
 * re-planned (an older one's plan was superseded by a newer event's), only within HEAL_WINDOW_MS
 * of its recording, and the application as stored now stands in for "before" (so an event that
 * has since become older than the newest one is treated as out of order by the planner).
 */
async function heal(applicationId: string, replayedEvent: ApplicationEvent | null, deps: PipelineDeps): Promise<AppliedReminders> {
  return replanNewest(applicationId, replayedEvent, deps, { rescheduleKept: true, withinHealWindow: true });
}

/**
 * Plan the application's newest event again, with the application as stored now standing in for
 * "before". `withinHealWindow` limits it to events recorded less than HEAL_WINDOW_MS ago (replays).
 */
async function replanNewest(
  applicationId: string,
  candidate: ApplicationEvent | null,
  deps: PipelineDeps,
  options: { rescheduleKept: boolean; withinHealWindow?: boolean },
): Promise<AppliedReminders> {
  const { store, clock, logger } = deps;
  const application = await store.getApplication(applicationId);
  if (application === null) return NOTHING;
  const newest = Date.parse(application.lastEventAt);
  const event =
    candidate ?? (await store.listEvents(applicationId)).filter((e) => e.kind !== 'other' && Date.parse(e.occurredAt) === newest).pop() ?? null;
  if (event === null || event.kind === 'other' || Date.parse(event.occurredAt) < newest) return NOTHING;
  const now = clock.now();
  if (options.withinHealWindow) {
    const recorded = await store.getOutcome(event.messageId);
    if (recorded === null || now.getTime() - Date.parse(recorded.recordedAt) > HEAL_WINDOW_MS) return NOTHING;
  }

  const plan = planReminders({
    application,
    previous: application,
    event,
    pending: await store.listReminders(applicationId),
    settings: deps.settings,
    now,
  });
  const applied = await applyReminderDiff(plan.diff, deps, { rescheduleKept: options.rescheduleKept });
  logger.info('reminders re-planned for the newest event', {
    applicationId,
    messageId: event.messageId,
    created: applied.created.length,
    cancelled: applied.cancelled.length,
    kept: applied.kept.length,
  });
  return applied;
}

function combine(first: AppliedReminders, second: AppliedReminders): AppliedReminders {
  return {
    created: [...first.created, ...second.created],
    cancelled: [...first.cancelled, ...second.cancelled],
    kept: [...first.kept, ...second.kept],
  };
}

/**
 * Mail the message's pending notices, at most MAX_NOTICES_PER_DAY a day (notice-quota.ts). At most once: each notice is marked sent (compare-and-set)
 * before it is mailed, so a retry or a concurrent twin never mails it again; the price is that a
 * notice whose send fails is lost. The failure is thrown (NoticeNotDeliveredError, logged with the
 * notice id) so the run shows up as failed; the user can forward the message again.
 */
async function deliverNotices(notices: readonly Notice[], deps: PipelineDeps): Promise<number> {
  const { store, mailer, settings, clock, logger } = deps;
  let sent = 0;
  for (const notice of notices) {
    if (notice.status !== 'pending') continue;
    if (!(await takeNoticeSlot(notice.noticeId, { store, clock, timeZone: settings.timeZone }))) {
      // Left pending, not lost: the page lists it, and it does not use the reminders' send quota.
      logger.warn('notice over the daily limit, not mailed', { noticeId: notice.noticeId, kind: notice.kind, limit: MAX_NOTICES_PER_DAY });
      continue;
    }
    if (!(await store.markNoticeSent(notice.noticeId))) continue;
    try {
      const email = renderNotice(notice, settings);
      await mailer.send(toUser(email, settings, noticeMessageKey(notice.noticeId), clock.now()));
    } catch (error) {
      logger.error('notice not delivered', { noticeId: notice.noticeId, kind: notice.kind }, error);
      throw new NoticeNotDeliveredError(notice.noticeId, { cause: error });
    }
    sent++;
    logger.info('notice sent', { noticeId: notice.noticeId, kind: notice.kind });
  }
  return sent;
}
