import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from './cli-io.ts';

const FIELDS = ['file', 'kind', 'confidence', 'company', 'role', 'contacts', 'interviewAt', 'nextStepBy', 'doNotContact', 'forwarded', 'signals'];

let dir: string;
let notMail: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'jobnudge-cli-'));
  notMail = join(dir, 'photo.eml');
  await writeFile(notMail, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('jobnudge classify', () => {
  it('prints one JSON line per file with the documented fields', async () => {
    const files = ['outlook-desktop-forward-rejection.eml', 'apple-mail-forward-interview-confirmed.eml', 'quoted-printable-confirmation.eml'];
    const { code, out } = await runCli('classify', '--json', '--tz', 'America/New_York', ...files.map(fixture));

    expect(code).toBe(0);
    const lines = out.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(Object.keys(line).sort()).toEqual([...FIELDS].sort());
    expect(lines.map((l) => l.kind)).toEqual(['rejection', 'interview', 'confirmation']);
    expect(lines.map((l) => l.forwarded)).toEqual([true, true, false]);
    expect(lines[1]).toMatchObject({ company: 'Tidewater Biosciences', role: 'Lab Automation Engineer', interviewAt: '2026-12-02T09:30:00-05:00' });
    expect(lines.every((l) => typeof l.confidence === 'number' && Array.isArray(l.signals))).toBe(true);
  });

  it('reports a file that is not an email on its own line and exits 1, still classifying the others', async () => {
    const { code, out } = await runCli('classify', '--json', '--tz', 'America/New_York', fixture('html-only-rejection.eml'), notMail, fixture('windows-1252-confirmation.eml'));

    expect(code).toBe(1);
    const lines = out.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((l) => l.kind ?? 'error')).toEqual(['rejection', 'error', 'confirmation']);
    expect(Object.keys(lines[1] ?? {})).toEqual(['file', 'error']);
    expect(lines[1]?.file).toBe(notMail);
    expect(lines[1]?.error).toMatch(/not an email/);
  });

  it('explains each value with the candidates weighed, the chosen one marked and its evidence', async () => {
    const { code, out } = await runCli('classify', '--explain', '--tz', 'America/New_York', fixture('apple-mail-forward-interview-confirmed.eml'));
    expect(code).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/^ {2}why interview: \S/m);
    expect(text).toMatch(/^ {2}company:\n {4}\* +[\d.]+ {2}Tidewater Biosciences {2}\[[^\]]+\]/m);
    expect(text).toMatch(/^ {2}interviewAt:\n {4}\* +[\d.]+ {2}2026-12-02T09:30:00-05:00 {2}\[/m);

    const json = await runCli('classify', '--json', '--explain', '--tz', 'America/New_York', fixture('apple-mail-forward-interview-confirmed.eml'));
    const line = JSON.parse(json.out[0] ?? '{}') as { candidates?: { field: string; chosen: boolean; evidence: string[] }[] };
    const chosen = (line.candidates ?? []).filter((c) => c.chosen).map((c) => c.field);
    expect(chosen).toEqual(expect.arrayContaining(['company', 'interviewAt', 'person']));
    expect((line.candidates ?? []).every((c) => c.evidence.length > 0)).toBe(true);
  });

  it('names an unknown time zone as a usage error', async () => {
    const { code, err } = await runCli('classify', '--tz', 'Mars/Base', fixture('html-only-rejection.eml'));
    expect(code).toBe(2);
    expect(err[0]).toMatch(/--tz: "Mars\/Base" is not an IANA time zone/);
  });
});
