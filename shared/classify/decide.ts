import type { Classification } from '../domain/analysis.ts';
import { EVENT_KINDS, type EventKind } from '../domain/kinds.ts';
import type { Evidence } from './phrase-rule.ts';

/** Below this total no kind has real evidence: the message is `other` (or a bare ATS receipt). */
const MIN_DECISIVE_SCORE = 2;

/** Signals returned per message: enough to explain the decision, short enough to store per event. */
const MAX_SIGNALS = 8;

/**
 * Equal scores go to the kind whose mistake costs least downstream. A false rejection silently ends
 * an application, so rejection must win outright; a false interview only adds a reminder.
 */
const TIE_ORDER: readonly EventKind[] = ['interview', 'other', 'confirmation', 'rejection'];

/**
 * A receipt is the earliest stage: when the same mail also asserts a later one (an interview invite,
 * a decision, a test or an offer) it was written for the later one and thanks for applying in passing.
 */
const LATER_STAGE_SCORE = 5;
const RECEIPT_DISCOUNT = 0.5;
const LATER_STAGE_OTHER_TAGS = new Set(['other:assessment', 'subject:assessment', 'other:offer', 'subject:offer']);

/**
 * The mail asks the candidate for their time ("when are you free for a call?", "pick a slot"): a
 * receipt never does, so thanks for applying beside such a request is said in passing.
 */
const ASKS_FOR_TIME_TAGS = new Set([
  'interview:availability',
  'interview:booking-link',
  'interview:call-request',
  'interview:schedule',
  'interview:invite',
  'interview:selected-for-interview',
]);

/** Asking for a conversation: from a recruiter who wrote first (cold outreach) it is a pitch, not an interview. */
const CONVERSATION_TAGS = new Set(['interview:availability', 'interview:call-request', 'interview:speak-with-you', 'interview:booking-link']);

/**
 * Account chores (verify your email, set a password) are the whole point of a portal notice, but
 * only an aside in a receipt that also offers them ("thanks for applying! verify your email to track
 * your status"): beside a real receipt they do not count.
 */
const ACCOUNT_TAGS = new Set(['other:account']);

/** Receipt talk that any mail can carry ("we'll be in touch"): alone it does not make a receipt. */
const WEAK_RECEIPT_TAGS = new Set(['confirmation:will-be-in-touch', 'confirmation:interest', 'confirmation:conditional-assessment']);

/**
 * Progress talk ("invite you to the next step", "initial interview") without anything concrete about
 * a meeting: when the mail also sets a test, the test is the next step.
 */
const PROGRESS_ONLY_TAGS = new Set(['interview:next-round', 'interview:format', 'interview:speak-with-you', 'subject:interview']);
const ASSESSMENT_TAGS = new Set(['other:assessment', 'subject:assessment']);

/** Meeting logistics (links, dial-ins, "date and time:") say a meeting exists, not that it is an interview. */
const LOGISTICS_TAGS = new Set(['interview:meeting-link', 'interview:when-where', 'interview:booking-link']);

/** Cold-outreach phrasing is only outreach when the mail is not about an application the user made. */
const OUTREACH_TAGS = new Set(['other:cold-outreach', 'other:opportunity-pitch']);

/**
 * Evidence that settles the kind whatever else the mail says: a forwarding-verification mail is never
 * job news, and a mail about ending the user's own employment is not about an application.
 */
const DECISIVE_OTHER_TAGS = new Set([
  'other:forwarding-verification',
  'subject:forwarding-verification',
  'sender:gmail-forwarding',
  'other:employment-ended',
]);

export interface DecideInput {
  readonly evidence: readonly Evidence[];
  /** The sender is hiring software or a job board: with nothing else said, it is a receipt. */
  readonly hiringSender: boolean;
  /** The mail speaks of the user's application ("your application", "you applied"). */
  readonly aboutApplication: boolean;
}

/** Each tag counts once, at its highest weight. */
function dedupe(evidence: readonly Evidence[]): Evidence[] {
  const byTag = new Map<string, Evidence>();
  for (const item of evidence) {
    if (item.weight <= 0) continue;
    const seen = byTag.get(item.tag);
    if (!seen || item.weight > seen.weight) byTag.set(item.tag, item);
  }
  return [...byTag.values()];
}

function dropProgressTalkBesideTest(items: readonly Evidence[]): Evidence[] {
  const hasTest = items.some((item) => ASSESSMENT_TAGS.has(item.tag));
  const concreteMeeting = items.some((item) => item.kind === 'interview' && !PROGRESS_ONLY_TAGS.has(item.tag));
  return hasTest && !concreteMeeting ? items.filter((item) => !PROGRESS_ONLY_TAGS.has(item.tag)) : [...items];
}

