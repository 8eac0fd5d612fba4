import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import { UNCHECKED_VERDICTS } from '../../applications/envelope.ts';
import { UserSettingsSchema, type UserSettings } from '../../config/settings.ts';
import { describeIssues } from '../../config/zod-errors.ts';
import type { ReminderRecord, ReminderStatus } from '../../domain/application.ts';
import { ManualClock } from '../../domain/clock.ts';
import { silentLogger } from '../../logging/logger.ts';
import { readMail } from '../../mail/index.ts';
import { reminderMessageKey } from '../../mailer/message-id.ts';
import { RecordingMailer } from '../../mailer/recording-mailer.ts';
import type { PipelineDeps } from '../../pipeline/deps.ts';
import { fireDueUpTo } from '../../pipeline/fire-due.ts';
import { processInbound } from '../../pipeline/process-inbound.ts';
import type { RuleId } from '../../policy/rule-ids.ts';
import { RecordingReminderScheduler } from '../../scheduler/recording-reminder-scheduler.ts';
import { MemoryApplicationStore } from '../../store/memory-application-store.ts';
import type { CliIo } from '../io.ts';
import { checkOutputDirectory } from '../../local/data-dir.ts';
import { localeFlag } from '../locale-flag.ts';
import { fileProblem } from '../path-error.ts';
import { resolveTimeZone } from '../time-zone.ts';
import { parseUntil } from '../until.ts';
import { UsageError } from '../usage-error.ts';

/**
 * Addresses a simulation without --config mails to and from. `.invalid` (RFC 2606) can never be a
 * real mailbox, and the recording mailer sends nothing anyway.
 */
export const SIMULATED_NOTIFY_ADDRESS = 'you@jobnudge.invalid';
export const SIMULATED_SENDER_ADDRESS = 'reminders@jobnudge.invalid';

/** The stable, documented shape of one `plan --json` line: a reminder and its final state. */
export interface PlanLine {
  /** `<company> — <role>` (just the company when the role is unknown). */
  application: string;
  rule: RuleId;
  /** ISO-8601 with the user's zone offset. */
  fireAt: string;
  status: ReminderStatus;
}

interface MailFile {
  readonly file: string;
  readonly index: number;
  readonly raw: Buffer;
  readonly date: Date;
  readonly outerFrom: string | null;
}

class SettingsFileError extends Error {
  override readonly name = 'SettingsFileError';
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`invalid settings in ${file}`);
  }
}

/**
 * `jobnudge plan`: a simulation through the real pipeline (ingest, policy, reminder firing and
 * rendering) with an in-memory store, a recording scheduler and mailer, and a clock that moves to
 * each file's original Date in turn. Every file counts as forwarded by you: its outer From is
 * added to allowedSenders (a real deployment accepts only your own addresses).
 */
export async function runPlan(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      json: { type: 'boolean', default: false },
      tz: { type: 'string' },
      locale: { type: 'string' },
      config: { type: 'string' },
      until: { type: 'string' },
      render: { type: 'string' },
    },
    allowPositionals: true,
  });
  if (positionals.length === 0) throw new UsageError('plan needs at least one .eml file');
  const locale = localeFlag(values.locale);

  let configured: UserSettings | null;
  try {
    configured = values.config === undefined ? null : await readSettingsFile(values.config);
  } catch (error) {
    if (!(error instanceof SettingsFileError)) throw error;
    io.err(`jobnudge plan: ${error.message}:`);
    for (const problem of error.problems) io.err(`  - ${problem}`);
    return 2;
  }
  const timeZone = values.tz !== undefined || configured === null ? resolveTimeZone(values.tz) : configured.timeZone;
  const until = values.until === undefined ? null : parseUntil(values.until, timeZone);
  // Checked before the simulation runs, so a mistake costs nothing and prints one line.
  if (values.render !== undefined) await checkOutputDirectory(values.render, '--render');

  let failed = 0;
  const fail = (file: string, message: string): void => {
    failed++;
    if (values.json) io.out(JSON.stringify({ file, error: message }));
    else io.err(`${file}: ${message}`);
  };

  const files: MailFile[] = [];
  for (const [index, file] of positionals.entries()) {
    try {
      files.push(await readMailFile(file, index, timeZone));
    } catch (error) {
      fail(file, fileProblem(error) ?? (error instanceof Error ? error.message : String(error)));
    }
  }
  files.sort((a, b) => a.date.getTime() - b.date.getTime() || a.index - b.index);

  const senders = new Set([...(configured?.allowedSenders ?? []), ...files.flatMap((f) => (f.outerFrom ? [f.outerFrom] : []))]);
  if (senders.size === 0) return failed > 0 ? 1 : 0;
  const settings = UserSettingsSchema.parse({
    ...(configured ?? { notifyAddress: SIMULATED_NOTIFY_ADDRESS, senderAddress: SIMULATED_SENDER_ADDRESS }),
    timeZone,
    // The flag wins over the config's locale; without either, the zone's style.
    ...(locale !== undefined ? { locale } : {}),
    allowedSenders: [...senders],
  });

  const store = new MemoryApplicationStore();
  const scheduler = new RecordingReminderScheduler();
  const mailer = new RecordingMailer({ allowedRecipient: settings.notifyAddress });
  const clock = new ManualClock(files[0]?.date ?? new Date());
  const deps: PipelineDeps = { store, scheduler, mailer, settings, clock, logger: silentLogger };

  for (const mail of files) {
    // Everything due before this email fires first, each at its own time.
    await fireDueUpTo(new Date(mail.date.getTime() - 1), deps, { scheduler, clock });
    clock.set(new Date(Math.max(clock.now().getTime(), mail.date.getTime())));
    try {
      const result = await processInbound(
        {
          messageId: `plan-${mail.index + 1}`,
          rawKey: mail.file,
          raw: mail.raw,
          envelope: { source: mail.outerFrom ?? '', verdicts: UNCHECKED_VERDICTS },
          receivedAt: mail.date.toISOString(),
        },
        deps,
      );
      if (result.outcome !== 'processed') io.err(`${mail.file}: ${result.outcome} (${result.reason})`);
    } catch (error) {
      fail(mail.file, error instanceof Error ? error.message : String(error));
    }
  }
  if (until !== null) await fireDueUpTo(until, deps, { scheduler, clock });

  const lines = await finalStates(scheduler, store);
  if (values.json) for (const { line } of lines) io.out(JSON.stringify(line));
  else io.out(table(lines.map((l) => l.line), timeZone));
  if (values.render !== undefined) await render(values.render, lines, mailer);
  return failed > 0 ? 1 : 0;
}

