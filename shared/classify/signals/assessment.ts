import type { PhraseRule } from '../phrase-rule.ts';

/** Tests and assessments (invitations, reminders, receipts) are `other`: no one to follow up with. */
const TEST_NOUN = '(?:assessments?|tests?|challenges?|exercises?|assignments?|evaluations?|quiz(?:zes)?|questionnaires?|tasks?|case stud(?:y|ies))';

export const ASSESSMENT_RULES: readonly PhraseRule[] = [
  {
    tag: 'other:assessment',
    kind: 'other',
    weight: 6,
    pattern: new RegExp(
      `\\b(?:coding|technical|online|skills?|programming|cognitive|personality|aptitude|psychometric|pre-employment|take-?home|written|screening|home|behaviou?ral|situational|logical|numerical|verbal|work sample)\\s+${TEST_NOUN}\\b|\\b(?:complete|completing|completed|take|taking|finish|submit|submitting|start|attempt)\\s+(?:the|this|an|a|your|our)\\s+(?:[a-z-]+\\s+){0,3}?${TEST_NOUN}\\b|\\byour (?:[a-z-]+\\s+){0,2}?${TEST_NOUN}\\s+(?:submission|solution|deck|answers|responses|work)\\b|\\b(?:hackerrank|codility|codesignal|testgorilla|coderbyte|hackerearth|mettl|pymetrics|criteria corp|shl\\.com|vervoe|devskiller|qualified\\.io|testdome|imocha|canditech|harver|interviewing\\.io|karat|codinggame|codingame|woven)\\b`,
    ),
    where: 'body',
    whenNegated: 'drop',
    whenConditional: { tag: 'confirmation:conditional-assessment', kind: 'confirmation', weight: 1 },
  },
  {
    // Graduate-scheme tests named by what they measure: "a numerical reasoning test", "a situational
    // judgement test", "please complete both tests". Kept apart from the rule above so each stays provably linear.
    tag: 'other:assessment',
    kind: 'other',
    weight: 6,
    pattern:
      /\b(?:reasoning|judge?ment|ability) (?:tests?|assessments?)\b|\b(?:complete|take|finish|sit|attempt) (?:both|these|all|the two) (?:of the )?(?:[a-z-]+ )?(?:tests|assessments)\b/,
    where: 'body',
    whenNegated: 'drop',
    whenConditional: { tag: 'confirmation:conditional-assessment', kind: 'confirmation', weight: 1 },
  },
  {
    tag: 'subject:assessment',
    kind: 'other',
    weight: 4,
    pattern: new RegExp(`\\b(?:assessment|coding (?:challenge|test|exercise)|take-?home|online test|skills? test|case study|assignment|${'hackerrank|codility|codesignal'})\\b`),
    where: 'subject',
  },
];
