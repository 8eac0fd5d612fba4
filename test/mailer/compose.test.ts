import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { composeMessage } from '../../shared/mailer/compose.ts';
import { InvalidMessageKeyError, MessageTooLargeError, RecipientNotAllowedError, UnsafeHeaderError } from '../../shared/mailer/errors.ts';
import { RecordingMailer } from '../../shared/mailer/recording-mailer.ts';
import { USER } from '../reminders/fixtures.ts';
import { addresses, header, prepareMessage } from './message.ts';

const guard = { allowedRecipient: USER };

describe('composeMessage', () => {
  it('gives the same Message-ID for the same key, with the sender’s domain', async () => {
    const a = await composeMessage(prepareMessage(), guard);
    const b = await composeMessage(prepareMessage({ date: new Date('2026-11-02T17:00:00Z') }), guard);
    expect(a.messageId).toBe('<reminder.app-7f3a.prepare=2E1@nudge.example.org>');
    expect(b.messageId).toBe(a.messageId);
    expect((await simpleParser(a.raw)).messageId).toBe(a.messageId);
  });

  it('accepts the user’s address in any letter case and refuses everyone else', async () => {
    await expect(composeMessage(prepareMessage({ to: USER.toUpperCase() }), guard)).resolves.toBeDefined();
    for (const to of ['other@example.com', `${USER},x@evil.example`, `Sam <${USER}>`, `${USER}\r\nBcc: x@evil.example`, '']) {
      await expect(composeMessage(prepareMessage({ to }), guard), to).rejects.toBeInstanceOf(RecipientNotAllowedError);
    }
  });

  it('asks replies to go to the Reply-To address, which must be one bare address', async () => {
    const composed = await composeMessage(prepareMessage({ replyTo: 'jobs@inbox.example' }), guard);
    const parsed = await simpleParser(composed.raw);
    expect(addresses(parsed.replyTo)).toEqual(['jobs@inbox.example']);
    expect(composed.envelope).toEqual({ from: prepareMessage().from, to: USER });
    for (const replyTo of ['a@x.example, b@y.example', 'Jobs <jobs@inbox.example>', 'jobs@inbox.example\r\nBcc: x@evil.example']) {
      await expect(composeMessage(prepareMessage({ replyTo }), guard), replyTo).rejects.toBeInstanceOf(UnsafeHeaderError);
    }
    expect((await simpleParser((await composeMessage(prepareMessage(), guard)).raw)).replyTo).toBeUndefined();
  });

  it('refuses headers that could readdress or restructure the message', async () => {
    for (const name of ['Bcc', 'To', 'Cc', 'From', 'Subject', 'Message-ID', 'Content-Type', 'X-Evil\r\nBcc']) {
      await expect(composeMessage(prepareMessage({ headers: { [name]: 'x@evil.example' } }), guard), name).rejects.toBeInstanceOf(UnsafeHeaderError);
    }
    await expect(composeMessage(prepareMessage({ headers: { 'In-Reply-To': 'not an id' } }), guard)).rejects.toBeInstanceOf(UnsafeHeaderError);
  });

  it('keeps CR/LF in subjects and extra header values from starting new headers', async () => {
    const composed = await composeMessage(
      prepareMessage({ subject: 'Today: thank Acme\r\nBcc: x@evil.example', headers: { 'X-Jobnudge-Reminder': 'a\r\nBcc: y@evil.example' } }),
      guard,
    );
    const parsed = await simpleParser(composed.raw);
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.headers.has('bcc')).toBe(false);
    expect(parsed.subject).toBe('Today: thank Acme Bcc: x@evil.example');
    expect(header(parsed, 'x-jobnudge-reminder')).toBe('a Bcc: y@evil.example');
    expect(composed.envelope).toEqual({ from: 'reminders@nudge.example.org', to: USER });
  });

  it('threads under a given message and keeps its own id in References', async () => {
    const parsed = await simpleParser(
      (await composeMessage(prepareMessage({ headers: { 'In-Reply-To': '<abc@mail.example>', References: '<root@mail.example> <abc@mail.example>' } }), guard)).raw,
    );
    expect(parsed.inReplyTo).toBe('<abc@mail.example>');
    expect(parsed.references).toEqual(['<root@mail.example>', '<abc@mail.example>', '<reminder.app-7f3a.prepare=2E1@nudge.example.org>']);
  });

  it('refuses a message key that is not a dot-atom', async () => {
    await expect(composeMessage(prepareMessage({ messageKey: 'a b@c' }), guard)).rejects.toBeInstanceOf(InvalidMessageKeyError);
  });

  it('refuses a message bigger than SES accepts', async () => {
    const big = prepareMessage({ attachments: [{ filename: 'big.bin', contentType: 'application/octet-stream', content: new Uint8Array(8 * 1024 * 1024) }] });
    await expect(composeMessage(big, guard)).rejects.toBeInstanceOf(MessageTooLargeError);
  });
});

describe('RecordingMailer', () => {
  it('records the exact MIME a real adapter would send', async () => {
    const mailer = new RecordingMailer(guard);
    const result = await mailer.send(prepareMessage());
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]?.messageId).toBe(result.messageId);
    const parsed = await simpleParser(mailer.sent[0]!.raw);
    expect(addresses(parsed.to)).toEqual([USER]);
    await expect(mailer.send(prepareMessage({ to: 'x@example.com' }))).rejects.toBeInstanceOf(RecipientNotAllowedError);
    expect(mailer.sent).toHaveLength(1);
  });
});
