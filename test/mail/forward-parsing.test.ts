import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { describe, expect, it } from 'vitest';
import { parseForwardDate } from '../../shared/mail/forward-date.ts';
import { readMail } from '../../shared/mail/index.ts';
import { mailboxesFromText } from '../../shared/mail/mailbox.ts';

const reference = new Date('2026-11-20T12:00:00Z');

describe('forwarded header dates', () => {
  const inNewYork = { timeZone: 'America/New_York', reference };
  it.each([
    ['Mon, Nov 16, 2026 at 10:03 AM', '2026-11-16T15:03:00.000Z'],
    ['Monday, November 16, 2026 10:03 AM', '2026-11-16T15:03:00.000Z'],
    ['11/16/2026 10:03 AM', '2026-11-16T15:03:00.000Z'],
    ['Monday, November 16, 2026 3:15 PM', '2026-11-16T20:15:00.000Z'],
  ])('reads "%s" as wall-clock time in the user zone', (text, iso) => {
    expect(parseForwardDate(text, inNewYork)?.toISOString()).toBe(iso);
  });

  it.each([
    ['16 November 2026 at 10:03:00 GMT+1', '2026-11-16T09:03:00.000Z'],
    ['Mon, 16 Nov 2026 10:03:00 +0100', '2026-11-16T09:03:00.000Z'],
    ['November 16, 2026 at 10:03:00 AM EST', '2026-11-16T15:03:00.000Z'],
  ])('lets the offset stated in "%s" win over the user zone', (text, iso) => {
    expect(parseForwardDate(text, inNewYork)?.toISOString()).toBe(iso);
  });

  it.each([
    ['Montag, 16. November 2026 10:03', '2026-11-16T09:03:00.000Z'],
    ['lundi 16 novembre 2026 10:03', '2026-11-16T09:03:00.000Z'],
    ['lunes, 16 de noviembre de 2026 10:03', '2026-11-16T09:03:00.000Z'],
    ['16.11.2026 10:03', '2026-11-16T09:03:00.000Z'],
  ])('reads the localized date "%s"', (text, iso) => {
    expect(parseForwardDate(text, { timeZone: 'Europe/Paris', reference })?.toISOString()).toBe(iso);
  });

  it('reads an ambiguous numeric date day-first outside the Americas and month-first inside', () => {
    expect(parseForwardDate('03/11/2026 10:00', { timeZone: 'Europe/London', reference })?.toISOString()).toBe('2026-11-03T10:00:00.000Z');
    expect(parseForwardDate('03/11/2026 10:00', { timeZone: 'America/Chicago', reference })?.toISOString()).toBe('2026-03-11T15:00:00.000Z');
  });

  it('gives null for a value that names no day', () => {
    expect(parseForwardDate('sometime soon', inNewYork)).toBeNull();
    expect(parseForwardDate('', inNewYork)).toBeNull();
  });
});

describe('mailboxes written in forwarded headers', () => {
  it.each([
    ['Jane Roe <Jane.Roe@Acme.example>', { name: 'Jane Roe', address: 'jane.roe@acme.example' }],
    ['"Roe, Jane" <jane@acme.example>', { name: 'Roe, Jane', address: 'jane@acme.example' }],
    ['Jane Roe [mailto:jane@acme.example]', { name: 'Jane Roe', address: 'jane@acme.example' }],
    ['jane@acme.example', { name: '', address: 'jane@acme.example' }],
    ['<jane@acme.example>', { name: '', address: 'jane@acme.example' }],
    ['Jane Roe <jane@acme.example> [jane@acme.example]', { name: 'Jane Roe', address: 'jane@acme.example' }],
    ['Jane Roe', { name: 'Jane Roe', address: '' }],
  ])('reads %s', (text, mailbox) => {
    expect(mailboxesFromText(text)).toEqual([mailbox]);
  });

  it('splits a recipient list with commas inside names', () => {
    expect(mailboxesFromText('Roe, Jane <jane@a.example>; Doe, John <john@a.example>')).toEqual([
      { name: 'Roe, Jane', address: 'jane@a.example' },
      { name: 'Doe, John', address: 'john@a.example' },
    ]);
  });
});

function plain(subject: string, text: string): Buffer {
  return Buffer.from(`From: Sam <sam@example.net>\r\nTo: jobs@inbox.example\r\nSubject: ${subject}\r\nDate: Mon, 16 Nov 2026 12:00:00 +0000\r\n\r\n${text.replace(/\n/g, '\r\n')}`);
}

const utc = { timeZone: 'UTC' };

