import type { PhraseRule } from '../phrase-rule.ts';

/**
 * Portal housekeeping: the application is not sent yet (a saved draft, an unfinished form, missing
 * documents), so nothing reached an employer and there is no receipt to follow up on. The state is
 * the signal: saved or unfinished, not submitted, or an instruction to go back and finish.
 */
const FORM = '(?:job\\s+)?(?:application|form|submission|draft)';

/**
 * One family written as several rules only so that each keeps a selective gate (see literal-gate.ts);
 * the tag counts once.
 */
const UNFINISHED_PATTERNS: readonly RegExp[] = [
  // "your application was saved", "we saved your progress", "saved as a draft"
  new RegExp(`\\b(?:application|form|profile|submission|draft|progress|answers|responses)\\b[^.;!?]{0,30}?\\b(?:has been|was|is|have been|were|got)\\s+(?:automatically\\s+|successfully\\s+)?saved\\b`),
  new RegExp('\\bsaved (?:your|the) (?:progress|draft|answers|responses)\\b|\\bsaved (?:it )?as a draft\\b'),
  // "incomplete application", "your application is still unfinished / not yet submitted"
  new RegExp(`\\b(?:incomplete|unfinished|unsubmitted|partially completed|partial|draft)\\s+${FORM}s?\\b`),
  new RegExp(`\\b(?:application|form|submission)\\b[^.;!?]{0,30}?\\b(?:is|was|remains|still|has|have)\\s+(?:still\\s+|currently\\s+)?(?:incomplete|unfinished|in draft|a draft|missing|not (?:yet )?(?:been )?(?:complete|completed|submitted|finished))\\b`),
  new RegExp('\\bmissing (?:required |some )?(?:information|documents?|fields?|items?|answers?)\\b'),
  new RegExp(`\\byou (?:have not|haven't|did not|didn't|have yet to)\\s+(?:yet\\s+)?(?:submitted|completed|finished)\\b`),
  // an instruction to go back: "complete your application", "to finish your application, upload …"
  new RegExp(`(?:^|[,:!]\\s|\\b(?:please|and|then|can|may|still|need to|must|remember to|forget to|want to|here to|below to|link to|button to)\\s)(?:finish|complete|continue|resume|return to|go back to|come back to)\\s+(?:your|the|this)\\s+${FORM}\\b`),
  new RegExp(`^to (?:finish|complete|continue) (?:your|the|this)\\s+${FORM}\\b`),
  new RegExp('\\bfinish (?:it |them )?(?:applying|later)\\b|\\b(?:finish|complete|submit) (?:it|them) (?:later|before)\\b|\\b(?:pick up|continue) where you left off\\b'),
];

export const HOUSEKEEPING_RULES: readonly PhraseRule[] = [
  ...UNFINISHED_PATTERNS.map(
    (pattern): PhraseRule => ({ tag: 'other:unfinished-application', kind: 'other', weight: 6, pattern, where: 'body', whenNegated: 'drop' }),
  ),
  {
    // "The status of your application has been updated. Sign in to see it": the portal points at news
    // it does not give, so nothing is known to follow up on. A status the mail names ("updated to:
    // received") is read by the receipt and decline families instead.
    tag: 'other:status-behind-login',
    kind: 'other',
    weight: 4,
    pattern:
      /\bstatus (?:has been|has|was) (?:recently )?(?:updated|changed)\b(?! ?(?:to\b|:|as\b))|\bstatus of your (?:application|candidacy)\b[^.;!?]{0,60}?\bhas (?:been )?(?:updated|changed)\b(?! ?(?:to\b|:|as\b))/,
    where: 'body',
    whenNegated: 'drop',
  },
  {
    // A voluntary equal-opportunity survey the portal asks for: a chore beside the application, not
    // news of it. Beside a real receipt it is an aside (decide.ts, account-chores-beside-receipt).
    tag: 'other:self-id-survey',
    kind: 'other',
    weight: 3,
    pattern:
      /\bself-identification\b|\bself-id\b|\b(?:eeo|eeoc|equal (?:employment )?opportunit(?:y|ies)|diversity|demographic) (?:survey|questionnaire|form)s?\b/,
    where: 'body',
  },
  {
    tag: 'subject:unfinished-application',
    kind: 'other',
    weight: 4,
    pattern:
      /\b(?:complete|finish|continue|resume) your (?:job )?application\b|\bapplication (?:saved|incomplete|draft|in draft|not submitted)\b|\b(?:form|progress|draft) (?:was |has been )?saved\b|\b(?:incomplete|unfinished) application\b|\bfinish applying\b/,
    where: 'subject',
  },
];
