/**
 * `npm run bench`: how well and how fast jobnudge reads job mail, on the labeled corpus beside the
 * checkout. Prints figures only: never a body or an address.
 *
 *   --only SECTION[,SECTION]   run only these sections (and the summary), e.g. `--only speed` while
 *                              working on speed; the names are SECTIONS below
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyzeMessage } from '../analyze.ts';
import type { EventKind } from '../domain/kinds.ts';
import { corpusAvailable, loadCorpus, splitBySource, type CorpusItem } from './corpus.ts';
import { corpusItemToEml, type EmlFormat } from './corpus-eml.ts';
import {
  formatInterviewTimeScore,
  labelCoverage,
  loadInterviewTimeLabels,
  scoreInterviewTimes,
  type InterviewTimeCase,
  type InterviewTimeLabels,
} from './interview-time-eval.ts';
import { formatReport, scoreClassification, type LabelPair } from './metrics.ts';
import { formatGrowth, measureInputGrowth, summarizeGrowth } from './growth.ts';
import { formatScores, formatTargets, readAll, scoreCases } from './reading-eval.ts';
import { READING_LAYOUTS, READING_ROUTES, readingItemToEml } from './reading-eml.ts';
import { loadReadingSet, READING_USER_ZONE, TUNE_SOURCES } from './reading-set.ts';
import { benchReminders } from './reminders-bench.ts';
import { benchPage } from './page-bench.ts';
import { measureReadingSpeed, reportReadingSpeed } from './reading-speed.ts';
import { formatSummary } from './summary.ts';
import { benchBundles } from './bundles-bench.ts';
import { benchImport } from './import-bench.ts';
import { benchCliStartup } from './cli-bench.ts';

const USER_ADDRESS = 'pat.seeker@mail.example';
const TIME_ZONE = 'America/New_York';
const FORMATS: readonly EmlFormat[] = ['direct', 'gmail', 'outlook', 'apple', 'thunderbird', 'rfc822'];
const FIXTURE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/eml');

/**
 * Sections by name, in the order they run. `quality` and `times` need the corpus; `speed` runs on
 * the corpus, or on the fixtures without it; `speed-reading` times the tune split of the reading
 * set, every layout and route (the check split stays unread while working).
 */
const SECTIONS = ['quality', 'times', 'fixture-times', 'reading', 'speed', 'speed-reading', 'growth', 'reminders', 'page', 'bundles', 'import', 'cli'] as const;
type Section = (typeof SECTIONS)[number];
/** What a plain `npm run bench` runs: every section but the extra speed sample. */
const DEFAULT_SECTIONS: readonly Section[] = SECTIONS.filter((name) => name !== 'speed-reading');

function chosenSections(): ReadonlySet<Section> {
  const { values } = parseArgs({ options: { only: { type: 'string' } }, strict: true });
  if (values.only === undefined) return new Set(DEFAULT_SECTIONS);
  const names = values.only.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !(SECTIONS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`--only: unknown section ${unknown.join(', ')}; one of ${SECTIONS.join(', ')}`);
  return new Set(names as Section[]);
}

interface Message {
  readonly item: CorpusItem;
  readonly format: EmlFormat;
  readonly raw: Buffer;
}

/** What the bench keeps of each analysis. */
interface Outcome {
  readonly kind: EventKind;
  readonly interviewAt: string | null;
}

/**
 * Each original gets its own Date, an hour apart; an item whose time label depends on the send date
 * ("tomorrow", a weekday) gets the date recorded with the label instead.
 */
async function buildMessages(items: readonly CorpusItem[], sentAt: ReadonlyMap<string, Date>): Promise<Message[]> {
  const base = Date.UTC(2026, 9, 5, 14, 0);
  const messages: Message[] = [];
  for (const [index, item] of items.entries()) {
    const date = sentAt.get(item.id) ?? new Date(base + index * 3_600_000);
    for (const format of FORMATS) {
      messages.push({ item, format, raw: await corpusItemToEml(item, format, { userAddress: USER_ADDRESS, date, timeZone: TIME_ZONE }) });
    }
  }
  return messages;
}

async function analyzeAll(messages: readonly Message[]): Promise<Map<Message, Outcome>> {
  const outcomes = new Map<Message, Outcome>();
  for (const message of messages) {
    const analysis = await analyzeMessage(message.raw, { timeZone: TIME_ZONE });
    outcomes.set(message, { kind: analysis.kind, interviewAt: analysis.interviewAt });
  }
  return outcomes;
}

