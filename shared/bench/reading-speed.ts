/**
 * How much the whole reading costs next to the MIME parse it starts with (issue #13: reading ≤ 1.3×
 * parsing). The yardstick is the parse the pipeline itself runs: the same parser with the same
 * options (`parseStructure`), on the same messages. Every message is timed once per pass on each
 * side, the two interleaved, over several passes; the figures are sums over all messages, and the
 * ratio is the median of the passes' ratios, with their spread as the noise.
 */
import { analyzeMessage, type AnalysisStage } from '../analyze.ts';
import { parseStructure } from '../mail/parse-mime.ts';
import { addSummaryRow } from './summary.ts';
import { median, medianMs, sum, timeInterleaved } from './timing.ts';

/** Passes over all messages (issue #13 asks for at least 3). */
const PASSES = 5;
/** Rounds per message for the secondary "same message repeated" figure. */
const REPEAT_ROUNDS = 5;
const TARGET_RATIO = 1.3;
const STAGES: readonly AnalysisStage[] = ['read', 'classify', 'extract'];

export interface ReadingSpeed {
  readonly messages: number;
  readonly passes: number;
  /** Sum over all messages, per pass. */
  readonly parseMs: readonly number[];
  readonly pipelineMs: readonly number[];
  /** pipeline / parse, per pass. */
  readonly ratios: readonly number[];
  /** Per stage, sum over all messages, per pass. */
  readonly stageMs: ReadonlyMap<AnalysisStage, readonly number[]>;
  /** Median over messages of each message's median of REPEAT_ROUNDS back-to-back runs. */
  readonly repeated: { readonly parse: number; readonly pipeline: number };
}

export async function measureReadingSpeed(messages: readonly Uint8Array[], timeZone: string): Promise<ReadingSpeed> {
  const stageSamples = new Map<AnalysisStage, number[]>(STAGES.map((stage) => [stage, []]));
  let pass = -1;
  const onStage = (stage: AnalysisStage, ms: number): void => {
    const samples = stageSamples.get(stage)!;
    samples[pass] = (samples[pass] ?? 0) + ms;
  };
  const parse = (raw: Uint8Array) => parseStructure(raw);
  const pipeline = (raw: Uint8Array) => analyzeMessage(raw, { timeZone, onStage });
  // Warm both paths: module loading, first-use setup and JIT count against neither.
  for (const raw of messages.slice(0, 50)) {
    await parse(raw);
    await analyzeMessage(raw, { timeZone });
  }
  const [parseSamples, pipelineSamples] = await timeInterleaved(messages, [parse, pipeline], PASSES, (p) => {
    pass = p;
  });
  const parseMs = parseSamples!.map(sum);
  const pipelineMs = pipelineSamples!.map(sum);
  const repeatedParse: number[] = [];
  const repeatedPipeline: number[] = [];
  for (const raw of messages) {
    repeatedParse.push(await medianMs(REPEAT_ROUNDS, () => parse(raw)));
    repeatedPipeline.push(await medianMs(REPEAT_ROUNDS, () => analyzeMessage(raw, { timeZone })));
  }
  return {
    messages: messages.length,
    passes: PASSES,
    parseMs,
    pipelineMs,
    ratios: parseMs.map((ms, i) => pipelineMs[i]! / ms),
    stageMs: stageSamples,
    repeated: { parse: median(repeatedParse), pipeline: median(repeatedPipeline) },
  };
}

const ms = (value: number): string => `${value.toFixed(0)} ms`;
const perMessage = (total: number, count: number): string => `${(total / count).toFixed(3)} ms`;

/** The bench section's lines, and the summary rows. */
export function reportReadingSpeed(speed: ReadingSpeed, label: string): string {
  const { messages: n } = speed;
  const ratio = median(speed.ratios);
  const spread = `${Math.min(...speed.ratios).toFixed(2)}–${Math.max(...speed.ratios).toFixed(2)}`;
  const lines = [
    `${n} messages (${label}), ${speed.passes} passes, each message timed once per pass, parse and pipeline interleaved`,
    `pass                          ${speed.ratios.map((_, i) => String(i + 1).padStart(9)).join('')}`,
    `parse alone (as configured)   ${speed.parseMs.map((v) => ms(v).padStart(9)).join('')}`,
    `whole pipeline                ${speed.pipelineMs.map((v) => ms(v).padStart(9)).join('')}`,
    `ratio                         ${speed.ratios.map((v) => v.toFixed(2).padStart(9)).join('')}`,
    `median ratio ${ratio.toFixed(2)} (passes ${spread}; target ≤ ${TARGET_RATIO})`,
    'per message, median of the passes\' sums / messages:',
    `  parse alone                 ${perMessage(median(speed.parseMs), n)}`,
    ...STAGES.map((stage) => `  ${stageLabel(stage).padEnd(28)}${perMessage(median(speed.stageMs.get(stage) ?? []), n)}`),
    `  whole pipeline              ${perMessage(median(speed.pipelineMs), n)}`,
    `secondary, same message repeated ${REPEAT_ROUNDS}× (warm caches): parse ${speed.repeated.parse.toFixed(3)} ms, ` +
      `pipeline ${speed.repeated.pipeline.toFixed(3)} ms, ratio ${(speed.repeated.pipeline / speed.repeated.parse).toFixed(2)} (medians over messages)`,
  ];
  const section = 'reading speed';
  addSummaryRow({ section, measure: `pipeline / parse as configured (${label}, median of ${speed.passes} passes)`, value: `×${ratio.toFixed(2)}`, target: `≤ ${TARGET_RATIO}`, met: ratio <= TARGET_RATIO });
  addSummaryRow({ section, measure: 'noise: lowest–highest pass ratio', value: spread });
  addSummaryRow({ section, measure: 'parse alone, per message', value: perMessage(median(speed.parseMs), n) });
  for (const stage of STAGES) {
    addSummaryRow({ section, measure: `${stageLabel(stage)}, per message`, value: perMessage(median(speed.stageMs.get(stage) ?? []), n) });
  }
  addSummaryRow({ section, measure: 'whole pipeline, per message', value: perMessage(median(speed.pipelineMs), n) });
  addSummaryRow({ section, measure: 'secondary: same message repeated, ratio', value: `×${(speed.repeated.pipeline / speed.repeated.parse).toFixed(2)}` });
  return lines.join('\n');
}

function stageLabel(stage: AnalysisStage): string {
  if (stage === 'read') return 'read (parse + unwrap)';
  if (stage === 'classify') return 'classify (+ override tags)';
  return 'extract';
}
