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
    // An exam set as a selection step: "you have been selected to write the technical exam", "sit the
    // written examination". Kept apart from the rules above so each stays provably linear.
    tag: 'other:assessment',
    kind: 'other',
    weight: 6,
    pattern:
      /\b(?:written|technical|online|entrance|qualifying|aptitude|trade|skills?) exam(?:ination)?s?\b|\b(?:write|sit|take|complete|pass) (?:the|an?|your) (?:[a-z-]+ ){0,2}?exam(?:ination)?s?\b/,
    where: 'body',
    whenNegated: 'drop',
    whenConditional: { tag: 'confirmation:conditional-assessment', kind: 'confirmation', weight: 1 },
  },
  {
    // The test named as the stage ahead: "the next step is a short case study", "next stage for the
    // role will be a written exercise". A meeting named there is read by interview:next-step-meeting.
    tag: 'other:assessment',
    kind: 'other',
    weight: 6,
    pattern: new RegExp(`\\bnext (?:step|stage)s?\\b[^.;!?:]{0,40}?\\b(?:is|will be|would be|involves) (?:an?|the|our|your) (?:[a-z0-9-]+ ){0,2}?${TEST_NOUN}\\b`),
    where: 'body',
    whenNegated: 'drop',
    whenConditional: { tag: 'confirmation:conditional-assessment', kind: 'confirmation', weight: 1 },
  },
  {
    // Screening questions set to answer before anyone looks further: "please answer 3 quick questions",
    // "fill out the following screening questions". A form to complete, like a questionnaire; a
    // receipt that only mentions the questions already answered does not ask for anything.
    tag: 'other:assessment',
    kind: 'other',
    weight: 6,
    pattern:
      /\b(?:answer|answering|complete|fill (?:in|out)) (?:a few|a couple of|some|these|the following|our|the|\d|two|three|four|five)(?: (?:quick|short|brief|simple|screening|pre-screening|knockout|eligibility|follow-up|additional)){0,2} questions\b/,
    where: 'body',
    whenNegated: 'drop',
    whenConditional: { tag: 'confirmation:conditional-assessment', kind: 'confirmation', weight: 1 },
  },
  {
    // An interview with no one on the other side: questions recorded alone, on a platform, by a
    // deadline ("record a one-way video interview", "an on-demand video interview"). It is a test to
    // complete, not a meeting to prepare for. The platform's name alone is not enough: the same
    // platforms schedule live interviews too.
    tag: 'other:recorded-interview',
    kind: 'other',
    weight: 6,
    pattern:
      /(?<!\b(?:completing|completed|finishing|finished|for|after) (?:the |your |a |an |our )?)\b(?:one-way|one way|on-demand|on demand|pre-recorded|prerecorded|self-recorded|recorded|asynchronous|async)\s+(?:video\s+)?interviews?\b|\brecord (?:a|your|the) (?:short )?(?:video|video interview|answers|responses)\b/,
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
