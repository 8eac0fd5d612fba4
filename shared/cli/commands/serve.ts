import { smtpUrlFromEnv } from '../smtp-url.ts';
import { parseArgs } from 'node:util';
import { ConfigError } from '../../config/zod-errors.ts';
import { ConsoleLogger } from '../../local/console-logger.ts';
import { DataDirBusyError } from '../../local/data-dir-lock.ts';
import { PortInUseError } from '../../local/listen.ts';
import { checkDataDir } from '../../local/data-dir.ts';
import { resolveLocalConfig, type LocalSettings } from '../../local/local-config.ts';
import { configFlags, dataDirFlag, LOCAL_OPTIONS, portFlag } from '../../local/local-flags.ts';
import { DEFAULT_HTTP_PORT, DEFAULT_SMTP_PORT, startLocalServer, type LocalServer } from '../../local/local-server.ts';
import { rememberedSettingsPath, rememberSettings } from '../../local/remembered-settings.ts';
import type { CliIo } from '../io.ts';

/** The lines printed once everything listens: how to use the local run. */
export function startupLines(server: LocalServer, local: LocalSettings): string[] {
  const smtp = `127.0.0.1:${server.smtpPort}`;
  // The envelope sender is half of what the local trust check judges, so the commands set it.
  const sender = local.settings.allowedSenders[0] ?? 'you@example.com';
  const lines = [
    'jobnudge is running locally.',
    `  Forward job emails by SMTP to ${smtp} (any recipient, no login). For a saved .eml:`,
    `    swaks --server ${smtp} --from ${sender} --to jobs@localhost --data message.eml`,
    `    node -e "require('nodemailer').createTransport({host:'127.0.0.1',port:${server.smtpPort}}).sendMail({envelope:{from:'${sender}',to:'jobs@localhost'},raw:require('fs').readFileSync('message.eml')}).then(()=>console.log('sent'))"`,
    `  Page (applications, reminders, outbox, upload): ${server.url}`,
    `  Data directory: ${server.dataDir}`,
    server.outbound.kind === 'outbox'
      ? `  Outgoing mail is written to ${server.outbound.directory} (set SMTP_URL to send through a relay).`
      : `  Outgoing mail goes through the SMTP relay ${server.outbound.host}.`,
    local.placeholderNotify
      ? `  Reminders are addressed to ${local.settings.notifyAddress} (a placeholder: use --notify ADDRESS for your own).`
      : `  Reminders go to ${local.settings.notifyAddress}.`,
  ];
  lines.push(`  These settings are saved in ${rememberedSettingsPath(server.dataDir)}: run-due, import, export and digest on this directory use them.`);
  if (server.recovered > 0) lines.push(`  Processed ${server.recovered} saved message(s) left unfinished by the last run.`);
  lines.push('  Ctrl-C stops it; accepted mail is never lost.');
  return lines;
}

export function anySenderWarning(local: LocalSettings): string | null {
  return local.acceptAnySender
    ? 'WARNING: accepting mail from ANY sender (acceptAnySender; the local default when no --allow is given). Use --allow YOUR@ADDRESS to act only on your own forwards.'
    : null;
}

/** Runs until SIGINT/SIGTERM; then stops accepting, finishes what is in flight and exits 0. */
export async function runServe(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: { ...LOCAL_OPTIONS, 'smtp-port': { type: 'string' }, 'http-port': { type: 'string' }, verbose: { type: 'boolean', default: false } },
    allowPositionals: false,
  });
  const smtpPort = portFlag(values['smtp-port'], '--smtp-port', DEFAULT_SMTP_PORT);
  const httpPort = portFlag(values['http-port'], '--http-port', DEFAULT_HTTP_PORT);
  const smtpUrl = smtpUrlFromEnv(process.env);
  let server: LocalServer;
  let local: LocalSettings;
  try {
    const dataDir = dataDirFlag(values);
    await checkDataDir(dataDir, 'create');
    // What serve starts with is what it remembers; an earlier run's remembered settings are not read.
    const resolved = await resolveLocalConfig(configFlags(values), { relay: smtpUrl !== null });
    local = resolved.local;
    const logger = new ConsoleLogger((line) => io.err(line), values.verbose ? 'debug' : 'info');
    server = await startLocalServer({ dataDir, smtpPort, httpPort, local, smtpUrl, logger });
    try {
      await rememberSettings(server.dataDir, resolved.input);
    } catch (error) {
      await server.stop();
      throw error;
    }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof PortInUseError || error instanceof DataDirBusyError) {
      io.err(`jobnudge serve: ${error.message}`);
      return 1;
    }
    throw error;
  }
  const warning = anySenderWarning(local);
  if (warning) io.err(warning);
  for (const line of startupLines(server, local)) io.out(line);

  await new Promise<void>((resolve) => {
    const onSignal = (signal: string): void => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      io.err(`${signal}: stopping (finishing messages in progress)…`);
      resolve();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
  await server.stop();
  io.err('stopped.');
  return 0;
}
