import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UNCHECKED_VERDICTS } from '../applications/envelope.ts';
import { ManualClock, type Clock } from '../domain/clock.ts';
import type { Outcome } from '../domain/kinds.ts';
import type { Logger } from '../logging/logger.ts';
import { MailParseError, MAX_RAW_BYTES } from '../mail/index.ts';
import type { Mailer } from '../mailer/mailer.ts';
import { processInbound } from '../pipeline/process-inbound.ts';
import type { ReminderScheduler } from '../scheduler/reminder-scheduler.ts';
import type { ApplicationStore } from '../store/application-store.ts';
import { ReminderStatusConflictError } from '../store/application-store.ts';
import { importFacts } from './import-facts.ts';
import { withApplicationsInMemory } from './import-store.ts';
import type { LocalSettings } from './local-config.ts';
import { trustedSettingsFor } from './local-config.ts';
import { indexMboxFile, mboxMessage, type MboxRange } from './mbox.ts';
import { contentMessageId, saveRaw } from './raw-store.ts';

/** Why backfilled reminders in the past are not sent: stated on each one, shown on the page. */
export const BACKFILL_DROP_REASON = 'backfilled: it fell due before the import, so it was not sent';

/** One message of the import, numbered from 1 in the order of the mbox or the folder listing. */
export interface ImportItem {
  readonly index: number;
  /** "message 17" (mbox) or the file name (folder): never content. */
  readonly label: string;
  load(): Promise<Buffer>;
}

export class ImportSourceError extends Error {
  override readonly name = 'ImportSourceError';
}

/** A folder of .eml files (sorted by name), or an mbox file. */
export async function importItems(path: string): Promise<ImportItem[]> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new ImportSourceError(`cannot read ${path} (${(error as { code?: string }).code ?? 'error'})`);
  }
  if (info.isDirectory()) {
    const names = (await readdir(path)).filter((name) => name.toLowerCase().endsWith('.eml')).sort();
    // An empty or wrong folder is a mistake to report, not an import of nothing.
    if (names.length === 0) throw new ImportSourceError(`no .eml files in ${path}`);
    return names.map((name, i) => ({ index: i + 1, label: name, load: () => readFile(join(path, name)) }));
  }
  const ranges = await indexMboxFile(path);
  if (ranges.length === 0) throw new ImportSourceError(`${path} is not an mbox file: no "From " line starts a message`);
  return ranges.map((range, i) => ({ index: i + 1, label: `message ${i + 1}`, load: () => readMboxMessage(path, range) }));
}

/**
 * One message of an mbox, read from its place in the file when needed: only offsets are held, so
 * a mailbox export of any size imports in the memory of its largest message.
 */
async function readMboxMessage(path: string, range: MboxRange): Promise<Buffer> {
  const length = range.end - range.start;
  // Refused before reading: a broken mbox can make one "message" of gigabytes.
  if (length > MAX_RAW_BYTES) throw new MailParseError(`message is ${length} bytes, above the ${MAX_RAW_BYTES}-byte limit`);
  const file = await open(path, 'r');
  try {
    const bytes = Buffer.alloc(length);
    let filled = 0;
    while (filled < length) {
      const { bytesRead } = await file.read(bytes, filled, length - filled, range.start + filled);
      if (bytesRead === 0) break; // the file shrank since it was indexed
      filled += bytesRead;
    }
    return mboxMessage(bytes.subarray(0, filled));
  } finally {
    await file.close();
  }
}

export interface ImportDeps {
  readonly store: ApplicationStore;
  readonly scheduler: ReminderScheduler;
  /** Notices of a backfill are held here, not mailed (see importMail). */
  readonly mailer: Mailer;
  readonly local: LocalSettings;
  /** The real time: reminders due before it are settled as backfilled. */
  readonly clock: Clock;
  readonly logger: Logger;
  /** Keep raw copies under `<dataDir>/raw` (null for a dry run: rawKey is the item's label). */
  readonly dataDir: string | null;
  /**
   * Whose mail is acted on. `own-mailbox` (the default): the user's own mailbox, so each message's
   * From counts as theirs. `allowed-senders`: only mail the trust check accepts for the configured
   * allowedSenders (import --allow), as serve --allow judges SMTP mail.
   */
  readonly trust?: 'own-mailbox' | 'allowed-senders';
}

/**
 * Messages read and saved together. Each raw copy is flushed to disk before its rename (raw-store.ts);
 * one at a time, those flushes were most of an import's time, and written side by side the file
 * system commits them together. Small enough that the window's bytes are never a memory concern.
 */
export const RAW_WINDOW = 32;

type Prepared = { item: ImportItem; from: string | null; at: Date } & (
  | { raw: Buffer; messageId: string; rawKey: string }
  | { error: unknown }
);

/** One message loaded and its raw copy kept; a failure is carried to its turn, so order and counts hold. */
async function prepare(entry: { item: ImportItem; date: Date | null; from: string | null }, now: Date, dataDir: string | null): Promise<Prepared> {
  const { item, date, from } = entry;
  const at = date !== null && date.getTime() < now.getTime() ? date : now;
  const raw = await item.load();
  const messageId = contentMessageId(raw);
  try {
    const receipt = { messageId, source: from ?? '', receivedAt: at.toISOString(), via: 'import' as const };
    const rawKey = dataDir === null ? item.label : (await saveRaw(dataDir, raw, receipt)).path;
    return { item, from, at, raw, messageId, rawKey };
  } catch (error) {
    return { item, from, at, error };
  }
}

