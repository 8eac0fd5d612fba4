import type { Clock } from '../domain/clock.ts';
import type { ReminderRecord } from '../domain/application.ts';
import type { Logger } from '../logging/logger.ts';
import type { FireResult } from '../pipeline/fire-reminder.ts';
import type { ReminderPayload } from '../scheduler/reminder-payload.ts';
import { payloadFor } from '../scheduler/reminder-payload.ts';
import type { ReminderScheduler, ScheduleOutcome } from '../scheduler/reminder-scheduler.ts';
import type { ApplicationStore } from '../store/application-store.ts';

/**
 * Longest sleep between looks at the store: a reminder written by another path (an import while
 * stopped, a clock jump after suspend) is found within this time.
 */
export const MAX_SCHEDULER_SLEEP_MS = 60_000;

/** Wait before retrying a reminder that is due but could not be fired: keeps a failure from spinning. */
export const FAILED_FIRE_RETRY_MS = 15_000;

export interface LocalSchedulerOptions {
  readonly store: ApplicationStore;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Fires one reminder through the same use case as the reminder Lambda (fireReminder). */
  readonly fire: (payload: ReminderPayload) => Promise<FireResult>;
}

/**
 * The local stand-in for EventBridge Scheduler. Pending reminders are already in the store with
 * their fire time, so this is one timer: it wakes at the earliest pending fireAt (and at least every
 * minute) and fires everything due. Missed reminders (the machine was off) fire at start-up.
 * A sweep runs alone (single flight); fireReminder's status claim is the guarantee against a second
 * send, this only keeps the process from racing itself.
 */
export class LocalReminderScheduler implements ReminderScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;

  constructor(private readonly options: LocalSchedulerOptions) {}

  /** Begin: fires what is overdue now, then keeps the timer armed. */
  start(): Promise<void> {
    this.stopped = false;
    return this.sweep();
  }

  /** Stop the timer and wait for a sweep in progress to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.running) await this.running;
  }

  schedule(_reminder: ReminderRecord, _payload: ReminderPayload): Promise<ScheduleOutcome> {
    // The reminder is in the store already, and the store is this scheduler's schedule: a pending
    // reminder can never be without one. Only the wake-up time may have moved earlier.
    this.rearm();
    return Promise.resolve('existing');
  }

  cancel(_reminder: ReminderRecord): Promise<void> {
    // The store's status (cancelled) is what counts; the next sweep simply does not see it.
    this.rearm();
    return Promise.resolve();
  }

  /** Fire everything due now; resolves when this sweep (and any requested meanwhile) is done. */
  sweep(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        await this.fireDue();
      } catch (error) {
        this.options.logger.error('reminder sweep failed; trying again at the next wake-up', {}, error);
      }
    } while (this.again && !this.stopped);
    await this.arm();
  }

  private async fireDue(): Promise<void> {
    const { store, clock, logger } = this.options;
    const now = clock.now().getTime();
    const due = (await store.listAllReminders('pending'))
      .filter((reminder) => Date.parse(reminder.fireAt) <= now)
      .sort((a, b) => Date.parse(a.fireAt) - Date.parse(b.fireAt));
    for (const reminder of due) {
      if (this.stopped) return;
      try {
        const result = await this.options.fire(payloadFor(reminder));
        logger.info('reminder fired', { applicationId: result.applicationId, reminderId: result.reminderId, status: result.status, reason: result.reason });
      } catch (error) {
        // Left pending: the next sweep tries again (fireReminder is idempotent).
        logger.error('reminder could not be fired', { applicationId: reminder.applicationId, reminderId: reminder.reminderId }, error);
      }
    }
  }

  private rearm(): void {
    if (this.stopped) return;
    if (this.running) {
      // The sweep in progress re-arms when it ends; make it look once more first.
      this.again = true;
      return;
    }
    this.arm().catch((error: unknown) => this.options.logger.error('could not arm the reminder timer', {}, error));
  }

  private async arm(): Promise<void> {
    if (this.stopped) return;
    const pending = await this.options.store.listAllReminders('pending');
    const next = Math.min(...pending.map((reminder) => Date.parse(reminder.fireAt)).filter((ms) => !Number.isNaN(ms)));
    const untilNext = next - this.options.clock.now().getTime();
    // Still due after a sweep means firing it failed: retry later rather than at once.
    const wait = untilNext <= 0 ? FAILED_FIRE_RETRY_MS : Math.min(MAX_SCHEDULER_SLEEP_MS, untilNext);
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.sweep();
    }, wait);
    // The timer alone does not keep the process up: the servers do.
    this.timer.unref();
  }
}
