import fc from 'fast-check';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { RecordingMailer } from '../../shared/mailer/recording-mailer.ts';
import { reminderMessageKey } from '../../shared/mailer/message-id.ts';
import { renderNotice } from '../../shared/reminders/notice.ts';
import { RULE_IDS } from '../../shared/policy/rule-ids.ts';
import { renderReminder } from '../../shared/reminders/render.ts';
import { application, event, input, SENDER, settings, USER } from './fixtures.ts';

const HOSTILE_COMPANY = '<script>window.__pwned=1</script>Acme\r\nBcc: x@evil.example';
const HOSTILE_ROLE = 'Data Engineer\r\nBcc: x@evil.example\u0000\u202e';
const HOSTILE_SUBJECT = '<img src=x onerror="window.__pwned=2">Interview\nX-Evil: 1';
const HOSTILE_NAME = '"><script>window.__pwned=3</script>';

const hostileInput = (rule: (typeof RULE_IDS)[number]) =>
  input(rule, {
    application: application({
      company: HOSTILE_COMPANY,
      role: HOSTILE_ROLE,
      contacts: [{ name: HOSTILE_NAME, email: 'h@acme.example', robot: false, source: 'from' }],
    }),
    timeline: [event('interview', '2026-10-27T09:30:00+01:00', HOSTILE_SUBJECT, { interviewAt: '2026-11-03T10:00:00+01:00' })],
  });

// Any line break, C0/C1 control, or bidi override in a header value is an injection or a disguise.
const UNSAFE_HEADER_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('escaping of values that came from emails', () => {
  it.each(RULE_IDS)('escapes company, role, names and subjects in the HTML of %s', (rule) => {
    const { html } = renderReminder(hostileInput(rule));
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;Acme');
  });

  it('escapes a hostile contact name where the draft greets it', () => {
    const { html } = renderReminder(hostileInput('thank-you-email'));
    expect(html).toContain('Dear &quot;&gt;&lt;script&gt;window.__pwned=3&lt;/script&gt;,');
  });

  it.each(RULE_IDS)('keeps the subject of %s on one printable line', (rule) => {
    const { subject } = renderReminder(hostileInput(rule));
    expect(subject).not.toMatch(UNSAFE_HEADER_CHARS);
    expect(subject).toContain('Acme Bcc: x@evil.example');
  });

  it('never lets generated company and role values break the subject line', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.option(fc.string({ maxLength: 80 })), fc.constantFrom(...RULE_IDS), (company, role, rule) => {
        const { subject, html } = renderReminder(input(rule, { application: application({ company, role }) }));
        expect(subject).not.toMatch(UNSAFE_HEADER_CHARS);
        expect(subject.length).toBeLessThanOrEqual(200);
        expect(html).not.toMatch(/<script/i);
      }),
      { numRuns: 300 },
    );
  });

  it('composes a hostile reminder into a message with no injected header', async () => {
    const mailer = new RecordingMailer({ allowedRecipient: USER });
    const email = renderReminder(hostileInput('thank-you-email'));
    await mailer.send({ ...email, to: USER, from: SENDER, messageKey: reminderMessageKey('app-7f3a', 'thank-you-email.1') });
    const parsed = await simpleParser(mailer.sent[0]!.raw);
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.headers.has('x-evil')).toBe(false);
    expect(parsed.subject).toBe(email.subject);
    expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.value.map((a) => a.address) : null).toEqual([USER]);
  });

  it('escapes notice details and keeps their subject on one line', () => {
    const notice = renderNotice(
      {
        noticeId: 'n1',
        kind: 'unreadable-forward',
        messageId: 'm1',
        details: { subject: '<b>Fwd</b>\r\nBcc: x@evil.example', reason: '<script>alert(1)</script>' },
        status: 'pending',
        createdAt: '2026-11-20T10:00:00Z',
      },
      settings(),
    );
    expect(notice.html).not.toMatch(/<script|<b>/);
    expect(notice.html).toContain('&lt;b&gt;Fwd&lt;/b&gt; Bcc: x@evil.example');
    expect(notice.subject).not.toMatch(UNSAFE_HEADER_CHARS);
  });
});
