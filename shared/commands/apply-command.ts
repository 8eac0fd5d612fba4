import { noticeIdFor } from '../applications/identity.ts';
import type { UserSettings } from '../config/settings.ts';
import type { ApplicationEvent, ApplicationRecord, Notice, ReminderRecord, ReminderStatus } from '../domain/application.ts';
import type { Clock } from '../domain/clock.ts';
import type { EventKind } from '../domain/kinds.ts';
import { isOpen } from '../domain/kinds.ts';
import { isoWithOffset, localWallClock, planReminders, stageForRule, stillDue } from '../policy/index.ts';
import type { ReminderDiff } from '../policy/index.ts';
import { scheduleNameFor } from '../scheduler/schedule-name.ts';
import type { ApplicationStore } from '../store/application-store.ts';
import { ReminderStatusConflictError, VersionConflictError } from '../store/application-store.ts';
import type { Command, CommandName, SnoozeSpec } from './parse-command.ts';
import { rebuildFromEvents } from './reclassify.ts';
import { cancelPending } from './cancel-pending.ts';
import { CommandContentionError, MAX_COMMAND_ATTEMPTS } from './command-errors.ts';
import { applyFilingCommand } from './filing-command.ts';
import { snoozeUntil } from './snooze-time.ts';

/** The reminder a reply answers, and the reply itself. */
export interface CommandTarget {
  readonly applicationId: string;
  readonly reminderId: string;
  readonly reply: {
    /** SES messageId (or the local inbox's id) of the reply: the command's idempotency key. */
    readonly messageId: string;
    /** The reply's Date header (arrival time when it had none): snoozes count from it. */
    readonly repliedAt: Date;
  };
}

export interface CommandDeps {
  readonly store: ApplicationStore;
  /** Snoozes use the zone and hour; `wrong` re-plans with the whole policy configuration. */
  readonly settings: UserSettings;
  readonly clock: Clock;
}

/**
 * What a command did. Everything is already stored when this returns; `diff` is what the scheduler
 * must do, in the planner's shape (ReminderDiff): unschedule `cancel` by scheduleName, then schedule
 * `create`. Storing those records again and repeating the scheduler calls is harmless.
 */
export interface CommandOutcome {
  /** `applied`; `help`: the user gets a help notice; `no-target`: nothing to act on. */
  readonly result: 'applied' | 'help' | 'no-target';
  readonly command: CommandName;
  /** What happened, for the recorded reason and logs: ids and times, never mail content. */
  readonly detail: string;
  /** The application after the command (null when it is unknown). */
  readonly application: ApplicationRecord | null;
  /** The reminder replied to, after the command (null when it is unknown). */
  readonly reminder: ReminderRecord | null;
  readonly diff: ReminderDiff;
  readonly notice: Notice | null;
  /** Set by a merge: the application that was joined into another, and that one (labels). */
  readonly merged?: { readonly from: string; readonly into: string };
}

export { CommandContentionError, MAX_COMMAND_ATTEMPTS } from './command-errors.ts';

const EMPTY_DIFF: ReminderDiff = { create: [], keep: [], cancel: [] };

/** Statuses a `done` may move a reminder from (a done one stays done: replays change nothing). */
const NOT_DONE: readonly ReminderStatus[] = ['pending', 'sent', 'cancelled', 'dropped'];

/**
 * Apply one reply command to the reminder it answers. Idempotent by (target, reply messageId): a
 * second run for the same reply finds its own work done and changes nothing (a snooze counts from
 * the reply's Date, so it is the same instant). Conditional writes retry on a concurrent change.
 */
export async function applyReplyCommand(target: CommandTarget, command: Command, deps: CommandDeps): Promise<CommandOutcome> {
  // Filing commands concern the application, not the reminder replied to.
  if (command.kind === 'merge' || command.kind === 'company') {
    return applyFilingCommand({ applicationId: target.applicationId, reply: target.reply, suggested: [] }, command, deps);
  }
  for (let attempt = 1; attempt <= MAX_COMMAND_ATTEMPTS; attempt++) {
    try {
      return await attemptCommand(target, command, deps);
    } catch (error) {
      if (error instanceof VersionConflictError || error instanceof ReminderStatusConflictError) continue;
      throw error;
    }
  }
  throw new CommandContentionError(target.applicationId);
}