async function readSettingsFile(file: string): Promise<UserSettings> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new SettingsFileError(file, [error instanceof SyntaxError ? `not valid JSON (${error.message})` : (error as Error).message]);
  }
  const parsed = UserSettingsSchema.safeParse(value);
  if (!parsed.success) throw new SettingsFileError(file, describeIssues(parsed.error));
  return parsed.data;
}

async function readMailFile(file: string, index: number, timeZone: string): Promise<MailFile> {
  const raw = await readFile(file);
  const mail = await readMail(raw, { timeZone });
  const date = mail.original.date ?? mail.outer.date;
  if (date === null || Number.isNaN(date.getTime())) throw new Error('no Date header: the simulation cannot place it in time');
  return { file, index, raw, date, outerFrom: mail.outer.from?.address ?? null };
}

interface FinalState {
  readonly line: PlanLine;
  readonly record: ReminderRecord;
}

/**
 * Every reminder ever planned, with its final state. A re-timed reminder keeps its id but gets a
 * new plan (and schedule): the earlier plan is reported as cancelled, since the store holds only
 * the current one.
 */
async function finalStates(scheduler: RecordingReminderScheduler, store: MemoryApplicationStore): Promise<FinalState[]> {
  const seen = new Set<string>();
  const out: FinalState[] = [];
  for (const { reminder } of scheduler.created) {
    const key = `${reminder.scheduleName} ${reminder.fireAt}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const stored = await store.getReminder(reminder.applicationId, reminder.reminderId);
    const current = stored !== null && stored.scheduleName === reminder.scheduleName && stored.fireAt === reminder.fireAt;
    const record = current ? stored : { ...reminder, status: 'cancelled' as const };
    const application = await store.getApplication(reminder.applicationId);
    const label = application ? [application.company, application.role].filter(Boolean).join(' — ') : reminder.applicationId;
    out.push({ record, line: { application: label, rule: record.rule, fireAt: record.fireAt, status: record.status } });
  }
  return out.sort((a, b) => Date.parse(a.line.fireAt) - Date.parse(b.line.fireAt) || a.line.application.localeCompare(b.line.application));
}

function table(lines: readonly PlanLine[], timeZone: string): string {
  if (lines.length === 0) return 'No reminders were planned.';
  const rows = lines.map((l) => [
    DateTime.fromISO(l.fireAt, { setZone: true }).toFormat('ccc yyyy-LL-dd HH:mm ZZ'),
    l.status,
    l.rule,
    l.application,
  ]);
  const header = [`fires at (${timeZone})`, 'status', 'rule', 'application'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const format = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return [format(header), ...rows.map(format)].join('\n');
}

/** Names safe on every file system: the rule id and a slug of the company. */
function fileStem(position: number, record: ReminderRecord, application: string): string {
  const slug = application
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `${String(position).padStart(2, '0')}-${record.reminderId}-${slug || 'application'}`;
}

/** Each sent reminder as the raw message the mailer composed (.eml) and its HTML part (.html). */
async function render(directory: string, states: readonly FinalState[], mailer: RecordingMailer): Promise<void> {
  await mkdir(directory, { recursive: true });
  const byKey = new Map(mailer.sent.map((email) => [email.message.messageKey, email]));
  let position = 0;
  for (const { record, line } of states) {
    if (record.status !== 'sent') continue;
    const email = byKey.get(reminderMessageKey(record.applicationId, record.reminderId));
    if (!email) continue;
    const stem = fileStem(++position, record, line.application);
    await writeFile(join(directory, `${stem}.eml`), email.raw);
    await writeFile(join(directory, `${stem}.html`), email.message.html);
  }
}
