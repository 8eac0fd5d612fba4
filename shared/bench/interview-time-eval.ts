import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import * as z from 'zod';
import { parseOrThrow } from '../config/zod-errors.ts';

/** Hand-made labels: the confirmed interview time each interview email states (see its `about`). */
export const INTERVIEW_TIMES_FILE = resolve(dirname(fileURLToPath(import.meta.url)), 'interview-times.json');

const MS_PER_MINUTE = 60_000;

const ZoneSchema = z.string().refine((zone) => DateTime.now().setZone(zone).isValid, { message: 'not an IANA time zone' });

/** A wall-clock time as the email states it; `zone` null means the email names none (read in the user zone). */
export const ExpectedTimeSchema = z.strictObject({
  local: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'write the local time as yyyy-mm-ddThh:mm')
    .refine((local) => DateTime.fromISO(local, { zone: 'UTC' }).isValid, { message: 'not a real date and time' }),
  zone: ZoneSchema.nullable(),
});
export type ExpectedTime = z.infer<typeof ExpectedTimeSchema>;

export const CorpusTimeLabelSchema = z.strictObject({
  id: z.string().min(1),
  /** The Date the bench gives the original, so relative days ("tomorrow", a weekday) have one answer. */
  sentAt: z.iso.datetime().optional(),
  expected: ExpectedTimeSchema.nullable(),
  /** The form of the time expression (never its wording), for reading misses. */
  pattern: z.string().optional(),
  note: z.string().optional(),
});
export type CorpusTimeLabel = z.infer<typeof CorpusTimeLabelSchema>;

export const FixtureTimeLabelSchema = z.strictObject({
  file: z.string().regex(/^[\w.-]+\.eml$/, 'a file name in test/fixtures/eml'),
  /** The user zone to analyse the fixture with. */
  userZone: ZoneSchema,
  expected: ExpectedTimeSchema.nullable(),
  note: z.string().optional(),
});
export type FixtureTimeLabel = z.infer<typeof FixtureTimeLabelSchema>;

export const InterviewTimeLabelsSchema = z
  .strictObject({
    about: z.string(),
    /** The user zone the corpus labels with `zone: null` and the chosen `sentAt` values assume. */
    corpusUserZone: ZoneSchema,
    corpus: z.array(CorpusTimeLabelSchema),
    fixtures: z.array(FixtureTimeLabelSchema),
  })
  .superRefine((labels, ctx) => {
    for (const [key, names] of [
      ['corpus', labels.corpus.map((label) => label.id)],
      ['fixtures', labels.fixtures.map((label) => label.file)],
    ] as const) {
      const seen = new Set<string>();
      for (const [index, name] of names.entries()) {
        if (seen.has(name)) ctx.addIssue({ code: 'custom', path: [key, index], message: `${name} is labeled twice` });
        seen.add(name);
      }
    }
  });
export type InterviewTimeLabels = z.infer<typeof InterviewTimeLabelsSchema>;

export function loadInterviewTimeLabels(file = INTERVIEW_TIMES_FILE): InterviewTimeLabels {
  return parseOrThrow(InterviewTimeLabelsSchema, JSON.parse(readFileSync(file, 'utf8')), file);
}

/** What the analysis said about one labeled email. */
export interface InterviewTimeCase {
  readonly id: string;
  readonly expected: ExpectedTime | null;
  /** Zone an expected time without one is read in: the zone the analysis ran with. */
  readonly userZone: string;
  /** The analysis's interview time: an ISO-8601 instant, or null. */
  readonly actual: string | null;
  readonly pattern?: string;
}

export type InterviewTimeOutcome = 'correct-time' | 'correct-null' | 'wrong-time' | 'missed' | 'invented';

export interface InterviewTimeMistake {
  readonly id: string;
  readonly outcome: Exclude<InterviewTimeOutcome, 'correct-time' | 'correct-null'>;
  /** The expected instant, ISO with the offset of the zone it was stated in. */
  readonly expected: string | null;
  readonly actual: string | null;
  readonly pattern: string | null;
}

export interface InterviewTimeScore {
  readonly total: number;
  /** Same instant to the minute, or both null. */
  readonly exactMatches: number;
  readonly exactMatchRate: number;
  readonly correctTimes: number;
  readonly correctNulls: number;
  /** Expected a time, got a different one. */
  readonly wrongTimes: number;
  /** Expected a time, got null. */
  readonly missed: number;
  /** Expected null, got a time. */
  readonly invented: number;
  readonly mistakes: readonly InterviewTimeMistake[];
}

