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

function countMatches(text: string, patterns: readonly RegExp[]): number {
  return patterns.filter((pattern) => pattern.test(text)).length;
}

export function voiceEvidence(message: NormalizedMessage): Evidence[] {
  const candidate = countMatches(message.main, CANDIDATE_VOICE);
  const employer = countMatches(message.main, EMPLOYER_VOICE);
  if (candidate >= MIN_CANDIDATE_PHRASES && candidate > employer) {
    return [{ tag: 'voice:candidate', kind: 'other', weight: 4 + 2 * (candidate - employer) }];
  }
  return [];
}
