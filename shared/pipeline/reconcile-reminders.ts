import type { ReminderRecord } from '../domain/application.ts';
import { stillDue } from '../policy/after-firing.ts';
import { payloadFor } from '../scheduler/reminder-payload.ts';
import { ReminderStatusConflictError } from '../store/application-store.ts';
import type { PipelineDeps } from './deps.ts';

/**
 * What one reconciliation found and did. `rescheduled` is the number of orphans fixed: pending
 * reminders that should have had a schedule and had none (scheduling kept failing through the
 * retries, or a redrive came after the heal window). It is the figure the metric and alarm watch.
 */
export interface ReconcileResult {
  readonly checked: number;
  /** Still due (now or later) and had no schedule: scheduled again. */
  readonly rescheduled: number;
  /** Still due and scheduled already: nothing to do. */
  readonly alreadyScheduled: number;
  /**
   * No longer worth sending by the policy's own re-check (stillDue: fell due while orphaned and is
   * now later than its rule allows, the application moved on, reminders stopped): marked dropped
   * with that reason, exactly as a firing would have, and any schedule removed.
   */
  readonly dropped: number;
  /** Could not be handled this time (a store or scheduler error); the next run tries again. */
  readonly failed: number;
}

export type ReconcileDeps = Pick<PipelineDeps, 'store' | 'scheduler' | 'clock' | 'logger'>;

/**
 * Re-creates missing schedules for pending reminders, and settles the ones that fell due while
 * orphaned by the same rules a firing applies (a reminder whose time passed within its rule's late
 * limit is scheduled to fire at once; beyond it, dropped). Safe to run at any time and as often as
 * wanted: scheduling is idempotent by name, and the drop is a compare-and-set on `pending`.
 * One reminder's failure does not stop the others.
 */
export async function reconcileReminders(deps: ReconcileDeps): Promise<ReconcileResult> {
  const now = deps.clock.now();
  const counts = { checked: 0, rescheduled: 0, alreadyScheduled: 0, dropped: 0, failed: 0 };
  for (const reminder of await deps.store.listAllReminders('pending')) {
    counts.checked++;
    try {
      const handled = await reconcileOne(reminder, now, deps);
      counts[handled]++;
    } catch (error) {
      counts.failed++;
      deps.logger.error('reminder not reconciled', { applicationId: reminder.applicationId, reminderId: reminder.reminderId }, error);
    }
  }
  return counts;
}

async function reconcileOne(reminder: ReminderRecord, now: Date, deps: ReconcileDeps): Promise<'rescheduled' | 'alreadyScheduled' | 'dropped'> {
  const application = await deps.store.getApplication(reminder.applicationId);
  const check = application === null ? { due: false as const, reason: 'the application is not stored (deleted?)' } : stillDue(application, reminder, now, reminder.plannedAtVersion);
  if (!check.due) {
    try {
      await deps.store.updateReminderStatus(reminder.applicationId, reminder.reminderId, { from: ['pending'], to: 'dropped', statusReason: check.reason });
    } catch (error) {
      // Fired, cancelled or snoozed meanwhile: that status stands, and so does its schedule.
      if (error instanceof ReminderStatusConflictError) return 'alreadyScheduled';
      throw error;
    }
    await deps.scheduler.cancel(reminder);
    deps.logger.info('orphaned reminder dropped', { applicationId: reminder.applicationId, reminderId: reminder.reminderId, reason: check.reason });
    return 'dropped';
  }
  const outcome = await deps.scheduler.schedule(reminder, payloadFor(reminder));
  if (outcome === 'existing') return 'alreadyScheduled';
  deps.logger.warn('orphaned reminder scheduled again', { applicationId: reminder.applicationId, reminderId: reminder.reminderId, fireAt: reminder.fireAt });
  return 'rescheduled';
}
