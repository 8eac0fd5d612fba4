import type { DateTime } from 'luxon';
import type { UserSettings } from '../config/settings.ts';
import type { ApplicationEvent, ApplicationRecord, ReminderRecord } from '../domain/application.ts';
import { isClosed } from '../domain/kinds.ts';
import { readDisplayName, looksLikeFullName } from '../extract/person-name.ts';
import { isRobotAddress, isTeamMailbox } from '../extract/robots.ts';
import { scheduleNameFor } from '../scheduler/schedule-name.ts';
import { contactPermission, describeNoContact } from './contact-permission.ts';
import type { ContactPermission, ReminderVariant } from './contact-permission.ts';
import type { FireAdjustment, FireTimeResult } from './fire-time.ts';
import { beforeInterview, fixedHourAfter, hoursAfterInterview, inZone, isoWithOffset, localWallClock, nowInZone } from './fire-time.ts';
import type { RuleId } from './rule-ids.ts';
import { effectiveRule } from './rule-config.ts';
import { RULES } from './rules.ts';
import { contactVariant, needsContact } from './variant.ts';
import type { SeedId } from './seed-articles.ts';

/**
 * The pure planner: given an application after one event, decide which reminders should be pending
 * and how that differs from what is stored. No I/O, no clock: `now` comes in.
 *
 * Decisions (the policy's invariants, made precise):
 * - A reminder is `<rule>.<round>`: round 0 for the confirmation rules, the interview round
 *   otherwise. A reminder that already went out (sent / done / dropped) is never planned again for
 *   the same round ("one status check per round"). A cancelled one may come back only when a newer
 *   event calls for it again.
 * - Out of order: an event whose original Date is older than the newest one already applied
 *   (previous.lastEventAt) re-times nothing, cancels nothing by supersession and may only add a
 *   reminder that has never been stored, so it cannot resurrect what a newer event cancelled. A
 *   closed or stopped application still cancels everything, whatever the order.
 * - Newer event replaces pending ones: a confirmation owns `confirm-receipt` and `keep-applying`; an
 *   interview owns its round's `prepare`, `thank-you-*` and `status-check`, and cancels
 *   `confirm-receipt`, `keep-applying` and every earlier round's `status-check` / `move-on` (and any
 *   `move-on`: there is news). Earlier rounds' thank-you reminders stay: that interview still happened.
 * - A rejection, or any closing of the application (offer, withdrawn, stale) or "stop", cancels all
 *   pending reminders; a rejection after the interview stage adds `ask-feedback` and `stay-in-touch`.
 * - `other` events change nothing.
 * - No contact allowed (contact-permission.ts): contact-only rules are not planned and pending ones
 *   are cancelled; `status-check` and `prepare` are planned with variant `no-contact`.
 * - Times: see fire-time.ts. A time already past fires at once, unless the rule's late limit says the
 *   reminder is pointless by then (then it is listed in `skipped`).
 */

export interface PlanInput {
  /** The application as stored after the event was applied. */
  readonly application: ApplicationRecord;
  /** The application before the event, or null when the event created it. */
  readonly previous: ApplicationRecord | null;
  readonly event: ApplicationEvent;
  /** Every stored reminder of the application, whatever its status. */
  readonly pending: readonly ReminderRecord[];
  readonly settings: UserSettings;
  readonly now: Date;
}

export interface PlannedReminder {
  /** `<rule>.<round>`. */
  readonly reminderId: string;
  readonly rule: RuleId;
  readonly round: number;
  /** ISO-8601 with the zone's offset. */
  readonly fireAt: string;
  /** Wall-clock time in `zone`, e.g. `Mon 2026-11-02 09:00`. */
  readonly localTime: string;
  readonly zone: string;
  readonly reason: string;
  readonly source: readonly SeedId[];
  readonly variant: ReminderVariant;
  readonly adjustments: readonly FireAdjustment[];
  /** When it fires, the application is to be closed as `stale`. */
  readonly closesAsStale: boolean;
}

