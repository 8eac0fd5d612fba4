import type { PhraseRule } from '../phrase-rule.ts';

/** A job offer closes the search for this application; it is `other` for the reminder policy. */
export const OFFER_RULES: readonly PhraseRule[] = [
  {
    tag: 'other:offer',
    kind: 'other',
    weight: 7,
    pattern:
      /\b(?:pleased|happy|delighted|excited|thrilled|glad|honou?red|proud) to (?:formally |officially )?(?:extend|offer|make|present|confirm)\b[^.;]{0,30}?\b(?:offer|position|role|you the)\b|\boffer you (?:the|a|this) (?:position|role|job|post)\b|\b(?:offer letter|offer of employment|employment offer|(?:formal|verbal|written|conditional|contingent) offer|offer package|compensation package)\b|\b(?:accept|accepting|sign|signing|review) (?:the|this|our|your) (?:formal |written )?offer\b|\bextend(?:ing)? (?:you )?(?:an|a|the) (?:formal |verbal |written )?offer\b|\b(?:attach|attached|attaching|enclosed|enclosing) (?:is |are )?(?:your|the|our|a) (?:formal |written )?offer\b|\byour (?:formal |written )?offer (?:letter|for the|of employment)\b|\bwelcome (?:you )?(?:to|aboard|on board)\b[^.;]{0,30}?\b(?:team|company|family)\b/,
    where: 'body',
    whenNegated: 'drop',
    whenConditional: 'drop',
  },
  {
    tag: 'subject:offer',
    kind: 'other',
    weight: 4,
    pattern: /\b(?:job offer|offer letter|offer of employment|your offer|employment offer|offer from|offer for)\b/,
    where: 'subject',
  },
];
