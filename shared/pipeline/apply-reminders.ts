import type { ReminderRecord } from '../domain/application.ts';
import type { ReminderDiff } from '../policy/planner.ts';
import { payloadFor } from '../scheduler/reminder-payload.ts';
import { ReminderNotFoundError, ReminderStatusConflictError } from '../store/application-store.ts';
import type { PipelineDeps } from './deps.ts';

/** What applying a diff did, record by record (the stored records, as they are afterwards). */
export interface AppliedReminders {
  readonly created: ReminderRecord[];
  readonly cancelled: ReminderRecord[];
  readonly kept: ReminderRecord[];
}

export interface ApplyOptions {
  /**
   * Schedule the kept reminders again (idempotent by name). Used when healing after a crash: a
   * record stored by the earlier attempt may not have reached the scheduler.
   */
  readonly rescheduleKept?: boolean;
}

/** Statuses a reminder never leaves by planning: it already went out, or was dealt with. */
const FINISHED = new Set<ReminderRecord['status']>(['sent', 'done', 'dropped']);

/**
 * Apply a reminder diff (from the planner, or the follow-ons of a fired reminder) to the store and
 * the scheduler. The store record is the source of truth, so each step writes the store first and
 * the scheduler second, and every step is safe to repeat:
 *   1. cancellations first (a re-timed reminder is in both lists with the same id): the record goes
 *      pending → cancelled by compare-and-set, then its schedule is deleted (a missing one is fine);
 *   2. creations: the record is created (or, over a cancelled one, replaced) as pending, then
 *      scheduled under its deterministic name (an existing schedule of that name is this one).
 * A crash between the two writes of a step leaves a record whose schedule is missing or still
 * there: a retry repeats the step (rescheduleKept covers a pending record that was never
 * scheduled), and a stale schedule that still fires is dropped by the version in its payload.
 * Known limit: two plans for the same application running at the same moment may both write;
 * the record written last wins and the other's schedule is dropped when it fires.
 */
export async function applyReminderDiff(
  diff: ReminderDiff,
  deps: Pick<PipelineDeps, 'store' | 'scheduler' | 'logger'>,
  options: ApplyOptions = {},
): Promise<AppliedReminders> {
  const { store, scheduler, logger } = deps;
  const created: ReminderRecord[] = [];
  const cancelled: ReminderRecord[] = [];
  const kept: ReminderRecord[] = [...diff.keep];

  for (const record of diff.cancel) {
    const keys = { applicationId: record.applicationId, reminderId: record.reminderId };
    try {
      cancelled.push(
        await store.updateReminderStatus(record.applicationId, record.reminderId, {
          from: ['pending'],
          to: 'cancelled',
          statusReason: record.statusReason,
        }),
      );
    } catch (error) {
      if (error instanceof ReminderNotFoundError) {
        logger.warn('reminder to cancel is not stored', keys);
        continue;
      }
      if (!(error instanceof ReminderStatusConflictError)) throw error;
      if (FINISHED.has(error.actual as ReminderRecord['status'])) {
        // It fired (or was dealt with) meanwhile: its schedule is spent, nothing to cancel.
        logger.info('reminder already finished, not cancelled', { ...keys, status: error.actual });
        continue;
      }
      // Already cancelled by an earlier attempt, which may have crashed before the scheduler call.
      cancelled.push(record);
    }
    await scheduler.cancel(record);
  }

  for (const record of diff.create) {
    const keys = { applicationId: record.applicationId, reminderId: record.reminderId };
    let stored = record;
    if (!(await store.createReminder(record))) {
      const existing = await store.getReminder(record.applicationId, record.reminderId);
      if (existing === null) {
        await store.putReminder(record);
      } else if (existing.status === 'cancelled') {
        // A re-timed reminder (cancelled above) or one a newer event asks for again.
        if (existing.scheduleName === record.scheduleName) await scheduler.cancel(existing);
        await store.putReminder(record);
      } else if (existing.status === 'pending') {
        // Written by an earlier attempt of this plan, or by a concurrent one: keep what is stored.
        if (existing.scheduleName !== record.scheduleName || existing.fireAt !== record.fireAt) {
          logger.warn('reminder planned concurrently, keeping the stored one', keys);
        }
        stored = existing;
      } else {
        logger.info('reminder already finished, not planned again', { ...keys, status: existing.status });
        continue;
      }
    }
    await scheduler.schedule(stored, payloadFor(stored));
    created.push(stored);
  }

  if (options.rescheduleKept) {
    for (const record of diff.keep) await scheduler.schedule(record, payloadFor(record));
  }
  return { created, cancelled, kept };
}

/**
 * Hand a diff whose records are already stored (a reply command's: done, snooze, stop, wrong) to
 * the scheduler only: unschedule the cancelled ones, then schedule the created ones. Both calls are
 * idempotent, so a replay simply repeats them. The store is not touched: a snoozed reminder keeps
 * its id with a new plan, and cancelling by id would cancel the new plan.
 */
export async function scheduleStoredDiff(diff: ReminderDiff, deps: Pick<PipelineDeps, 'scheduler'>): Promise<AppliedReminders> {
  for (const record of diff.cancel) await deps.scheduler.cancel(record);
  for (const record of diff.create) await deps.scheduler.schedule(record, payloadFor(record));
  return { created: [...diff.create], cancelled: [...diff.cancel], kept: [...diff.keep] };
}
