import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../shared/cli/command-list.ts';
import { runCli } from './cli-io.ts';

const exec = promisify(execFile);
const BIN = new URL('../../shared/cli/jobnudge.js', import.meta.url).pathname;
const NAMES = ['classify', 'plan', 'serve', 'import', 'run-due', 'export', 'digest'];

describe('jobnudge --help', () => {
  it('has help for every command: usage first, then options, exit 0, without running the command', async () => {
    expect([...COMMANDS.keys()]).toEqual(NAMES);
    for (const name of NAMES) {
      for (const flag of ['--help', '-h']) {
        const { code, out, err } = await runCli(name, flag);
        expect(code, `${name} ${flag}`).toBe(0);
        expect(err, name).toEqual([]);
        expect(out[0], name).toBe(`usage: ${COMMANDS.get(name)?.usage}`);
        expect(out[0], name).toMatch(new RegExp(`^usage: jobnudge ${name} `));
        expect(out.join('\n'), name).toContain('Options:');
      }
    }
  });

  it('help after other arguments still prints help (and never starts serve)', async () => {
    const { code, out } = await runCli('serve', '--data', '/nonexistent/place', '--help');
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^usage: jobnudge serve /);
  });

  it('lists every command with a summary for jobnudge --help, and the bare command exits 2', async () => {
    const { code, out } = await runCli('--help');
    expect(code).toBe(0);
    for (const name of NAMES) expect(out.some((line) => line.startsWith(`  ${name.padEnd(9)} `)), name).toBe(true);
    expect((await runCli()).code).toBe(2);
  });

  // jobnudge.js answers help itself, before tsx loads: its text must be main.ts's, word for word.
  it('the installed entry point prints exactly what main prints, for the overview and each command', async () => {
    for (const argv of [['--help'], ...NAMES.map((name) => [name, '--help'])]) {
      const { stdout, stderr } = await exec(process.execPath, [BIN, ...argv]);
      expect(stderr, argv.join(' ')).toBe('');
      expect(stdout, argv.join(' ')).toBe(`${(await runCli(...argv)).out.join('\n')}\n`);
    }
  });

  it('the entry point still reports an unknown command (even "constructor --help") with exit 2', async () => {
    const failed = await exec(process.execPath, [BIN, 'constructor', '--help']).then(
      () => null,
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toContain('unknown command "constructor"');
  });
});