/** A reminder the rules would call for but that is not planned, and why. */
export interface SkippedReminder {
  readonly rule: RuleId;
  readonly round: number;
  readonly reason: string;
}

export interface ReminderDiff {
  /** New pending records to store and schedule. */
  readonly create: ReminderRecord[];
  /** Stored pending records left as they are. */
  readonly keep: ReminderRecord[];
  /**
   * Stored pending records to cancel, returned with status `cancelled` and a statusReason, ready
   * to store; unschedule them by their (unchanged) scheduleName. A re-timed reminder appears here
   * and in `create` with the same reminderId; apply cancellations first.
   */
  readonly cancel: ReminderRecord[];
}

export interface ReminderPlan {
  /** Every reminder that will be pending once the diff is applied. */
  readonly desired: PlannedReminder[];
  readonly diff: ReminderDiff;
  readonly skipped: SkippedReminder[];
  /** The event was older than the newest one already applied (see above). */
  readonly outOfOrder: boolean;
}

export class PlanInputError extends Error {
  override readonly name = 'PlanInputError';
}

/** Statuses after which a reminder is never planned again for the same round. */
const ALREADY_FIRED = new Set<ReminderRecord['status']>(['sent', 'done', 'dropped']);

export function reminderIdFor(rule: RuleId, round: number): string {
  return `${rule}.${round}`;
}

interface Candidate {
  readonly rule: RuleId;
  readonly round: number;
  readonly result: FireTimeResult;
  /** What the time counts from, in words, for the reason line. */
  readonly basis: string;
}

interface PlanContext {
  readonly input: PlanInput;
  readonly zone: string;
  readonly now: DateTime;
  readonly permission: ContactPermission;
}

export function planReminders(input: PlanInput): ReminderPlan {
  const { application, previous, event, settings } = input;
  if (event.applicationId !== application.id) {
    throw new PlanInputError(`event belongs to application ${event.applicationId}, not ${application.id}`);
  }
  const zone = settings.timeZone;
  const ctx: PlanContext = { input, zone, now: nowInZone(input.now, zone), permission: contactPermission(application) };
  const occurredAt = inZone(event.occurredAt, zone, 'event.occurredAt');
  const outOfOrder = previous !== null && occurredAt < inZone(previous.lastEventAt, zone, 'previous.lastEventAt');

  const pendingRecords = input.pending.filter((record) => record.status === 'pending');
  const skipped: SkippedReminder[] = [];
  const candidates: Candidate[] = [];
  /** Pending reminders this event replaces when it does not plan them again. */
  let superseded: (record: ReminderRecord) => boolean = () => false;
  let closing: string | null = null;

  if (application.remindersStopped) {
    closing = 'you stopped reminders for this application';
  } else if (isClosed(application.stage) || event.kind === 'rejection') {
    closing = `the application is now ${application.stage}`;
    const reachedInterview = application.interviewRound > 0 || (previous?.interviewRound ?? 0) > 0;
    if (event.kind === 'rejection' && reachedInterview) {
      const round = application.interviewRound;
      for (const rule of ['ask-feedback', 'stay-in-touch'] as const) {
        candidates.push(fixedHourCandidate(ctx, rule, round, occurredAt, `the rejection of ${localWallClock(occurredAt)}`));
      }
    } else if (event.kind === 'rejection') {
      skipped.push(
        { rule: 'ask-feedback', round: 0, reason: 'the rejection came before any interview' },
        { rule: 'stay-in-touch', round: 0, reason: 'the rejection came before any interview' },
      );
    }
  } else if (event.kind === 'confirmation' && application.stage === 'applied') {
    candidates.push(fixedHourCandidate(ctx, 'keep-applying', 0, occurredAt, `the confirmation of ${localWallClock(occurredAt)}`));
    const confirmedBy = receiptConfirmedBy(event, settings);
    if (confirmedBy !== null) {
      // A person already wrote that it arrived: asking them whether it arrived would be odd.
      skipped.push({ rule: 'confirm-receipt', round: 0, reason: `not planned: ${confirmedBy} already confirmed receiving it` });
    } else if (ctx.permission.allowed) {
      candidates.push(fixedHourCandidate(ctx, 'confirm-receipt', 0, occurredAt, `the confirmation of ${localWallClock(occurredAt)}`));
    } else {
      skipped.push({ rule: 'confirm-receipt', round: 0, reason: `not planned: ${describeNoContact(ctx.permission.reason)}` });
    }
    superseded = (record) => record.rule === 'confirm-receipt' || record.rule === 'keep-applying';
  } else if (event.kind === 'interview') {
    const round = Math.max(application.interviewRound, 1);
    candidates.push(...interviewCandidates(ctx, round, occurredAt, skipped));
    superseded = (record) =>
      record.rule === 'confirm-receipt' ||
      record.rule === 'keep-applying' ||
      record.rule === 'move-on' ||
      (record.rule === 'status-check' && record.round <= round) ||
      (record.round === round && (record.rule === 'prepare' || record.rule === 'thank-you-email' || record.rule === 'thank-you-note'));
  }
  // Anything else (an `other` event, a confirmation once interviewing) changes nothing.

  return buildDiff(ctx, candidates, pendingRecords, skipped, {
    outOfOrder,
    closing,
    superseded: outOfOrder ? () => false : superseded,
    eventLabel: eventLabel(event, application, zone, occurredAt),
  });
}

