import { analyzeMessage } from '../analyze.ts';
import { formatReport, scoreClassification } from './metrics.ts';
import { READING_LAYOUTS, READING_ROUTES, readingItemToEml, type ReadingLayout, type ReadingRoute } from './reading-eml.ts';
import { judge, outcomeOf, type FieldJudgement, type FieldName, type ReadOutcome } from './reading-score.ts';
import { loadReadingSet, READING_USER_ZONE, TUNE_SOURCES, type SourcedItem } from './reading-set.ts';

/** The user every labelled item is addressed to and forwarded by (invented). */
const USER_ADDRESS = 'pat.seeker@mail.example';

export type Split = 'tune' | 'check';

/** One labelled item read in one layout and route. */
export interface ReadCase {
  readonly source: string;
  readonly split: Split;
  readonly id: string;
  readonly layout: ReadingLayout;
  readonly route: ReadingRoute;
  readonly outcome: ReadOutcome;
  readonly judgements: readonly FieldJudgement[];
}

export function splitOf(source: string): Split {
  return TUNE_SOURCES.has(source) ? 'tune' : 'check';
}

/** Every item in every layout and route through the real analysis (parse → unwrap → classify → extract). */
export async function readAll(items: readonly SourcedItem[] = loadReadingSet()): Promise<ReadCase[]> {
  const cases: ReadCase[] = [];
  for (const { source, item } of items) {
    for (const layout of READING_LAYOUTS) {
      for (const route of READING_ROUTES) {
        const raw = await readingItemToEml(item, { layout, route, userAddress: USER_ADDRESS, userZone: READING_USER_ZONE });
        const analysis = await analyzeMessage(raw, { timeZone: READING_USER_ZONE, userAddresses: [USER_ADDRESS] });
        const outcome = outcomeOf(analysis);
        cases.push({ source, split: splitOf(source), id: item.id, layout, route, outcome, judgements: judge(item.expect, outcome, READING_USER_ZONE) });
      }
    }
  }
  return cases;
}

export interface FieldScores {
  readonly items: number;
  readonly messages: number;
  readonly rate: Readonly<Record<Exclude<FieldName, 'kind'>, { right: number; total: number }>>;
  readonly macroF1: number;
  readonly rejectionPrecision: number;
  readonly wrongInstants: number;
  readonly falseTimes: number;
  readonly missedTimes: number;
  /** Items whose read fields differ between the flat and the hard-wrapped rendering. */
  readonly wrapSensitive: number;
}

const SCORED_FIELDS = ['company', 'role', 'person', 'interviewers', 'interviewAt', 'nextStepBy'] as const;

export function scoreCases(cases: readonly ReadCase[]): FieldScores {
  const rate = Object.fromEntries(SCORED_FIELDS.map((field) => [field, { right: 0, total: 0 }])) as Record<(typeof SCORED_FIELDS)[number], { right: number; total: number }>;
  let wrongInstants = 0;
  let falseTimes = 0;
  let missedTimes = 0;
  for (const c of cases) {
    for (const j of c.judgements) {
      if (j.field === 'kind') continue;
      rate[j.field].total++;
      if (j.right) rate[j.field].right++;
      if (j.outcome === 'wrong-time') wrongInstants++;
      if (j.outcome === 'invented') falseTimes++;
      if (j.outcome === 'missed') missedTimes++;
    }
  }
  const kinds = scoreClassification(cases.map((c) => ({ expected: c.judgements[0]!.expected as ReadOutcome['kind'], actual: c.outcome.kind })));
  return {
    items: new Set(cases.map((c) => c.id)).size,
    messages: cases.length,
    rate,
    macroF1: kinds.macroF1,
    rejectionPrecision: kinds.perClass.rejection.precision,
    wrongInstants,
    falseTimes,
    missedTimes,
    wrapSensitive: wrapSensitive(cases),
  };
}

function wrapSensitive(cases: readonly ReadCase[]): number {
  const byKey = new Map<string, ReadCase>();
  let differing = 0;
  const counted = new Set<string>();
  for (const c of cases) {
    const key = `${c.id}|${c.route}`;
    const other = byKey.get(key);
    if (!other) {
      byKey.set(key, c);
      continue;
    }
    if (JSON.stringify(other.outcome) !== JSON.stringify(c.outcome) && !counted.has(c.id)) {
      counted.add(c.id);
      differing++;
    }
  }
  return differing;
}

