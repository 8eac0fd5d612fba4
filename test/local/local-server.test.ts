import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryLogger, silentLogger } from '../../shared/logging/logger.ts';
import { startEmbeddedStore } from '../../shared/local/embedded-store.ts';
import { PortInUseError } from '../../shared/local/listen.ts';
import { trustedSettingsFor } from '../../shared/local/local-config.ts';
import { startLocalServer, type LocalServer } from '../../shared/local/local-server.ts';
import { localOutbound } from '../../shared/local/outbound.ts';
import { contentMessageId, saveRaw } from '../../shared/local/raw-store.ts';
import { runDue } from '../../shared/local/run-due.ts';
import { RecordingReminderScheduler } from '../../shared/scheduler/recording-reminder-scheduler.ts';
import { fixture, outboxFiles, sendBySmtp, tempDataDir, testSettings, USER } from './local-helpers.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanups.splice(0).reverse()) await step();
});

async function start(dataDir: string, settings = testSettings()): Promise<LocalServer> {
  const server = await startLocalServer({ dataDir, smtpPort: 0, httpPort: 0, local: settings, logger: silentLogger });
  cleanups.push(() => server.stop());
  return server;
}

/** run-due's function against the data directory (the server must be stopped: one process per directory). */
async function runDueOn(dataDir: string, until: string) {
  const embedded = await startEmbeddedStore(dataDir);
  try {
    const local = testSettings();
    const outbound = localOutbound({ dataDir, notifyAddress: USER, smtpUrl: null });
    return await runDue({ store: embedded.store, scheduler: new RecordingReminderScheduler(), mailer: outbound.mailer, settings: trustedSettingsFor(local, []), logger: silentLogger }, new Date(until));
  } finally {
    await embedded.stop();
  }
}

describe('local pipeline end to end', () => {
  it('turns forwards sent over SMTP into applications, fires their reminders into the outbox once, and keeps everything across a restart', async () => {
    const dataDir = await tempDataDir();
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const server = await start(dataDir);

    for (const name of ['gmail-forward-interview-invite.eml', 'outlook-web-forward-confirmation.eml', 'thunderbird-forward-rejection.eml']) {
      expect(await sendBySmtp(server.smtpPort, await fixture(name))).toMatch(/^250 /);
    }
    await server.inbox.drain();
    const companies = (await server.store.listApplications()).map((a) => a.company).sort();
    expect(companies).toEqual(['Brightwater Logistics GmbH', 'Cobalt Ridge Insurance', 'Lumenfield Analytics']);
    const pending = await server.store.listAllReminders('pending');
    expect(pending.length).toBeGreaterThan(0);
    await server.stop();

    // Long after every reminder: each pending one is fired exactly once.
    const firings = await runDueOn(dataDir, '2027-12-31T00:00:00Z');
    const sent = firings.filter((f) => f.result.status === 'sent');
    expect(sent.length).toBeGreaterThan(0);
    const outbox = await outboxFiles(dataDir);
    expect(outbox).toHaveLength(sent.length);
    const subjects = await Promise.all(outbox.map(async (name) => (await readFile(join(dataDir, 'outbox', name), 'latin1')).match(/^Subject: (.*)$/m)?.[1] ?? ''));
    expect(subjects.some((s) => /Lumenfield/.test(s))).toBe(true);
    const keys = firings.map((f) => `${f.reminder.applicationId}/${f.reminder.reminderId}`);
    expect(new Set(keys).size).toBe(keys.length);

    // Restart on the same directory: nothing lost, nothing sent again.
    const again = await start(dataDir);
    expect((await again.store.listApplications()).map((a) => a.company).sort()).toEqual(companies);
    expect(again.recovered).toBe(0);
    await again.stop();
    const second = await runDueOn(dataDir, '2027-12-31T00:00:00Z');
    expect(second.filter((f) => f.result.status === 'sent')).toHaveLength(0);
    expect(await outboxFiles(dataDir)).toEqual(outbox);
  });

  it('processes at start-up a message that was saved but never processed (a crash after the 250)', async () => {
    const dataDir = await tempDataDir();
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const raw = await fixture('outlook-web-forward-confirmation.eml');
    const messageId = contentMessageId(raw);
    await saveRaw(dataDir, raw, { messageId, source: USER, receivedAt: new Date().toISOString(), via: 'smtp' });
    const server = await start(dataDir);
    expect(server.recovered).toBe(1);
    expect((await server.store.getOutcome(messageId))?.outcome).toBe('processed');
  });

  it('ignores mail from strangers when an allowlist is configured, and accepts it when acceptAnySender is on', async () => {
    const dataDir = await tempDataDir();
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const raw = await fixture('gmail-forward-interview-invite.eml');
    const strict = await start(dataDir);
    await sendBySmtp(strict.smtpPort, raw, 'someone@else.example');
    await strict.inbox.drain();
    expect((await strict.store.getOutcome(contentMessageId(raw)))?.outcome).toBe('ignored');
    await strict.stop();

    const otherDir = await tempDataDir();
    cleanups.push(() => rm(otherDir, { recursive: true, force: true }));
    const open = await start(otherDir, testSettings({ allowedSenders: [], acceptAnySender: true }));
    expect(open.store).toBeDefined();
    await sendBySmtp(open.smtpPort, raw, 'someone@else.example');
    await open.inbox.drain();
    expect((await open.store.getOutcome(contentMessageId(raw)))?.outcome).toBe('processed');
  });

  it('names the flag to change when a port is taken', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => blocker.close(() => resolve())));
    const port = (blocker.address() as AddressInfo).port;
    const dataDir = await tempDataDir();
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const logger = new MemoryLogger();
    const attempt = startLocalServer({ dataDir, smtpPort: port, httpPort: 0, local: testSettings(), logger });
    await expect(attempt).rejects.toBeInstanceOf(PortInUseError);
    await expect(attempt).rejects.toThrow(/--smtp-port/);
    // The one clear message is the error above: no extra error line from the SMTP library.
    expect(logger.entries.filter((entry) => entry.level === 'error')).toEqual([]);
    // Everything started before the failure was stopped again: the directory can be opened.
    const embedded = await startEmbeddedStore(dataDir);
    await embedded.stop();
  });
});
