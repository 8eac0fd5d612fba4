/**
 * The decision between candidate interview times, kept apart from finding them so that a reader
 * of `classify --explain` sees each candidate's score and evidence and the one rule that chose.
 */

/** What each piece of supporting evidence adds to a candidate's score. */
const WEIGHTS: Readonly<Record<string, number>> = {
  'for:label': 3,
  'for:confirmed': 3,
  'for:new-time': 4,
  'for:interview-sentence': 2,
  'for:reminder': 2,
  'for:invitation': 2,
  'for:pencilled': 2,
  'for:subject': 2,
  'for:tool': 2,
};
/** A candidate needs at least this much support: a bare "Thursday, 4:30 pm" is not a booking. */
const MIN_SCORE = 2;

export interface Weighed {
  /** The instant as ISO-8601 with its zone's offset, or null when the zone could not be chosen. */
  readonly at: string | null;
  readonly tags: readonly string[];
  /** Start of the sentence holding the mention. */
  readonly sentence: number;
  readonly listed: boolean;
  /** Length of a written range ("9:00–9:45 AM" is 45), when one was written. */
  readonly rangeMinutes?: number | null;
}

/** Longest break between two sessions of one schedule ("9:00–9:45, then 10:00–10:45"). */
const SESSION_GAP_MS = 30 * 60_000;

/**
 * Sessions of one day that follow each other, each with its end written: a schedule (a virtual
 * onsite's rows), which starts at its first. Offered slots would carry a choice or question tag,
 * which keeps them from being live at all.
 */
function scheduleStart(weighed: readonly Weighed[], leads: readonly number[]): number | null {
  if (leads.length < 2) return null;
  const sessions = leads.map((index) => ({ index, at: weighed[index]?.at ?? '', range: weighed[index]?.rangeMinutes ?? null }))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const day = sessions[0]?.at.slice(0, 10);
  for (let i = 0; i < sessions.length; i++) {
    const session = sessions[i]!;
    if (session.range === null || session.range <= 0 || session.at.slice(0, 10) !== day) return null;
    const next = sessions[i + 1];
    const gap = next ? Date.parse(next.at) - (Date.parse(session.at) + session.range * 60_000) : 0;
    if (gap < 0 || gap > SESSION_GAP_MS) return null;
  }
  return sessions[0]?.index ?? null;
}

/**
 * The rows of one schedule under the day it is on ("Friday 4 December:" over "10:00 – Pair
 * programming", "11:15 – System design"): an itinerary, which starts at its earliest row.
 */
function agendaStart(weighed: readonly Weighed[], leads: readonly number[]): number | null {
  const rows = leads.filter((index) => weighed[index]?.tags.some((tag) => tag === 'date:agenda-row' || tag === 'date:agenda-first-row'));
  if (rows.length < 2 || rows.length !== leads.length) return null;
  const sorted = [...rows].sort((a, b) => Date.parse(weighed[a]?.at ?? '') - Date.parse(weighed[b]?.at ?? ''));
  const day = weighed[sorted[0]!]?.at?.slice(0, 10);
  return sorted.every((index) => weighed[index]?.at?.slice(0, 10) === day) ? sorted[0]! : null;
}

export interface Decision {
  /** Index into the weighed list of the chosen candidate, or null. */
  readonly chosen: number | null;
  readonly scores: readonly number[];
  /** Why: `decision:single-time`, `decision:new-time`, `decision:only-confirmed`, `decision:schedule`, `decision:choice`, `decision:conflict`, `decision:none`. */
  readonly rule: string;
}

export function scoreOf(tags: readonly string[]): number {
  let score = 0;
  for (const tag of tags) {
    if (tag.startsWith('against:')) return 0;
    score += WEIGHTS[tag.startsWith('for:tool:') ? 'for:tool' : tag] ?? 0;
  }
  return score;
}

/**
 * One time wins when it is the only supported instant, or the only new time of a reschedule, or
 * the only one labelled or confirmed. Two supported instants in one sentence or one list are a
 * choice, and a choice is no time.
 */
export function decide(weighed: readonly Weighed[]): Decision {
  const scores = weighed.map((candidate) => (candidate.at === null ? 0 : scoreOf(candidate.tags)));
  const live = weighed.map((_, index) => index).filter((index) => (scores[index] ?? 0) >= MIN_SCORE);
  const instants = new Map<string, number[]>();
  for (const index of live) {
    const at = Date.parse(weighed[index]?.at ?? '').toString();
    instants.set(at, [...(instants.get(at) ?? []), index]);
  }
  const groups = [...instants.values()];
  const first = (group: readonly number[] | undefined): number | null => group?.[0] ?? null;
  if (groups.length === 0) return { chosen: null, scores, rule: 'decision:none' };
  if (groups.length === 1) return { chosen: first(groups[0]), scores, rule: 'decision:single-time' };
  const has = (group: readonly number[], tag: string): boolean => group.some((index) => weighed[index]?.tags.includes(tag));
  const moved = groups.filter((group) => has(group, 'for:new-time'));
  if (moved.length === 1) return { chosen: first(moved[0]), scores, rule: 'decision:new-time' };
  const leads = groups.map(first).filter((index): index is number => index !== null);
  const schedule = scheduleStart(weighed, leads) ?? agendaStart(weighed, leads);
  if (schedule !== null) return { chosen: schedule, scores, rule: 'decision:schedule' };
  const sentences = new Set(leads.map((index) => weighed[index]?.sentence));
  const listed = leads.filter((index) => weighed[index]?.listed).length;
  if (sentences.size < leads.length || listed > 1) return { chosen: null, scores, rule: 'decision:choice' };
  const firm = groups.filter((group) => has(group, 'for:label') || has(group, 'for:confirmed'));
  if (firm.length === 1) return { chosen: first(firm[0]), scores, rule: 'decision:only-confirmed' };
  return { chosen: null, scores, rule: 'decision:conflict' };
}
