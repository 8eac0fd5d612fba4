import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, planFixture, runCli } from './cli-io.ts';

// The user's confirmation and interview invite for one application (see fixtures/README.md).
const CONFIRMATION = planFixture('marlowe-confirmation.eml');
const INVITE = planFixture('marlowe-interview-invite.eml');
const MARLOWE = 'Marlowe Robotics — Controls Engineer';

interface Line {
  application: string;
  rule: string;
  fireAt: string;
  status: string;
}

const parse = (out: readonly string[]): Line[] => out.map((line) => JSON.parse(line) as Line);
const brief = (lines: readonly Line[]) => lines.map((l) => `${l.rule} ${l.fireAt} ${l.status}`);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jobnudge-plan-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('jobnudge plan', () => {
  it('confirmation → interview invite: the invite replaces the confirmation’s reminders with the interview’s, at local times', async () => {
    const { code, out } = await runCli('plan', '--json', '--tz', 'America/New_York', CONFIRMATION, INVITE);

    expect(code).toBe(0);
    const lines = parse(out);
    expect(lines.every((l) => Object.keys(l).join() === 'application,rule,fireAt,status' && l.application === MARLOWE)).toBe(true);
    // Renata wrote the confirmation herself (receipt confirmed, no confirm-receipt) and the interview
    // is a video call with no postal address (no card).
    expect(brief(lines)).toEqual([
      // US summer time ended on 1 November: same local hours, new offset.
      'prepare 2026-11-03T18:00:00-05:00 pending',
      'thank-you-email 2026-11-04T16:00:00-05:00 pending',
      'status-check 2026-11-18T09:00:00-05:00 pending',
      'keep-applying 2026-11-19T09:00:00-05:00 cancelled',
    ]);
  });

  it('with --until, fires everything due through the silence after the interview, move-on included', async () => {
    const { code, out } = await runCli('plan', '--json', '--tz', 'America/New_York', '--until', '2026-12-31', INVITE, CONFIRMATION);

    expect(code).toBe(0);
    expect(brief(parse(out))).toEqual([
      'prepare 2026-11-03T18:00:00-05:00 sent',
      'thank-you-email 2026-11-04T16:00:00-05:00 sent',
      'status-check 2026-11-18T09:00:00-05:00 sent',
      'keep-applying 2026-11-19T09:00:00-05:00 cancelled',
      'move-on 2026-11-25T09:00:00-05:00 sent',
    ]);
  });

  it('reads fixed-hour times in the --tz zone, and keeps an interview time that names its own zone', async () => {
    const { out } = await runCli('plan', '--json', '--tz', 'Europe/Berlin', CONFIRMATION, INVITE);
    const byRule = Object.fromEntries(parse(out).map((l) => [l.rule, l.fireAt]));
    // 2 PM Eastern is 20:00 in Berlin; the thank-you email is two hours after it.
    expect(byRule).toMatchObject({
      'keep-applying': '2026-11-19T09:00:00+01:00',
      prepare: '2026-11-03T18:00:00+01:00',
      'thank-you-email': '2026-11-04T22:00:00+01:00',
    });
  });

  it('plans each application of the shared fixtures on its own', async () => {
    const { code, out } = await runCli(
      'plan',
      '--json',
      '--tz',
      'America/New_York',
      fixture('apple-mail-forward-interview-confirmed.eml'),
      fixture('direct-ats-noreply-confirmation.eml'),
    );

    expect(code).toBe(0);
    expect(parse(out).map((l) => `${l.application}: ${l.rule} ${l.fireAt}`)).toEqual([
      'Tidewater Biosciences — Lab Automation Engineer: prepare 2026-12-01T18:00:00-05:00',
      'Tidewater Biosciences — Lab Automation Engineer: thank-you-email 2026-12-02T11:30:00-05:00',
      'Tidewater Biosciences — Lab Automation Engineer: thank-you-note 2026-12-04T09:00:00-05:00',
      // Only an ATS robot wrote: nobody to check with, so no confirm-receipt.
      'Fernwood Energy — Electrical Engineer II: keep-applying 2026-12-13T09:00:00-05:00',
      'Tidewater Biosciences — Lab Automation Engineer: status-check 2026-12-16T09:00:00-05:00',
    ]);
  });

  it('reports a file it cannot read on its own line, exits 1, and still plans the others', async () => {
    const broken = join(dir, 'notes.eml');
    await writeFile(broken, 'just some notes, not a message\n');
    const { code, out } = await runCli('plan', '--json', '--tz', 'America/New_York', CONFIRMATION, broken);

    expect(code).toBe(1);
    const [error, ...rest] = out.map((line) => JSON.parse(line) as Record<string, string>);
    expect(Object.keys(error ?? {})).toEqual(['file', 'error']);
    expect(error?.file).toBe(broken);
    expect(error?.error).toMatch(/not an email/);
    expect(rest.map((l) => l.rule)).toEqual(['keep-applying']);
  });

  it('refuses a --config with wrong fields, one line per field, exit 2', async () => {
    const config = join(dir, 'settings.json');
    await writeFile(config, JSON.stringify({ timeZone: 'Mars/Base', allowedSenders: [], notifyAddress: 'me', senderAddress: 'n@inbox.example' }));
    const { code, out, err } = await runCli('plan', '--config', config, CONFIRMATION);

    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err.slice(1)).toEqual([
      expect.stringMatching(/^ {2}- timeZone: must be an IANA time zone/),
      expect.stringMatching(/^ {2}- allowedSenders: must list at least one/),
      expect.stringMatching(/^ {2}- notifyAddress: must be an email address/),
    ]);
  });

  it('applies a --config: a rule turned off is not planned, a later local hour moves fixed-hour reminders', async () => {
    const config = join(dir, 'mine.json');
    await writeFile(
      config,
      JSON.stringify({
        timeZone: 'America/New_York',
        allowedSenders: ['someone.else@example.org'],
        notifyAddress: 'me@example.org',
        senderAddress: 'nudge@inbox.example',
        localHour: 8,
        rules: { 'thank-you-note': { enabled: false } },
      }),
    );
    const { code, out } = await runCli('plan', '--json', '--config', config, CONFIRMATION, INVITE);

    expect(code).toBe(0);
    const rules = parse(out).map((l) => `${l.rule} ${l.fireAt}`);
    expect(rules).toContain('status-check 2026-11-18T08:00:00-05:00');
    expect(rules.some((r) => r.startsWith('thank-you-note'))).toBe(false);
  });

  it('prints a table without --json, and with --render writes each sent reminder as .eml and .html', async () => {
    const out = join(dir, 'rendered');
    const result = await runCli('plan', '--tz', 'America/New_York', '--until', '2026-11-05T00:00', '--render', out, CONFIRMATION, INVITE);

    expect(result.code).toBe(0);
    expect(result.out[0]).toMatch(/^fires at \(America\/New_York\) +status +rule +application$/);
    expect(result.out.find((row) => row.includes('prepare'))).toMatch(/^Tue 2026-11-03 18:00 -05:00 +sent +prepare +Marlowe Robotics — Controls Engineer$/);
    expect(result.out.find((row) => row.includes('status-check'))).toMatch(/pending/);

    const files = (await readdir(out)).sort();
    expect(files).toEqual([
      '01-prepare.1-marlowe-robotics-controls-engineer.eml',
      '01-prepare.1-marlowe-robotics-controls-engineer.html',
      '02-thank-you-email.1-marlowe-robotics-controls-engineer.eml',
      '02-thank-you-email.1-marlowe-robotics-controls-engineer.html',
    ]);
    const eml = await simpleParser(await readFile(join(out, files[0] ?? '')));
    expect(eml.subject).toContain('Marlowe Robotics');
    expect(eml.date?.toISOString()).toBe('2026-11-03T23:00:00.000Z');
    expect(eml.attachments.map((a) => a.contentType)).toEqual(['text/calendar']);
    expect(await readFile(join(out, files[1] ?? ''), 'utf8')).toMatch(/^<!DOCTYPE html>/i);
  });
});
