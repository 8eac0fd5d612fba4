import { isNegatedAt, isSelectionConditional } from '../context.ts';
import type { NormalizedMessage } from '../normalize.ts';
import type { Evidence } from '../phrase-rule.ts';

/**
 * A question to the candidate about talking: "could I give you a call tomorrow?", "would you have
 * time for a short phone conversation?", "could you join us on Tuesday at 2:30pm?". Receipts never
 * ask the candidate anything; cold outreach asks too, and is told apart in decide() by whether the
 * mail is about an application the user made. Read in code rather than as one pattern: "the
 * sentence is a question" is a test of its last character, and a pattern that scans for the `?`
 * after every talk word costs time on long unpunctuated text. "Phone" counts only as a way to talk
 * ("a phone call", "by phone"): "can you confirm your phone number?" asks for nothing to attend.
 */
const TALK = /\b(?:call|chat|talk|speak|conversation|phone (?:call|screen|chat|conversation)|(?:by|on the|over the) phone|ring|catch up|meet|zoom|video|join (?:us|me|the team))\b/;

/** The talk word must be in the question itself, not in a long preamble before it. */
const QUESTION_TAIL_CHARS = 100;

export const CALL_QUESTION_TAG = 'interview:call-request';

export function callQuestionEvidence(message: NormalizedMessage): Evidence[] {
  for (const sentence of message.sentences) {
    if (!sentence.endsWith('?')) continue;
    const offset = Math.max(0, sentence.length - QUESTION_TAIL_CHARS);
    const match = TALK.exec(sentence.slice(offset));
    if (!match) continue;
    if (isNegatedAt(sentence, offset + match.index) || isSelectionConditional(sentence)) continue;
    return [{ tag: CALL_QUESTION_TAG, kind: 'interview', weight: 4 }];
  }
  return [];
}