describe('inline forwards in other languages and shapes', () => {
  it('reads a French Outlook block (De / Envoyé / À / Objet)', async () => {
    const raw = plain(
      'TR: Votre candidature',
      'Pour info.\n\n-----Message d\'origine-----\nDe : Claire Martin <claire.martin@vigneron.example>\nEnvoyé : lundi 16 novembre 2026 10:03\nÀ : Sam <sam@example.net>\nObjet : Votre candidature – Analyste\n\nBonjour Sam,\nMerci pour votre candidature.\n',
    );
    const mail = await readMail(raw, { timeZone: 'Europe/Paris' });
    expect(mail.forwardFormat).toBe('outlook-desktop');
    expect(mail.original.from).toEqual({ name: 'Claire Martin', address: 'claire.martin@vigneron.example' });
    expect(mail.original.subject).toBe('Votre candidature – Analyste');
    expect(mail.original.date?.toISOString()).toBe('2026-11-16T09:03:00.000Z');
    expect(mail.original.text).toBe('Bonjour Sam,\nMerci pour votre candidature.');
  });

  it('reads a Spanish Gmail forward (De / Fecha / Asunto / Para)', async () => {
    const raw = plain(
      'Fwd: Entrevista',
      '---------- Mensaje reenviado ---------\nDe: Lucía Gómez <lucia@olivar.example>\nDate: lun, 16 nov 2026 a las 10:03\nAsunto: Entrevista para Desarrolladora\nPara: <sam@example.net>\n\n\nHola Sam,\nTe invitamos a una entrevista.\n',
    );
    const mail = await readMail(raw, utc);
    expect(mail.forwardFormat).toBe('gmail');
    expect(mail.original.from?.address).toBe('lucia@olivar.example');
    expect(mail.original.subject).toBe('Entrevista para Desarrolladora');
    expect(mail.original.text).toBe('Hola Sam,\nTe invitamos a una entrevista.');
  });

  it('reads a Message-ID line in a forwarded header block', async () => {
    const raw = plain(
      'Fwd: Offer',
      '-------- Forwarded Message --------\nSubject: Offer\nDate: Mon, 16 Nov 2026 10:03:00 +0000\nFrom: HR <hr@acme.example>\nMessage-ID: <abc.123@acme.example>\n\nHello\n',
    );
    expect((await readMail(raw, utc)).original.messageId).toBe('abc.123@acme.example');
  });

  it('strips "> " quoting from a fully quoted forward, marker included', async () => {
    const raw = plain(
      'Fwd: Update',
      'see below\n\n> ---------- Forwarded message ---------\n> From: Ops <ops@acme.example>\n> Date: Mon, Nov 16, 2026 at 10:03 AM\n> Subject: Update\n>\n> Line one\n> > an older quote\n',
    );
    const mail = await readMail(raw, utc);
    expect(mail.original.from?.address).toBe('ops@acme.example');
    expect(mail.original.text).toBe('Line one\n> an older quote');
  });

  it('finds a quoted marker and bare block indented with non-breaking spaces', async () => {
    const raw = plain(
      'Fwd: Update',
      'see below\n\n> \u00a0---------- Forwarded message ---------\n>\u00a0From: Ops <ops@acme.example>\n> Date: Mon, Nov 16, 2026 at 10:03 AM\n> Subject: Update\n>\n> Line one\n',
    );
    const mail = await readMail(raw, utc);
    expect(mail.forwardFormat).toBe('gmail');
    expect(mail.original.from?.address).toBe('ops@acme.example');
    expect(mail.original.date?.toISOString()).toBe('2026-11-16T10:03:00.000Z');
    expect(mail.original.text).toBe('Line one');
  });

  it('does not peel the quoted thread of a reply that arrived directly', async () => {
    const raw = plain(
      'RE: Your application',
      'Hi Sam, thanks, we will call you Tuesday.\n\n________________________________\nFrom: Sam <sam@example.net>\nSent: Monday, November 16, 2026 10:03 AM\nTo: Jane <jane@acme.example>\nSubject: Your application\n\nHello Jane, any news?\n',
    );
    const mail = await readMail(raw, utc);
    expect(mail.forwardFormat).toBeNull();
    expect(mail.original.subject).toBe('RE: Your application');
    expect(mail.original.text).toContain('we will call you Tuesday');
  });

  it('does not take the quoted thread inside a forwarded reply for a further layer', async () => {
    const raw = plain(
      'Fwd: RE: Interview',
      '---------- Forwarded message ---------\nFrom: Jane <jane@acme.example>\nDate: Mon, Nov 16, 2026 at 10:03 AM\nSubject: RE: Interview\nTo: <sam@example.net>\n\n\nTuesday 3pm works.\n\nFrom: Sam <sam@example.net>\nSent: Monday, November 16, 2026 9:00 AM\nTo: Jane <jane@acme.example>\nSubject: Interview\n\nWhen suits you?\n',
    );
    const mail = await readMail(raw, utc);
    expect(mail.depth).toBe(1);
    expect(mail.original.from?.address).toBe('jane@acme.example');
    expect(mail.original.text.startsWith('Tuesday 3pm works.')).toBe(true);
  });

  it('reads a Thunderbird forward that only has HTML (header table)', async () => {
    const html =
      '<p>fyi</p><div class="moz-forward-container">-------- Forwarded Message --------<table class="moz-email-headers-table"><tbody>' +
      '<tr><th>Subject: </th><td>Application received</td></tr><tr><th>Date: </th><td>Mon, 16 Nov 2026 10:03:00 +0100</td></tr>' +
      '<tr><th>From: </th><td>Acme Jobs <a href="mailto:jobs@acme.example">&lt;jobs@acme.example&gt;</a></td></tr></tbody></table><br><br>' +
      '<p>Thanks for applying to Acme.</p></div>';
    const raw = await new MailComposer({ from: 'sam@example.net', to: 'jobs@inbox.example', subject: 'Fwd: Application received', html }).compile().build();
    const mail = await readMail(raw, utc);
    expect(mail.forwardFormat).toBe('thunderbird');
    expect(mail.note).toBe('fyi');
    expect(mail.original.from).toEqual({ name: 'Acme Jobs', address: 'jobs@acme.example' });
    expect(mail.original.date?.toISOString()).toBe('2026-11-16T09:03:00.000Z');
    expect(mail.original.text).toBe('Thanks for applying to Acme.');
  });

  it('keeps a marker with no readable headers as a forward whose sender is unknown', async () => {
    const raw = plain('Fwd: something', 'note\n\nBegin forwarded message:\n\nthe text only\n');
    const mail = await readMail(raw, utc);
    expect(mail.forwardFormat).toBe('apple-mail');
    expect(mail.original.from).toBeNull();
    expect(mail.original.date).toBeNull();
    expect(mail.original.subject).toBe('something');
    expect(mail.original.text).toBe('the text only');
  });
});
