import type { ManualClock } from '../domain/clock.ts';
import type { RecordingReminderScheduler } from '../scheduler/recording-reminder-scheduler.ts';
import type { PipelineDeps } from './deps.ts';
import { fireReminder, type FireResult } from './fire-reminder.ts';

/** A simulation's parts: schedules kept in memory and a clock that moves only when told. */
export interface SimulatedTime {
  readonly scheduler: RecordingReminderScheduler;
  readonly clock: ManualClock;
}

/**
 * Fire, earliest first, every recorded schedule due at or before `limit` (also those that firing
 * plans meanwhile, such as `move-on`), with the clock set to each one's due time (never backwards).
 * What EventBridge Scheduler and the reminder Lambda do in AWS, for `jobnudge plan` and tests.
 */
export async function fireDueUpTo(limit: Date, deps: PipelineDeps, time: SimulatedTime): Promise<FireResult[]> {
  const results: FireResult[] = [];
  for (let due = time.scheduler.fireNextDue(limit); due !== null; due = time.scheduler.fireNextDue(limit)) {
    time.clock.set(new Date(Math.max(time.clock.now().getTime(), due.dueAt.getTime())));
    results.push(await fireReminder(due.payload, deps));
  }
  return results;
}
