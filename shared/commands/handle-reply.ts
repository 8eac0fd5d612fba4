import type { UserSettings } from '../config/settings.ts';
import type { ApplicationRecord, MessageOutcome, Notice } from '../domain/application.ts';
import type { Clock } from '../domain/clock.ts';
import type { UnwrappedMail } from '../domain/message.ts';
import type { ReminderDiff } from '../policy/index.ts';
import type { ApplicationStore } from '../store/application-store.ts';
import { noticeIdFor } from '../applications/identity.ts';
import { ACKNOWLEDGED, acknowledgementText } from './acknowledgement.ts';
import { applyReplyCommand } from './apply-command.ts';
import { applyFilingCommand } from './filing-command.ts';
import type { CommandName } from './parse-command.ts';
import { parseCommand } from './parse-command.ts';
import { findReplyTarget } from './reply-target.ts';
import { asksForStatus, STATUS_COMMAND } from './status-request.ts';

/** What a reply command hands on to whoever schedules (shared/pipeline) through the ingest result. */
export interface CommandEffect {
  readonly command: CommandName | typeof STATUS_COMMAND;
  /** Already stored; the scheduler applies it: unschedule `cancel`, then schedule `create`. */
  readonly diff: ReminderDiff;
}

/** The end of an ingest run for a reply to a jobnudge email. */
export interface ReplyHandled {
  readonly outcome: 'processed' | 'ignored';
  readonly reason: string;
  readonly applicationId: string | null;
  /** The application after the command; null when the reply answers nothing on record. */
  readonly application: ApplicationRecord | null;
  readonly notices: readonly Notice[];
  readonly effect: CommandEffect | null;
}

/** Every recorded reason of a reply command starts with this (replays recognise commands by it). */
export const COMMAND_REASON_PREFIX = 'command: ';

const COMMAND_NAMES: readonly CommandEffect['command'][] = ['done', 'snooze', 'stop', 'wrong', 'merge', 'company', 'unknown', STATUS_COMMAND];

/** Reply commands need the whole policy configuration, not just ingest's slice of it. */
export class CommandSettingsError extends Error {
  override readonly name = 'CommandSettingsError';
  constructor() {
    super('reply commands need the full user settings (UserSettingsSchema), but ingest was given only part of them');
  }
}

function isUserSettings(settings: object): settings is UserSettings {
  return ['timeZone', 'localHour', 'weekends', 'rules', 'allowedSenders', 'notifyAddress', 'senderAddress'].every((key) => key in settings);
}

/**
 * A message from the user that answers a jobnudge email is a command, not a forward. Returns null
 * when the message is not such a reply (then it is ingested as a forward). The caller has checked
 * that the sender is the user.
 */
export async function handleReply(
  mail: UnwrappedMail,
  reply: { readonly messageId: string; readonly receivedAt: string },
  deps: { readonly store: ApplicationStore; readonly settings: object; readonly clock: Clock },
): Promise<ReplyHandled | null> {
  const target = findReplyTarget(mail.outer);
  if (target === null) return null;
  // A reply is not a forward, but a client may still present it as one: then the user's text is the note.
  if (asksForStatus(mail.depth > 0 ? mail.note : mail.original.text)) {
    // Nothing to store: the digest is read from the store and sent by the pipeline (rate-limited there).
    const effect: CommandEffect = { command: STATUS_COMMAND, diff: { create: [], keep: [], cancel: [] } };
    return { outcome: 'processed', reason: `${COMMAND_REASON_PREFIX}${STATUS_COMMAND}: digest requested`, applicationId: null, application: null, notices: [], effect };
  }
  // A reply is not a forward, but a client may still present it as one: then the user's text is the note.
  const text = mail.depth > 0 ? mail.note : mail.original.text;
  const command = parseCommand(text);
  const repliedNotice = target.kind === 'notice' ? await deps.store.getNotice(target.noticeId) : null;
  // A notice about how an email was filed names its application: `same as …`, `merge` and `#company …` act on it.
  const filedApplication = repliedNotice?.details.applicationId;
  if (target.kind === 'notice' && (filedApplication === undefined || (command.kind !== 'merge' && command.kind !== 'company'))) {
    return { outcome: 'ignored', reason: `${COMMAND_REASON_PREFIX}reply to a jobnudge notice, not to a reminder`, applicationId: null, application: null, notices: [], effect: null };
  }
  if (!isUserSettings(deps.settings)) throw new CommandSettingsError();
  const date = mail.outer.date;
  const repliedAt = date && !Number.isNaN(date.getTime()) ? date : new Date(reply.receivedAt);
  const commandDeps = { store: deps.store, settings: deps.settings, clock: deps.clock };
  const outcome =
    target.kind === 'notice'
      ? await applyFilingCommand(
          { applicationId: filedApplication ?? '', reply: { messageId: reply.messageId }, suggested: (repliedNotice?.details.choiceIds ?? '').split(',').filter(Boolean) },
          command.kind === 'merge' || command.kind === 'company' ? command : { kind: 'merge', target: null },
          commandDeps,
        )
      : await applyReplyCommand(
          { applicationId: target.applicationId, reminderId: target.reminderId, reply: { messageId: reply.messageId, repliedAt } },
          command,
          commandDeps,
        );
  const reason = `${COMMAND_REASON_PREFIX}${outcome.command}: ${outcome.detail}`;
  if (outcome.result === 'no-target') {
    return { outcome: 'ignored', reason, applicationId: outcome.application?.id ?? null, application: null, notices: [], effect: null };
  }
  // Each command is answered once: its help (a problem) or a one-line acknowledgement.
  let notice = outcome.notice;
  if (notice === null && outcome.result === 'applied') {
    const stored = await deps.store.putNotice({
      noticeId: noticeIdFor('command-help', reply.messageId),
      kind: 'command-help',
      messageId: reply.messageId,
      details: { problem: ACKNOWLEDGED, command: outcome.command, text: acknowledgementText(outcome, deps.settings) },
      status: 'pending',
      createdAt: deps.clock.now().toISOString(),
    });
    notice = stored.notice;
  }
  return {
    outcome: 'processed',
    reason,
    applicationId: outcome.application?.id ?? null,
    application: outcome.application,
    notices: notice ? [notice] : [],
    effect: { command: outcome.command, diff: outcome.diff },
  };
}

/**
 * The effect of a reply command handled before (a retry after the outcome was recorded). The first
 * run stored everything, but its scheduler calls may not have happened: every pending reminder of
 * the application is handed over again (scheduling is idempotent); a schedule left behind by a
 * cancellation is dropped by the reminder Lambda when it fires (stillDue). Null for other outcomes.
 */
export async function replayCommandEffect(recorded: MessageOutcome, store: ApplicationStore): Promise<CommandEffect | null> {
  if (recorded.outcome !== 'processed' || !recorded.reason.startsWith(COMMAND_REASON_PREFIX)) return null;
  const name = recorded.reason.slice(COMMAND_REASON_PREFIX.length).split(':')[0] ?? '';
  const command = COMMAND_NAMES.find((candidate) => candidate === name) ?? 'unknown';
  const pending = recorded.applicationId
    ? (await store.listReminders(recorded.applicationId)).filter((record) => record.status === 'pending')
    : [];
  return { command, diff: { create: pending, keep: [], cancel: [] } };
}
