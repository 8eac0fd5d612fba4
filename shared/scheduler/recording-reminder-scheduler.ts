import type { ReminderRecord } from '../domain/application.ts';
import { ReminderPayloadSchema } from './reminder-payload.ts';
import type { ReminderPayload } from './reminder-payload.ts';
import { ReminderSchedulingError } from './reminder-scheduler.ts';
import type { ReminderScheduler, ScheduleOutcome } from './reminder-scheduler.ts';

export interface RecordedSchedule {
  readonly scheduleName: string;
  readonly reminder: ReminderRecord;
  readonly payload: ReminderPayload;
  /** When it is due (the reminder's fireAt as an instant). */
  readonly dueAt: Date;
}

/**
 * A fault the next call meets, as EventBridge Scheduler can answer it:
 * - `throttle`: ThrottlingException, nothing done;
 * - `timeout`: the request reached the service and was carried out, but the reply was lost.
 */
export type SchedulerFault = 'throttle' | 'timeout';

/**
 * Keeps schedules in memory and fires nothing by itself: a simulation (the CLI's `plan`) or a test
 * asks what is due up to an instant and runs those reminders. It stands for the service and the
 * EventBridge adapter together, so it answers what the service answers and translates it the way the
 * adapter does: CreateSchedule of an existing name is ConflictException (recorded in `conflicts`,
 * the adapter's `existing`), DeleteSchedule of a missing one is ResourceNotFoundException (recorded
 * in `missingDeletes`, the adapter's success), an injected throttle or lost reply is the adapter's
 * ReminderSchedulingError, and a fired schedule is removed (ActionAfterCompletion DELETE).
 */
export class RecordingReminderScheduler implements ReminderScheduler {
  /** Every schedule ever created, in order. */
  readonly created: RecordedSchedule[] = [];
  /** Every schedule cancelled while still active, in order. */
  readonly cancelled: RecordedSchedule[] = [];
  /** Names a CreateSchedule met already there (ConflictException): a retry or a replay. */
  readonly conflicts: string[] = [];
  /** Names a DeleteSchedule did not find (ResourceNotFoundException): fired, or deleted before. */
  readonly missingDeletes: string[] = [];
  private readonly active = new Map<string, RecordedSchedule>();
  private readonly faults: { operation: 'schedule' | 'cancel'; fault: SchedulerFault }[] = [];

  /** The next `schedule` (or `cancel`) call meets this fault; queued faults are met in order. */
  failNext(operation: 'schedule' | 'cancel', fault: SchedulerFault): void {
    this.faults.push({ operation, fault });
  }

  schedule(reminder: ReminderRecord, payload: ReminderPayload): Promise<ScheduleOutcome> {
    const fault = this.takeFault('schedule');
    if (fault === 'throttle') return Promise.reject(throttled('schedule', reminder.scheduleName));
    if (this.active.has(reminder.scheduleName)) {
      this.conflicts.push(reminder.scheduleName);
      if (fault === 'timeout') return Promise.reject(replyLost('schedule', reminder.scheduleName));
      return Promise.resolve('existing');
    }
    const dueAt = new Date(reminder.fireAt);
    if (Number.isNaN(dueAt.getTime())) return Promise.reject(new RangeError(`fireAt is not a date: ${reminder.fireAt}`));
    const entry: RecordedSchedule = { scheduleName: reminder.scheduleName, reminder, payload: ReminderPayloadSchema.parse(payload), dueAt };
    this.active.set(entry.scheduleName, entry);
    this.created.push(entry);
    if (fault === 'timeout') return Promise.reject(replyLost('schedule', reminder.scheduleName));
    return Promise.resolve('created');
  }

  cancel(reminder: ReminderRecord): Promise<void> {
    const fault = this.takeFault('cancel');
    if (fault === 'throttle') return Promise.reject(throttled('cancel', reminder.scheduleName));
    const entry = this.active.get(reminder.scheduleName);
    if (entry) {
      this.active.delete(reminder.scheduleName);
      this.cancelled.push(entry);
    } else {
      this.missingDeletes.push(reminder.scheduleName);
    }
    if (fault === 'timeout') return Promise.reject(replyLost('cancel', reminder.scheduleName));
    return Promise.resolve();
  }

  private takeFault(operation: 'schedule' | 'cancel'): SchedulerFault | null {
    const index = this.faults.findIndex((f) => f.operation === operation);
    if (index < 0) return null;
    const [taken] = this.faults.splice(index, 1);
    return taken?.fault ?? null;
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

// The adapter's error for each fault (eventbridge-reminder-scheduler.ts: any answer but the two idempotent ones).
function throttled(operation: 'schedule' | 'cancel', name: string): ReminderSchedulingError {
  return new ReminderSchedulingError(operation, name, 'ThrottlingException: Rate exceeded');
}

function replyLost(operation: 'schedule' | 'cancel', name: string): ReminderSchedulingError {
  return new ReminderSchedulingError(operation, name, 'TimeoutError: the request was sent and no reply came');
}

function byDue(a: RecordedSchedule, b: RecordedSchedule): number {
  return a.dueAt.getTime() - b.dueAt.getTime() || a.scheduleName.localeCompare(b.scheduleName);
}