export interface ImportReport {
  readonly total: number;
  readonly counts: Readonly<Record<Outcome | 'unreadable' | 'failed', number>>;
  /** Items that could not be read as mail, or failed in the pipeline: index and error class only. */
  readonly problems: readonly { readonly index: number; readonly label: string; readonly problem: string }[];
  readonly quarantined: readonly { readonly index: number; readonly label: string; readonly reason: string }[];
  readonly backfilledReminders: number;
  readonly noticesHeld: number;
}

/**
 * Backfill: every message in order of its original Date, each processed with the clock at that
 * Date, so applications, stages and planned reminders come out as if the mail had been forwarded
 * when it arrived. Nothing from the past is mailed: reminders that fell due before now are settled
 * as dropped (BACKFILL_DROP_REASON) instead of going out in a burst, and notices (e.g. "which
 * company?") are held (counted, shown) rather than mailed for old mail. Reminders still in the
 * future stay pending and are sent by `serve` as usual. Messages are the user's own mailbox, chosen
 * by them, so each message's own From counts as trusted for it. Re-importing is harmless: message
 * ids are content hashes, so a message seen before is replayed, not added twice.
 */
export async function importMail(
  items: readonly ImportItem[],
  deps: ImportDeps,
  onProgress: (done: number, counts: ImportReport['counts']) => void = () => undefined,
): Promise<ImportReport> {
  const counts = { processed: 0, duplicate: 0, ignored: 0, quarantined: 0, unreadable: 0, failed: 0 };
  const problems: { index: number; label: string; problem: string }[] = [];
  const quarantined: { index: number; label: string; reason: string }[] = [];
  const readable: { item: ImportItem; date: Date | null; from: string | null }[] = [];
  let done = 0;

  for (const item of items) {
    try {
      const { date, from } = await importFacts(await item.load(), deps.local.settings.timeZone);
      readable.push({ item, date, from });
    } catch (error) {
      if (!(error instanceof MailParseError)) throw error;
      counts.unreadable++;
      done++;
      problems.push({ index: item.index, label: item.label, problem: `not readable as an email (${error.name}); skipped` });
      onProgress(done, counts);
    }
  }
  // Undated mail goes last, in file order (the sort is stable).
  readable.sort((a, b) => (a.date?.getTime() ?? Number.POSITIVE_INFINITY) - (b.date?.getTime() ?? Number.POSITIVE_INFINITY));

  const now = deps.clock.now();
  let noticesHeld = 0;
  const countingMailer: Mailer = {
    send: (message) => {
      noticesHeld++;
      return deps.mailer.send(message);
    },
  };
  const touched = new Set<string>();
  const store = withApplicationsInMemory(deps.store);

  // Read, save and process in windows: only RAW_WINDOW messages are held at a time, and their raw
  // copies are written together (see RAW_WINDOW) before the first of them is processed.
  for (let start = 0; start < readable.length; start += RAW_WINDOW) {
    const window = readable.slice(start, start + RAW_WINDOW);
    const prepared = await Promise.all(window.map((entry) => prepare(entry, now, deps.dataDir)));
    for (const entry of prepared) {
      const { item, from, at } = entry;
      try {
        if ('error' in entry) throw entry.error;
        const { raw, messageId, rawKey } = entry;
        const result = await processInbound(
          { messageId, rawKey, raw, envelope: { source: from ?? '', verdicts: UNCHECKED_VERDICTS }, receivedAt: at.toISOString() },
          {
            store,
            scheduler: deps.scheduler,
            mailer: countingMailer,
            settings: trustedSettingsFor({ ...deps.local, acceptAnySender: deps.trust !== 'allowed-senders' }, [from]),
            clock: new ManualClock(at),
            logger: deps.logger,
          },
        );
        counts[result.outcome]++;
        if (result.outcome === 'processed' && result.application !== null) touched.add(result.application.id);
        if (result.outcome === 'quarantined') quarantined.push({ index: item.index, label: item.label, reason: result.reason });
      } catch (error) {
        counts.failed++;
        const name = error instanceof Error ? error.name : 'error';
        problems.push({ index: item.index, label: item.label, problem: `failed in the pipeline (${name}); skipped` });
        deps.logger.error('import: message failed', { index: item.index }, error);
      }
      done++;
      onProgress(done, counts);
    }
  }

  const backfilledReminders = await settleBackfilled(deps.store, touched, now);
  return { total: items.length, counts, problems, quarantined, backfilledReminders, noticesHeld };
}

/**
 * Status changes of the backfill sent to the store at once: each is its own conditional update
 * (DynamoDB's BatchWriteItem takes no conditions), so they are batched by overlapping them, which
 * spares one round trip's wait each. Small enough not to queue up in the embedded database.
 */
export const BACKFILL_WRITES_IN_FLIGHT = 16;

/**
 * Pending reminders of the imported applications that were due before `now` become dropped with
 * BACKFILL_DROP_REASON; other applications' overdue reminders are left for `serve`. Returns how many.
 */
async function settleBackfilled(store: ApplicationStore, applicationIds: ReadonlySet<string>, now: Date): Promise<number> {
  const due = (await store.listAllReminders('pending')).filter((r) => applicationIds.has(r.applicationId) && Date.parse(r.fireAt) < now.getTime());
  let settled = 0;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < due.length) {
      const reminder = due[next++] as (typeof due)[number];
      try {
        await store.updateReminderStatus(reminder.applicationId, reminder.reminderId, { from: ['pending'], to: 'dropped', statusReason: BACKFILL_DROP_REASON });
        settled++;
      } catch (error) {
        if (!(error instanceof ReminderStatusConflictError)) throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(BACKFILL_WRITES_IN_FLIGHT, due.length) }, worker));
  return settled;
}
