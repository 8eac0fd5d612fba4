/**
 * "CLI start-up" for `npm run bench`: wall time of `node shared/cli/jobnudge.js --help`, a fresh
 * process each time, median of 5. Help is answered before TypeScript loads, so this is node's own
 * start plus reading help.json; a command adds tsx and its own modules (shown for `classify`).
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { addSummaryRow } from './summary.ts';
import { median } from './timing.ts';

const exec = promisify(execFile);
const HERE = fileURLToPath(import.meta.url);
const REPO = resolve(HERE, '../../..');
const BIN = resolve(REPO, 'shared/cli/jobnudge.js');
const FIXTURE = resolve(REPO, 'test/fixtures/eml/gmail-forward-interview-invite.eml');
export const CLI_RUNS = 5;
/** The budget for `jobnudge --help` (issue: CLI commands load lazily). */
export const MAX_HELP_MS = 500;

/** Median wall time of `node ...args` in a fresh process, from spawn to exit. */
async function processMs(args: readonly string[], runs: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await exec(process.execPath, [...args], { cwd: REPO, env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' } });
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/** Prints "CLI start-up": `jobnudge --help`, with node's own start and a `classify` for comparison. */
export async function benchCliStartup(runs = CLI_RUNS): Promise<void> {
  console.log(`\n== CLI start-up (fresh process, median of ${runs}) ==`);
  const node = await processMs(['-e', '0'], runs);
  const help = await processMs([BIN, '--help'], runs);
  const classify = await processMs([BIN, 'classify', FIXTURE], runs);
  console.log(`node -e 0 (the floor on this machine): ${node.toFixed(0)} ms`);
  console.log(`jobnudge --help: ${help.toFixed(0)} ms, ${(help - node).toFixed(0)} ms above node's own start (budget ${MAX_HELP_MS} ms: ${help <= MAX_HELP_MS ? 'ok' : 'over'})`);
  addSummaryRow({ section: 'CLI start-up', measure: 'jobnudge --help', value: `${help.toFixed(0)} ms`, target: `≤ ${MAX_HELP_MS} ms`, met: help <= MAX_HELP_MS });
  addSummaryRow({ section: 'CLI start-up', measure: 'node -e 0 (floor)', value: `${node.toFixed(0)} ms` });
  console.log(`jobnudge classify one.eml (tsx and the reading stack, no store): ${classify.toFixed(0)} ms`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await benchCliStartup();