/** The targets, on the check split. */
export const TARGETS: readonly { readonly label: string; readonly value: (s: FieldScores) => number; readonly ok: (v: number) => boolean; readonly goal: string }[] = [
  { label: 'interview time, exact', value: (s) => share(s.rate.interviewAt), ok: (v) => v >= 0.95, goal: '≥ 0.95' },
  { label: 'wrong instants', value: (s) => s.wrongInstants, ok: (v) => v === 0, goal: '0' },
  { label: 'false times on untimed mail', value: (s) => s.falseTimes, ok: (v) => v === 0, goal: '0' },
  { label: 'company', value: (s) => share(s.rate.company), ok: (v) => v >= 0.95, goal: '≥ 0.95' },
  { label: 'role', value: (s) => share(s.rate.role), ok: (v) => v >= 0.9, goal: '≥ 0.90' },
  { label: 'person', value: (s) => share(s.rate.person), ok: (v) => v >= 0.9, goal: '≥ 0.90' },
  { label: '4-class macro-F1', value: (s) => s.macroF1, ok: (v) => v >= 0.95, goal: '≥ 0.95' },
  { label: 'rejection precision', value: (s) => s.rejectionPrecision, ok: (v) => v >= 0.99, goal: '≥ 0.99' },
];

function share(r: { right: number; total: number }): number {
  return r.total === 0 ? 0 : r.right / r.total;
}

function cell(r: { right: number; total: number }): string {
  return r.total === 0 ? '—' : `${share(r).toFixed(3)} (${r.right}/${r.total})`;
}

/** Figures only, never a body: the set is the project's own invented mail, but the habit matters. */
export function formatScores(bySplit: Readonly<Record<string, FieldScores>>): string {
  const names = Object.keys(bySplit);
  const width = 32;
  const row = (label: string, values: readonly string[]): string => `${label.padEnd(26)}${values.map((v) => v.padEnd(width)).join('')}`;
  const lines = [row('', names.map((name) => `${name} (${bySplit[name]!.items} items, ${bySplit[name]!.messages} msgs)`))];
  for (const field of SCORED_FIELDS) lines.push(row(field, names.map((name) => cell(bySplit[name]!.rate[field]))));
  lines.push(row('interview time wrong', names.map((name) => String(bySplit[name]!.wrongInstants))));
  lines.push(row('interview time invented', names.map((name) => String(bySplit[name]!.falseTimes))));
  lines.push(row('interview time missed', names.map((name) => String(bySplit[name]!.missedTimes))));
  lines.push(row('4-class macro-F1', names.map((name) => bySplit[name]!.macroF1.toFixed(3))));
  lines.push(row('rejection precision', names.map((name) => bySplit[name]!.rejectionPrecision.toFixed(3))));
  lines.push(row('items changed by wrapping', names.map((name) => String(bySplit[name]!.wrapSensitive))));
  return lines.join('\n');
}

export function formatTargets(check: FieldScores): string {
  return TARGETS.map((t) => {
    const value = t.value(check);
    const shown = Number.isInteger(value) && value > 1 ? String(value) : t.label.startsWith('wrong') || t.label.startsWith('false') ? String(value) : value.toFixed(3);
    return `${t.ok(value) ? 'met    ' : 'NOT met'}  ${t.label.padEnd(30)} ${shown.padEnd(8)} target ${t.goal}`;
  }).join('\n');
}

export function formatMisses(cases: readonly ReadCase[]): string {
  const lines: string[] = [];
  for (const c of cases) {
    for (const j of c.judgements) {
      if (j.right) continue;
      lines.push(`${c.id} [${c.layout}/${c.route}] ${j.field}: expected ${j.expected} got ${j.actual}`);
    }
  }
  return lines.join('\n');
}

export function formatKinds(cases: readonly ReadCase[], title: string): string {
  return formatReport(scoreClassification(cases.map((c) => ({ expected: c.judgements[0]!.expected as ReadOutcome['kind'], actual: c.outcome.kind }))), title);
}
