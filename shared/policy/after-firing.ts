import type { UserSettings } from '../config/settings.ts';
import type { ApplicationRecord, ReminderRecord } from '../domain/application.ts';
import type { RuleId } from './rule-ids.ts';
import { contactPermission, describeNoContact } from './contact-permission.ts';
import { fixedHourAfter, inZone, isoWithOffset, localWallClock, nowInZone } from './fire-time.ts';
import { reminderIdFor, toRecord } from './planner.ts';
import type { PlannedReminder, SkippedReminder } from './planner.ts';
import { effectiveRule } from './rule-config.ts';
import { RULES } from './rules.ts';
import { contactVariant, needsContact } from './variant.ts';

/**
 * What happens around a reminder's firing: the re-check just before it is sent (stillDue) and the
 * follow-ons once it was sent (onReminderFired). Pure, like the planner.
 */

export type DueCheck = { readonly due: true } | { readonly due: false; readonly reason: string };

/** Rules that only make sense while the application is at this stage. */
const STAGE_FOR_RULE: Readonly<Record<RuleId, ApplicationRecord['stage']>> = {
  'confirm-receipt': 'applied',
  'keep-applying': 'applied',
  prepare: 'interviewing',
  'thank-you-email': 'interviewing',
  'thank-you-note': 'interviewing',
  'status-check': 'interviewing',
  'move-on': 'interviewing',
  'ask-feedback': 'rejected',
  'stay-in-touch': 'rejected',
};

/** The stage an application must be in for a reminder of this rule to be sent. */
export function stageForRule(rule: RuleId): ApplicationRecord['stage'] {
  return STAGE_FOR_RULE[rule];
}

/**
 * Is the reminder still worth sending now? Called when it fires, against the application as stored
 * then. `scheduledVersion` is the version in the schedule's payload: when it differs from the
 * reminder's plannedAtVersion, a newer plan re-timed the reminder and this firing is the old one.
 */
export function stillDue(application: ApplicationRecord, reminder: ReminderRecord, now: Date, scheduledVersion?: number): DueCheck {
  if (reminder.applicationId !== application.id) return { due: false, reason: 'the reminder belongs to another application' };
  if (reminder.status !== 'pending') return { due: false, reason: `the reminder is already ${reminder.status}` };
  if (scheduledVersion !== undefined && scheduledVersion !== reminder.plannedAtVersion) {
    return { due: false, reason: 'a newer plan replaced this schedule' };
  }
  if (application.remindersStopped) return { due: false, reason: 'you stopped reminders for this application' };
  const stage = STAGE_FOR_RULE[reminder.rule];
  if (application.stage !== stage) return { due: false, reason: `the application moved on: it is ${application.stage} now` };
  if ((reminder.rule === 'status-check' || reminder.rule === 'move-on') && reminder.round !== application.interviewRound) {
    return { due: false, reason: `a later interview round (${application.interviewRound}) has started` };
  }
  if (stage === 'interviewing' && reminder.round > application.interviewRound) {
    return { due: false, reason: 'the interview round it was planned for is not on record' };
  }
  const permission = contactPermission(application);
  if (!permission.allowed && needsContact(reminder.rule)) {
    return { due: false, reason: `no contact: ${describeNoContact(permission.reason)}` };
  }
  const nowMs = now.getTime();
  if (reminder.rule === 'prepare' && reminder.round === application.interviewRound && application.interviewAt !== null) {
    if (nowMs >= Date.parse(application.interviewAt)) return { due: false, reason: 'the interview has already started' };
  }
  const limit = RULES[reminder.rule].lateLimitHours;
  if (limit !== null && nowMs - Date.parse(reminder.fireAt) > limit * 3_600_000) {
    return { due: false, reason: `more than ${limit} h late: no longer useful` };
  }
  return { due: true };
}

export interface FiredOutcome {
  /** A change the fire use case applies to the application (closing it as stale), or null. */
  readonly applicationChange: { readonly stage: 'stale' } | null;
  /** Follow-on reminders to store and schedule (move-on after a status check). */
  readonly create: ReminderRecord[];
  readonly planned: PlannedReminder[];
  readonly skipped: SkippedReminder[];
}

/**
 * After a reminder was sent: `status-check` plans `move-on` for the same round, counted from the
 * status check's planned time (not the moment of sending, so a retried call plans the same
 * instant); `keep-applying` and `move-on` close the application as stale unless the user turned
 * that off (rules.<id>.closesAsStale = false).
 */
export function onReminderFired(application: ApplicationRecord, reminder: ReminderRecord, settings: UserSettings, now: Date): FiredOutcome {
  const effective = effectiveRule(reminder.rule, settings);
  if (effective.closesAsStale) return { applicationChange: { stage: 'stale' }, create: [], planned: [], skipped: [] };
  if (reminder.rule !== 'status-check') return { applicationChange: null, create: [], planned: [], skipped: [] };

  const moveOn = effectiveRule('move-on', settings);
  const round = reminder.round;
  if (!moveOn.enabled) return { applicationChange: null, create: [], planned: [], skipped: [{ rule: 'move-on', round, reason: 'turned off in your settings' }] };
  if (moveOn.timing.kind !== 'days-after') throw new Error('move-on must be a fixed-hour rule');
  const zone = settings.timeZone;
  const firedAt = inZone(reminder.fireAt, zone, 'reminder.fireAt');
  const result = fixedHourAfter(firedAt, moveOn.timing, moveOn.definition.lateLimitHours, settings, nowInZone(now, zone));
  if (!result.ok) return { applicationChange: null, create: [], planned: [], skipped: [{ rule: 'move-on', round, reason: result.reason }] };
  const plan: PlannedReminder = {
    reminderId: reminderIdFor('move-on', round),
    rule: 'move-on',
    round,
    fireAt: isoWithOffset(result.time.at),
    localTime: localWallClock(result.time.at),
    zone,
    reason: `${RULES['move-on'].why} Planned ${moveOn.timing.days} day(s) after the status check of ${localWallClock(firedAt)}.`,
    source: RULES['move-on'].source,
    variant: contactVariant('move-on', contactPermission(application)),
    adjustments: result.time.adjustments,
    closesAsStale: moveOn.closesAsStale,
  };
  return { applicationChange: null, create: [toRecord(plan, application)], planned: [plan], skipped: [] };
}
