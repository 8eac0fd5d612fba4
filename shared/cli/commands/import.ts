import { parseArgs } from 'node:util';
import { ConfigError } from '../../config/zod-errors.ts';
import { systemClock } from '../../domain/clock.ts';
import { ConsoleLogger } from '../../local/console-logger.ts';
import { DataDirBusyError } from '../../local/data-dir-lock.ts';
import { applicationLines, reminderTimelineLines } from '../../local/describe.ts';
import { startEmbeddedStore } from '../../local/embedded-store.ts';
import { importItems, importMail, ImportSourceError, type ImportReport } from '../../local/import-mail.ts';
import { LOCAL_OPTIONS } from '../../local/local-flags.ts';
import { HeldNoticeMailer, storeOnlyScheduler } from '../../local/import-sinks.ts';
import { Progress } from '../../local/progress.ts';
import type { ApplicationStore } from '../../store/application-store.ts';
import { MemoryApplicationStore } from '../../store/memory-application-store.ts';
import type { CliIo } from '../io.ts';
import { settingsForDataDir } from '../local-settings.ts';
import { UsageError } from '../usage-error.ts';

function countsLine(counts: ImportReport['counts']): string {
  return `${counts.processed} job, ${counts.ignored} not job mail, ${counts.duplicate} duplicate, ${counts.quarantined} quarantined, ${counts.unreadable + counts.failed} skipped`;
}

/**
 * Backfill from an mbox or a folder of .eml (see importMail for what happens to past reminders).
 * Exit 0 when everything was read, 1 when some messages were skipped (the rest is imported).
 */
export async function runImport(argv: readonly string[], io: CliIo, stderr: { isTTY?: boolean; write(text: string): unknown } = process.stderr): Promise<number> {
  const { values, positionals } = parseArgs({ args: [...argv], options: { ...LOCAL_OPTIONS, 'dry-run': { type: 'boolean', default: false } }, allowPositionals: true });
  if (positionals.length !== 1) throw new UsageError('import takes one mbox file or one folder of .eml files');
  const source = positionals[0] as string;
  const dryRun = values['dry-run'];
  try {
    const { dataDir, local } = await settingsForDataDir(values, io, { relay: false, dataDir: 'create' });
    const items = await importItems(source);
    const embedded = dryRun ? null : await startEmbeddedStore(dataDir);
    const store: ApplicationStore = embedded?.store ?? new MemoryApplicationStore();
    try {
      const progress = new Progress(items.length, stderr);
      const report = await importMail(
        items,
        {
          store,
          // Pending reminders live in the store; `serve` schedules them from there.
          scheduler: storeOnlyScheduler,
          mailer: new HeldNoticeMailer(),
          local,
          clock: systemClock,
          logger: new ConsoleLogger((line) => io.err(line), 'warn'),
          dataDir: embedded ? dataDir : null,
          // --allow here means "act only on mail from these addresses", as in serve; without it
          // the mailbox is the user's own and each message's From counts as theirs.
          trust: values.allow !== undefined && values.allow.length > 0 ? 'allowed-senders' : 'own-mailbox',
        },
        (done, counts) => progress.update(done, countsLine(counts)),
      );
      progress.finish();
      for (const problem of report.problems) io.err(`#${problem.index} (${problem.label}): ${problem.problem}`);
      for (const q of report.quarantined) io.out(`#${q.index} (${q.label}) quarantined: ${q.reason}`);
      io.out(`${dryRun ? 'Dry run (nothing stored): ' : 'Imported: '}${report.total} message(s): ${countsLine(report.counts)}.`);
      if (report.backfilledReminders > 0) io.out(`${report.backfilledReminders} reminder(s) fell due before today and were marked dropped (backfilled), not sent.`);
      if (report.noticesHeld > 0) io.out(`${report.noticesHeld} notice(s) about old mail were not mailed (see the quarantined lines above).`);
      const applications = await store.listApplications();
      const reminders = await store.listAllReminders();
      if (dryRun) {
        io.out(`Applications (${applications.length}):`);
        for (const line of applicationLines(applications)) io.out(line);
        io.out(`Reminder timeline (${reminders.length}):`);
        for (const line of reminderTimelineLines(reminders, new Map(applications.map((a) => [a.id, a.company])), local.settings.timeZone)) io.out(line);
      } else {
        const upcoming = reminders.filter((r) => r.status === 'pending').length;
        io.out(`${applications.length} application(s) stored, ${upcoming} reminder(s) pending: \`jobnudge serve\` sends them when due.`);
      }
      return report.problems.length > 0 ? 1 : 0;
    } finally {
      await embedded?.stop();
    }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DataDirBusyError || error instanceof ImportSourceError) {
      io.err(`jobnudge import: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
