// The local run: `jobnudge export --csv`, `jobnudge digest --preview`, the page's CSV link and
// `run-due` sending the week's digest once, over the embedded store of a real data directory.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { startLocalServer } from '../../shared/local/local-server.ts';
import { MemoryLogger } from '../../shared/logging/logger.ts';
import { runCli } from '../cli/cli-io.ts';
import { outboxFiles, tempDataDir, testSettings } from '../local/local-helpers.ts';
import { NOTIFY_ADDRESS, ZONE } from '../pipeline/pipeline-support.ts';
import { seededDataDir } from './digest-world.ts';

const LOCAL_FLAGS = ['--tz', ZONE, '--notify', NOTIFY_ADDRESS];

function csvRecords(text: string | Buffer): Record<string, string>[] {
  return parse(text, { bom: true, columns: true });
}

describe('local digest and CSV', () => {
  it('export --csv prints one parseable row per stored application', async () => {
    const dataDir = await seededDataDir();
    const result = await runCli('export', '--csv', '--data', dataDir, ...LOCAL_FLAGS);
    expect(result.code).toBe(0);
    const records = csvRecords(result.out.join('\n'));
    expect(records.map((r) => [r.company, r.role, r.stage])).toEqual([
      ['Northwind Labs', 'Site Reliability Engineer', 'applied'],
      ['Quillbyte', 'Platform Engineer', 'interviewing'],
    ]);
  });

  it('export without --csv is a usage error', async () => {
    const result = await runCli('export', '--data', await tempDataDir());
    expect(result.code).toBe(2);
    expect(result.err[0]).toContain('--csv');
  });

  it('digest --preview writes the digest as .eml, .html, .txt and applications.csv, and sends nothing', async () => {
    const dataDir = await seededDataDir();
    const out = join(dataDir, 'my-preview');
    const result = await runCli('digest', '--preview', '--data', dataDir, '--out', out, ...LOCAL_FLAGS);
    expect(result.code).toBe(0);
    const files = (await readdir(out)).sort();
    expect(files).toHaveLength(4);
    expect(files).toContain('applications.csv');
    const eml = files.find((f) => f.endsWith('.eml'));
    const mail = await simpleParser(await readFile(join(out, eml ?? 'missing')));
    expect(mail.subject).toMatch(/^Your job search this week: 2 open applications/);
    expect(mail.attachments.map((a) => a.filename)).toEqual(['applications.csv']);
    expect(csvRecords(mail.attachments[0]?.content ?? '')).toHaveLength(2);
    expect(await outboxFiles(dataDir)).toEqual([]);
  });

  it('run-due sends the week\'s digest once, after the reminders due before it', async () => {
    const dataDir = await seededDataDir();
    const until = '2026-03-09T08:30:00+01:00';
    const first = await runCli('run-due', '--until', until, '--data', dataDir, ...LOCAL_FLAGS);
    expect(first.code).toBe(0);
    expect(first.out).toContain('Weekly digest of 2026-03-09 08:00 GMT+1: sent (weekly digest sent).');
    const sent = await outboxFiles(dataDir);
    expect(sent).toHaveLength(1);
    const mail = await simpleParser(await readFile(join(dataDir, 'outbox', sent[0] ?? 'missing')));
    expect(mail.subject).toBe('Your job search this week: 2 open applications, 1 interview in the next 7 days');
    expect(mail.text).toContain('Week 2026-W11');

    const second = await runCli('run-due', '--until', '2026-03-10T07:00:00+01:00', '--data', dataDir, ...LOCAL_FLAGS);
    expect(second.out).toContain("Weekly digest of 2026-03-09 08:00 GMT+1: skipped (this week's digest was already sent).");
    // The evening-before `prepare` reminder went out; the digest did not go out again.
    const subjects = await Promise.all((await outboxFiles(dataDir)).map(async (f) => (await simpleParser(await readFile(join(dataDir, 'outbox', f)))).subject));
    expect(subjects).toHaveLength(2);
    expect(subjects.filter((s) => s?.startsWith('Your job search this week'))).toHaveLength(1);
  });

  it('run-due sends no digest when the config turns it off', async () => {
    const dataDir = await seededDataDir();
    const config = join(dataDir, 'config.json');
    await writeFile(config, JSON.stringify({ digest: { enabled: false } }));
    const result = await runCli('run-due', '--until', '2026-03-09T08:30:00+01:00', '--data', dataDir, '--config', config, ...LOCAL_FLAGS);
    expect(result.code).toBe(0);
    expect(result.out.some((line) => line.startsWith('Weekly digest'))).toBe(false);
    expect(await outboxFiles(dataDir)).toEqual([]);
  });

  it('a wrong digest setting is named, one line per field', async () => {
    // A data dir with data: an empty one is refused before the config is read ("no jobnudge data").
    const dataDir = await seededDataDir();
    const config = join(dataDir, 'config.json');
    await writeFile(config, JSON.stringify({ digest: { day: 'funday', localHour: 25 } }));
    const result = await runCli('run-due', '--until', '2026-03-09T08:30:00+01:00', '--data', dataDir, '--config', config, ...LOCAL_FLAGS);
    expect(result.code).toBe(1);
    const text = result.err.join('\n');
    expect(text).toContain('digest.day: must be a day of the week: monday, tuesday');
    expect(text).toContain('digest.localHour: must be a whole hour 0–23');
  });

  it('the page links to applications.csv, which downloads the same rows', async () => {
    const dataDir = await seededDataDir();
    const server = await startLocalServer({ dataDir, smtpPort: 0, httpPort: 0, local: testSettings({ timeZone: ZONE }), logger: new MemoryLogger() });
    try {
      const page = await (await fetch(server.url)).text();
      expect(page).toContain('<a href="/applications.csv" download>');
      const response = await fetch(new URL('/applications.csv', server.url));
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="applications.csv"');
      expect(csvRecords(Buffer.from(await response.arrayBuffer())).map((r) => r.company)).toEqual(['Northwind Labs', 'Quillbyte']);
    } finally {
      await server.stop();
    }
  });
});
