import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { UnwrappedMail } from '../../shared/domain/message.ts';
import { readMail } from '../../shared/mail/index.ts';

const FIXTURES = new URL('../fixtures/eml/', import.meta.url);

function read(name: string, timeZone = 'America/New_York'): Promise<UnwrappedMail> {
  return readMail(readFileSync(new URL(name, FIXTURES)), { timeZone });
}

describe('forwarded mail is unwrapped to the original', () => {
  it('reads a Gmail forward: original sender, Gmail date in the user zone, note, recipients', async () => {
    const mail = await read('gmail-forward-interview-invite.eml');
    expect(mail.forwardFormat).toBe('gmail');
    expect(mail.depth).toBe(1);
    expect(mail.note).toBe('FYI, this came in this morning. Can you help me prep?');
    expect(mail.outer.from).toEqual({ name: 'Sam Rivera', address: 'sam.rivera@example.net' });
    expect(mail.outer.messageId).toBe('CAJx7Lq0v3Vb2N8Rk1hYwZ5pXe9Gm4fT6sD2uA7cQ1oK8iE3nB@mail.gmail.com');
    const { original } = mail;
    expect(original.from).toEqual({ name: 'Priya Natarajan', address: 'priya.natarajan@lumenfield.example' });
    expect(original.subject).toBe('Interview invitation: Senior Backend Engineer at Lumenfield Analytics');
    // "Mon, Nov 16, 2026 at 10:03 AM" has no offset: 10:03 in New York is 15:03 UTC.
    expect(original.date?.toISOString()).toBe('2026-11-16T15:03:00.000Z');
    expect(original.messageId).toBeNull();
    expect(original.to).toEqual([{ name: 'Sam Rivera', address: 'sam.rivera@example.net' }]);
    expect(original.cc).toEqual([{ name: 'Lumenfield Recruiting', address: 'recruiting@lumenfield.example' }]);
    expect(original.text.startsWith('Hi Sam,')).toBe(true);
    expect(original.text).toContain('https://meet.google.com/xqz-pfrn-kdw');
    expect(original.text).not.toContain('Forwarded message');
    expect(original.text).not.toContain('FYI, this came in');
  });

  it('reads the Gmail forward date in whatever zone the user lives in', async () => {
    const mail = await read('gmail-forward-interview-invite.eml', 'Europe/Berlin');
    expect(mail.original.date?.toISOString()).toBe('2026-11-16T09:03:00.000Z');
  });

  it('reads an Outlook desktop "-----Original Message-----" forward with a [mailto:] sender', async () => {
    const mail = await read('outlook-desktop-forward-rejection.eml');
    expect(mail.forwardFormat).toBe('outlook-desktop');
    expect(mail.note).toBe('Disappointing, but at least they replied. Please close this one.\n\nSam');
    expect(mail.original.from).toEqual({ name: 'Harbor & Pine Talent Team', address: 'talent@harborpine.example' });
    expect(mail.original.subject).toBe('Your application for Product Designer');
    expect(mail.original.date?.toISOString()).toBe('2026-11-10T21:45:00.000Z');
    expect(mail.original.text.startsWith('Dear Sam,')).toBe(true);
    expect(mail.original.text).toContain('going ahead with other\ncandidates');
  });

  it('reads an HTML-only Outlook on the web forward with bold header labels', async () => {
    const mail = await read('outlook-web-forward-confirmation.eml');
    expect(mail.forwardFormat).toBe('outlook-web');
    expect(mail.note).toBe('Adding this to my list – applied on Wednesday.');
    expect(mail.original.from).toEqual({ name: 'Cobalt Ridge Careers', address: 'careers@cobaltridge.example' });
    expect(mail.original.subject).toBe('Thank you for applying: Data Analyst (Req 4471)');
    expect(mail.original.date?.toISOString()).toBe('2026-11-12T14:15:00.000Z');
    expect(mail.original.text.startsWith('Hello Sam,')).toBe(true);
    expect(mail.original.text).toContain('https://careers.cobaltridge.example/candidate/status');
    expect(mail.original.text).not.toMatch(/<\/?[a-z]+[\s>]/i);
  });

  it('reads an Apple Mail forward whose headers and body are quoted with "> "', async () => {
    const mail = await read('apple-mail-forward-interview-confirmed.eml');
    expect(mail.forwardFormat).toBe('apple-mail');
    expect(mail.note).toBe('Onsite is booked!\n\nSent from my iPhone');
    const { original } = mail;
    expect(original.from).toEqual({ name: 'Marcus Oyelaran', address: 'm.oyelaran@tidewaterbio.example' });
    expect(original.replyTo).toEqual([{ name: '', address: 'recruiting@tidewaterbio.example' }]);
    // "November 18, 2026 at 3:42:10 PM EST": the stated zone wins over the user's.
    expect(original.date?.toISOString()).toBe('2026-11-18T20:42:10.000Z');
    expect(original.text.startsWith('Hi Sam,')).toBe(true);
    expect(original.text.split('\n').some((line) => line.startsWith('>'))).toBe(false);
    expect(original.text).toContain('When:  Wednesday, December 2, 2026, 9:30 AM');
  });

  it('reads a Thunderbird forward with its Subject-first header block and stated offset', async () => {
    const mail = await read('thunderbird-forward-rejection.eml');
    expect(mail.forwardFormat).toBe('thunderbird');
    expect(mail.note).toBe('Another no. Archiving it.');
    expect(mail.original.from).toEqual({ name: 'Katrin Vogel', address: 'k.vogel@brightwater-logistics.example' });
    expect(mail.original.subject).toBe('Your application: Supply Chain Analyst (m/f/d)');
    expect(mail.original.date?.toISOString()).toBe('2026-11-09T10:20:45.000Z');
    expect(mail.original.text.startsWith('Dear Sam Rivera,')).toBe(true);
  });

  it('reads a German Outlook forward (Von/Gesendet/An/Betreff) in the user zone', async () => {
    const mail = await read('outlook-desktop-forward-german-interview.eml', 'Europe/Berlin');
    expect(mail.forwardFormat).toBe('outlook-desktop');
    expect(mail.outer.subject).toBe('WG: Einladung zum Vorstellungsgespräch – Softwareentwickler (Backend)');
    expect(mail.original.from).toEqual({ name: 'Lena Hartmann', address: 'l.hartmann@feldmann-systemhaus.example' });
    expect(mail.original.subject).toBe('Einladung zum Vorstellungsgespräch – Softwareentwickler (Backend)');
    expect(mail.original.date?.toISOString()).toBe('2026-11-23T13:37:00.000Z');
    expect(mail.original.text.startsWith('Hallo Sam,')).toBe(true);
  });

  it('takes an attached message/rfc822 as the original, with its real Message-ID', async () => {
    const mail = await read('rfc822-attachment-forward-phone-screen.eml');
    expect(mail.forwardFormat).toBe('rfc822-attachment');
    expect(mail.depth).toBe(1);
    expect(mail.note).toBe('Forwarding as an attachment so the headers survive.');
    const { original } = mail;
    expect(original.messageId).toBe('CAM4r8Tz1pQy6WvN3xK0bJ7gH2sLd9eUf5cYa1Vn@mail.meridianfreight.example');
    expect(original.from).toEqual({ name: 'Dana Whitfield', address: 'dana.whitfield@meridianfreight.example' });
    expect(original.subject).toBe('Next steps: phone screen for Operations Manager');
    expect(original.date?.toISOString()).toBe('2026-11-20T19:07:31.000Z');
    expect(original.text).toContain('Tuesday, November 24 at 11:30 AM Central');
    expect(original.text).not.toContain('Forwarding as an attachment');
  });

  it('peels a forward of a forward down to the innermost original and keeps every note', async () => {
    const mail = await read('forward-of-forward-interview.eml', 'America/Denver');
    expect(mail.forwardFormat).toBe('gmail');
    expect(mail.depth).toBe(2);
    expect(mail.note).toBe('Jordan passed this on - interview with Granite Peak!');
    expect(mail.notes).toEqual([
      'Jordan passed this on - interview with Granite Peak!',
      "Hi Sam, the recruiter asked me to pass this along. Good luck, you've got this!\n\nJordan",
    ]);
    const { original } = mail;
    expect(original.from).toEqual({ name: 'Lucia Ferreira', address: 'lucia.ferreira@granitepeak.example' });
    expect(original.subject).toBe('Technical interview for Sam Rivera - Site Reliability Engineer');
    expect(original.date?.toISOString()).toBe('2026-11-27T22:20:00.000Z');
    expect(original.text.startsWith('Hi Jordan,')).toBe(true);
    expect(original.text).not.toContain('passed this on');
  });

  it('keeps override tags in the note and out of the original text', async () => {
    const mail = await read('gmail-forward-with-override-tags.eml');
    expect(mail.note.split('\n').slice(0, 4)).toEqual(['#interview', '#company Acme Corp', '#role Data Engineer', '#at 2026-12-03 14:00']);
    expect(mail.original.from?.address).toBe('tessa@bluefinstaffing.example');
    expect(mail.original.text).not.toContain('#company');
  });

  it('collects an attached .ics invite as calendar text, untouched', async () => {
    const mail = await read('gmail-forward-ics-interview-invite.eml');
    expect(mail.forwardFormat).toBe('gmail');
    expect(mail.original.from?.address).toBe('hana.mwangi@emberline.example');
    expect(mail.original.calendars).toHaveLength(1);
    const [calendar] = mail.original.calendars;
    expect(calendar?.filename).toBe('invite.ics');
    expect(calendar?.content).toContain('DTSTART;TZID=America/New_York:20261203T130000');
    expect(calendar?.content).toContain('BEGIN:VTIMEZONE');
  });
});

