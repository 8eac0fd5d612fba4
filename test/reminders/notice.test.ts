import { describe, expect, it } from 'vitest';
import type { Notice } from '../../shared/domain/application.ts';
import { renderNotice } from '../../shared/reminders/notice.ts';
import { settings } from './fixtures.ts';

function notice(kind: Notice['kind'], details: Record<string, string>): Notice {
  return { noticeId: 'n-1', kind, messageId: 'ses-1', details, status: 'pending', createdAt: '2026-11-20T10:00:00Z' };
}

describe('renderNotice', () => {
  it('gives the Gmail forwarding code and link and says where to enter it', () => {
    const email = renderNotice(
      notice('forwarding-verification', { code: '482913576', link: 'https://mail-settings.google.com/mail/vf-abc', requestedBy: 'sam.rivera@example.net' }),
      settings(),
    );
    expect(email.subject).toBe('Gmail forwarding code 482913576: finish setting up jobnudge');
    expect(email.text).toContain('Confirmation code: 482913576');
    expect(email.text).toContain('Forwarding and POP/IMAP, enter this code and choose Verify');
    expect(email.html).toContain('href="https://mail-settings.google.com/mail/vf-abc"');
    expect(email.text).toContain('If you did not ask for this, ignore this email');
  });

  it('does not pass on a confirmation link that leads away from Google', () => {
    const email = renderNotice(notice('forwarding-verification', { code: '1234', link: 'https://google.com.evil.example/x' }), settings());
    expect(email.html).not.toContain('evil.example');
    expect(email.text).not.toContain('evil.example');
    expect(email.text).toContain('does not point to Google');
  });

  it('asks to start again when neither code nor link could be read', () => {
    const email = renderNotice(notice('forwarding-verification', {}), settings());
    expect(email.subject).toBe('Finish setting up Gmail forwarding to jobnudge');
    expect(email.text).toContain('Start the forwarding set-up again in Gmail');
  });

  it('tells the user briefly that a forward could not be read and how to resend it', () => {
    const email = renderNotice(notice('unreadable-forward', { subject: 'Fwd: Your interview', reason: 'no forwarded message found' }), settings());
    expect(email.subject).toBe('jobnudge could not read a message you forwarded');
    expect(email.text).toContain('jobnudge received the message "Fwd: Your interview" from you on Fri 20 Nov 2026, 11:00');
    expect(email.text).toContain('Reason: no forwarded message found');
    expect(email.text).toContain('attach the .eml file');
  });

  it('lists the reply commands when a reply was not understood', () => {
    const email = renderNotice(notice('command-help', { command: 'snoze 3' }), settings());
    expect(email.text).toContain('jobnudge did not understand "snoze 3".');
    for (const command of ['done', 'snooze 3d', 'snooze until 2026-12-01', 'stop', 'wrong: interview']) expect(email.text).toContain(command);
  });

  it('says why a snooze was not applied instead of calling it not understood', () => {
    const cases: [Record<string, string>, string][] = [
      [{ command: 'snooze until 2026-10-01', problem: 'snooze-not-after-reply' }, '"snooze until 2026-10-01" is not later than your reply, so nothing was changed.'],
      [{ command: 'snooze 400d', problem: 'snooze-too-far' }, '"snooze 400d" is more than 366 days ahead, so nothing was changed.'],
      [{ command: 'snooze 3d', problem: 'snooze-would-not-fire', reason: 'the application moved on: it is rejected now' }, '"snooze 3d" was not applied: the reminder would not be sent then (the application moved on: it is rejected now).'],
    ];
    for (const [details, sentence] of cases) {
      const email = renderNotice(notice('command-help', details), settings());
      expect(email.subject).toBe('jobnudge: your snooze was not applied');
      expect(email.text).toContain(sentence);
      expect(email.text).not.toContain('did not understand');
    }
  });
});

describe('renderNotice for problems with a forward’s note', () => {
  it('asks for the company name when ingest could not find one', () => {
    const email = renderNotice(
      notice('command-help', { problem: 'no-company', subject: 'Your interview on Friday', hint: 'forward it again with "#company Name" in your note' }),
      settings(),
    );
    expect(email.subject).toBe('jobnudge needs the company name for an email you forwarded');
    expect(email.text).toContain('jobnudge could not tell which company "Your interview on Friday" is from');
    expect(email.text).toContain('Tip: forward it again with "#company Name" in your note.');
    expect(email.text).toContain('#company Acme — name the employer.');
  });

  it('names the tags it could not read', () => {
    const email = renderNotice(notice('command-help', { problem: 'unreadable-tags', tags: '#at: no date found in "someday"' }), settings());
    expect(email.text).toContain('jobnudge could not read some tags in your note: #at: no date found in "someday".');
  });

  it('gives the ingest’s reason when a forward could not be read at all', () => {
    const email = renderNotice(notice('unreadable-forward', { problem: 'the message could not be read as an email', rawKey: 'inbox/x' }), settings());
    expect(email.text).toContain('Reason: the message could not be read as an email');
    expect(email.text).not.toContain('inbox/x');
  });
});
