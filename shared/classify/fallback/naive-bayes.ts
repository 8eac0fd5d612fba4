import { EVENT_KINDS, type EventKind } from '../../domain/kinds.ts';

/**
 * A multinomial naive Bayes over binary features (each feature counts once per message), small
 * enough to read: the model is per-class message counts and per-feature counts by class.
 */

export interface KindModel {
  /** Messages of each kind the model was trained on, in EVENT_KINDS order. */
  readonly docs: readonly number[];
  /** Feature → how many training messages of each kind (EVENT_KINDS order) had it. */
  readonly counts: Readonly<Record<string, readonly number[]>>;
}

/**
 * A model fitted for its use as a fallback, every number chosen by cross-validation: a null bar never
 * lets that kind through.
 */
export interface FittedKindModel extends KindModel {
  /**
   * Kinds of the training mail that reached the fallback (no rule decided it), EVENT_KINDS order:
   * the prior there is mostly `other`, unlike the mail at large.
   */
  readonly fallbackDocs: readonly number[];
  /** Divides the summed word evidence: naive Bayes counts correlated words as independent and is overconfident. */
  readonly temperature: number;
  readonly threshold: number | null;
  readonly rejectionThreshold: number | null;
}

export interface TrainingDoc {
  readonly kind: EventKind;
  readonly features: ReadonlySet<string>;
}

/** Add-one smoothing would drown the few dozen words a short mail has in a vocabulary of hundreds. */
const SMOOTHING = 0.5;

/** A feature must occur in this many training messages before it may be kept. */
const MIN_DOC_FREQUENCY = 3;

function entropy(parts: readonly number[]): number {
  const total = parts.reduce((sum, n) => sum + n, 0);
  if (total === 0) return 0;
  return -parts.reduce((sum, n) => (n === 0 ? sum : sum + (n / total) * Math.log2(n / total)), 0);
}

/** How much knowing whether a message has the feature tells about its kind. */
function informationGain(withFeature: readonly number[], docs: readonly number[]): number {
  const total = docs.reduce((sum, n) => sum + n, 0);
  const present = withFeature.reduce((sum, n) => sum + n, 0);
  const without = docs.map((n, index) => n - (withFeature[index] ?? 0));
  return entropy(docs) - (present / total) * entropy(withFeature) - ((total - present) / total) * entropy(without);
}

/** Counts features, keeps those seen in MIN_DOC_FREQUENCY messages, then the `maxFeatures` most informative. */
export function trainKindModel(training: readonly TrainingDoc[], maxFeatures: number): KindModel {
  const docs = EVENT_KINDS.map((kind) => training.filter((doc) => doc.kind === kind).length);
  const counts = new Map<string, number[]>();
  for (const doc of training) {
    const column = EVENT_KINDS.indexOf(doc.kind);
    for (const feature of doc.features) {
      const row = counts.get(feature) ?? EVENT_KINDS.map(() => 0);
      row[column] = (row[column] ?? 0) + 1;
      counts.set(feature, row);
    }
  }
  const ranked = [...counts.entries()]
    .filter(([, row]) => row.reduce((sum, n) => sum + n, 0) >= MIN_DOC_FREQUENCY)
    .map(([feature, row]) => ({ feature, row, gain: informationGain(row, docs) }))
    // Ties broken by the feature itself, so the same training data always gives the same file.
    .sort((a, b) => b.gain - a.gain || (a.feature < b.feature ? -1 : 1))
    .slice(0, maxFeatures)
    .sort((a, b) => (a.feature < b.feature ? -1 : 1));
  return { docs, counts: Object.fromEntries(ranked.map(({ feature, row }) => [feature, row])) };
}

export interface KindPosterior {
  readonly kind: EventKind;
  readonly probability: number;
  /** The features that pushed hardest toward `kind`, strongest first. */
  readonly because: readonly string[];
}

/** Log-probability tables derived once per model: the hot path is then one lookup per feature. */
interface Tables {
  readonly prior: readonly number[];
  readonly present: ReadonlyMap<string, readonly number[]>;
}

const tablesByModel = new WeakMap<KindModel, Tables>();

function tablesOf(model: KindModel): Tables {
  const cached = tablesByModel.get(model);
  if (cached) return cached;
  const priorDocs = 'fallbackDocs' in model ? (model as FittedKindModel).fallbackDocs : model.docs;
  const totalDocs = priorDocs.reduce((sum, n) => sum + n, 0);
  const entries = Object.entries(model.counts);
  const featureTotals = EVENT_KINDS.map((_, k) => entries.reduce((sum, [, row]) => sum + (row[k] ?? 0), 0));
  const prior = priorDocs.map((n) => Math.log((n + 1) / (totalDocs + EVENT_KINDS.length)));
  const present = new Map(
    entries.map(([feature, row]) => [
      feature,
      EVENT_KINDS.map((_, k) => Math.log(((row[k] ?? 0) + SMOOTHING) / ((featureTotals[k] ?? 0) + SMOOTHING * entries.length))),
    ]),
  );
  const tables = { prior, present };
  tablesByModel.set(model, tables);
  return tables;
}

/** The most probable kind for the features and its posterior probability. */
export function posteriorOf(model: KindModel | FittedKindModel, features: ReadonlySet<string>): KindPosterior {
  const { prior, present } = tablesOf(model);
  const temperature = 'temperature' in model ? model.temperature : 1;
  const words = EVENT_KINDS.map(() => 0);
  const seen: { feature: string; row: readonly number[] }[] = [];
  for (const feature of features) {
    const row = present.get(feature);
    if (!row) continue;
    seen.push({ feature, row });
    for (let k = 0; k < words.length; k++) words[k] = (words[k] ?? 0) + (row[k] ?? 0);
  }
  const scores = prior.map((p, k) => p + (words[k] ?? 0) / temperature);
  const best = scores.reduce((top, score, k) => (score > (scores[top] ?? -Infinity) ? k : top), 0);
  const max = scores[best] ?? 0;
  const sum = scores.reduce((total, score) => total + Math.exp(score - max), 0);
  const lead = (row: readonly number[]): number => (row[best] ?? 0) - Math.max(...row.filter((_, k) => k !== best));
  const because = seen
    .sort((a, b) => lead(b.row) - lead(a.row) || (a.feature < b.feature ? -1 : 1))
    .slice(0, 3)
    .map(({ feature }) => feature);
  return { kind: EVENT_KINDS[best] ?? 'other', probability: 1 / sum, because };
}