describe('mail that is not a forward is its own original', () => {
  it('reads a direct no-reply ATS mail with depth 0, no format and no note', async () => {
    const mail = await read('direct-ats-noreply-confirmation.eml');
    expect(mail.forwardFormat).toBeNull();
    expect(mail.depth).toBe(0);
    expect(mail.note).toBe('');
    expect(mail.notes).toEqual([]);
    expect(mail.original.from).toEqual({ name: 'Fernwood Energy', address: 'no-reply@us.hirehouse-mail.example' });
    expect(mail.original.messageId).toBe('6f1e2d3c.hh-app-received.5512873004@us.hirehouse-mail.example');
    expect(mail.original.messageId).toBe(mail.outer.messageId);
    expect(mail.original.date?.toISOString()).toBe('2026-11-14T02:17:40.000Z');
    expect(mail.original.subject).toBe('Thank you for applying to Fernwood Energy');
  });

  it('converts an HTML-only mail to text without markup, wrapping or image noise; its logo reads as Gmail writes it', async () => {
    const mail = await read('html-only-rejection.eml');
    expect(mail.forwardFormat).toBeNull();
    const { text } = mail.original;
    expect(text.startsWith('[image: Saltmarsh Media]\n\nHi Sam,')).toBe(true);
    expect(text).toContain('Thank you for taking the time to apply for the Content Strategist role at Saltmarsh Media.');
    expect(text).not.toMatch(/<\/?[a-z]+[\s>]|logo\.png/i);
    expect(text).toContain('Saltmarsh Media, 88 Ferry Street, Providence, RI ·');
  });
});

