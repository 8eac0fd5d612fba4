import type { PhraseRule } from '../phrase-rule.ts';

/** What a receipt is about: the candidate's application, not an order or an assessment. */
const APPLICATION = '(?:job |online |recent |employment )?(?:application|applications|resume|résumé|cv|candidacy|profile)';

export const CONFIRMATION_RULES: readonly PhraseRule[] = [
  {
    tag: 'confirmation:received',
    kind: 'confirmation',
    weight: 4,
    pattern: new RegExp(
      `\\b(?:received|receiving|got|recei?pt of|acknowledge|acknowledging|have|has)\\b[^.;]{0,20}?\\b(?:your|the)\\s+${APPLICATION}\\b|\\b(?:your|the)\\s+${APPLICATION}\\b[^.;]{0,60}?\\b(?:has been|was|is|have been|were|had been)\\s+(?:successfully\\s+)?(?:received|submitted|sent|delivered|completed|complete|recorded|logged|forwarded|shared)\\b|\\b(?:received|recei?pt of)\\s+(?:your|the)\\s+(?:information|details|materials|documents)\\b|\\bapplication (?:received|submitted|complete|confirmation|acknowledg\\w*)\\b`,
    ),
    where: 'body',
    whenNegated: 'drop',
  },
  {
    tag: 'confirmation:thanks-for-applying',
    kind: 'confirmation',
    weight: 4,
    pattern:
      /\bthank(?:s| you)\b[^.;]{0,25}?\bfor (?:applying|your (?:recent |online |job )?(?:application|submission|applying)|submitting (?:your|an) application|(?:your )?(?:interest (?:and|&) )?(?:application|applying))\b/,
    where: 'body',
  },
  {
    tag: 'confirmation:interest',
    kind: 'confirmation',
    weight: 1,
    pattern: /\bthank(?:s| you)\b[^.;]{0,15}?\bfor (?:your|expressing) interest\b/,
    where: 'body',
  },
  {
    tag: 'confirmation:under-review',
    kind: 'confirmation',
    weight: 3,
    pattern: new RegExp(
      `\\b(?:will|'ll|are|is|am|currently|now|be|being)\\s+(?:(?:now|currently|carefully|closely|still|actively|continuing to|continue to|in the process of)\\s+)*(?:review|reviewing|reviewed|evaluate|evaluating|evaluated|assess|assessing|considered|consider|considering|look(?:ing)? (?:at|over|through)|go(?:ing)? through)\\b\\s+(?:(?:your|all|the|each|every|our)\\s+)?(?:[a-z-]+\\s+){0,2}?(?:applications?|resumes?|cvs?|candidacy|candidates?|applicants?|qualifications|experience|background|profiles?|materials|skills)\\b|\\b(?:under|in) (?:review|consideration)\\b|\\b${APPLICATION}\\b[^.;]{0,20}?\\b(?:is being|will be) (?:reviewed|considered|evaluated)\\b`,
    ),
    where: 'body',
    whenNegated: 'drop',
  },
  {
    tag: 'confirmation:will-be-in-touch',
    kind: 'confirmation',
    weight: 2,
    pattern:
      /\b(?:will|'ll|shall|going to)\b[^.;]{0,30}?\b(?:be in touch|be in contact|get in touch|contact you|reach out|get back to you|follow up|let you know|notify you|update you|hear from (?:us|me|our))\b/,
    where: 'body',
  },
  {
    tag: 'confirmation:application-sent',
    kind: 'confirmation',
    weight: 4,
    pattern:
      /\byour application (?:was|has been) (?:sent|submitted|delivered|forwarded|shared)\b|\byou(?:'ve| have)? (?:successfully )?(?:applied|submitted an application)\b[^.;]{0,15}?\b(?:to|for|at)\b/,
    where: 'body',
    whenNegated: 'drop',
  },
  {
    tag: 'subject:application-received',
    kind: 'confirmation',
    weight: 3,
    pattern:
      /\bapplication (?:received|submitted|confirmation|complete|acknowledg\w*|sent)\b|\bthank(?:s| you) for (?:applying|your application|submitting)\b|\b(?:we(?:'ve| have)? )?received your application\b|\byour application (?:was|has been) (?:sent|submitted|received)\b|\bapplied (?:to|for)\b|\bapplication to\b/,
    where: 'subject',
  },
];
