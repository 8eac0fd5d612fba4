#!/usr/bin/env node
// Entry for `npx jobnudge`: loads the TypeScript CLI through tsx so no build step is needed after `npm ci`.
import { readFileSync } from 'node:fs';

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

const argv = process.argv.slice(2);
const help = helpText(argv);
if (help !== null) {
  process.stdout.write(`${help}\n`);
} else {
  const { register } = await import('tsx/esm/api');
  // The CLI only talks to the embedded store on loopback, so the SDK's notice about future Node
  // versions says nothing actionable here (the Lambdas run on Node 24); the user may still opt in.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  register();
  const { main } = await import('./main.ts');
  process.exitCode = await main(argv);
}
