import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, runCli } from './cli-io.ts';

let root = '';
let file = '';
let emptyDir = '';
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'jobnudge-paths-'));
  file = join(root, 'a-file.txt');
  await writeFile(file, 'not a directory\n');
  emptyDir = join(root, 'empty');
  await mkdir(emptyDir);
  await writeFile(join(emptyDir, 'notes.txt'), 'no mail here\n');
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** One line on stderr, no stack frame, a non-zero exit: what a path mistake must look like. */
async function expectOneLine(argv: string[], pattern: RegExp, code = 1): Promise<void> {
  const result = await runCli(...argv);
  expect(result.code, argv.join(' ')).toBe(code);
  const lines = result.err.filter((line) => line !== '');
  expect(lines, argv.join(' ')).toHaveLength(1);
  expect(lines[0], argv.join(' ')).toMatch(pattern);
  expect(lines[0], argv.join(' ')).not.toMatch(/^\s+at /);
}

describe('path mistakes are one line and a non-zero exit', () => {
  it('a file where a directory is expected: plan --render, and --data of every data-directory command', async () => {
    await expectOneLine(['plan', '--render', file, fixture('gmail-forward-interview-invite.eml')], /^jobnudge plan: --render: .*a-file\.txt is a file, not a directory$/);
    await expectOneLine(['run-due', '--until', '2026-12-01', '--data', file], /^jobnudge run-due: --data: .*a-file\.txt is a file, not a directory$/);
    await expectOneLine(['serve', '--data', file, '--smtp-port', '0', '--http-port', '0'], /^jobnudge serve: --data: .*is a file, not a directory$/);
    await expectOneLine(['import', fixture(''), '--data', file], /^jobnudge import: --data: .*is a file, not a directory$/);
    await expectOneLine(['export', '--csv', '--data', file], /^jobnudge export: --data: .*is a file, not a directory$/);
    await expectOneLine(['digest', '--preview', '--data', file], /^jobnudge digest: --data: .*is a file, not a directory$/);
  });

  it('a path below a file (ENOTDIR) names the path', async () => {
    await expectOneLine(['import', fixture(''), '--data', join(file, 'data')], /^jobnudge import: .*a-file\.txt\/data: a file is where a directory is expected$/);
  });

  it('a missing or empty data directory is "no jobnudge data in DIR", exit 1, and nothing is created', async () => {
    const missing = join(root, 'missing');
    await expectOneLine(['run-due', '--until', '2026-12-01', '--data', missing], /^jobnudge run-due: no jobnudge data in .*missing /);
    await expectOneLine(['export', '--csv', '--data', missing], /^jobnudge export: no jobnudge data in /);
    await expectOneLine(['digest', '--preview', '--data', missing], /^jobnudge digest: no jobnudge data in /);
    await expectOneLine(['run-due', '--until', '2026-12-01', '--data', emptyDir], /^jobnudge run-due: no jobnudge data in .*empty /);
    const { existsSync } = await import('node:fs');
    expect(existsSync(missing)).toBe(false);
    expect(existsSync(join(emptyDir, 'db'))).toBe(false);
  });

  it('a folder without .eml files, a missing mbox, and missing .eml files', async () => {
    await expectOneLine(['import', emptyDir, '--dry-run'], /^jobnudge import: no \.eml files in .*empty$/);
    await expectOneLine(['import', join(root, 'nope.mbox'), '--dry-run'], /^jobnudge import: cannot read .*nope\.mbox \(ENOENT\)$/);
    await expectOneLine(['classify', join(root, 'nope.eml')], /nope\.eml: no such file or directory$/);
    await expectOneLine(['classify', emptyDir], /empty: is a directory, not a file$/);
    const plan = await runCli('plan', '--json', join(root, 'nope.eml'));
    expect(plan.code).toBe(1);
    expect(JSON.parse(plan.out[0] ?? '{}')).toMatchObject({ error: 'no such file or directory' });
  });
});
