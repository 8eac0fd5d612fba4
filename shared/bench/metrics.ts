import { EVENT_KINDS, type EventKind } from '../domain/kinds.ts';

/** One classified item: the label it should have had and the one it got. */
export interface LabelPair {
  readonly expected: EventKind;
  readonly actual: EventKind;
}

export interface ClassMetrics {
  /** Of the items predicted as this kind, the share that were this kind (0 when none predicted). */
  readonly precision: number;
  /** Of the items that were this kind, the share predicted as it (0 when there were none). */
  readonly recall: number;
  readonly f1: number;
  /** Items that were this kind. */
  readonly support: number;
  /** Items predicted as this kind. */
  readonly predicted: number;
}

export interface ClassificationScore {
  readonly total: number;
  readonly correct: number;
  readonly accuracy: number;
  /** Mean F1 over the kinds that occur as a label or a prediction. */
  readonly macroF1: number;
  readonly perClass: Readonly<Record<EventKind, ClassMetrics>>;
  /** confusion[expected][actual] = count. */
  readonly confusion: Readonly<Record<EventKind, Readonly<Record<EventKind, number>>>>;
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function emptyRow(): Record<EventKind, number> {
  return { confirmation: 0, interview: 0, rejection: 0, other: 0 };
}

export function scoreClassification(pairs: readonly LabelPair[]): ClassificationScore {
  const confusion: Record<EventKind, Record<EventKind, number>> = {
    confirmation: emptyRow(),
    interview: emptyRow(),
    rejection: emptyRow(),
    other: emptyRow(),
  };
  for (const { expected, actual } of pairs) confusion[expected][actual] += 1;

  const perClass = {} as Record<EventKind, ClassMetrics>;
  const f1s: number[] = [];
  let correct = 0;
  for (const kind of EVENT_KINDS) {
    const truePositives = confusion[kind][kind];
    correct += truePositives;
    const support = EVENT_KINDS.reduce((sum, actual) => sum + confusion[kind][actual], 0);
    const predicted = EVENT_KINDS.reduce((sum, expected) => sum + confusion[expected][kind], 0);
    const precision = ratio(truePositives, predicted);
    const recall = ratio(truePositives, support);
    const f1 = ratio(2 * precision * recall, precision + recall);
    perClass[kind] = { precision, recall, f1, support, predicted };
    if (support > 0 || predicted > 0) f1s.push(f1);
  }
  return {
    total: pairs.length,
    correct,
    accuracy: ratio(correct, pairs.length),
    macroF1: ratio(
      f1s.reduce((sum, value) => sum + value, 0),
      f1s.length,
    ),
    perClass,
    confusion,
  };
}

const SHORT: Record<EventKind, string> = { confirmation: 'confirm', interview: 'interview', rejection: 'reject', other: 'other' };

function pad(text: string, width: number): string {
  return text.length >= width ? text : ' '.repeat(width - text.length) + text;
}

function fixed(value: number): string {
  return value.toFixed(3);
}

/** The score as a plain-text table: headline figures, per-kind metrics, confusion matrix. */
export function formatReport(score: ClassificationScore, title = 'classification'): string {
  const lines: string[] = [];
  lines.push(
    `${title}: n=${score.total} accuracy=${fixed(score.accuracy)} macro-F1=${fixed(score.macroF1)} (${score.correct}/${score.total} correct)`,
  );
  lines.push(`${pad('kind', 12)} ${pad('precision', 9)} ${pad('recall', 7)} ${pad('F1', 6)} ${pad('support', 7)} ${pad('predicted', 9)}`);
  for (const kind of EVENT_KINDS) {
    const m = score.perClass[kind];
    lines.push(
      `${pad(kind, 12)} ${pad(fixed(m.precision), 9)} ${pad(fixed(m.recall), 7)} ${pad(fixed(m.f1), 6)} ${pad(String(m.support), 7)} ${pad(String(m.predicted), 9)}`,
    );
  }
  lines.push(`confusion (rows expected, columns predicted):`);
  lines.push(`${pad('', 12)} ${EVENT_KINDS.map((kind) => pad(SHORT[kind], 9)).join(' ')}`);
  for (const expected of EVENT_KINDS) {
    lines.push(`${pad(expected, 12)} ${EVENT_KINDS.map((actual) => pad(String(score.confusion[expected][actual]), 9)).join(' ')}`);
  }
  return lines.join('\n');
}
