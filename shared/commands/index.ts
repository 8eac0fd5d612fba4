/** Replies to a reminder read as commands: done, snooze, stop, wrong: KIND (and help for the rest). */
export { MAX_COMMAND_LINES, MAX_COMMAND_SCAN_CHARS, MAX_SNOOZE_AMOUNT, MAX_UNKNOWN_TEXT_LENGTH, linesAboveQuote, parseCommand } from './parse-command.ts';
export type { Command, CommandName, SnoozeSpec, UnknownCommand } from './parse-command.ts';
export { MAX_SNOOZE_DAYS, snoozeUntil } from './snooze-time.ts';
export type { SnoozeTime } from './snooze-time.ts';
export { MAX_REFERENCES_SCANNED, findReplyTarget } from './reply-target.ts';
export type { ReplyTarget } from './reply-target.ts';
export { rebuildFromEvents } from './reclassify.ts';
export { CORRECTION_SIGNAL, CommandContentionError, MAX_COMMAND_ATTEMPTS, applyReplyCommand } from './apply-command.ts';
export type { CommandDeps, CommandOutcome, CommandTarget } from './apply-command.ts';
export { STATUS_COMMAND, asksForStatus } from './status-request.ts';
export { COMMAND_REASON_PREFIX, CommandSettingsError, handleReply, replayCommandEffect } from './handle-reply.ts';
export type { CommandEffect, ReplyHandled } from './handle-reply.ts';