async function attemptCommand(target: CommandTarget, command: Command, deps: CommandDeps): Promise<CommandOutcome> {
  const { store } = deps;
  const [application, reminder] = await Promise.all([
    store.getApplication(target.applicationId),
    store.getReminder(target.applicationId, target.reminderId),
  ]);
  if (!application || !reminder) {
    return noTarget(command.kind, application, application ? 'the reminder it answers is not on record' : 'the application it answers is not on record');
  }
  const ctx: Ctx = { target, deps, application, reminder, now: deps.clock.now() };
  switch (command.kind) {
    case 'unknown':
      return help(ctx, 'unknown', { ...(command.text ? { command: command.text } : {}) });
    case 'done':
      return done(ctx);
    case 'snooze':
      return snooze(ctx, command.snooze);
    case 'stop':
      return stop(ctx);
    case 'wrong':
      return wrong(ctx, command.as);
    case 'merge':
    case 'company':
      return applyFilingCommand({ applicationId: target.applicationId, reply: target.reply, suggested: [] }, command, deps);
  }
}

interface Ctx {
  readonly target: CommandTarget;
  readonly deps: CommandDeps;
  readonly application: ApplicationRecord;
  readonly reminder: ReminderRecord;
  readonly now: Date;
}

function noTarget(command: CommandName, application: ApplicationRecord | null, detail: string): CommandOutcome {
  return { result: 'no-target', command, detail, application, reminder: null, diff: EMPTY_DIFF, notice: null };
}

function applied(
  ctx: Ctx,
  command: CommandName,
  detail: string,
  application: ApplicationRecord,
  diff: ReminderDiff = EMPTY_DIFF,
  reminder: ReminderRecord = ctx.reminder,
): CommandOutcome {
  return { result: 'applied', command, detail: `${detail} (${ctx.reminder.reminderId})`, application, reminder, diff, notice: null };
}

async function help(ctx: Ctx, command: CommandName, details: Record<string, string>): Promise<CommandOutcome> {
  const { reply } = ctx.target;
  const { notice } = await ctx.deps.store.putNotice({
    noticeId: noticeIdFor('command-help', reply.messageId),
    kind: 'command-help',
    messageId: reply.messageId,
    details,
    status: 'pending',
    createdAt: ctx.now.toISOString(),
  });
  const problem = details.problem ?? 'not a command';
  return { result: 'help', command, detail: `${problem}: help sent`, application: ctx.application, reminder: ctx.reminder, diff: EMPTY_DIFF, notice };
}

async function done(ctx: Ctx): Promise<CommandOutcome> {
  const { reminder, application } = ctx;
  if (reminder.status === 'done') return applied(ctx, 'done', 'reminder already done', application);
  const updated = await ctx.deps.store.updateReminderStatus(application.id, reminder.reminderId, {
    from: NOT_DONE,
    to: 'done',
    statusReason: 'you replied "done"',
  });
  // A done reminder that had not fired yet keeps its schedule: when it fires, the reminder Lambda
  // drops it (stillDue: "already done"), so the scheduler needs no change.
  return applied(ctx, 'done', `reminder marked done (was ${reminder.status})`, application, EMPTY_DIFF, updated);
}

function describeSnooze(spec: SnoozeSpec): string {
  return spec.kind === 'date' ? `snooze until ${spec.date}` : `snooze ${spec.amount} ${spec.unit}`;
}

/** Marks the reminder as snoozed by this reply, so a second run of the same reply is recognised. */
function snoozeMark(replyMessageId: string): string {
  return `[reply ${replyMessageId}]`;
}

