import { describe, expect, it } from 'vitest';
import { classify } from '../../shared/classify/index.ts';
import { normalizeMessage } from '../../shared/classify/normalize.ts';
import { callQuestionEvidence } from '../../shared/classify/signals/call-question.ts';
import { buildMessage } from './build-message.ts';

const evidenceFor = (text: string) => callQuestionEvidence(normalizeMessage(buildMessage({ text })));

describe('a question to the candidate about talking', () => {
  it('counts when the sentence asks about a call, a chat or joining the team', () => {
    for (const text of [
      'Could I give you a call tomorrow afternoon to talk about the job?',
      'Would you have time for a short phone conversation on Tuesday or Wednesday?',
      'Could you join us on Tuesday 17 November at 2:30pm UK time?',
      'Are you free to chat for twenty minutes\nsometime on Thursday?',
    ]) {
      expect(evidenceFor(text).map((item) => item.tag), text).toEqual(['interview:call-request']);
    }
  });

  it('does not count a statement, a question about something else, or a talk word far from the question', () => {
    for (const text of [
      'I will give you a call tomorrow afternoon.',
      'Thanks for the call last week. Do you have any questions about the benefits?',
      `Thanks again for the call, ${'and for all the detail you shared about the project, '.repeat(3)}so did the documents arrive?`,
      'If we decide to move forward, could we set up a call?',
      'Can you confirm your phone number?',
    ]) {
      expect(evidenceFor(text), text).toEqual([]);
    }
  });

  it('stays fast on a 100 KB body of talk words with no question mark', () => {
    classify(buildMessage({ text: 'Warm-up: compiles the rules and their gates once.' }));
    const started = performance.now();
    const result = classify(buildMessage({ text: 'meet call chat '.repeat(7000) }));
    expect(performance.now() - started).toBeLessThan(500);
    expect(result.kind).toBeDefined();
  });
});
