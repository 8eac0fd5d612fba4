import { analyzeMessage } from '../analyze.ts';
import { addSummaryRow } from './summary.ts';
import { median, timeInterleaved } from './timing.ts';

/**
 * Does analysis stay linear in the size of the mail? A regular expression that backtracks
 * quadratically (an unbounded `[a-z0-9-]+` before a literal, run over a long body) is invisible on
 * normal mail and takes tens of seconds on a crafted one. The check times analyzeMessage on a body
 * of SMALL_BYTES and one of LARGE_BYTES (10× as much) and reports the ratio: near 10 is linear,
 * near 100 quadratic. Two kinds of body: ordinary job-mail prose, and adversarial text made of the
 * runs that make patterns backtrack (long label-like words without the dot that would end a match,
 * spaces without the word that would follow, dashes, digits). The bench prints it; the lead wires
 * it into run.ts.
 */
export const SMALL_BYTES = 10 * 1024;
export const LARGE_BYTES = 100 * 1024;
/** The ratio above which growth is reported as super-linear (linear is 10; quadratic is 100; issue #13 allows 12). */
export const MAX_LINEAR_RATIO = 12;
/** Timed runs per size, small and large alternating, reduced to the median. */
const ROUNDS = 5;
const TIME_ZONE = 'America/New_York';

export type GrowthInput = 'ordinary' | 'adversarial';

export interface GrowthResult {
  readonly input: GrowthInput;
  readonly smallMs: number;
  readonly largeMs: number;
  /** largeMs / smallMs: ~10 when linear. */
  readonly ratio: number;
  readonly linear: boolean;
}

const ORDINARY_PARAGRAPH =
  'Hi Casey, thank you for applying to the Platform Engineer role at Quillfeather Labs. ' +
  'We would like to invite you to an interview on Thursday, December 10, 2026 at 2:00 PM EST ' +
  'with Rowan Ashby (Engineering Manager). Please confirm at https://quillfeather.greenhouse.io/schedule. ';

/**
 * Runs that make an unbounded repetition retry from every position: each run is as long as the
 * body allows (a tenth of it), because a backtracking pattern costs the square of the run length;
 * short runs separated by newlines would stay linear however long the body.
 */
const ADVERSARIAL_UNITS = ['a-', 'x', ' ', '0', 'Aa ', '-', '((', 'interview ', '.a', 'R-'];

function body(input: GrowthInput, bytes: number): string {
  if (input === 'adversarial') {
    const runLength = Math.floor(bytes / ADVERSARIAL_UNITS.length);
    return ADVERSARIAL_UNITS.map((unit) => unit.repeat(Math.ceil(runLength / unit.length)).slice(0, runLength - 1)).join('\n');
  }
  return ORDINARY_PARAGRAPH.repeat(Math.ceil(bytes / ORDINARY_PARAGRAPH.length)).slice(0, bytes);
}

function forward(text: string): Uint8Array {
  const lines = [
    'From: Casey User <casey@example.org>',
    'To: jobs@inbox.example',
    'Subject: Fwd: Interview invitation',
    'Date: Mon, 30 Nov 2026 11:58:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    '---------- Forwarded message ---------',
    'From: Rowan Ashby <rowan@quillfeather.example>',
    'Date: Mon, Nov 30, 2026 at 9:00 AM',
    'Subject: Interview invitation',
    '',
    text,
  ];
  return Buffer.from(lines.join('\r\n'));
}

/** What is timed: the whole analysis by default; a single stage when looking for the culprit. */
export type Analyze = (raw: Uint8Array) => Promise<unknown>;
const wholeAnalysis: Analyze = (raw) => analyzeMessage(raw, { timeZone: TIME_ZONE });

/** Time analysis at SMALL_BYTES and LARGE_BYTES for one kind of body. */
export async function measureGrowth(input: GrowthInput, analyze: Analyze = wholeAnalysis): Promise<GrowthResult> {
  const small = forward(body(input, SMALL_BYTES));
  const large = forward(body(input, LARGE_BYTES));
  await analyze(small); // warm: module loading and JIT do not count
  await analyze(large);
  // Alternating keeps a burst of load from the other core from landing on one size only; CPU time
  // rather than elapsed time, for the same reason.
  const [smallSamples, largeSamples] = (await timeInterleaved([null], [() => analyze(small), () => analyze(large)], ROUNDS)).cpu;
  const smallMs = median(smallSamples!.map((pass) => pass[0]!));
  const largeMs = median(largeSamples!.map((pass) => pass[0]!));
  const ratio = largeMs / Math.max(smallMs, 0.001);
  return { input, smallMs, largeMs, ratio, linear: ratio <= MAX_LINEAR_RATIO };
}

/** Both kinds of body, for the bench's report. */
export async function measureInputGrowth(analyze: Analyze = wholeAnalysis): Promise<GrowthResult[]> {
  return [await measureGrowth('ordinary', analyze), await measureGrowth('adversarial', analyze)];
}

/** One line per result, in the bench's style. */
export function formatGrowth(results: readonly GrowthResult[]): string {
  return results
    .map(
      (r) =>
        `${r.input.padEnd(12)} ${(SMALL_BYTES / 1024).toFixed(0)} KB ${r.smallMs.toFixed(1)} ms, ${(LARGE_BYTES / 1024).toFixed(0)} KB ${r.largeMs.toFixed(1)} ms: ×${r.ratio.toFixed(1)} (${r.linear ? 'linear' : `super-linear, over ×${MAX_LINEAR_RATIO}`})`,
    )
    .join('\n');
}

/** The growth ratios as rows of the bench's summary table. */
export function summarizeGrowth(results: readonly GrowthResult[]): void {
  for (const r of results) {
    addSummaryRow({ section: 'linear time', measure: `analysis at 100 KB / 10 KB, ${r.input} text`, value: `×${r.ratio.toFixed(1)}`, target: `≤ ${MAX_LINEAR_RATIO}`, met: r.linear });
  }
}
