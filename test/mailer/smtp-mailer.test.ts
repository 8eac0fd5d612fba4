import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailSendError, RecipientNotAllowedError } from '../../shared/mailer/errors.ts';
import { SmtpMailer } from '../../shared/mailer/smtp-mailer.ts';
import { SENDER, USER } from '../reminders/fixtures.ts';
import { addresses, prepareMessage } from './message.ts';

interface Received {
  readonly from: string;
  readonly to: string[];
  readonly raw: Buffer;
}

const REFUSED = 'bounce@nudge.example.org';

describe('SmtpMailer against a real SMTP server on loopback', () => {
  const received: Received[] = [];
  let server: SMTPServer;
  let port: number;

  beforeAll(async () => {
    server = new SMTPServer({
      // Plain loopback test relay: no certificate to trust, so no STARTTLS; auth still required.
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true,
      logger: false,
      onAuth(auth, _session, callback) {
        if (auth.username === 'relay' && auth.password === 'secret') callback(null, { user: 'relay' });
        else callback(new Error('bad credentials'));
      },
      onRcptTo(address, _session, callback) {
        if (address.address === REFUSED) callback(Object.assign(new Error('mailbox unavailable'), { responseCode: 550 }));
        else callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('relays the composed message unchanged to the user only', async () => {
    const mailer = new SmtpMailer({ url: `smtp://relay:secret@127.0.0.1:${port}`, allowedRecipient: USER });
    const result = await mailer.send(prepareMessage());
    mailer.close();
    const last = received.at(-1)!;
    expect(last.to).toEqual([USER]);
    expect(last.from).toBe(SENDER);
    const parsed = await simpleParser(last.raw);
    expect(parsed.messageId).toBe(result.messageId);
    expect(addresses(parsed.to)).toEqual([USER]);
    expect(parsed.text).toContain('Ask what happens next');
    expect(parsed.html || '').toContain('<h1');
    expect(parsed.attachments.map((a) => a.filename)).toEqual(['interview.ics']);
    expect(result.transportMessageId).toMatch(/^250/);
  });

  it('reports a relay that refuses the login as a MailSendError', async () => {
    const mailer = new SmtpMailer({ url: `smtp://relay:wrong@127.0.0.1:${port}`, allowedRecipient: USER });
    await expect(mailer.send(prepareMessage())).rejects.toBeInstanceOf(MailSendError);
    mailer.close();
  });

  it('marks a permanent refusal as not worth retrying', async () => {
    const mailer = new SmtpMailer({ url: `smtp://relay:secret@127.0.0.1:${port}`, allowedRecipient: REFUSED });
    const error = await mailer.send(prepareMessage({ to: REFUSED })).catch((e: unknown) => e);
    mailer.close();
    expect(error).toBeInstanceOf(MailSendError);
    expect((error as MailSendError).retryable).toBe(false);
    expect((error as Error).message).not.toContain(REFUSED);
  });

  it('refuses other recipients and non-SMTP URLs', async () => {
    const mailer = new SmtpMailer({ url: `smtp://relay:secret@127.0.0.1:${port}`, allowedRecipient: USER });
    const before = received.length;
    await expect(mailer.send(prepareMessage({ to: 'other@example.com' }))).rejects.toBeInstanceOf(RecipientNotAllowedError);
    mailer.close();
    expect(received.length).toBe(before);
    expect(() => new SmtpMailer({ url: 'http://127.0.0.1:25', allowedRecipient: USER })).toThrow(MailSendError);
    expect(() => new SmtpMailer({ url: 'not a url', allowedRecipient: USER })).toThrow(/not a URL/);
  });
});
