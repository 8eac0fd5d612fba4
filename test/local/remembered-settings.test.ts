import { spawn } from 'node:child_process';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DateTime } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../shared/cli/main.ts';
import { startEmbeddedStore } from '../../shared/local/embedded-store.ts';
import { rememberSettings } from '../../shared/local/remembered-settings.ts';
import { FIXTURES, fixture, outboxFiles, sendBySmtp, tempDataDir, USER } from './local-helpers.ts';

const BIN = new URL('../../shared/cli/jobnudge.js', import.meta.url).pathname;
/** Not the machine's zone (UTC here and in CI), so a command that forgot it is off by hours. */
const ZONE = 'America/New_York';
const NOTIFY = 'reminders-to@example.org';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanups.splice(0).reverse()) await step();
});

async function dataDir(): Promise<string> {
  const dir = await tempDataDir();
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

async function cli(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (line) => out.push(...line.split('\n')), err: (line) => err.push(...line.split('\n')) });
  return { code, out, err };
}

/**
 * The real `jobnudge serve` in its own process (it runs until a signal): mail goes in by SMTP, then
 * SIGTERM, which lets it finish processing before it exits.
 */
async function serveAndForward(dir: string, args: readonly string[], mails: readonly Buffer[]): Promise<void> {
  const child = spawn(process.execPath, [BIN, 'serve', '--data', dir, '--smtp-port', '0', '--http-port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let stdout = '';
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /SMTP to 127\.0\.0\.1:(\d+)/.exec(stdout);
      if (match) resolve(Number(match[1]));
    });
    void exited.then((code) => reject(new Error(`serve exited (${code}) before listening`)));
  });
  for (const raw of mails) expect(await sendBySmtp(port, raw)).toMatch(/^250 /);
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  // Read once serve has exited: the banner can reach the pipe in more than one chunk.
  expect(stdout).toContain('These settings are saved in');
}

describe('the data directory remembers the settings serve started with', () => {
  it('run-due uses serve\'s --tz and --notify, says so, reads --until in that zone, and names the company', async () => {
    const dir = await dataDir();
    await serveAndForward(dir, ['--tz', ZONE, '--notify', NOTIFY, '--allow', USER], [await fixture('gmail-forward-interview-invite.eml')]);
    const saved = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as Record<string, unknown>;
    expect(saved).toMatchObject({ timeZone: ZONE, notifyAddress: NOTIFY, allowedSenders: [USER] });

    const embedded = await startEmbeddedStore(dir);
    const [application] = await embedded.store.listApplications();
    const first = (await embedded.store.listAllReminders('pending')).sort((a, b) => Date.parse(a.fireAt) - Date.parse(b.fireAt))[0];
    await embedded.stop();
    expect(application?.company).toBe('Lumenfield Analytics');
    if (first === undefined) throw new Error('serve planned no reminder');
    // The first reminder's wall-clock time in the user's zone, written without an offset.
    const wall = DateTime.fromISO(first.fireAt).setZone(ZONE);
    const asWritten = (at: DateTime): string => at.toFormat("yyyy-LL-dd'T'HH:mm:ss");

    const before = await cli('run-due', '--data', dir, '--until', asWritten(wall.minus({ minutes: 1 })));
    expect(before.code).toBe(0);
    expect(before.err[0]).toMatch(/^Using the settings `serve` saved in .*settings\.json: time zone America\/New_York, reminders to reminders-to@example\.org\.$/);
    // The weekly digest may go out in this run; no reminder does.
    expect(before.out.find((line) => / reminder\(s\) due up to /.test(line))).toMatch(/^0 reminder\(s\) due up to /);

    const at = await cli('run-due', '--data', dir, '--until', asWritten(wall));
    expect(at.code).toBe(0);
    const fired = at.out.filter((line) => line.includes(first.rule));
    expect(fired).toHaveLength(1);
    expect(fired[0]).toContain('Lumenfield Analytics');
    expect(at.out.join('\n')).not.toContain(first.applicationId);
    // Printed in the remembered zone (EST/EDT), not the machine's.
    expect(fired[0]).toMatch(/ E[SD]T /);
    // What went out (the reminder, the weekly digest) went to serve's --notify, not the placeholder.
    const outbox = await outboxFiles(dir);
    expect(outbox.length).toBeGreaterThan(0);
    for (const name of outbox) expect(await readFile(join(dir, 'outbox', name), 'utf8')).toMatch(/^To: reminders-to@example\.org/m);
  });

  it('flags given to run-due win over the remembered ones, and the line says which', async () => {
    const dir = await dataDir();
    await serveAndForward(dir, ['--tz', ZONE, '--notify', NOTIFY], []);
    const result = await cli('run-due', '--data', dir, '--until', '2026-12-01T09:00', '--tz', 'Europe/Berlin');
    expect(result.code).toBe(0);
    expect(result.err[0]).toMatch(/time zone Europe\/Berlin, reminders to reminders-to@example\.org \(--tz given here take precedence\)\.$/);
    expect(result.out.find((line) => / reminder\(s\) due up to /.test(line))).toMatch(/due up to 2026-12-01 09:00 (CET|GMT\+1)/);
  });

  it('import uses the remembered zone and says so; its --allow acts only on mail from those addresses', async () => {
    const dir = await dataDir();
    await rememberSettings(dir, { timeZone: ZONE, notifyAddress: NOTIFY });
    const folder = join(dir, 'mail');
    await mkdir(folder);
    // One forward by the user, one message straight from an employer's system.
    await copyFile(join(FIXTURES, 'gmail-forward-interview-invite.eml'), join(folder, '1.eml'));
    await copyFile(join(FIXTURES, 'windows-1252-confirmation.eml'), join(folder, '2.eml'));

    const mailbox = await cli('import', folder, '--dry-run', '--data', dir);
    expect(mailbox.code).toBe(0);
    expect(mailbox.err[0]).toMatch(/^Using the settings `serve` saved in .*time zone America\/New_York/);
    expect(mailbox.out.join('\n')).toMatch(/2 message\(s\): 2 job, 0 not job mail/);
    expect(mailbox.out.join('\n')).toContain('Keystone Harbor');

    const allowed = await cli('import', folder, '--dry-run', '--data', dir, '--allow', USER);
    expect(allowed.code).toBe(0);
    expect(allowed.err[0]).toContain('(--allow given here take precedence)');
    const text = allowed.out.join('\n');
    expect(text).toMatch(/2 message\(s\): 1 job, 1 not job mail/);
    expect(text).toContain('Lumenfield Analytics');
    expect(text).not.toContain('Keystone Harbor');
  });
});
