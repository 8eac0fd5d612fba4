import type { PhraseRule } from '../phrase-rule.ts';

/** A recruiter writing first, about a role the candidate never applied to, is `other`. */
export const OUTREACH_RULES: readonly PhraseRule[] = [
  {
    tag: 'other:cold-outreach',
    kind: 'other',
    weight: 4,
    pattern:
      /\b(?:came across|come across|found|saw|noticed|viewed|reviewed|stumbled (?:up)?on|impressed (?:by|with))\b[^.;]{0,15}?\byour (?:profile|background|resume|experience|linkedin|github|portfolio|work)\b|\byour (?:profile|background|experience|linkedin|github|portfolio|work)\b[^.;]{0,30}?\b(?:caught my (?:eye|attention)|stood out to me|jumped out at me)\b|\b(?:open|interested|considering) (?:to|in) (?:new |exploring |hearing about |discussing )?(?:(?:new|other|career|job) )?(?:opportunities|roles|a (?:new )?(?:role|opportunity|position|move|change))\b|\bi(?:'m| am) (?:a |an )?(?:\w+ )?(?:recruiter|headhunter|sourcer|talent partner)\b|\b(?:would|are) you (?:be )?(?:open|interested) (?:to|in)\b|\bi(?:'m| am) reaching out (?:about|regarding|because|to see|on behalf)\b|\b(?:i(?:'m| am)|we(?:'re| are)) (?:currently )?(?:working on|recruiting for|partnering with|helping|supporting)\b[^.;]{0,40}?\b(?:search|client|startup|firm)\b/,
    where: 'body',
  },
  {
    // An agency speaking of its client: cold when nothing else is said, but the same words carry an
    // agency's news about a candidacy it already put forward (see signals/agency.ts and decide.ts).
    tag: 'other:agency-client',
    kind: 'other',
    weight: 4,
    pattern: /\bon behalf of (?:my|our|a) client\b|\bmy client\b/,
    where: 'body',
  },
  {
    tag: 'other:opportunity-pitch',
    kind: 'other',
    weight: 2,
    pattern: /\b(?:exciting|great|unique|interesting|fantastic|new) (?:new )?(?:opportunity|role|position|opening)\b|\b(?:think|believe) you(?:'d| would) be a (?:great|good|strong|perfect) (?:fit|match)\b|\byour (?:background|profile|experience) (?:looks|seems|sounds) (?:like )?(?:a )?(?:great|good|strong|perfect) (?:fit|match)\b/,
    where: 'body',
  },
];
