import { describe, expect, it } from 'vitest';
import { MAX_COMMAND_SCAN_CHARS, parseCommand } from '../../shared/commands/parse-command.ts';
import { findReplyTarget } from '../../shared/commands/reply-target.ts';
import { buildMessageId, noticeMessageKey, reminderMessageKey } from '../../shared/mailer/message-id.ts';

describe('parseCommand', () => {
  it('reads done and stop whatever the case and punctuation', () => {
    for (const text of ['done', 'Done!', '  DONE.  ', '*done*']) expect(parseCommand(text)).toEqual({ kind: 'done' });
    for (const text of ['stop', 'Stop.', 'STOP!!']) expect(parseCommand(text)).toEqual({ kind: 'stop' });
  });

  it('reads relative snoozes in hours, days and weeks', () => {
    expect(parseCommand('snooze 3d')).toEqual({ kind: 'snooze', snooze: { kind: 'relative', amount: 3, unit: 'days' } });
    expect(parseCommand('Snooze 2w')).toEqual({ kind: 'snooze', snooze: { kind: 'relative', amount: 2, unit: 'weeks' } });
    expect(parseCommand('snooze: 12h')).toEqual({ kind: 'snooze', snooze: { kind: 'relative', amount: 12, unit: 'hours' } });
    expect(parseCommand('snooze 5 days.')).toEqual({ kind: 'snooze', snooze: { kind: 'relative', amount: 5, unit: 'days' } });
    expect(parseCommand('snooze for 1 week')).toEqual({ kind: 'snooze', snooze: { kind: 'relative', amount: 1, unit: 'weeks' } });
  });

  it('reads a snooze until a calendar date and refuses dates that do not exist', () => {
    expect(parseCommand('snooze until 2026-12-01')).toEqual({ kind: 'snooze', snooze: { kind: 'date', date: '2026-12-01' } });
    expect(parseCommand('Snooze until: 2026/12/1.')).toEqual({ kind: 'snooze', snooze: { kind: 'date', date: '2026-12-01' } });
    expect(parseCommand('snooze until 2026-02-30')).toMatchObject({ kind: 'unknown' });
  });

  it('reads a correction with or without the colon', () => {
    expect(parseCommand('wrong: interview')).toEqual({ kind: 'wrong', as: 'interview' });
    expect(parseCommand('Wrong interview')).toEqual({ kind: 'wrong', as: 'interview' });
    expect(parseCommand('WRONG - rejection.')).toEqual({ kind: 'wrong', as: 'rejection' });
    expect(parseCommand('wrong:confirmation')).toEqual({ kind: 'wrong', as: 'confirmation' });
    expect(parseCommand('wrong: other')).toEqual({ kind: 'wrong', as: 'other' });
    expect(parseCommand('wrong: offer')).toMatchObject({ kind: 'unknown' });
  });

  it('takes the command above the quoted reminder and ignores commands inside the quote', () => {
    const reply = ['snooze 2w', '', 'On Mon, Nov 2, 2026 at 9:00 AM jobnudge <x@y.example> wrote:', '> done', '> stop'].join('\r\n');
    expect(parseCommand(reply)).toMatchObject({ kind: 'snooze' });
    const wrapped = ['stop', 'On Mon, Nov 2, 2026 at 9:00 AM jobnudge', '<x@y.example> wrote:', '> done'].join('\n');
    expect(parseCommand(wrapped)).toEqual({ kind: 'stop' });
    expect(parseCommand(['', '> done', '> snooze 3d'].join('\n'))).toEqual({ kind: 'unknown', text: '' });
  });

  it('finds the command on a line after a greeting but not below a signature or an Outlook header block', () => {
    expect(parseCommand('Hi,\n\ndone\n\nCasey')).toEqual({ kind: 'done' });
    expect(parseCommand('thanks\n-- \ndone')).toEqual({ kind: 'unknown', text: 'thanks' });
    expect(parseCommand('ok\n-----Original Message-----\nFrom: jobnudge\nstop')).toEqual({ kind: 'unknown', text: 'ok' });
  });

  it('returns an unknown command with the first line instead of throwing', () => {
    expect(parseCommand('please remind me next month')).toEqual({ kind: 'unknown', text: 'please remind me next month' });
    expect(parseCommand('')).toEqual({ kind: 'unknown', text: '' });
    expect(parseCommand('snooze')).toMatchObject({ kind: 'unknown' });
    expect(parseCommand('snooze 0d')).toMatchObject({ kind: 'unknown' });
    expect(parseCommand('snooze 3 fortnights')).toMatchObject({ kind: 'unknown' });
    const long = parseCommand('x'.repeat(500));
    expect(long.kind === 'unknown' && long.text.length).toBeLessThanOrEqual(80);
  });

  it('reads only the start of a long reply', () => {
    const padding = `${'blah '.repeat(MAX_COMMAND_SCAN_CHARS / 5)}\n`;
    expect(parseCommand(`${padding}done`)).toMatchObject({ kind: 'unknown' });
  });
});

describe('findReplyTarget', () => {
  const ours = buildMessageId(reminderMessageKey('app-1', 'keep-applying.0'), 'nudges@jobs.example');
  const sesId = '<0102019a-abc-000000@email.amazonses.com>';

  it('finds the reminder in References when In-Reply-To carries only the id SES gave it', () => {
    expect(findReplyTarget({ inReplyTo: sesId, references: [ours, sesId] })).toEqual({
      kind: 'reminder',
      applicationId: 'app-1',
      reminderId: 'keep-applying.0',
    });
  });

  it('prefers In-Reply-To, then the newest reminder in References', () => {
    const older = buildMessageId(reminderMessageKey('app-1', 'confirm-receipt.0'), 'nudges@jobs.example');
    expect(findReplyTarget({ inReplyTo: ours, references: [older] })).toMatchObject({ reminderId: 'keep-applying.0' });
    expect(findReplyTarget({ inReplyTo: null, references: [older, ours, sesId] })).toMatchObject({ reminderId: 'keep-applying.0' });
  });

  it('tells a reply to a notice apart and ignores mail that answers nothing of jobnudge', () => {
    const notice = buildMessageId(noticeMessageKey('command-help.m-1'), 'nudges@jobs.example');
    expect(findReplyTarget({ inReplyTo: null, references: [notice] })).toEqual({ kind: 'notice', noticeId: 'command-help.m-1' });
    expect(findReplyTarget({ inReplyTo: sesId, references: ['<thread-1@acme.example>', sesId] })).toBeNull();
  });
});
