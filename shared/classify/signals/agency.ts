import type { PhraseRule } from '../phrase-rule.ts';

/**
 * A staffing agency's news about a candidacy it already put forward: the candidate's documents went
 * to the client ("I've submitted your profile to my client"), or the client answered ("my client
 * would like to meet you"). Either shows the mail is not cold outreach, whatever "my client" says.
 */
const DOCUMENTS = '(?:cv|resume|résumé|profile|application|details|candidacy)';

export const AGENCY_RULES: readonly PhraseRule[] = [
  {
    tag: 'confirmation:submitted-to-client',
    kind: 'confirmation',
    weight: 4,
    pattern: new RegExp(
      `\\b(?:i|we)(?:'ve| have| had)? (?:just |now |already )?(?:submitted|forwarded|sent|passed|shared|presented|put)\\s+(?:your ${DOCUMENTS}|you)\\s+(?:forward |over |on |across |along |through )?(?:to|with)\\s+(?:my|our|the) (?:client|hiring manager|employer)\\b` +
        `|\\byour ${DOCUMENTS}\\b[^.;]{0,20}?\\b(?:has been|was|is now|have been) (?:submitted|forwarded|sent|passed|presented|shared) (?:on |over |across )?to (?:my|our|the) client\\b`,
    ),
    where: 'body',
    whenNegated: 'drop',
    whenConditional: 'drop',
  },
  {
    // Put to the candidate as a meeting: set aside in cold outreach like any other call request.
    tag: 'interview:client-wants-to-meet',
    kind: 'interview',
    weight: 5,
    pattern:
      /\b(?:my|our|the) client\b[^.;]{0,50}?\b(?:would like|'d like|would love|'d love|wants?|is keen|are keen|ha(?:s|ve) asked|asked|ha(?:s|ve) invited|(?:is|are) inviting)(?: you)? to (?:(?:an?|the|your) )?(?:meet|interview|invite|see|speak (?:with|to)|talk (?:with|to)|have you (?:in|over|come))\b/,
    where: 'body',
    whenNegated: 'drop',
    whenConditional: 'drop',
  },
];
