import type { ReminderRecord } from '../domain/application.ts';
import type { ReminderPayload } from './reminder-payload.ts';

/**
 * What `schedule` found: it made the schedule now, or one of that name (the same plan) was there
 * already. The reconciler counts `created` on reminders that should have had one: orphans it fixed.
 */
export type ScheduleOutcome = 'created' | 'existing';

/**
 * The port the use cases schedule reminders through. Both calls are idempotent: scheduling a
 * reminder that is already scheduled, or cancelling one that is gone (fired, deleted), succeeds.
 * Apply a plan's cancellations before its creations.
 */
export interface ReminderScheduler {
  schedule(reminder: ReminderRecord, payload: ReminderPayload): Promise<ScheduleOutcome>;
  cancel(reminder: ReminderRecord): Promise<void>;
}

/** A scheduler call that failed for a reason other than the idempotent ones. */
export class ReminderSchedulingError extends Error {
  override readonly name = 'ReminderSchedulingError';
  constructor(
    readonly operation: 'schedule' | 'cancel',
    readonly scheduleName: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`could not ${operation} reminder schedule ${scheduleName}: ${reason}`, options);
  }
}
