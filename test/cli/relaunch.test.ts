import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const BIN = new URL('../../shared/cli/jobnudge.js', import.meta.url).pathname;
const OPTIONS = new URL('../../shared/cli/node-options.json', import.meta.url);

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanups.splice(0)) await step();
});

/** The entry point runs `import` again in a child under node-options.json; the user must see no difference. */
describe('jobnudge import through the installed entry point', () => {
  it("passes the relaunched command's error line and exit code on", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jobnudge-relaunch-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const failed = await exec(process.execPath, [BIN, 'import', join(dir, 'missing.mbox'), '--dry-run'], { cwd: dir }).then(
      () => null,
      (error: { code?: number; stdout?: string; stderr?: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr?.trim().split('\n')).toEqual([expect.stringMatching(/^jobnudge import: cannot read .*missing\.mbox \(ENOENT\)$/)]);
  });

  it('asks only for options this Node accepts on its command line', async () => {
    const byCommand = JSON.parse(await readFile(OPTIONS, 'utf8')) as Record<string, string[]>;
    for (const [command, options] of Object.entries(byCommand)) {
      const { stdout } = await exec(process.execPath, [...options, '-e', 'process.stdout.write("ok")']);
      expect(stdout, command).toBe('ok');
    }
  });
});