async function snooze(ctx: Ctx, spec: SnoozeSpec): Promise<CommandOutcome> {
  const { reminder, application, deps, target } = ctx;
  const zone = deps.settings.timeZone;
  const time = snoozeUntil(spec, { repliedAt: target.reply.repliedAt, now: ctx.now, zone, localHour: deps.settings.localHour });
  if (!time.ok) return help(ctx, 'snooze', { command: describeSnooze(spec), problem: time.problem });

  const mark = snoozeMark(target.reply.messageId);
  if (reminder.status === 'pending' && (reminder.statusReason ?? '').endsWith(mark)) {
    // This reply was applied before: hand the schedule over again (scheduling is idempotent).
    return applied(ctx, 'snooze', `already snoozed to ${reminder.fireAt}`, application, { ...EMPTY_DIFF, create: [reminder] });
  }
  // A snooze asks to hear about this again. An application closed as stale by its own reminders
  // (no reply came) is reopened at the stage the reminder belongs to; one closed by news (a
  // rejection, an offer) stays closed, and the user is told the snooze would never fire.
  const stage = stageForRule(reminder.rule);
  const reopen = application.stage === 'stale' && isOpen(stage);
  const snoozedApplication: ApplicationRecord = reopen ? { ...application, stage } : application;
  const fireAt = isoWithOffset(time.at);
  const check = stillDue(snoozedApplication, { ...reminder, fireAt, status: 'pending' }, time.at.toJSDate());
  if (!check.due) return help(ctx, 'snooze', { command: describeSnooze(spec), problem: 'snooze-would-not-fire', reason: check.reason });

  // A new version gives the re-timed reminder a new schedule name and payload version, so a late
  // fire of the old schedule is recognised and dropped.
  const bumped = await deps.store.updateApplication({ ...snoozedApplication, updatedAt: ctx.now.toISOString() }, application.version);
  const next: ReminderRecord = {
    ...reminder,
    fireAt,
    zone,
    status: 'pending',
    statusReason: `snoozed to ${localWallClock(time.at)} by your reply ${mark}`,
    sentAt: null,
    scheduleName: scheduleNameFor(application.id, reminder.reminderId, bumped.version),
    plannedAtVersion: bumped.version,
  };
  await deps.store.putReminder(next);
  const cancel = reminder.status === 'pending' ? [{ ...reminder, status: 'cancelled' as const, statusReason: 're-timed by your snooze' }] : [];
  const reopened = reopen ? `, application reopened as ${stage}` : '';
  return applied(ctx, 'snooze', `reminder snoozed to ${fireAt}${reopened}`, bumped, { create: [next], keep: [], cancel }, next);
}

async function stop(ctx: Ctx): Promise<CommandOutcome> {
  const { application, deps } = ctx;
  const stopped = application.remindersStopped
    ? application
    : await deps.store.updateApplication({ ...application, remindersStopped: true, updatedAt: ctx.now.toISOString() }, application.version);
  const pending = (await deps.store.listReminders(application.id)).filter((record) => record.status === 'pending');
  const cancel = await cancelPending(
    deps.store,
    pending.map((record) => ({ ...record, statusReason: 'you replied "stop"' })),
  );
  const replied = cancel.find((record) => record.reminderId === ctx.reminder.reminderId) ?? ctx.reminder;
  return applied(ctx, 'stop', `reminders stopped, ${cancel.length} cancelled`, stopped, { ...EMPTY_DIFF, cancel }, replied);
}

/** Signal recorded on an event whose kind the user corrected. */
export const CORRECTION_SIGNAL = 'reply:wrong';

async function wrong(ctx: Ctx, kind: EventKind): Promise<CommandOutcome> {
  const { application, deps } = ctx;
  const { store } = deps;
  const events = await store.listEvents(application.id);
  const newest = events.at(-1);
  if (!newest) return noTarget('wrong', application, 'the application has no email to correct');
  const corrected: ApplicationEvent =
    newest.kind === kind
      ? newest
      : { ...newest, kind, confidence: 1, signals: [...newest.signals.filter((s) => s !== CORRECTION_SIGNAL), CORRECTION_SIGNAL] };
  if (corrected !== newest) await store.putEvent(corrected);

  const nowIso = ctx.now.toISOString();
  const rebuilt = rebuildFromEvents(application, [...events.slice(0, -1), corrected], nowIso);
  const after = rebuilt === application ? application : await store.updateApplication(rebuilt, application.version);

  const stored = await store.listReminders(application.id);
  const plan = planReminders({ application: after, previous: application, event: corrected, pending: stored, settings: deps.settings, now: ctx.now });
  // The planner adds and re-times for the corrected email; reminders that only the misreading
  // called for (a prepare for an "interview" that was a confirmation) no longer fit the application.
  const keep: ReminderRecord[] = [];
  const misfits: ReminderRecord[] = [];
  for (const record of plan.diff.keep) {
    const check = stillDue(after, record, ctx.now);
    if (check.due) keep.push(record);
    else misfits.push({ ...record, status: 'cancelled', statusReason: `no longer fits after your correction: ${check.reason}` });
  }
  const cancel = await cancelPending(store, [...plan.diff.cancel, ...misfits]);
  for (const record of plan.diff.create) await store.putReminder(record);
  const change = newest.kind === kind ? `already ${kind}` : `${newest.kind} corrected to ${kind}`;
  return applied(ctx, 'wrong', `newest email ${change}, stage ${after.stage}, re-planned`, after, { create: plan.diff.create, keep, cancel });
}
