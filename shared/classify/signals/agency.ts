import type { PhraseRule } from '../phrase-rule.ts';

/**
 * A staffing agency's news about a candidacy it already put forward: the candidate's documents went
 * to the client ("I've submitted your profile to my client"), or the client answered ("my client
 * would like to meet you"). Either shows the mail is not cold outreach, whatever "my client" says.
 * Written as several patterns only so that each stays provably linear (test/hardening/redos.test.ts).
 */
const DOCUMENTS = '(?:cv|resume|résumé|profile|application|details|candidacy)';

const SUBMITTED_PATTERNS: readonly RegExp[] = [
  new RegExp(
    `\\b(?:i|we)(?:'ve| have| had)? (?:just |now |already )?(?:submitted|forwarded|sent|passed|shared|presented|put) (?:your ${DOCUMENTS}|you) (?:forward |over |on |across |along |through )?(?:to|with) (?:my|our|the) (?:client|hiring manager|employer)\\b`,
  ),
  // Put before an employer named outright: "I've now submitted your CV and portfolio to Dunmore Asset
  // Management", "we have sent your profile over to Harlow Foods". Done by the writer, never asked of the candidate.
  new RegExp(
    `\\b(?:i|we)(?:'ve| have| had) (?:just |now |already )?(?:submitted|forwarded|sent|presented|put forward) your ${DOCUMENTS}(?: (?:and|&) (?:your )?[a-z]+)? (?:over |on |across |along |through )?to (?:my client,? )?[a-z]`,
  ),
  new RegExp(`\\byour ${DOCUMENTS}\\b[^.;]{0,20}?\\b(?:has been|was|is now|have been) (?:submitted|forwarded|sent|passed|presented|shared) (?:on |over |across )?to (?:my|our|the) client\\b`),
];

export const AGENCY_RULES: readonly PhraseRule[] = [
  ...SUBMITTED_PATTERNS.map(
    (pattern): PhraseRule => ({ tag: 'confirmation:submitted-to-client', kind: 'confirmation', weight: 4, pattern, where: 'body', whenNegated: 'drop', whenConditional: 'drop' }),
  ),
  {
    // Put to the candidate as a meeting: set aside in cold outreach like any other call request.
    // "Wants to see you", not "wants to see more SQL experience".
    tag: 'interview:client-wants-to-meet',
    kind: 'interview',
    weight: 5,
    pattern: /\bclient\b[^.;]{0,50}?\b(?:like|love|want|wants|keen|asked|invited|inviting) (?:you )?to (?:meet|interview|see you|speak|talk)\b/,
    where: 'body',
    whenNegated: 'drop',
    whenConditional: 'drop',
  },
];
