// Notices write dates and times as reminders do: the `locale` setting, else the style of the
// user's zone (12-hour, month first for US zones; 24-hour, day first for most others).
import { describe, expect, it } from 'vitest';
import { MERGE_SUGGESTION, NAME_EMPLOYER } from '../../shared/applications/filing-notice.ts';
import { SKIPPED_PROBLEM } from '../../shared/applications/skipped-mail.ts';
import { acknowledgementText } from '../../shared/commands/acknowledgement.ts';
import type { CommandOutcome } from '../../shared/commands/apply-command.ts';
import type { Notice } from '../../shared/domain/application.ts';
import { renderNotice } from '../../shared/reminders/notice.ts';
import { renderSkippedSummary } from '../../shared/reminders/skipped-summary.ts';
import { application, reminder, settings } from './fixtures.ts';

/** 19:05 UTC: 2:05 PM in New York, 19:05 in London. */
const AT = '2026-11-03T19:05:00Z';
const NEW_YORK = settings({ timeZone: 'America/New_York' });
const LONDON = settings({ timeZone: 'Europe/London' });
const NEW_YORK_IN_24H = settings({ timeZone: 'America/New_York', locale: 'en-GB' });

function notice(kind: Notice['kind'], details: Record<string, string>): Notice {
  return { noticeId: 'n-1', kind, messageId: 'ses-1', details, status: 'pending', createdAt: AT };
}

const mergeSuggestion = notice('command-help', {
  problem: MERGE_SUGGESTION,
  application: 'Pinecrest',
  subject: 'Your interview at Pinecrest',
  sentAt: AT,
  choices: 'Pinecrest — Platform Engineer',
});
const nameEmployer = notice('command-help', { problem: NAME_EMPLOYER, application: 'Unknown employer — Your interview', subject: 'Your interview', sentAt: AT });

describe('filing notices', () => {
  it('name the email by its subject and the date it was sent, in the user\'s locale style', () => {
    expect(renderNotice(mergeSuggestion, NEW_YORK).text).toContain('"Your interview at Pinecrest" (sent Tue, Nov 3, 2026, 2:05 PM) could belong to more than one');
    expect(renderNotice(mergeSuggestion, LONDON).text).toContain('"Your interview at Pinecrest" (sent Tue 3 Nov 2026, 19:05) could belong to more than one');
    expect(renderNotice(nameEmployer, NEW_YORK).text).toContain('the employer\'s name in "Your interview" (sent Tue, Nov 3, 2026, 2:05 PM), so it is tracked');
  });

  it('follow the locale setting over the zone\'s style', () => {
    const text = renderNotice(mergeSuggestion, NEW_YORK_IN_24H).text;
    expect(text).toContain('(sent Tue 3 Nov 2026, 14:05)');
    expect(text).not.toMatch(/\d:\d\d [AP]M/);
  });

  it('leave the date out when the notice does not carry one (stored before it did)', () => {
    const { sentAt: _sentAt, ...older } = mergeSuggestion.details;
    expect(renderNotice({ ...mergeSuggestion, details: older }, NEW_YORK).text).toContain('"Your interview at Pinecrest" could belong to more than one');
  });
});

describe('skipped-mail notices', () => {
  const skipped = notice('command-help', { problem: SKIPPED_PROBLEM, outcome: 'ignored', reason: 'sender is not one of your addresses', receivedAt: AT });

  it('list each skipped message with its time in the user\'s locale style', () => {
    expect(renderSkippedSummary([skipped], NEW_YORK).text).toContain('Tue, Nov 3, 2026, 2:05 PM: ignored, sender is not one of your addresses');
    expect(renderSkippedSummary([skipped], LONDON).text).toContain('Tue 3 Nov 2026, 19:05: ignored');
    expect(renderSkippedSummary([skipped], NEW_YORK_IN_24H).text).toContain('Tue 3 Nov 2026, 14:05: ignored');
  });

  it('say when an unreadable forward arrived in the user\'s locale style', () => {
    const unreadable = notice('unreadable-forward', { subject: 'Fwd: hello', reason: 'no forwarded message found' });
    expect(renderNotice(unreadable, NEW_YORK).text).toContain('from you on Tue, Nov 3, 2026, 2:05 PM but could not');
    expect(renderNotice(unreadable, NEW_YORK_IN_24H).text).toContain('from you on Tue 3 Nov 2026, 14:05 but could not');
  });
});

describe('command acknowledgements', () => {
  const snoozed: CommandOutcome = {
    result: 'applied',
    command: 'snooze',
    detail: 'snoozed',
    application: application(),
    reminder: reminder('status-check', '2026-12-08T14:00:00Z'),
    diff: { create: [], cancel: [], keep: [] },
    notice: null,
  };

  it('say until when a reminder is snoozed in the user\'s locale style', () => {
    expect(acknowledgementText(snoozed, NEW_YORK)).toMatch(/^Snoozed until Tue, Dec 8, 9:00 AM: /);
    expect(acknowledgementText(snoozed, LONDON)).toMatch(/^Snoozed until Tue 8 Dec, 14:00: /);
    expect(acknowledgementText(snoozed, NEW_YORK_IN_24H)).toMatch(/^Snoozed until Tue 8 Dec, 09:00: /);
  });
});
