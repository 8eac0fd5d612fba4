/**
 * "import cost at 1k and 10k" for `npm run bench`: `jobnudge import` of a generated mailbox, each
 * size in a fresh child process (its own heap, so peak RSS is the import's), timed from the command's
 * start to its end. The mail is made up here (job searches as they sit in a mailbox, plus other
 * mail), never stored. Prints figures only.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { DateTime } from 'luxon';
import { addSummaryRow } from './summary.ts';

const exec = promisify(execFile);
const IMPORT_NODE_OPTIONS = (JSON.parse(readFileSync(new URL('../cli/node-options.json', import.meta.url), 'utf8')) as { import: string[] }).import;
const HERE = fileURLToPath(import.meta.url);
const REPO = resolve(HERE, '../../..');
const ZONE = 'America/New_York';
const USER = 'pat.seeker@mail.example';
/** The sizes the issue names; the per-message cost must not grow between them. */
export const IMPORT_SIZES = [1_000, 10_000] as const;
/** The budget per message from 1k to 10k (+20%) and for the whole process (300 MB). */
export const MAX_PER_MESSAGE_GROWTH = 1.2;
export const MAX_PEAK_RSS_MB = 300;

const FIRST = ['Bluefin', 'Cobalt', 'Harbor', 'Juniper', 'Kestrel', 'Lumen', 'Meridian', 'Northwind', 'Orchard', 'Quarry', 'Redwood', 'Saffron', 'Tidewater', 'Umber', 'Vantage', 'Willow'];
const SECOND = ['Analytics', 'Logistics', 'Robotics', 'Health', 'Labs', 'Energy', 'Insurance', 'Media', 'Foods', 'Systems', 'Bank', 'Studios'];
const ROLES = ['Data Engineer', 'Backend Developer', 'Product Designer', 'Site Reliability Engineer', 'Account Executive', 'Financial Analyst'];
const PEOPLE = ['Jordan Lee', 'Priya Nair', 'Tomasz Wójcik', 'Alicia Gómez', 'Ben Carter', 'Mei Chen'];

function message(fields: { from: string; subject: string; date: DateTime; id: string; body: string }): string {
  return [
    `From: ${fields.from}`,
    `To: Pat Seeker <${USER}>`,
    `Subject: ${fields.subject}`,
    `Date: ${fields.date.toRFC2822()}`,
    `Message-ID: <${fields.id}@bench.example>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    fields.body,
    '',
  ].join('\r\n');
}

/**
 * The i-th message of a mailbox: applications of three messages each (confirmation, interview
 * invite, rejection, a few days apart, from different senders of one employer) with a newsletter
 * between them, all within the past year.
 */
export function benchMessage(index: number, total: number): string {
  const start = DateTime.fromISO('2025-12-01T09:00', { zone: ZONE });
  const at = start.plus({ minutes: Math.floor((index * 525_600) / Math.max(total, 1)) });
  const id = `m${index}`;
  if (index % 4 === 3) {
    return message({
      from: 'Reading Club <news@readingclub.example>',
      subject: `This week's picks (${index})`,
      date: at,
      id,
      body: `Hello Pat,\n\nHere are this week's book picks and a short essay on gardening.\n\nHappy reading,\nThe Reading Club`,
    });
  }
  const application = Math.floor(index / 4);
  const step = index % 4;
  const company = `${FIRST[application % FIRST.length]} ${SECOND[Math.floor(application / FIRST.length) % SECOND.length]} ${Math.floor(application / (FIRST.length * SECOND.length)) || ''}`.trim();
  const domain = `${company.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.example`;
  const role = ROLES[application % ROLES.length] as string;
  const person = PEOPLE[application % PEOPLE.length] as string;
  const personAddress = `${person.split(' ')[0]?.toLowerCase() ?? 'hr'}@${domain}`;
  if (step === 0) {
    return message({
      from: `${company} Careers <careers@${domain}>`,
      subject: `Thank you for applying to ${company}`,
      date: at,
      id,
      body: `Dear Pat,\n\nThank you for your application for the ${role} position at ${company}. We have received it and our team will review it within two weeks.\n\nBest regards,\nTalent Acquisition\n${company}`,
    });
  }
  if (step === 1) {
    const interview = at.plus({ days: 6 }).set({ hour: 14, minute: 0 });
    return message({
      from: `${person} <${personAddress}>`,
      subject: `Interview invitation: ${role} at ${company}`,
      date: at,
      id,
      body: `Hi Pat,\n\nThanks for applying for the ${role} role. We would like to invite you to a video interview on ${interview.toFormat("cccc, LLLL d, yyyy 'at' h:mm a")} Eastern Time with our hiring manager. It will last 45 minutes.\n\nPlease reply to confirm.\n\nBest,\n${person}\nRecruiter, ${company}`,
    });
  }
  return message({
    from: `${company} Recruiting <recruiting@${domain}>`,
    subject: `Your application for ${role}`,
    date: at,
    id,
    body: `Dear Pat,\n\nThank you for your interest in the ${role} position at ${company}. Unfortunately, we have decided to move forward with other candidates.\n\nWe wish you the best in your search.\n\n${company} Recruiting`,
  });
}

