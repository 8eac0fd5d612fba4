/**
 * `npm run bench`: how well and how fast jobnudge reads job mail, on the labeled corpus beside the
 * checkout. Prints figures only: never a body or an address.
 */
import { simpleParser } from 'mailparser';
import { analyzeMessage } from '../analyze.ts';
import { corpusAvailable, loadCorpus, splitBySource, type CorpusItem } from './corpus.ts';
import { corpusItemToEml, type EmlFormat } from './corpus-eml.ts';
import { formatReport, scoreClassification, type LabelPair } from './metrics.ts';
import { median, medianMs } from './timing.ts';

const USER_ADDRESS = 'pat.seeker@mail.example';
const TIME_ZONE = 'America/New_York';
/** Each message is timed this many times; the median resists GC pauses and the other core's load. */
const TIMING_ROUNDS = 7;
const FORMATS: readonly EmlFormat[] = ['direct', 'gmail', 'outlook', 'apple', 'thunderbird', 'rfc822'];

interface Message {
  readonly item: CorpusItem;
  readonly format: EmlFormat;
  readonly raw: Buffer;
}

async function buildMessages(items: readonly CorpusItem[]): Promise<Message[]> {
  const base = Date.UTC(2026, 9, 5, 14, 0);
  const messages: Message[] = [];
  for (const [index, item] of items.entries()) {
    const date = new Date(base + index * 3_600_000);
    for (const format of FORMATS) {
      messages.push({ item, format, raw: await corpusItemToEml(item, format, { userAddress: USER_ADDRESS, date, timeZone: TIME_ZONE }) });
    }
  }
  return messages;
}

async function classifyAll(messages: readonly Message[]): Promise<Map<Message, LabelPair>> {
  const pairs = new Map<Message, LabelPair>();
  for (const message of messages) {
    const analysis = await analyzeMessage(message.raw, { timeZone: TIME_ZONE });
    pairs.set(message, { expected: message.item.label, actual: analysis.kind });
  }
  return pairs;
}

function section(title: string): void {
  console.log(`\n== ${title} ==`);
}

async function benchQuality(messages: readonly Message[], items: readonly CorpusItem[]): Promise<void> {
  const pairs = await classifyAll(messages);
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

async function benchSpeed(messages: readonly Message[]): Promise<void> {
  // Warm both paths so module loading and JIT do not count against either.
  for (const message of messages.slice(0, 20)) {
    await simpleParser(message.raw);
    await analyzeMessage(message.raw, { timeZone: TIME_ZONE });
  }
  const parseOnly: number[] = [];
  const pipeline: number[] = [];
  for (const message of messages) {
    parseOnly.push(await medianMs(TIMING_ROUNDS, () => simpleParser(message.raw)));
    pipeline.push(await medianMs(TIMING_ROUNDS, () => analyzeMessage(message.raw, { timeZone: TIME_ZONE })));
  }
  const parseMedian = median(parseOnly);
  const pipelineMedian = median(pipeline);
  section('speed: median ms per message');
  console.log(`mailparser simpleParser alone        ${parseMedian.toFixed(3)} ms`);
  console.log(`jobnudge parse+unwrap+classify+extract ${pipelineMedian.toFixed(3)} ms`);
  console.log(`ratio (target ≤ 1.5)                 ${(pipelineMedian / parseMedian).toFixed(2)}`);
}

async function main(): Promise<void> {
  if (!corpusAvailable()) {
    console.log('bench: ../shared/corpus is absent beside this checkout; nothing to measure');
    return;
  }
  const items = loadCorpus();
  const messages = await buildMessages(items);
  console.log(`corpus: ${items.length} labeled emails, ${messages.length} messages built (${FORMATS.length} formats each)`);
  await benchQuality(messages, items);
  await benchSpeed(messages);
}

await main();