describe('transfer encodings and charsets decode', () => {
  it('decodes a quoted-printable body and a Q-encoded UTF-8 subject', async () => {
    const { original } = await read('quoted-printable-confirmation.eml');
    expect(original.subject).toBe('We’ve received your application – QA Automation Engineer');
    expect(original.text).toContain('We’ve received your application for QA Automation Engineer (Job ID 2026-0193) at Northgate Dynamics — thank you');
    // Soft line breaks are joined: the long URL is one piece again.
    expect(original.text).toContain('https://jobs.northgate-dynamics.example/postings/2026-0193?utm_source=email&utm_medium=confirmation');
  });

  it('decodes base64 text and HTML parts and a B-encoded subject', async () => {
    const mail = await read('gmail-forward-base64-video-interview.eml');
    expect(mail.outer.subject).toBe('Fwd: Video interview – Clinical Data Manager');
    expect(mail.original.from).toEqual({ name: 'Björn Castellanos', address: 'bjorn.castellanos@vireohealth.example' });
    expect(mail.original.text).toContain('Zoë Lindqvist');
    expect(mail.original.text).toContain('Talent Acquisition · Vireo Health Labs');
  });

  it('decodes an ISO-8859-1 8bit body and an ISO-8859-1 encoded sender name', async () => {
    const { original } = await read('iso-8859-1-rejection.eml');
    expect(original.from).toEqual({ name: 'Anaïs Brändli', address: 'hr@alpenglow-instruments.example' });
    expect(original.text).toContain('Alpenglow Instruments AG in Zürich, and for the conversation with René Gächter.');
    expect(original.text).toContain('rôle');
  });

  it('decodes Windows-1252 smart quotes, dashes and the euro sign', async () => {
    const { original } = await read('windows-1252-confirmation.eml');
    expect(original.subject).toBe('Application received – Risk Analyst – Credit');
    expect(original.text).toContain('the “Risk Analyst – Credit” position');
    expect(original.text).toContain('€58,000–€66,000');
  });

  it('decodes a Shift_JIS B-encoded subject and a Shift_JIS body', async () => {
    const { original } = await read('shift-jis-interview-invite.eml', 'Asia/Tokyo');
    expect(original.subject).toBe('【桜木ソフトウェア】一次面接のご案内（バックエンドエンジニア）');
    expect(original.from?.name).toBe('桜木ソフトウェア 採用担当');
    expect(original.text).toContain('一次面接にお進みいただくことになりました。');
    expect(original.text).toContain('Friday, November 27, 2026, 14:00-15:00 JST');
  });
});