function section(title: string): void {
  console.log(`\n== ${title} ==`);
}

function benchQuality(messages: readonly Message[], items: readonly CorpusItem[], outcomes: ReadonlyMap<Message, Outcome>): void {
  const pairs = new Map<Message, LabelPair>(messages.map((m) => [m, { expected: m.item.label, actual: outcomes.get(m)!.kind }]));
  const direct = messages.filter((m) => m.format === 'direct');
  section('classification: each corpus item sent directly (parse → unwrap → classify)');
  console.log(formatReport(scoreClassification(direct.map((m) => pairs.get(m)!)), 'direct'));
  section('classification: all items in every forward format');
  console.log(formatReport(scoreClassification([...pairs.values()]), `all formats (${FORMATS.join(', ')})`));
  const { check } = splitBySource(items);
  const checkIds = new Set(check.map((i) => i.id));
  section('classification: check split only (sources the rules were not tuned on)');
  console.log(formatReport(scoreClassification(direct.filter((m) => checkIds.has(m.item.id)).map((m) => pairs.get(m)!)), 'check split, direct'));
  const byFormat = FORMATS.map((format) => {
    const score = scoreClassification(messages.filter((m) => m.format === format).map((m) => pairs.get(m)!));
    return `${format.padEnd(12)} accuracy ${score.accuracy.toFixed(3)}  macro-F1 ${score.macroF1.toFixed(3)}`;
  });
  section('classification by forward format');
  console.log(byFormat.join('\n'));
}

function benchInterviewTimes(messages: readonly Message[], outcomes: ReadonlyMap<Message, Outcome>, labels: InterviewTimeLabels): void {
  const byId = new Map(labels.corpus.map((label) => [label.id, label]));
  const casesFor = (format: EmlFormat): InterviewTimeCase[] =>
    messages.flatMap((m) => {
      const label = m.format === format ? byId.get(m.item.id) : undefined;
      if (label === undefined) return [];
      return [{ id: m.item.id, expected: label.expected, userZone: TIME_ZONE, actual: outcomes.get(m)!.interviewAt, pattern: label.pattern }];
    });
  const forwards = FORMATS.filter((format) => format !== 'direct');
  const withTime = labels.corpus.filter((label) => label.expected !== null).length;
  section('interview time: corpus interview items with a hand-made time label (interview-times.json)');
  console.log(`${labels.corpus.length} labeled, ${withTime} with a confirmed time, ${labels.corpus.length - withTime} expected null; user zone ${TIME_ZONE}`);
  console.log(formatInterviewTimeScore(scoreInterviewTimes(casesFor('direct')), 'direct'));
  console.log(formatInterviewTimeScore(scoreInterviewTimes(forwards.flatMap(casesFor)), `all forward formats (${forwards.join(', ')})`, { listMistakes: false }));
  for (const format of forwards) {
    console.log(formatInterviewTimeScore(scoreInterviewTimes(casesFor(format)), format));
  }
}

/** The project's own fixtures: in the checkout, so measured even without the corpus. */
async function benchFixtureTimes(labels: InterviewTimeLabels): Promise<void> {
  const cases: InterviewTimeCase[] = [];
  for (const fixture of labels.fixtures) {
    const analysis = await analyzeMessage(readFileSync(resolve(FIXTURE_DIR, fixture.file)), { timeZone: fixture.userZone });
    cases.push({ id: fixture.file, expected: fixture.expected, userZone: fixture.userZone, actual: analysis.interviewAt });
  }
  const withTime = labels.fixtures.filter((label) => label.expected !== null).length;
  section('interview time: project fixtures (test/fixtures/eml, each in its own user zone)');
  console.log(`${cases.length} fixtures, ${withTime} with a confirmed time`);
  console.log(formatInterviewTimeScore(scoreInterviewTimes(cases), 'fixtures'));
}

/** Field-level reading on the project's own labelled mail (also `npm run bench:reading`, with misses). */
async function benchReading(): Promise<void> {
  const cases = await readAll();
  section('reading: our own labelled mail (test/fixtures/reading), flat + wrapped at 72, direct + Gmail forward');
  const check = scoreCases(cases.filter((c) => c.split === 'check'));
  console.log(formatScores({ tune: scoreCases(cases.filter((c) => c.split === 'tune')), check, all: scoreCases(cases) }));
  section('reading targets (issue #10), on the check split');
  console.log(formatTargets(check));
}