/** An mbox of `count` generated messages, written in pieces (10k messages are ~10 MB). */
async function writeMbox(path: string, count: number): Promise<void> {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(`From MAILER-DAEMON Mon Jan  1 00:00:00 2026\n${benchMessage(i, count).replace(/\r\n/g, '\n').replace(/^(>*From )/gm, '>$1')}\n`);
  await writeFile(path, parts.join(''));
}

interface ChildFigures {
  readonly messages: number;
  readonly ms: number;
  /** CPU time (user + system) of the child: steadier than wall time on a shared machine. */
  readonly cpuMs: number;
  readonly maxRssMb: number;
  readonly code: number;
}

/** In the child: one `jobnudge import` through the CLI's own command, then the figures as JSON. */
async function runChild(mbox: string, dataDir: string): Promise<void> {
  const { runImport } = await import('../cli/commands/import.ts');
  const quiet = { out: () => undefined, err: () => undefined };
  const start = performance.now();
  const before = process.resourceUsage();
  const cpuBefore = before.userCPUTime + before.systemCPUTime;
  const code = await runImport([mbox, '--data', dataDir, '--tz', ZONE], quiet, { isTTY: false, write: () => true });
  const ms = performance.now() - start;
  const usage = process.resourceUsage();
  const cpuMs = (usage.userCPUTime + usage.systemCPUTime - cpuBefore) / 1000;
  const figures: Omit<ChildFigures, 'messages'> = { ms, cpuMs, maxRssMb: usage.maxRSS / 1024, code };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

async function measure(count: number): Promise<ChildFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'jobnudge-import-bench-'));
  try {
    const mbox = join(dir, 'mailbox.mbox');
    await writeMbox(mbox, count);
    // The child starts with the Node options `jobnudge import` runs under (jobnudge.js relaunches with them).
    const { stdout } = await exec(process.execPath, [...IMPORT_NODE_OPTIONS, '--import', 'tsx', HERE, '--import-child', mbox, join(dir, 'data')], {
      cwd: REPO,
      maxBuffer: 1 << 20,
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    });
    const figures = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Omit<ChildFigures, 'messages'>;
    return { messages: count, ...figures };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Prints "import cost at 1k and 10k": ms per message and peak RSS, each size in its own process. */
export async function benchImport(sizes: readonly number[] = IMPORT_SIZES): Promise<void> {
  console.log('\n== import cost at 1k and 10k (generated mailbox, one child process per size) ==');
  const rows: ChildFigures[] = [];
  for (const size of sizes) {
    const figures = await measure(size);
    rows.push(figures);
    const verdict = figures.maxRssMb <= MAX_PEAK_RSS_MB ? 'ok' : `over ${MAX_PEAK_RSS_MB} MB`;
    addSummaryRow({ section: 'import', measure: `ms per message at ${size}`, value: `${(figures.ms / size).toFixed(2)} ms (CPU ${(figures.cpuMs / size).toFixed(2)} ms)` });
    addSummaryRow({ section: 'import', measure: `peak RSS at ${size}`, value: `${figures.maxRssMb.toFixed(0)} MB`, target: `≤ ${MAX_PEAK_RSS_MB} MB`, met: figures.maxRssMb <= MAX_PEAK_RSS_MB });
    console.log(
      `${String(size).padStart(6)} messages: ${(figures.ms / size).toFixed(2)} ms/message (${(figures.ms / 1000).toFixed(1)} s; CPU ${(figures.cpuMs / size).toFixed(2)} ms/message), peak RSS ${figures.maxRssMb.toFixed(0)} MB (${verdict})${figures.code === 0 ? '' : `, exit ${figures.code}`}`,
    );
  }
  const [small, large] = [rows[0], rows.at(-1)];
  if (small && large && small !== large) {
    const growth = large.ms / large.messages / (small.ms / small.messages);
    const cpuGrowth = large.cpuMs / large.messages / (small.cpuMs / small.messages);
    console.log(`per-message cost ${large.messages} vs ${small.messages}: ${growth.toFixed(2)}x wall, ${cpuGrowth.toFixed(2)}x CPU (budget ${MAX_PER_MESSAGE_GROWTH}x: ${growth <= MAX_PER_MESSAGE_GROWTH ? 'ok' : 'over'})`);
    addSummaryRow({ section: 'import', measure: `ms per message, ${large.messages} over ${small.messages}`, value: `×${growth.toFixed(2)}`, target: `≤ ${MAX_PER_MESSAGE_GROWTH}`, met: growth <= MAX_PER_MESSAGE_GROWTH });
    // CPU beside wall: on a shared machine the other agents' load lands in wall time only.
    addSummaryRow({ section: 'import', measure: `CPU ms per message, ${large.messages} over ${small.messages}`, value: `×${cpuGrowth.toFixed(2)}`, target: `≤ ${MAX_PER_MESSAGE_GROWTH}`, met: cpuGrowth <= MAX_PER_MESSAGE_GROWTH });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--import-child');
  if (at >= 0) await runChild(process.argv[at + 1] as string, process.argv[at + 2] as string);
  // `tsx shared/bench/import-bench.ts [N...]`: this section alone.
  else {
    const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
    await benchImport(sizes.length > 0 ? sizes : IMPORT_SIZES);
  }
}
