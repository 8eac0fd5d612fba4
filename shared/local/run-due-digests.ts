import { ManualClock } from '../domain/clock.ts';
import { latestDigestTime, type DigestSchedule } from '../digest/digest-schedule.ts';
import type { PipelineDeps } from '../pipeline/deps.ts';
import { fireWeeklyDigest, type DigestFireResult } from '../pipeline/fire-digest.ts';
import { runDue, type DueFiring } from './run-due.ts';

export interface DigestFiring {
  /** The digest's scheduled time (the latest one at or before `until`). */
  readonly firedAt: string;
  readonly result: DigestFireResult;
}

/**
 * run-due with the weekly digest: reminders due before the digest's time fire first, so the
 * digest tells what they left; then the digest, with the clock at its own time; then the rest.
 * Only the latest digest time at or before `until` is due (an older week's summary sent now would
 * be stale news), and the week's claim keeps a second run in the same week from sending it again.
 */
export async function runDueWithDigest(
  deps: Omit<PipelineDeps, 'clock'>,
  until: Date,
  schedule: DigestSchedule,
): Promise<{ readonly reminders: DueFiring[]; readonly digest: DigestFiring | null }> {
  if (!schedule.enabled) return { reminders: await runDue(deps, until), digest: null };
  const at = latestDigestTime(schedule, deps.settings.timeZone, until);
  const before = await runDue(deps, at);
  const result = await fireWeeklyDigest(at, { ...deps, clock: new ManualClock(at) });
  const after = await runDue(deps, until);
  return { reminders: [...before, ...after], digest: { firedAt: at.toISOString(), result } };
}