/**
 * The event that replaced a reminder, as its cancellation reason names it: an interview by the
 * date it takes place ("the interview on Tue 2026-11-03 10:00"), not by the day the invite was sent.
 */
function eventLabel(event: ApplicationEvent, application: ApplicationRecord, zone: string, occurredAt: DateTime): string {
  const interviewAt = event.kind === 'interview' ? (event.interviewAt ?? application.interviewAt) : null;
  if (interviewAt !== null) return `interview on ${localWallClock(inZone(interviewAt, zone, 'event.interviewAt'))}`;
  if (event.kind === 'interview') return `interview invitation of ${localWallClock(occurredAt)} (interview time not known yet)`;
  return `${event.kind} of ${localWallClock(occurredAt)}`;
}

/**
 * The named person who wrote that the application arrived, or null. A confirmation written by a
 * person (not a no-reply robot, a team inbox or the user's own sent mail) already answers the
 * question confirm-receipt would ask.
 */
function receiptConfirmedBy(event: ApplicationEvent, settings: UserSettings): string | null {
  if (event.kind !== 'confirmation' || event.fromAddress === null || event.fromName === null) return null;
  const address = event.fromAddress.toLowerCase();
  const own = [...settings.allowedSenders, settings.notifyAddress].some((a) => a.toLowerCase() === address);
  if (own || isRobotAddress(address) || isTeamMailbox(event.fromName, address)) return null;
  const name = readDisplayName(event.fromName, address);
  return looksLikeFullName(name) ? name : null;
}

