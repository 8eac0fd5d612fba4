import { smtpUrlFromEnv } from '../smtp-url.ts';
import { parseArgs } from 'node:util';
import { ConfigError } from '../../config/zod-errors.ts';
import { ConsoleLogger } from '../../local/console-logger.ts';
import { DataDirBusyError } from '../../local/data-dir-lock.ts';
import { applicationLabels, when } from '../../local/describe.ts';
import { startEmbeddedStore } from '../../local/embedded-store.ts';
import { trustedSettingsFor } from '../../local/local-config.ts';
import { LOCAL_OPTIONS } from '../../local/local-flags.ts';
import { localOutbound } from '../../local/outbound.ts';
import { runDueWithDigest } from '../../local/run-due-digests.ts';
import { RecordingReminderScheduler } from '../../scheduler/recording-reminder-scheduler.ts';
import type { CliIo } from '../io.ts';
import { settingsForDataDir } from '../local-settings.ts';
import { parseUntil } from '../until.ts';
import { UsageError } from '../usage-error.ts';

/** Fire every pending reminder of the local data directory due up to --until, and say what happened. */
export async function runRunDue(argv: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { ...LOCAL_OPTIONS, until: { type: 'string' } }, allowPositionals: false });
  if (values.until === undefined) throw new UsageError('--until is required (an ISO date-time such as 2026-12-01T09:00, read in your time zone)');
  const smtpUrl = smtpUrlFromEnv(process.env);
  try {
    const { dataDir, local } = await settingsForDataDir(values, io, { relay: smtpUrl !== null, dataDir: 'existing' });
    // The same rule as plan: without an offset, the user's zone (the remembered one, when serve saved it).
    const until = parseUntil(values.until, local.settings.timeZone);
    const embedded = await startEmbeddedStore(dataDir);
    const outbound = localOutbound({ dataDir, notifyAddress: local.settings.notifyAddress, smtpUrl });
    try {
      const { reminders: firings, digest } = await runDueWithDigest(
        {
          store: embedded.store,
          // Follow-on reminders are stored by the use case; `serve` picks them up from the store.
          scheduler: new RecordingReminderScheduler(),
          mailer: outbound.mailer,
          settings: trustedSettingsFor(local, []),
          logger: new ConsoleLogger((line) => io.err(line), 'warn'),
        },
        until,
        local.digest,
      );
      const zone = local.settings.timeZone;
      const labels = applicationLabels(await embedded.store.listApplications());
      for (const f of firings) {
        const label = labels.get(f.reminder.applicationId) ?? '(application removed)';
        io.out(`${when(f.firedAt, zone)}  ${f.result.status.padEnd(7)} ${f.reminder.rule.padEnd(15)} ${label}  ${f.result.reason}`);
      }
      const sent = firings.filter((f) => f.result.status === 'sent').length;
      io.out(`${firings.length} reminder(s) due up to ${when(until.toISOString(), zone)}: ${sent} sent, ${firings.length - sent} dropped.`);
      if (digest) io.out(`Weekly digest of ${when(digest.firedAt, zone)}: ${digest.result.status} (${digest.result.reason}).`);
      if (outbound.target.kind === 'outbox' && (sent > 0 || digest?.result.status === 'sent')) io.out(`Sent mail is in ${outbound.target.directory}`);
      return 0;
    } finally {
      outbound.close();
      await embedded.stop();
    }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DataDirBusyError) {
      io.err(`jobnudge run-due: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
