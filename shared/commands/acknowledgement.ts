import { formatLocaleOf } from '../config/locale.ts';
import type { UserSettings } from '../config/settings.ts';
import { dayLabel, inZone, timeLabel } from '../reminders/local-time.ts';
import type { CommandOutcome } from './apply-command.ts';

/** The `problem` of a command-help notice that acknowledges an applied command (see reminders/notice.ts). */
export const ACKNOWLEDGED = 'acknowledged';

/**
 * One short line saying what a command did, in the user's zone and locale ("Snoozed until Tue 8 Dec,
 * 09:00", "Snoozed until Tue, Dec 8, 9:00 AM").
 * Without it a reply vanishes silently, and the user cannot tell a command that worked from one
 * that never arrived. Ids and times only, plus the company the user already knows.
 */
export function acknowledgementText(outcome: CommandOutcome, settings: Pick<UserSettings, 'timeZone' | 'locale'>): string {
  const company = outcome.application?.company ?? 'this application';
  switch (outcome.command) {
    case 'done':
      return `Marked done: the ${ruleName(outcome)} reminder for ${company}.`;
    case 'snooze': {
      const at = outcome.reminder ? inZone(outcome.reminder.fireAt, settings.timeZone, formatLocaleOf(settings)) : null;
      return at ? `Snoozed until ${dayLabel(at)}, ${timeLabel(at)}: ${company}.` : `Snoozed: ${company}.`;
    }
    case 'stop': {
      const cancelled = outcome.diff.cancel.length;
      return `Stopped: no more reminders for ${company} (${cancelled} cancelled).`;
    }
    case 'wrong':
      return `Corrected: ${company} re-read and its reminders re-planned (${outcome.application?.stage ?? 'unchanged'}).`;
    case 'merge':
      return outcome.merged ? `Merged: ${outcome.merged.from} is now part of ${outcome.merged.into}, and its reminders follow.` : `Merged: ${company}.`;
    case 'company':
      return outcome.merged
        ? `Named and merged: ${outcome.merged.from} is now part of ${outcome.merged.into}.`
        : `Renamed: this application is now ${company}.`;
    case 'unknown':
      return `Not understood: ${company}.`;
  }
}

function ruleName(outcome: CommandOutcome): string {
  return outcome.reminder?.rule ?? 'replied-to';
}
