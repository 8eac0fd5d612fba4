import type { Classification } from '../domain/analysis.ts';
import { EVENT_KINDS, type EventKind } from '../domain/kinds.ts';
import { signalOf, type Evidence } from './phrase-rule.ts';

/**
 * How the evidence becomes a kind, in three readable steps: each phrase family counts once; a short
 * list of named adjustments drops evidence that the rest of the mail shows to mean something else
 * (each adjustment that changes anything names itself in the signals as `decide:<name>`); then the
 * kinds are scored and the highest wins. Signals list the families behind the chosen kind first, so
 * `classify --explain` reads as "why this kind".
 */

/** Below this total no kind has real evidence: the message is `other` (or a bare ATS receipt). */
const MIN_DECISIVE_SCORE = 2;

/** Signals returned per message: enough to explain the decision, short enough to store per event. */
export const MAX_SIGNALS = 10;

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
 * The mail asks the candidate for their time or puts a meeting to them ("when are you free for a
 * call?", "pick a slot", "we'd like to schedule an interview"): a receipt never does, so thanks for
 * applying beside such a request is said in passing.
 */
const ASKS_FOR_TIME_TAGS = new Set([
  'interview:availability',
  'interview:booking-link',
  'interview:call-request',
  'interview:schedule',
  'interview:invite',
  'interview:selected-for-interview',
  'interview:proposed-time',
]);

/** Asking for a conversation, as opposed to naming an interview. */
const CONVERSATION_TAGS = new Set([
  'interview:slot-put',
  'interview:availability',
  'interview:call-request',
  'interview:speak-with-you',
  'interview:booking-link',
  'interview:proposed-time',
  'interview:client-wants-to-meet',
  'interview:meeting-dated',
  'interview:call-promised',
]);

/**
 * Once a mail settles the application (one strong rejection phrase, or an offer), a call it offers is
 * about that decision: feedback on a decline, questions about an offer.
 */
const CLEAR_DECLINE_WEIGHT = 5;
const OFFER_TAGS = new Set(['other:offer', 'subject:offer']);
const CALL_ABOUT_DECISION_TAGS = new Set([...CONVERSATION_TAGS, 'interview:schedule']);

/** Receipt talk that any mail can carry ("we'll be in touch"): alone it does not make a receipt. */
const WEAK_RECEIPT_TAGS = new Set(['confirmation:will-be-in-touch', 'confirmation:interest', 'confirmation:conditional-assessment']);

/**
 * Progress talk ("invite you to the next step", "initial interview") without anything concrete about
 * a meeting: when the mail also sets a test, the test is the next step.
 */
const PROGRESS_ONLY_TAGS = new Set(['interview:next-round', 'interview:format', 'interview:speak-with-you', 'subject:interview']);
const ASSESSMENT_TAGS = new Set(['other:assessment', 'subject:assessment']);

/** A score against a bar the candidate did not reach: the test words name the test that decided it. */
const FAILED_TEST_TAGS = new Set(['rejection:failed-step']);

/**
 * The mail answers the candidate's chaser: "still under review", "we'll be in touch" is where the
 * application stands, not news that it arrived.
 */
const ANSWERS_CHASE_TAGS = new Set(['other:answers-chase']);
const STATUS_TALK_TAGS = new Set(['confirmation:under-review', 'confirmation:will-be-in-touch', 'confirmation:interest']);

/** Meeting logistics (links, dial-ins, "date and time:") say a meeting exists, not that it is an interview. */
const LOGISTICS_TAGS = new Set(['interview:meeting-link', 'interview:when-where', 'interview:booking-link']);

/** The mail thanks for a meeting already held: a subject naming the interview names that past one. */
const MEETING_HELD_TAGS = new Set(['other:meeting-held']);
const SUBJECT_INTERVIEW_TAGS = new Set(['subject:interview']);

/** Cold-outreach phrasing is only outreach when the mail is not about an application the user made. */
const OUTREACH_TAGS = new Set(['other:cold-outreach', 'other:opportunity-pitch', 'other:agency-client']);

/** A booking tool's confirmation that the candidate took a slot. */
const EVENT_BOOKED_TAGS = new Set(['interview:event-booked']);

/** An agency's news about a candidacy it put forward: "my client" then names the employer, not a pitch. */
const AGENCY_PROGRESS_TAGS = new Set(['confirmation:submitted-to-client', 'interview:client-wants-to-meet']);
const AGENCY_CLIENT_TAGS = new Set(['other:agency-client']);

/** Account chores, status pointers and self-ID surveys: the point of a portal notice, an aside in a receipt that offers them. */
const ACCOUNT_TAGS = new Set(['other:account', 'other:status-behind-login', 'other:self-id-survey']);

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

/**
 * A test set in the form of an interview (a one-way video recording): the meeting words around it
 * ("next step is a video interview", "at a time that suits you") describe the recording. Only a
 * slot fixed with a person, or an asserted invitation to one, still speaks for an interview.
 */
const RECORDED_INTERVIEW_TAGS = new Set(['other:recorded-interview']);
const LIVE_MEETING_TAGS = new Set([
  'interview:slot-set',
  'interview:slot-put',
  'interview:confirmed',
  'interview:proposed-time',
  'interview:rescheduled',
  'interview:come-in',
  'interview:client-wants-to-meet',
]);

/** An assessment centre or superday is a meeting in person; the tests it holds are part of it. */
const SELECTION_DAY_TAGS = new Set(['interview:assessment-centre']);

/**
 * Mail written for many readers: a newsletter, a list of postings. (An event word is not enough:
 * "summit" or "workshop" is also in firms' names.)
 */
const BROADCAST_TAGS = new Set(['other:newsletter', 'other:job-alert', 'subject:job-alert', 'subject:career-advice']);

export interface DecideInput {
  readonly evidence: readonly Evidence[];
  /** The sender is hiring software or a job board: with nothing else said, it is a receipt. */
  readonly hiringSender: boolean;
  /** The mail speaks of the user's application ("your application", "you applied"). */
  readonly aboutApplication: boolean;
  /** The mail is sent to a list (it offers an unsubscribe or says why the reader gets it). */
  readonly bulkMail?: boolean;
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

const has = (items: readonly Evidence[], tags: ReadonlySet<string>): boolean => items.some((item) => tags.has(item.tag));
const without = (items: readonly Evidence[], tags: ReadonlySet<string>): Evidence[] => items.filter((item) => !tags.has(item.tag));

/**
 * Evidence the rest of the mail shows to mean something else. Each returns the evidence it keeps;
 * `name` is what the signals say when it dropped anything.
 */
interface Adjustment {
  readonly name: string;
  readonly apply: (items: readonly Evidence[], input: DecideInput) => readonly Evidence[];
}

const ADJUSTMENTS: readonly Adjustment[] = [
  {
    // "Invite you to the next step" beside a coding test: the test is the next step.
    name: 'progress-talk-beside-test',
    apply: (items) => {
      const concreteMeeting = items.some((item) => item.kind === 'interview' && !PROGRESS_ONLY_TAGS.has(item.tag));
      return has(items, ASSESSMENT_TAGS) && !concreteMeeting ? without(items, PROGRESS_ONLY_TAGS) : items;
    },
  },
  {
    // "Your score did not meet the threshold required to continue" after a test: a decision on it.
    name: 'test-outcome',
    apply: (items) => (has(items, FAILED_TEST_TAGS) ? without(items, ASSESSMENT_TAGS) : items),
  },
  {
    // "Thank you for your follow-up. Your profile is still under review": a status, not a receipt.
    name: 'status-for-chaser',
    apply: (items) => (has(items, ANSWERS_CHASE_TAGS) ? without(items, STATUS_TALK_TAGS) : items),
  },
  {
    // A link or dial-in alone could be any meeting; about the user's own application it is an interview.
    name: 'logistics-alone',
    apply: (items, { aboutApplication }) => {
      const named = aboutApplication || items.some((item) => item.kind === 'interview' && !LOGISTICS_TAGS.has(item.tag));
      return named ? items : without(items, LOGISTICS_TAGS);
    },
  },
  {
    // "Please record a one-way video interview on HireVue; it takes about 20 minutes": a test to do.
    name: 'recorded-interview',
    apply: (items) =>
      has(items, RECORDED_INTERVIEW_TAGS) ? items.filter((item) => item.kind !== 'interview' || LIVE_MEETING_TAGS.has(item.tag)) : items,
  },
  {
    // "We'd like to invite you to our Assessment Centre … a written exercise, a group task and a partner interview".
    name: 'tests-within-selection-day',
    apply: (items) => (has(items, SELECTION_DAY_TAGS) ? without(items, ASSESSMENT_TAGS) : items),
  },
  {
    // "HIRING EVENT – interviews on the spot", "Roundup #143: async interviews are here to stay": a
    // subject naming interviews over mail written for many names no interview of the reader's.
    name: 'subject-over-broadcast',
    apply: (items, { bulkMail }) => {
      const broadcast = bulkMail === true || has(items, BROADCAST_TAGS);
      const bodySaysInterview = items.some((item) => item.kind === 'interview' && !item.tag.startsWith('subject:'));
      return broadcast && !bodySaysInterview ? items.filter((item) => !(item.kind === 'interview' && item.tag.startsWith('subject:'))) : items;
    },
  },
  {
    // "Would you be open to…" in a reply to the user's application is not cold outreach.
    name: 'outreach-about-application',
    apply: (items, { aboutApplication }) => (aboutApplication ? without(items, OUTREACH_TAGS) : items),
  },
  {
    // "I've put your CV in front of my client", "my client would like to meet you": an agency reporting
    // on a candidacy. Only "my client" is set aside: a real pitch ("came across your profile") stays.
    name: 'agency-reporting-progress',
    apply: (items) => (has(items, AGENCY_PROGRESS_TAGS) ? without(items, AGENCY_CLIENT_TAGS) : items),
  },
  {
    // A calendar tool confirming a slot the candidate booked: its form's question ("which role are
    // you interested in?") reads like a pitch but the meeting is the candidate's own.
    name: 'booking-form-question',
    apply: (items) => (has(items, EVENT_BOOKED_TAGS) ? without(items, OUTREACH_TAGS) : items),
  },
  {
    // A recruiter who wrote first asking for a call is pitching a role, not inviting to an interview.
    name: 'call-in-cold-outreach',
    apply: (items, { aboutApplication }) => (!aboutApplication && has(items, OUTREACH_TAGS) ? without(items, CONVERSATION_TAGS) : items),
  },
  {
    // "Your interview today" over "thanks for your time with the panel today, we'll come back to you":
    // the subject is the thread's topic; the body says the meeting is over.
    name: 'subject-names-past-meeting',
    apply: (items) => (has(items, MEETING_HELD_TAGS) ? without(items, SUBJECT_INTERVIEW_TAGS) : items),
  },
  {
    // "Thanks for applying! Verify your email to track your status": the receipt is the news.
    name: 'account-chores-beside-receipt',
    apply: (items) => {
      // The body must say it: a subject line or the sender alone does not make the mail a receipt.
      const receipt = items.some((item) => item.tag.startsWith('confirmation:') && !WEAK_RECEIPT_TAGS.has(item.tag));
      return receipt ? without(items, ACCOUNT_TAGS) : items;
    },
  },
  {
    // "Your application … was closed at your request. We wish you every success": the candidate
    // withdrew, so what the mail says about the opening, or its good wishes, declines nothing.
    name: 'withdrawn-on-request',
    apply: (items) => (items.some((item) => item.tag === 'other:withdrawn-on-request') ? items.filter((item) => item.kind !== 'rejection') : items),
  },
  {
    // "We have gone with another candidate … happy to do a short feedback call on Friday", "your offer
    // is attached; let me know if you'd like to set up a call to talk it through".
    name: 'call-about-decision',
    apply: (items) => {
      const declined = items.some((item) => item.kind === 'rejection' && item.weight >= CLEAR_DECLINE_WEIGHT);
      return declined || has(items, OFFER_TAGS) ? without(items, CALL_ABOUT_DECISION_TAGS) : items;
    },
  },
];

function adjust(evidence: readonly Evidence[], input: DecideInput, notes: string[]): readonly Evidence[] {
  let items: readonly Evidence[] = dedupe(evidence);
  for (const adjustment of ADJUSTMENTS) {
    const kept = adjustment.apply(items, input);
    if (kept.length !== items.length) notes.push(`decide:${adjustment.name}`);
    items = kept;
  }
  return items;
}

function scoresOf(items: readonly Evidence[], notes: string[]): Map<EventKind, number> {
  const scores = new Map<EventKind, number>(EVENT_KINDS.map((kind) => [kind, 0]));
  for (const item of items) scores.set(item.kind, (scores.get(item.kind) ?? 0) + item.weight);

  const receipt = items.filter((item) => item.kind === 'confirmation');
  if (receipt.length === 0) return scores;
  const laterStage = Math.max(
    scores.get('interview') ?? 0,
    scores.get('rejection') ?? 0,
    items.filter((item) => LATER_STAGE_OTHER_TAGS.has(item.tag)).reduce((sum, item) => sum + item.weight, 0),
  );
  const onlyWeakReceipt = receipt.every((item) => WEAK_RECEIPT_TAGS.has(item.tag) || item.tag.startsWith('sender:'));
  if (laterStage >= LATER_STAGE_SCORE || has(items, ASKS_FOR_TIME_TAGS)) {
    notes.push('decide:receipt-in-passing');
  } else if (onlyWeakReceipt) {
    notes.push('decide:weak-receipt');
  } else {
    return scores;
  }
  scores.set('confirmation', (scores.get('confirmation') ?? 0) * RECEIPT_DISCOUNT);
  return scores;
}

/** Maps a score margin to 0..1: a clear lead of one strong phrase (≈5) reads as ~0.85. */
function confidenceFor(margin: number, top: number): number {
  if (top < MIN_DECISIVE_SCORE) return 0.2;
  const value = 1 - Math.exp(-(margin + 0.5) / 3);
  return Math.round(Math.min(0.99, Math.max(0.05, value)) * 100) / 100;
}

/** The families behind the chosen kind first (strongest first), then how the decision was adjusted, then the rest. */
function signalsFor(kind: EventKind, items: readonly Evidence[], lead: readonly string[], notes: readonly string[]): string[] {
  const ordered = [...items].sort((a, b) => Number(b.kind === kind) - Number(a.kind === kind) || b.weight - a.weight);
  const forKind = ordered.filter((item) => item.kind === kind).map(signalOf);
  const rest = ordered.filter((item) => item.kind !== kind).map(signalOf);
  return [...lead, ...forKind, ...notes, ...rest].slice(0, MAX_SIGNALS);
}

export function decide(input: DecideInput): Classification {
  const notes: string[] = [];
  const items = adjust(input.evidence, input, notes);
  if (has(items, DECISIVE_OTHER_TAGS)) {
    const decisive = items.filter((item) => DECISIVE_OTHER_TAGS.has(item.tag)).map(signalOf);
    const rest = items.filter((item) => !DECISIVE_OTHER_TAGS.has(item.tag)).map(signalOf);
    return { kind: 'other', confidence: 0.95, signals: [...decisive, 'decide:decisive-other', ...rest].slice(0, MAX_SIGNALS) };
  }

  const scores = scoresOf(items, notes);
  const ranked = [...EVENT_KINDS].sort(
    (a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || TIE_ORDER.indexOf(a) - TIE_ORDER.indexOf(b),
  );
  const first = ranked[0] ?? 'other';
  const top = scores.get(first) ?? 0;
  const second = scores.get(ranked[1] ?? 'other') ?? 0;

  if (top < MIN_DECISIVE_SCORE) {
    const kind: EventKind = input.hiringSender ? 'confirmation' : 'other';
    const fallback = input.hiringSender ? 'fallback:hiring-sender' : 'fallback:no-signal';
    return { kind, confidence: confidenceFor(top - second, top), signals: signalsFor(kind, items, [fallback], notes) };
  }
  return { kind: first, confidence: confidenceFor(top - second, top), signals: signalsFor(first, items, [], notes) };
}
