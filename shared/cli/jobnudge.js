#!/usr/bin/env node
// Entry for `npx jobnudge`: loads the TypeScript CLI through tsx so no build step is needed after `npm ci`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Help is answered here, from help.json, before tsx starts: registering tsx alone costs more than
 * the half second `--help` may take. main.ts prints the same texts (a test compares the two).
 */
function helpText(argv) {
  const [name, ...rest] = argv;
  const asksOverview = name === '--help' || name === '-h' || name === 'help';
  const asksCommand = name !== undefined && (rest.includes('--help') || rest.includes('-h'));
  if (!asksOverview && !asksCommand) return null;
  const help = JSON.parse(readFileSync(new URL('./help.json', import.meta.url), 'utf8'));
  if (asksOverview) {
    const lines = [help.title, '', 'Commands:'];
    for (const [command, entry] of Object.entries(help.commands)) lines.push(`  ${command.padEnd(9)} ${entry.summary}`, `            ${entry.usage}`);
    return [...lines, '', help.footer].join('\n');
  }
  // Unknown names (and Object.prototype's) fall through to main.ts, which reports them.
  const entry = Object.hasOwn(help.commands, name) ? help.commands[name] : null;
  return entry === null ? null : [`usage: ${entry.usage}`, '', ...entry.help].join('\n');
}

// Output piped into `head` that closes early is not an error worth a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

/**
 * Node options a command runs under (node-options.json), which only take effect when Node starts.
 * `import`: a heap limit of 1 GiB. Without one V8 lets the heap grow to about four times what is
 * live before collecting (its growth factor is highest when the limit is large), so a long import
 * that keeps ~50 MB live peaks near 200 MB of heap; under this limit the factor is about 1.6.
 * Null when nothing is needed, or the user already chose a heap limit.
 */
function relaunchOptions(argv) {
  const [name] = argv;
  const byCommand = JSON.parse(readFileSync(new URL('./node-options.json', import.meta.url), 'utf8'));
  if (name === undefined || !Object.hasOwn(byCommand, name) || process.env.JOBNUDGE_RELAUNCHED === '1') return null;
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
  if (given.some((option) => option.startsWith('--max-old-space-size'))) return null;
  return byCommand[name];
}

/** Runs this script again in a child with `options`, passing its exit code or signal on. */
async function relaunch(options, argv) {
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [...process.execArgv, ...options, fileURLToPath(import.meta.url), ...argv], {
    stdio: 'inherit',
    env: { ...process.env, JOBNUDGE_RELAUNCHED: '1' },
  });
  // Ctrl-C reaches the child too (same process group); a signal sent to this process alone is passed on.
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', forward);
  process.on('SIGHUP', forward);
  const [code, signal] = await new Promise((resolve) => child.on('exit', (...result) => resolve(result)));
  if (signal !== null) {
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  }
  process.exitCode = code ?? 1;
}

const argv = process.argv.slice(2);
const help = helpText(argv);
const options = help === null ? relaunchOptions(argv) : null;
if (help !== null) {
  process.stdout.write(`${help}\n`);
} else if (options !== null) {
  await relaunch(options, argv);
} else {
  const { register } = await import('tsx/esm/api');
  // The CLI only talks to the embedded store on loopback, so the SDK's notice about future Node
  // versions says nothing actionable here (the Lambdas run on Node 24); the user may still opt in.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  register();
  const { main } = await import('./main.ts');
  process.exitCode = await main(argv);
}
