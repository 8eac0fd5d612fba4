import { gateFor, TextFingerprint, type Gate } from '../literal-gate.ts';
import type { Evidence } from '../phrase-rule.ts';
import type { NormalizedMessage } from '../normalize.ts';

/**
 * Who is talking. The user sometimes forwards their own outbound mail (a thank-you note, a
 * follow-up) or a reply that quotes it: that is the candidate's voice, not news from the employer.
 */
const CANDIDATE_VOICE: readonly RegExp[] = [
  /\bmy (?:application|resume|résumé|cv|candidacy|interview)\b/,
  /\bi (?:recently |just )?(?:applied|interviewed|submitted)\b/,
  /\bi(?:'m| am) writing to (?:follow up|express|inquire|check|thank|ask)\b/,
  /\bi (?:wanted|want|would like) to (?:follow up|thank you|check in|reiterate|express|touch base)\b/,
  /\bthank(?:s| you)\b[^.;]{0,40}?\b(?:interview(?:ing)? me|(?:meet|speak|talk|chat)(?:ing)? with me|meeting me|considering me|the opportunity to (?:interview|meet|speak|talk))\b/,
  /\bi look forward to hearing (?:from you|back)\b/,
  /\bi (?:really )?(?:enjoyed|appreciated) (?:speaking|talking|meeting|our (?:conversation|discussion|chat)|learning)\b/,
  /\bi(?:'m| am) (?:very |still |truly |really )?(?:excited|enthusiastic|interested|eager) (?:about|in) (?:the|this|joining)\b/,
  /\bi remain (?:very |highly )?(?:interested|excited|enthusiastic)\b/,
  /\bmy (?:background|experience|skills) (?:in|with|would|make|align)\b/,
];

const EMPLOYER_VOICE: readonly RegExp[] = [
  /\byour (?:application|resume|résumé|cv|candidacy|profile|availability|submission)\b/,
  /\byou (?:recently )?applied\b/,
  /\b(?:our|the) (?:hiring|recruiting|talent|recruitment) team\b/,
  /\bwe (?:have|are|will|would|'d|'re|'ve|received|reviewed|appreciate|look forward)\b/,
  /\bthank(?:s| you) for (?:applying|your interest|your application)\b/,
];

/** Fewer candidate phrases than this is a passing mention, not a voice. */
const MIN_CANDIDATE_PHRASES = 2;

interface GatedPattern {
  readonly pattern: RegExp;
  readonly gate: Gate;
}

const gated = (patterns: readonly RegExp[]): readonly GatedPattern[] => patterns.map((pattern) => ({ pattern, gate: gateFor(pattern) }));
const CANDIDATE_PATTERNS = gated(CANDIDATE_VOICE);
const EMPLOYER_PATTERNS = gated(EMPLOYER_VOICE);

function countMatches(text: string, print: TextFingerprint, patterns: readonly GatedPattern[]): number {
  let count = 0;
  for (const { pattern, gate } of patterns) if (gate(print) && pattern.test(text)) count++;
  return count;
}

/**
 * The candidate accepting a time or saying they will attend ("Tuesday at 2 works for me", "I'll be
 * there"): the user's own reply to an invitation, which is not an invitation itself.
 */
const CANDIDATE_ACCEPTS: readonly RegExp[] = [
  /\b(?:works?|suits?|is (?:fine|perfect|great|good)|sounds? (?:good|great|perfect|fine))\b[^.;!?]{0,15}?\bfor me\b/,
  /\bi(?:'m| am|'ll be| will be) (?:available|free|there|happy to (?:meet|speak|talk|join|come))\b/,
  /\bi can (?:do|make it|make|join|meet|attend|come)\b/,
  /\bi(?:'d| would) (?:be (?:happy|glad|delighted) to|love to) (?:meet|speak|talk|interview|come|join)\b/,
  /\bi (?:accept|confirm|can confirm)\b/,
];

/**
 * Someone writing for the employer: plural first person, promising to send the invite, or asking
 * the candidate whether a time works (a recruiter's "I'm free Tuesday, does that work for you?").
 */
const EMPLOYER_SPEAKS =
  /\b(?:we|we're|we've|we'll|we'd|our|us)\b|\b(?:send|sending|sent|forward)\b[^.;]{0,25}?\b(?:invite|invitation|link|details|calendar)\b|\b(?:would|does|do|can|could|will) (?:that|this|it|these|you)\b[^.;?]{0,20}?\b(?:work|suit|be available|be free)\b|\blet me know\b|\byour availability\b|\bare you (?:available|free)\b/;

/** A reply longer than this says more than "yes, that time works" and is left to the phrase rules. */
const MAX_ACCEPTANCE_CHARS = 280;

const ACCEPT_PATTERNS = gated(CANDIDATE_ACCEPTS);

/** Every gated voice pattern, for the gate table a bundle carries (shared/classify/gate-table.ts). */
export const VOICE_PATTERNS: readonly RegExp[] = [...CANDIDATE_VOICE, ...EMPLOYER_VOICE, ...CANDIDATE_ACCEPTS];

/** How many acceptance phrases a short reply in the candidate's own voice makes (0 for anything else). */
function acceptancesIn(message: NormalizedMessage, print: TextFingerprint): number {
  if (message.main.length > MAX_ACCEPTANCE_CHARS || EMPLOYER_SPEAKS.test(message.main)) return 0;
  if (countMatches(message.main, print, EMPLOYER_PATTERNS) > 0) return 0;
  return countMatches(message.main, print, ACCEPT_PATTERNS);
}

export function voiceEvidence(message: NormalizedMessage): Evidence[] {
  const print = new TextFingerprint(message.main);
  const acceptances = acceptancesIn(message, print);
  if (acceptances > 0) return [{ tag: 'voice:candidate-accepts', kind: 'other', weight: 4 + 2 * acceptances }];
  const candidate = countMatches(message.main, print, CANDIDATE_PATTERNS);
  if (candidate < MIN_CANDIDATE_PHRASES) return [];
  const employer = countMatches(message.main, print, EMPLOYER_PATTERNS);
  if (candidate > employer) {
    return [{ tag: 'voice:candidate', kind: 'other', weight: 4 + 2 * (candidate - employer) }];
  }
  return [];
}
