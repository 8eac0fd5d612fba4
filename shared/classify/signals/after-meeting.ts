import type { PhraseRule } from '../phrase-rule.ts';

/**
 * The employer writing after a meeting that already took place: "thanks for your time with the panel
 * today", "it was great meeting you yesterday". Light on its own: it sets aside a subject naming
 * that interview (decide.ts), so with nothing new arranged the mail is a wait for news (`other`),
 * while any talk of a further round in the same mail outweighs it. Two patterns only so that each
 * stays provably linear (test/hardening/redos.test.ts).
 */
const WHEN_PAST = '(?:today|yesterday|this (?:morning|afternoon|evening)|earlier|last (?:week|night))';

const MEETING_HELD_PATTERNS: readonly RegExp[] = [
  new RegExp(
    `\\bthank(?:s| you)(?: so much| very much| again)? for (?:your time|taking the time|coming in|coming by|meeting|speaking|talking|chatting|interviewing|the (?:chat|call|conversation|interview|meeting|visit))\\b[^.;!?]{0,50}?\\b${WHEN_PAST}\\b`,
  ),
  new RegExp(`\\b(?:great|good|lovely|nice|a pleasure|a delight) (?:to meet|meeting|to speak|speaking|to talk|talking|to chat|chatting)(?: with)? you\\b[^.;!?]{0,20}?\\b${WHEN_PAST}\\b`),
];

export const AFTER_MEETING_RULES: readonly PhraseRule[] = MEETING_HELD_PATTERNS.map(
  (pattern): PhraseRule => ({ tag: 'other:meeting-held', kind: 'other', weight: 2, pattern, where: 'body', whenNegated: 'drop' }),
);