/** Whole pipeline against the parse it starts with (reading-speed.ts), on the messages given. */
async function benchSpeed(messages: readonly Uint8Array[], label: string): Promise<void> {
  section('speed: the whole pipeline against its own MIME parse (same parser, same options)');
  console.log(reportReadingSpeed(await measureReadingSpeed(messages, TIME_ZONE), label));
}

async function benchGrowth(): Promise<void> {
  section('input growth: analysis time at 100 KB over 10 KB (linear is about 10)');
  const growth = await measureInputGrowth();
  summarizeGrowth(growth);
  console.log(formatGrowth(growth));
}

/** The reading set's tune split as raw messages: every item in every layout and route, as bench:reading sends them. */
async function readingTuneMessages(): Promise<Uint8Array[]> {
  const messages: Uint8Array[] = [];
  for (const { item } of loadReadingSet().filter(({ source }) => TUNE_SOURCES.has(source))) {
    for (const layout of READING_LAYOUTS) {
      for (const route of READING_ROUTES) {
        messages.push(await readingItemToEml(item, { layout, route, userAddress: USER_ADDRESS, userZone: READING_USER_ZONE }));
      }
    }
  }
  return messages;
}

/** Raw bytes of the project's own .eml fixtures: the speed sample when the corpus is absent. */
function fixtureMessages(): Uint8Array[] {
  return readdirSync(FIXTURE_DIR)
    .filter((name) => name.endsWith('.eml'))
    .sort()
    .map((name) => readFileSync(resolve(FIXTURE_DIR, name)));
}

/**
 * The table every section fed (summary.ts). A section of another measure (bundles, cold start,
 * import, page) adds its rows with addSummaryRow and is called from main() before this.
 */
function printSummary(): void {
  section('summary');
  console.log(formatSummary());
}

async function main(): Promise<void> {
  const only = chosenSections();
  const timeLabels = loadInterviewTimeLabels();
  if (timeLabels.corpusUserZone !== TIME_ZONE) {
    throw new Error(`interview-times.json assumes user zone ${timeLabels.corpusUserZone} but the bench runs in ${TIME_ZONE}`);
  }
  const withCorpus = corpusAvailable();
  if (!withCorpus) console.log('bench: ../shared/corpus is absent beside this checkout; only the fixtures are measured');
  let messages: Message[] = [];
  if (withCorpus && (only.has('quality') || only.has('times') || only.has('speed'))) {
    const items = loadCorpus();
    const coverage = labelCoverage(timeLabels.corpus, items);
    const gaps: [string, readonly string[]][] = [
      ['interview items without a time label', coverage.unlabeled],
      ['labeled ids not in the corpus', coverage.unknown],
      ['labeled ids no longer labeled interview', coverage.notInterview],
    ];
    for (const [what, ids] of gaps) {
      if (ids.length > 0) console.log(`interview-times.json: ${what}: ${ids.join(', ')}`);
    }
    const sentAt = new Map(timeLabels.corpus.flatMap((label) => (label.sentAt === undefined ? [] : [[label.id, new Date(label.sentAt)] as const])));
    messages = await buildMessages(items, sentAt);
    console.log(`corpus: ${items.length} labeled emails, ${messages.length} messages built (${FORMATS.length} formats each)`);
    if (only.has('quality') || only.has('times')) {
      const outcomes = await analyzeAll(messages);
      if (only.has('quality')) benchQuality(messages, items, outcomes);
      if (only.has('times')) benchInterviewTimes(messages, outcomes, timeLabels);
    }
  }
  if (only.has('fixture-times')) await benchFixtureTimes(timeLabels);
  if (only.has('reading')) await benchReading();
  if (only.has('speed')) {
    if (withCorpus) await benchSpeed(messages.map((m) => m.raw), `corpus, ${FORMATS.length} formats`);
    else await benchSpeed(fixtureMessages(), 'project fixtures');
  }
  if (only.has('speed-reading')) await benchSpeed(await readingTuneMessages(), 'reading set, tune split, flat + wrapped, direct + Gmail');
  if (only.has('growth')) await benchGrowth();
  if (only.has('reminders')) await benchReminders();
  if (only.has('page')) await benchPage();
  if (only.has('bundles')) benchBundles(section);
  if (only.has('import')) await benchImport();
  if (only.has('cli')) await benchCliStartup();
  printSummary();
}

await main();
