import { describe, expect, it } from 'vitest';
import { runCli } from './cli-io.ts';

describe('jobnudge', () => {
  it('answers an unknown command, even one named like an Object.prototype member, with usage and exit 2', async () => {
    for (const name of ['frobnicate', 'constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const { code, err } = await runCli(name);
      expect(code, name).toBe(2);
      expect(err[0], name).toContain(`unknown command "${name}"`);
    }
  });

  it('lists every command for --help', async () => {
    const { code, out } = await runCli('--help');
    expect(code).toBe(0);
    for (const name of ['classify', 'plan', 'serve', 'import', 'run-due', 'export', 'digest']) expect(out.join('\n')).toContain(`jobnudge ${name}`);
  });
});