/** The instant an expected time denotes, as ISO with the offset of its zone (the user zone when it has none). */
export function expectedInstant(expected: ExpectedTime, userZone: string): string {
  const at = DateTime.fromISO(expected.local, { zone: expected.zone ?? userZone });
  const iso = at.isValid ? at.toISO({ suppressMilliseconds: true }) : null;
  // A wall-clock time skipped by a daylight-saving change would silently move an hour: a label mistake.
  if (iso === null || at.toFormat("yyyy-MM-dd'T'HH:mm") !== expected.local) {
    throw new RangeError(`expected time ${expected.local} does not exist in ${expected.zone ?? userZone}`);
  }
  return iso;
}

/** Minutes since the epoch, or null for an unreadable instant (which then matches nothing). */
function epochMinute(iso: string): number | null {
  const ms = DateTime.fromISO(iso, { setZone: true }).toMillis();
  return Number.isNaN(ms) ? null : Math.floor(ms / MS_PER_MINUTE);
}

export function judgeInterviewTime(c: InterviewTimeCase): { outcome: InterviewTimeOutcome; expected: string | null } {
  if (c.expected === null) return { outcome: c.actual === null ? 'correct-null' : 'invented', expected: null };
  const expected = expectedInstant(c.expected, c.userZone);
  if (c.actual === null) return { outcome: 'missed', expected };
  const actualMinute = epochMinute(c.actual);
  return { outcome: actualMinute !== null && actualMinute === epochMinute(expected) ? 'correct-time' : 'wrong-time', expected };
}

export function scoreInterviewTimes(cases: readonly InterviewTimeCase[]): InterviewTimeScore {
  const counts: Record<InterviewTimeOutcome, number> = { 'correct-time': 0, 'correct-null': 0, 'wrong-time': 0, missed: 0, invented: 0 };
  const mistakes: InterviewTimeMistake[] = [];
  for (const c of cases) {
    const { outcome, expected } = judgeInterviewTime(c);
    counts[outcome]++;
    if (outcome !== 'correct-time' && outcome !== 'correct-null') {
      mistakes.push({ id: c.id, outcome, expected, actual: c.actual, pattern: c.pattern ?? null });
    }
  }
  const exactMatches = counts['correct-time'] + counts['correct-null'];
  return {
    total: cases.length,
    exactMatches,
    exactMatchRate: cases.length === 0 ? 0 : exactMatches / cases.length,
    correctTimes: counts['correct-time'],
    correctNulls: counts['correct-null'],
    wrongTimes: counts['wrong-time'],
    missed: counts.missed,
    invented: counts.invented,
    mistakes,
  };
}

/** Figures and the mistaken ids with times: never a body. */
export function formatInterviewTimeScore(score: InterviewTimeScore, title: string, options: { listMistakes?: boolean } = {}): string {
  const lines = [
    `${title}: exact-match rate ${score.exactMatchRate.toFixed(3)} (${score.exactMatches}/${score.total})`,
    `  correct times ${score.correctTimes}  correct nulls ${score.correctNulls}  wrong time ${score.wrongTimes}  missed ${score.missed}  invented ${score.invented}`,
  ];
  if (options.listMistakes ?? true) {
    for (const m of score.mistakes) {
      const pattern = m.pattern === null ? '' : `  [${m.pattern}]`;
      lines.push(`  ${m.outcome.padEnd(10)} ${m.id}: expected ${m.expected ?? 'null'}, got ${m.actual ?? 'null'}${pattern}`);
    }
  }
  return lines.join('\n');
}

export interface LabelCoverage {
  /** Interview items of the corpus with no time label. */
  readonly unlabeled: readonly string[];
  /** Labeled ids the corpus does not have. */
  readonly unknown: readonly string[];
  /** Labeled ids whose corpus label is not `interview`. */
  readonly notInterview: readonly string[];
}

/** Whether the time labels still match the corpus: items may be added or relabeled after labeling. */
export function labelCoverage(labels: readonly CorpusTimeLabel[], items: readonly { id: string; label: string }[]): LabelCoverage {
  const byId = new Map(items.map((item) => [item.id, item.label]));
  const labeled = new Set(labels.map((label) => label.id));
  return {
    unlabeled: items.filter((item) => item.label === 'interview' && !labeled.has(item.id)).map((item) => item.id),
    unknown: labels.filter((label) => !byId.has(label.id)).map((label) => label.id),
    notInterview: labels.filter((label) => byId.has(label.id) && byId.get(label.id) !== 'interview').map((label) => label.id),
  };
}
