import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startupLines } from '../../shared/cli/commands/serve.ts';
import { silentLogger } from '../../shared/logging/logger.ts';
import type { LocalSettings } from '../../shared/local/local-config.ts';
import { startLocalServer, type LocalServer } from '../../shared/local/local-server.ts';
import { composeOriginal } from '../support/compose-mail.ts';
import { fixture, outboxFiles, sendBySmtp, tempDataDir, testSettings, USER } from './local-helpers.ts';

// The local inbox judges mail by the same trust table as the parser, with no verdicts: envelope
// sender and From: only. Real SMTP server and client on loopback, embedded store.
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(settings: LocalSettings = testSettings()): Promise<LocalServer> {
  const dataDir = await tempDataDir();
  const server = await startLocalServer({ dataDir, smtpPort: 0, httpPort: 0, local: settings, logger: silentLogger });
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }), () => server.stop());
  return server;
}

/** Send over SMTP and return the outcome the local inbox recorded for that delivery. */
async function deliver(server: LocalServer, raw: Buffer, envelopeFrom: string) {
  const response = await sendBySmtp(server.smtpPort, raw, envelopeFrom);
  const messageId = /queued as (\S+)/.exec(response)?.[1] ?? 'no id';
  await server.inbox.drain();
  return server.store.getOutcome(messageId);
}

describe('serve --allow checks the same rules as the deployed parser, as far as local mail allows', () => {
  it('ignores the user own forward sent with a stranger envelope, and judges it again when re-sent correctly', async () => {
    const server = await start();
    const raw = await fixture('gmail-forward-interview-invite.eml');
    expect(await deliver(server, raw, 'someone@else.example')).toMatchObject({ outcome: 'ignored', reason: expect.stringMatching(/envelope sender/) as unknown });
    expect(await deliver(server, raw, USER)).toMatchObject({ outcome: 'processed' });
  });

  it('lists mail it skipped on the page and writes one summary for the day into the outbox', async () => {
    const server = await start();
    const raw = await fixture('gmail-forward-interview-invite.eml');
    await deliver(server, raw, 'someone@else.example');
    await deliver(server, Buffer.from(raw.toString('latin1').replace('Message-ID:', 'X-Old-Id:'), 'latin1'), 'other@else.example');
    const page = await (await fetch(server.url)).text();
    expect(page).toContain('Skipped mail (2)');
    expect(page).toContain('envelope sender is not one of your addresses');
    const outbox = await outboxFiles(server.dataDir);
    const subjects = await Promise.all(outbox.map(async (name) => /^Subject: (.*)$/m.exec(await readFile(join(server.dataDir, 'outbox', name), 'utf8'))?.[1]));
    expect(subjects).toEqual(['jobnudge skipped 1 message, here is why']);
  });

  it('accepts an automatic forward: the employer From with the user Gmail +caf_= envelope', async () => {
    const gmail = 'sam.jobs@gmail.com';
    const server = await start(testSettings({ allowedSenders: [USER, gmail] }));
    const raw = await composeOriginal(
      {
        from: 'rowan@quillfeather.example',
        fromName: 'Rowan Ashby',
        date: new Date('2026-11-27T09:00:00Z'),
        subject: 'Interview invitation: Platform Engineer at Quillfeather Labs',
        text: 'Hi Sam,\n\nWe would like to invite you to an interview on December 10, 2026 at 2:00 PM EST.\n\nRowan Ashby\nQuillfeather Labs',
        messageId: '<local-auto@quillfeather.example>',
      },
      gmail,
    );
    expect(await deliver(server, raw, 'rowan@quillfeather.example')).toMatchObject({ outcome: 'ignored' });
    expect(await deliver(server, raw, 'sam.jobs+caf_=jobs=localhost@gmail.com')).toMatchObject({ outcome: 'processed' });
  });

  it('prints send commands whose envelope sender is the first allowed address', async () => {
    const settings = testSettings();
    const server = await start(settings);
    const lines = startupLines(server, settings).join('\n');
    expect(lines).toContain(`swaks --server 127.0.0.1:${server.smtpPort} --from ${USER} --to jobs@localhost`);
    expect(lines).toContain(`envelope:{from:'${USER}',to:'jobs@localhost'}`);
  });
});
