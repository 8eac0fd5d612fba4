import { SESClient } from '@aws-sdk/client-ses';
import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MailSendError, RecipientNotAllowedError } from '../../shared/mailer/errors.ts';
import { SesMailer } from '../../shared/mailer/ses-mailer.ts';
import { SENDER, USER } from '../reminders/fixtures.ts';
import { addresses, header, prepareMessage } from './message.ts';
import { startSesLocal, type SesLocal } from './ses-local.ts';

// aws-ses-v2-local keeps what it parsed, not the raw bytes; to read the raw message back we keep the
// exact RawMessage.Data the SDK serialized (a middleware at the end of the build step: the wire bytes).
function sesClient(endpoint: string, wire: Uint8Array[]): SESClient {
  const client = new SESClient({
    endpoint,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'SendRawEmailCommand') {
        const data = (args.input as { RawMessage?: { Data?: Uint8Array } }).RawMessage?.Data;
        if (data) wire.push(data);
      }
      return next(args);
    },
    { step: 'build', name: 'recordRawMessage' },
  );
  return client;
}

describe('SesMailer against aws-ses-v2-local', () => {
  let ses: SesLocal;
  let wire: Uint8Array[];
  let mailer: SesMailer;

  beforeAll(async () => {
    ses = await startSesLocal();
  });
  afterAll(async () => {
    await ses?.stop();
  });
  beforeEach(async () => {
    await ses.clear();
    wire = [];
    mailer = new SesMailer({ client: sesClient(ses.endpoint, wire), allowedRecipient: USER });
  });

  it('sends the reminder as one raw message with text, HTML and the interview .ics', async () => {
    const message = prepareMessage();
    const result = await mailer.send(message);
    expect(result.messageId).toBe('<reminder.app-7f3a.prepare=2E1@nudge.example.org>');
    expect(result.transportMessageId).toMatch(/^ses-\d+$/);

    const [stored] = await ses.emails();
    expect(stored?.subject).toBe(message.subject);
    expect(stored?.destination.to).toEqual([USER]);
    expect(stored?.destination.bcc).toEqual([]);
    expect(stored?.body.text).toContain('Ask what happens next');
    expect(stored?.body.html).toContain('<h1');

    expect(wire).toHaveLength(1);
    const parsed = await simpleParser(Buffer.from(wire[0]!));
    expect(parsed.subject).toBe('Tomorrow 10:00: prepare for your Acme interview (Data Engineer)');
    expect(addresses(parsed.to)).toEqual([USER]);
    expect(addresses(parsed.from)).toEqual([SENDER]);
    expect(parsed.messageId).toBe(result.messageId);
    expect(header(parsed, 'x-jobnudge-reminder')).toBe('app-7f3a/prepare.1');
    expect(header(parsed, 'auto-submitted')).toBe('auto-generated');
    expect(parsed.references).toContain(result.messageId);
    expect(parsed.text).toContain('The calendar file is attached.');
    expect(parsed.html || '').toContain('lang="en"');
    const ics = parsed.attachments.find((a) => a.filename === 'interview.ics');
    expect(ics?.contentType).toBe('text/calendar');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics!.content.toString('utf8')) as unknown[]).getFirstSubcomponent('vevent')!);
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-11-03T09:00:00.000Z');
  });

  it('refuses any recipient other than the user before anything reaches SES', async () => {
    await expect(mailer.send(prepareMessage({ to: 'someone.else@example.com' }))).rejects.toBeInstanceOf(RecipientNotAllowedError);
    await expect(mailer.send(prepareMessage({ to: `${USER}, x@evil.example` }))).rejects.toBeInstanceOf(RecipientNotAllowedError);
    expect(wire).toEqual([]);
    expect(await ses.emails()).toEqual([]);
  });

  it('turns a transport failure into a retryable MailSendError that names no address', async () => {
    const closed = await startSesLocal();
    await closed.stop();
    const offline = new SesMailer({ client: sesClient(closed.endpoint, []), allowedRecipient: USER });
    const error = await offline.send(prepareMessage()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MailSendError);
    expect((error as MailSendError).retryable).toBe(true);
    expect((error as Error).message).not.toContain(USER);
  });
});