function dropLogisticsAlone(items: readonly Evidence[]): Evidence[] {
  const named = items.some((item) => item.kind === 'interview' && !LOGISTICS_TAGS.has(item.tag));
  return named ? [...items] : items.filter((item) => !LOGISTICS_TAGS.has(item.tag));
}

function dropOutreachAboutApplication(items: readonly Evidence[], aboutApplication: boolean): Evidence[] {
  if (aboutApplication) return items.filter((item) => !OUTREACH_TAGS.has(item.tag));
  const outreach = items.some((item) => OUTREACH_TAGS.has(item.tag));
  return outreach ? items.filter((item) => !CONVERSATION_TAGS.has(item.tag)) : [...items];
}

function dropAccountChoresBesideReceipt(items: readonly Evidence[]): Evidence[] {
  // The body must say it: a subject line or the sender alone does not make the mail a receipt.
  const receipt = items.some((item) => item.tag.startsWith('confirmation:') && !WEAK_RECEIPT_TAGS.has(item.tag));
  return receipt ? items.filter((item) => !ACCOUNT_TAGS.has(item.tag)) : [...items];
}

function scoresOf(items: readonly Evidence[]): Map<EventKind, number> {
  const scores = new Map<EventKind, number>(EVENT_KINDS.map((kind) => [kind, 0]));
  for (const item of items) scores.set(item.kind, (scores.get(item.kind) ?? 0) + item.weight);

  const receipt = items.filter((item) => item.kind === 'confirmation');
  const laterStage = Math.max(
    scores.get('interview') ?? 0,
    scores.get('rejection') ?? 0,
    items.filter((item) => LATER_STAGE_OTHER_TAGS.has(item.tag)).reduce((sum, item) => sum + item.weight, 0),
  );
  const onlyWeakReceipt = receipt.every((item) => WEAK_RECEIPT_TAGS.has(item.tag) || item.tag.startsWith('sender:'));
  const asksForTime = items.some((item) => ASKS_FOR_TIME_TAGS.has(item.tag));
  if (laterStage >= LATER_STAGE_SCORE || asksForTime || onlyWeakReceipt) {
    scores.set('confirmation', (scores.get('confirmation') ?? 0) * RECEIPT_DISCOUNT);
  }
  return scores;
}

/** Maps a score margin to 0..1: a clear lead of one strong phrase (≈5) reads as ~0.85. */
function confidenceFor(margin: number, top: number): number {
  if (top < MIN_DECISIVE_SCORE) return 0.2;
  const value = 1 - Math.exp(-(margin + 0.5) / 3);
  return Math.round(Math.min(0.99, Math.max(0.05, value)) * 100) / 100;
}

export function decide({ evidence, hiringSender, aboutApplication }: DecideInput): Classification {
  const items = dropAccountChoresBesideReceipt(
    dropOutreachAboutApplication(dropLogisticsAlone(dropProgressTalkBesideTest(dedupe(evidence))), aboutApplication),
  );
  const scores = scoresOf(items);
  const ranked = [...EVENT_KINDS].sort(
    (a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || TIE_ORDER.indexOf(a) - TIE_ORDER.indexOf(b),
  );
  const first = ranked[0] ?? 'other';
  const top = scores.get(first) ?? 0;
  const second = scores.get(ranked[1] ?? 'other') ?? 0;

  let kind: EventKind = first;
  const extra: string[] = [];
  if (items.some((item) => DECISIVE_OTHER_TAGS.has(item.tag))) {
    const ordered = [...items].sort((a, b) => Number(DECISIVE_OTHER_TAGS.has(b.tag)) - Number(DECISIVE_OTHER_TAGS.has(a.tag)));
    return { kind: 'other', confidence: 0.95, signals: ordered.map((item) => item.tag).slice(0, MAX_SIGNALS) };
  }
  if (top < MIN_DECISIVE_SCORE) {
    kind = hiringSender ? 'confirmation' : 'other';
    extra.push(hiringSender ? 'fallback:hiring-sender' : 'fallback:no-signal');
  }

  const ordered = [...items].sort((a, b) => Number(b.kind === kind) - Number(a.kind === kind) || b.weight - a.weight);
  const signals = [...extra, ...ordered.map((item) => item.tag)].slice(0, MAX_SIGNALS);
  return { kind, confidence: confidenceFor(top - second, top), signals };
}
