import type { ReminderRecord } from '../domain/application.ts';
import { ReminderPayloadSchema } from './reminder-payload.ts';
import type { ReminderPayload } from './reminder-payload.ts';
import type { ReminderScheduler, ScheduleOutcome } from './reminder-scheduler.ts';

export interface RecordedSchedule {
  readonly scheduleName: string;
  readonly reminder: ReminderRecord;
  readonly payload: ReminderPayload;
  /** When it is due (the reminder's fireAt as an instant). */
  readonly dueAt: Date;
}

/**
 * Keeps schedules in memory and fires nothing by itself: a simulation (the CLI's `plan`) or a test
 * asks what is due up to an instant and runs those reminders. Behaves like the real scheduler where
 * it matters: scheduling an existing name is a no-op, cancelling a missing one succeeds, and a
 * fired schedule is removed (ActionAfterCompletion DELETE).
 */
export class RecordingReminderScheduler implements ReminderScheduler {
  /** Every schedule ever created, in order. */
  readonly created: RecordedSchedule[] = [];
  /** Every schedule cancelled while still active, in order. */
  readonly cancelled: RecordedSchedule[] = [];
  private readonly active = new Map<string, RecordedSchedule>();

  schedule(reminder: ReminderRecord, payload: ReminderPayload): Promise<ScheduleOutcome> {
    if (this.active.has(reminder.scheduleName)) return Promise.resolve('existing');
    const dueAt = new Date(reminder.fireAt);
    if (Number.isNaN(dueAt.getTime())) return Promise.reject(new RangeError(`fireAt is not a date: ${reminder.fireAt}`));
    const entry: RecordedSchedule = { scheduleName: reminder.scheduleName, reminder, payload: ReminderPayloadSchema.parse(payload), dueAt };
    this.active.set(entry.scheduleName, entry);
    this.created.push(entry);
    return Promise.resolve('created');
  }

  cancel(reminder: ReminderRecord): Promise<void> {
    const entry = this.active.get(reminder.scheduleName);
    if (entry) {
      this.active.delete(reminder.scheduleName);
      this.cancelled.push(entry);
    }
    return Promise.resolve();
  }

  /** Active schedules, earliest first. */
  activeSchedules(): RecordedSchedule[] {
    return [...this.active.values()].sort(byDue);
  }

  /** Active schedules due at or before `instant`, earliest first; they stay active. */
  dueUpTo(instant: Date): RecordedSchedule[] {
    return this.activeSchedules().filter((entry) => entry.dueAt.getTime() <= instant.getTime());
  }

  /** The earliest active schedule due at or before `instant`, removed as if it fired; null when none. */
  fireNextDue(instant: Date): RecordedSchedule | null {
    const next = this.dueUpTo(instant)[0];
    if (!next) return null;
    this.active.delete(next.scheduleName);
    return next;
  }
}

function byDue(a: RecordedSchedule, b: RecordedSchedule): number {
  return a.dueAt.getTime() - b.dueAt.getTime() || a.scheduleName.localeCompare(b.scheduleName);
}
