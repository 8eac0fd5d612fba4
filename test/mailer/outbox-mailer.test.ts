import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecipientNotAllowedError } from '../../shared/mailer/errors.ts';
import { reminderMessageKey } from '../../shared/mailer/message-id.ts';
import { OutboxMailer, outboxDirectory } from '../../shared/mailer/outbox-mailer.ts';
import { USER } from '../reminders/fixtures.ts';
import { addresses, prepareMessage } from './message.ts';

describe('OutboxMailer', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'jobnudge-outbox-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('writes each message as a parseable .eml named by time and message key, leaving no temporary file', async () => {
    const times = [new Date('2026-11-02T17:00:00.000Z'), new Date('2026-11-03T11:00:00.000Z')];
    const mailer = new OutboxMailer({ directory: outboxDirectory(dataDir), allowedRecipient: USER, now: () => times.shift()! });
    const first = await mailer.send(prepareMessage());
    await mailer.send(prepareMessage({ messageKey: reminderMessageKey('app-7f3a', 'thank-you-email.1') }));

    const files = await readdir(join(dataDir, 'outbox'));
    expect(files).toEqual([
      '20261102T170000000Z-reminder.app-7f3a.prepare=2E1.eml',
      '20261103T110000000Z-reminder.app-7f3a.thank-you-email=2E1.eml',
    ]);
    expect(first.transportMessageId).toBe(join(dataDir, 'outbox', files[0]!));
    const parsed = await simpleParser(await readFile(join(dataDir, 'outbox', files[0]!)));
    expect(parsed.messageId).toBe(first.messageId);
    expect(addresses(parsed.to)).toEqual([USER]);
    expect(parsed.attachments[0]?.filename).toBe('interview.ics');
  });

  it('writes nothing for a recipient other than the user', async () => {
    const mailer = new OutboxMailer({ directory: outboxDirectory(dataDir), allowedRecipient: USER });
    await expect(mailer.send(prepareMessage({ to: 'other@example.com' }))).rejects.toBeInstanceOf(RecipientNotAllowedError);
    await expect(readdir(join(dataDir, 'outbox'))).rejects.toThrow(/ENOENT/);
  });
});