function interviewCandidates(ctx: PlanContext, round: number, invitedAt: DateTime, skipped: SkippedReminder[]): Candidate[] {
  const { application } = ctx.input;
  const out: Candidate[] = [];
  const interviewAt = application.interviewAt === null ? null : inZone(application.interviewAt, ctx.zone, 'application.interviewAt');
  if (interviewAt === null) {
    for (const rule of ['prepare', 'thank-you-email', 'thank-you-note'] as const) {
      skipped.push({ rule, round, reason: 'the interview time is not known yet' });
    }
  } else {
    const label = `the interview on ${localWallClock(interviewAt)}`;
    const prepare = effectiveRule('prepare', ctx.input.settings);
    if (prepare.timing.kind === 'days-before-interview') {
      out.push({ rule: 'prepare', round, basis: label, result: beforeInterview(interviewAt, prepare.timing, ctx.now) });
    }
    const email = effectiveRule('thank-you-email', ctx.input.settings);
    if (email.timing.kind === 'hours-after-interview') {
      out.push({
        rule: 'thank-you-email',
        round,
        basis: label,
        result: hoursAfterInterview(interviewAt, email.timing, email.definition.lateLimitHours, ctx.now),
      });
    }
    const note = effectiveRule('thank-you-note', ctx.input.settings);
    if (note.inPersonOnly && !cardCanReach(application)) {
      skipped.push({ rule: 'thank-you-note', round, reason: 'not planned: the interview is not in person and no postal address is known (rules.thank-you-note.inPersonOnly)' });
    } else {
      out.push(fixedHourCandidate(ctx, 'thank-you-note', round, interviewAt, label));
    }
  }

  // status-check: a week after the employer's own date if it gave one, else two weeks after the
  // interview, else two weeks after the invite when the interview time is unknown.
  const statusCheck = effectiveRule('status-check', ctx.input.settings);
  if (statusCheck.timing.kind === 'days-after') {
    if (application.nextStepBy !== null) {
      const nextStep = inZone(application.nextStepBy, ctx.zone, 'application.nextStepBy');
      out.push(
        fixedHourCandidate(ctx, 'status-check', round, nextStep, `the date they said they would be in touch by (${application.nextStepBy})`, {
          days: statusCheck.afterNextStepDays,
        }),
      );
    } else if (interviewAt !== null) {
      out.push(fixedHourCandidate(ctx, 'status-check', round, interviewAt, `the interview on ${localWallClock(interviewAt)}`));
    } else {
      out.push(fixedHourCandidate(ctx, 'status-check', round, invitedAt, `the invitation of ${localWallClock(invitedAt)} (interview time unknown)`));
    }
  }
  return out;
}

/** A card has somewhere to go: the interview is in person, or the invitation gave an address (not a video or phone call's "location"). */
function cardCanReach(application: ApplicationRecord): boolean {
  const meeting = application.meeting ?? null;
  if (meeting === null) return false;
  return meeting.format === 'onsite' || (meeting.location !== null && meeting.format !== 'video' && meeting.format !== 'phone');
}

function fixedHourCandidate(
  ctx: PlanContext,
  rule: RuleId,
  round: number,
  anchor: DateTime,
  basis: string,
  timingOverride?: { days: number },
): Candidate {
  const effective = effectiveRule(rule, ctx.input.settings);
  if (effective.timing.kind !== 'days-after') throw new PlanInputError(`${rule} is not a fixed-hour rule`);
  const timing = timingOverride ? { ...effective.timing, ...timingOverride } : effective.timing;
  return {
    rule,
    round,
    basis: `${timing.days === 1 ? '1 day' : `${timing.days} days`} after ${basis}, at ${String(timing.hour).padStart(2, '0')}:00`,
    result: fixedHourAfter(anchor, timing, effective.definition.lateLimitHours, ctx.input.settings, ctx.now),
  };
}

