import { ApplicationContentionError, MAX_APPLY_ATTEMPTS } from '../applications/apply-contention.ts';
import type { ApplicationRecord, ReminderRecord } from '../domain/application.ts';
import { reminderMessageKey } from '../mailer/message-id.ts';
import { onReminderFired, stillDue } from '../policy/after-firing.ts';
import { renderReminder } from '../reminders/render.ts';
import { toUser } from '../reminders/rendered-email.ts';
import type { ReminderPayload } from '../scheduler/reminder-payload.ts';
import { ReminderStatusConflictError, VersionConflictError } from '../store/application-store.ts';
import { applyReminderDiff, type AppliedReminders } from './apply-reminders.ts';
import type { PipelineDeps } from './deps.ts';

export interface FireResult {
  readonly status: 'sent' | 'dropped';
  /** Why it was dropped, or what was sent. */
  readonly reason: string;
  readonly applicationId: string;
  readonly reminderId: string;
}

/**
 * One schedule firing: re-check the reminder against the application as stored now, claim it,
 * mail it, then apply what follows from it (closing the application as stale, planning `move-on`).
 *
 * Reminders are delivered AT LEAST ONCE (shared/mailer/delivery.ts has the reasoning): losing a
 * thank-you or prepare reminder is worse than a rare second copy.
 * - The claim (pending → sent, compare-and-set) comes before the email, so a concurrent twin or a
 *   stale schedule finds the reminder sent and drops: no copies from races.
 * - Any failed send puts the claim back (sent → pending) and throws, so the invocation is retried
 *   and sends again. When SES had in fact accepted it and only the answer was lost, that retry is
 *   the one extra copy we accept; the SES client makes a single attempt, so it adds no others.
 * - Known gap: a crash (timeout, out of memory) between the claim and the send leaves the reminder
 *   marked sent though nothing went out; that one reminder is lost. The window is one render.
 * - A retry after a crash between send and the follow-ons finds the reminder sent and completes
 *   the follow-ons.
 */
export async function fireReminder(payload: ReminderPayload, deps: PipelineDeps): Promise<FireResult> {
  const { store, clock } = deps;
  const ids = { applicationId: payload.applicationId, reminderId: payload.reminderId };
  const logger = deps.logger.child(ids);
  const now = clock.now();
  const dropped = (reason: string): FireResult => {
    logger.info('reminder dropped', { reason });
    return { status: 'dropped', reason, ...ids };
  };

  const application = await store.getApplication(payload.applicationId);
  if (application === null) return dropped('the application is not stored (deleted?)');
  const reminder = await store.getReminder(payload.applicationId, payload.reminderId);
  if (reminder === null) return dropped('the reminder is not stored');
  const current = payload.version === reminder.plannedAtVersion;

  if (reminder.status === 'sent' && current) {
    // A retry after the email went out: finish the follow-ons if the earlier run could not.
    if (stillDueAsPlanned(application, reminder)) await afterSent(application, reminder, deps);
    return dropped('the reminder was already sent');
  }

  const check = stillDue(application, reminder, now, payload.version);
  if (!check.due) {
    // Only the schedule of the reminder's current plan may settle the record; an old one just stops.
    if (current && reminder.status === 'pending') await settleDropped(reminder, check.reason, deps);
    return dropped(check.reason);
  }

  let claimed: ReminderRecord;
  try {
    claimed = await store.updateReminderStatus(reminder.applicationId, reminder.reminderId, {
      from: ['pending'],
      to: 'sent',
      sentAt: now.toISOString(),
    });
  } catch (error) {
    if (error instanceof ReminderStatusConflictError) return dropped(`the reminder is already ${error.actual}`);
    throw error;
  }

  try {
    const email = renderReminder({ application, timeline: await store.listEvents(application.id), reminder: claimed, settings: deps.settings, now });
    await deps.mailer.send(toUser(email, deps.settings, reminderMessageKey(claimed.applicationId, claimed.reminderId), now));
  } catch (error) {
    // At least once: whether or not SES took it, the retry sends it (again).
    logger.error('reminder not sent, claim released for a retry', { rule: claimed.rule }, error);
    await store
      .updateReminderStatus(claimed.applicationId, claimed.reminderId, { from: ['sent'], to: 'pending', sentAt: null })
      .catch((revertError: unknown) => logger.error('could not release the reminder claim', {}, revertError));
    throw error;
  }
  logger.info('reminder sent', { rule: claimed.rule, round: claimed.round });
  await afterSent(application, claimed, deps);
  return { status: 'sent', reason: `${claimed.rule} sent`, ...ids };
}

/** Would the reminder have been due at its own fire time, had it still been pending? (Has the application moved on?) */
function stillDueAsPlanned(application: ApplicationRecord, reminder: ReminderRecord): boolean {
  return stillDue(application, { ...reminder, status: 'pending' }, new Date(reminder.fireAt), reminder.plannedAtVersion).due;
}

async function settleDropped(reminder: ReminderRecord, reason: string, deps: PipelineDeps): Promise<void> {
  try {
    await deps.store.updateReminderStatus(reminder.applicationId, reminder.reminderId, { from: ['pending'], to: 'dropped', statusReason: reason });
  } catch (error) {
    // Someone else settled it meanwhile (sent, cancelled): their status stands.
    if (!(error instanceof ReminderStatusConflictError)) throw error;
  }
}

/**
 * What follows a sent reminder (policy onReminderFired): close the application as stale and cancel
 * its other pending reminders, and/or create follow-ons (`move-on`), through the same diff code as
 * an inbound message. Repeatable: the stale update is skipped once the application moved on, and
 * the follow-ons have deterministic ids.
 */
async function afterSent(application: ApplicationRecord, reminder: ReminderRecord, deps: PipelineDeps): Promise<AppliedReminders> {
  const outcome = onReminderFired(application, reminder, deps.settings, deps.clock.now());
  let cancel: ReminderRecord[] = [];
  if (outcome.applicationChange !== null && (await closeAsStale(application, reminder, deps))) {
    const statusReason = `the application was closed as stale when ${reminder.rule} fired`;
    cancel = (await deps.store.listReminders(application.id))
      .filter((r) => r.status === 'pending' && r.reminderId !== reminder.reminderId)
      .map((r): ReminderRecord => ({ ...r, status: 'cancelled', statusReason }));
  }
  const applied = await applyReminderDiff({ create: outcome.create, keep: [], cancel }, deps);
  if (applied.created.length + applied.cancelled.length > 0 || outcome.applicationChange !== null) {
    deps.logger.info('reminder follow-ons applied', {
      applicationId: application.id,
      reminderId: reminder.reminderId,
      closedAsStale: outcome.applicationChange !== null,
      created: applied.created.length,
      cancelled: applied.cancelled.length,
    });
  }
  return applied;
}

/**
 * stage → stale, by version; on a conflict re-read and re-check, since a newer event (an interview
 * invite arriving just now) means the application is not stale after all. True when it is stale now.
 */
async function closeAsStale(loaded: ApplicationRecord, reminder: ReminderRecord, deps: PipelineDeps): Promise<boolean> {
  let current: ApplicationRecord | null = loaded;
  for (let attempt = 1; attempt <= MAX_APPLY_ATTEMPTS; attempt++) {
    if (current === null || !stillDueAsPlanned(current, reminder)) return false;
    try {
      await deps.store.updateApplication({ ...current, stage: 'stale', updatedAt: deps.clock.now().toISOString() }, current.version);
      return true;
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
      current = await deps.store.getApplication(loaded.id);
    }
  }
  throw new ApplicationContentionError(loaded.id);
}
