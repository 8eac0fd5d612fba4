import { ManualClock } from '../domain/clock.ts';
import type { ReminderRecord } from '../domain/application.ts';
import { fireReminder, type FireResult } from '../pipeline/fire-reminder.ts';
import type { PipelineDeps } from '../pipeline/deps.ts';
import { payloadFor } from '../scheduler/reminder-payload.ts';

/**
 * Firings one run-due may do: a fired reminder can plan a follow-on (status check → move on) that
 * is due before `until` too, so the run loops; this bounds a plan that kept re-creating reminders.
 */
export const MAX_RUN_DUE_FIRINGS = 10_000;

export interface DueFiring {
  readonly reminder: ReminderRecord;
  /** The instant the clock was set to: the reminder's own fire time. */
  readonly firedAt: string;
  readonly result: FireResult;
}

export class RunDueLimitError extends Error {
  override readonly name = 'RunDueLimitError';
}

/**
 * Fire every pending reminder due up to `until`, earliest first, each with the clock set to its
 * own fire time (so the policy judges it as if it fired on time). Reminders planned by a firing
 * are picked up in the same run.
 */
export async function runDue(deps: Omit<PipelineDeps, 'clock'>, until: Date): Promise<DueFiring[]> {
  const firings: DueFiring[] = [];
  const tried = new Set<string>();
  for (;;) {
    const next = (await deps.store.listAllReminders('pending'))
      .filter((r) => Date.parse(r.fireAt) <= until.getTime() && !tried.has(`${r.applicationId}/${r.reminderId}/${r.plannedAtVersion}`))
      .sort((a, b) => Date.parse(a.fireAt) - Date.parse(b.fireAt) || a.reminderId.localeCompare(b.reminderId))[0];
    if (next === undefined) return firings;
    if (firings.length >= MAX_RUN_DUE_FIRINGS) throw new RunDueLimitError(`more than ${MAX_RUN_DUE_FIRINGS} reminders fired; stopping`);
    // Never the same reminder twice in one run, even if firing left it pending.
    tried.add(`${next.applicationId}/${next.reminderId}/${next.plannedAtVersion}`);
    const firedAt = new Date(Date.parse(next.fireAt));
    const result = await fireReminder(payloadFor(next), { ...deps, clock: new ManualClock(firedAt) });
    firings.push({ reminder: next, firedAt: firedAt.toISOString(), result });
  }
}
