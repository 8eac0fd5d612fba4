// `--locale` on `jobnudge plan` and `jobnudge digest --preview`: what the reminders and the digest
// write dates in, checked at the command line with one line for a wrong value.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededDataDir } from '../digest/digest-world.ts';
import { NOTIFY_ADDRESS } from '../pipeline/pipeline-support.ts';
import { planFixture, runCli } from './cli-io.ts';

const CONFIRMATION = planFixture('marlowe-confirmation.eml');
const INVITE = planFixture('marlowe-interview-invite.eml');
const NEW_YORK = 'America/New_York';
const WRONG = 'xx-NOPE';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jobnudge-locale-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The text part of the rendered `prepare` reminder of a plan run with these extra flags. */
async function preparedText(name: string, ...flags: string[]): Promise<string> {
  const out = join(dir, name);
  const result = await runCli('plan', '--tz', NEW_YORK, ...flags, '--until', '2026-11-05T00:00', '--render', out, CONFIRMATION, INVITE);
  expect(result.code).toBe(0);
  const file = (await readdir(out)).find((f) => f.includes('prepare') && f.endsWith('.eml'));
  const mail = await simpleParser(await readFile(join(out, file ?? 'missing')));
  return mail.text ?? '';
}

describe('jobnudge plan --locale', () => {
  it('writes the reminders in the locale given, over the 12-hour style a US zone implies', async () => {
    const zoneStyle = await preparedText('zone-style');
    expect(zoneStyle).toContain('Wed, Nov 4, at 2:00 PM');
    const british = await preparedText('en-gb', '--locale', 'en-GB');
    expect(british).toContain('Wed 4 Nov, at 14:00');
    expect(british).not.toMatch(/\d:\d\d [AP]M/);
  });

  it('refuses a value that is not a locale with one line and the usage, exit 2, before reading any file', async () => {
    const result = await runCli('plan', '--tz', NEW_YORK, '--locale', WRONG, CONFIRMATION);
    expect(result.code).toBe(2);
    expect(result.out).toEqual([]);
    expect(result.err[0]).toBe(`jobnudge plan: --locale: "${WRONG}" is not a locale such as "en-US" (12-hour, month first) or "en-GB" (24-hour, day first)`);
    expect(result.err[1]).toMatch(/^usage: jobnudge plan .*\[--locale LOCALE\]/);
    expect(result.err).toHaveLength(2);
  });
});

describe('jobnudge digest --preview --locale', () => {
  /** The preview's text part, rendered with these extra flags. */
  async function previewText(dataDir: string, name: string, ...flags: string[]): Promise<string> {
    const out = join(dataDir, name);
    const result = await runCli('digest', '--preview', '--data', dataDir, '--out', out, '--tz', NEW_YORK, '--notify', NOTIFY_ADDRESS, ...flags);
    expect(result.code).toBe(0);
    const file = (await readdir(out)).find((f) => f.endsWith('.txt'));
    return readFile(join(out, file ?? 'missing'), 'utf8');
  }

  it('writes the digest\'s dates in the locale given', async () => {
    const dataDir = await seededDataDir();
    const american = await previewText(dataDir, 'us');
    const british = await previewText(dataDir, 'gb', '--locale', 'en-GB');
    // The same dates, month first for the US zone's style, day first for en-GB.
    expect(american).toMatch(/\b(?:Feb|Mar) \d{1,2}\b/);
    expect(american).not.toMatch(/\b\d{1,2} (?:Feb|Mar)\b/);
    expect(british).toMatch(/\b\d{1,2} (?:Feb|Mar)\b/);
    expect(british).not.toMatch(/\b(?:Feb|Mar) \d{1,2}\b/);
  });

  it('refuses a value that is not a locale with one line, before opening the data directory', async () => {
    const result = await runCli('digest', '--preview', '--data', join(dir, 'never-made'), '--locale', WRONG);
    expect(result.code).toBe(2);
    expect(result.err[0]).toBe(`jobnudge digest: --locale: "${WRONG}" is not a locale such as "en-US" (12-hour, month first) or "en-GB" (24-hour, day first)`);
    expect(result.err[1]).toMatch(/^usage: jobnudge digest .*\[--locale LOCALE\]/);
  });
});