function buildDiff(
  ctx: PlanContext,
  candidates: readonly Candidate[],
  pendingRecords: readonly ReminderRecord[],
  skipped: SkippedReminder[],
  options: { outOfOrder: boolean; closing: string | null; superseded: (record: ReminderRecord) => boolean; eventLabel: string },
): ReminderPlan {
  const { input, permission } = ctx;
  const stored = new Map(input.pending.map((record) => [record.reminderId, record]));
  const create: ReminderRecord[] = [];
  const cancel: ReminderRecord[] = [];
  const keep: ReminderRecord[] = [];
  const planned = new Map<string, PlannedReminder>();
  const handled = new Set<string>();

  for (const candidate of candidates) {
    const { rule, round } = candidate;
    const effective = effectiveRule(rule, input.settings);
    const reminderId = reminderIdFor(rule, round);
    const existing = stored.get(reminderId);
    if (!effective.enabled) {
      skipped.push({ rule, round, reason: 'turned off in your settings' });
      continue;
    }
    if (!permission.allowed && needsContact(rule)) {
      skipped.push({ rule, round, reason: `not planned: ${describeNoContact(permission.reason)}` });
      continue;
    }
    if (!candidate.result.ok) {
      skipped.push({ rule, round, reason: candidate.result.reason });
      continue;
    }
    if (existing && ALREADY_FIRED.has(existing.status)) {
      skipped.push({ rule, round, reason: `already ${existing.status} for this round` });
      continue;
    }
    if (options.outOfOrder && existing) {
      // An older event never brings back or re-times what a newer one decided; a pending one is
      // left to the loop below (kept, unless the application is closed or contact is not allowed).
      skipped.push({ rule, round, reason: `an older event does not change a ${existing.status} reminder` });
      continue;
    }
    const { time } = candidate.result;
    const plan: PlannedReminder = {
      reminderId,
      rule,
      round,
      fireAt: isoWithOffset(time.at),
      localTime: localWallClock(time.at),
      zone: ctx.zone,
      reason: `${whyFor(rule, contactVariant(rule, permission))} Planned ${candidate.basis}.`,
      source: RULES[rule].source,
      variant: contactVariant(rule, permission),
      adjustments: time.adjustments,
      closesAsStale: effective.closesAsStale,
    };
    handled.add(reminderId);
    if (existing?.status === 'pending') {
      const sameTime = Date.parse(existing.fireAt) === time.at.toMillis();
      // Caught up to "now": the stored one is due already; re-timing it to a later "now" only churns.
      const bothDue = time.adjustments.includes('caught-up') && Date.parse(existing.fireAt) <= time.at.toMillis();
      if (sameTime || bothDue) {
        keep.push(existing);
        planned.set(reminderId, fromRecord(existing, permission, effective.closesAsStale));
        continue;
      }
      cancel.push(cancelled(existing, `re-timed by the ${options.eventLabel}`));
    }
    create.push(toRecord(plan, input.application));
    planned.set(reminderId, plan);
  }

  for (const record of pendingRecords) {
    if (handled.has(record.reminderId)) continue;
    let reason: string | null = null;
    if (options.closing !== null) reason = options.closing;
    else if (!permission.allowed && needsContact(record.rule)) reason = describeNoContact(permission.reason);
    else if (options.superseded(record)) reason = `replaced by the ${options.eventLabel}`;
    if (reason === null) {
      keep.push(record);
      planned.set(record.reminderId, fromRecord(record, permission, effectiveRule(record.rule, input.settings).closesAsStale));
    } else {
      cancel.push(cancelled(record, reason));
    }
  }

  const desired = [...planned.values()].sort((a, b) => Date.parse(a.fireAt) - Date.parse(b.fireAt));
  return { desired, diff: { create, keep, cancel }, skipped, outOfOrder: options.outOfOrder };
}

/** The why a reminder's reason starts with, in the wording of its variant (never arguing for contact it drops). */
function whyFor(rule: RuleId, variant: ReminderVariant): string {
  const definition = RULES[rule];
  return variant === 'no-contact' ? (definition.noContactWhy ?? definition.why) : definition.why;
}

function cancelled(record: ReminderRecord, statusReason: string): ReminderRecord {
  return { ...record, status: 'cancelled', statusReason };
}

export function toRecord(plan: PlannedReminder, application: ApplicationRecord): ReminderRecord {
  return {
    applicationId: application.id,
    reminderId: plan.reminderId,
    rule: plan.rule,
    round: plan.round,
    fireAt: plan.fireAt,
    zone: plan.zone,
    status: 'pending',
    reason: plan.reason,
    source: plan.source,
    scheduleName: scheduleNameFor(application.id, plan.reminderId, application.version),
    plannedAtVersion: application.version,
    statusReason: null,
    sentAt: null,
  };
}

function fromRecord(record: ReminderRecord, permission: ContactPermission, closesAsStale: boolean): PlannedReminder {
  const at = inZone(record.fireAt, record.zone, 'reminder.fireAt');
  return {
    reminderId: record.reminderId,
    rule: record.rule,
    round: record.round,
    fireAt: record.fireAt,
    localTime: localWallClock(at),
    zone: record.zone,
    reason: record.reason,
    source: RULES[record.rule].source,
    variant: contactVariant(record.rule, permission),
    adjustments: [],
    closesAsStale,
  };
}
