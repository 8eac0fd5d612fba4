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
    // A recruiter describing the hire while keeping the employer unnamed ("I'm working with a leading
    // Dublin fintech", "we're partnering with a Series B scale-up"), or chasing a pitch it sent ("did
    // you get a chance to look at the role I sent?"). The indefinite article is the tell: an employer
    // speaks of itself by name.
    tag: 'other:cold-outreach',
    kind: 'other',
    weight: 4,
    pattern:
      /\b(?:i(?:'m| am)|we(?:'re| are)) (?:currently )?(?:working with|partnering with|recruiting for|hiring for|helping|supporting) (?:a|an) (?:[a-z-]+ ){0,3}?(?:client|startup|start-up|scale-?up|firm|company|fintech|business|brand|organi[sz]ation|bank|agency|consultancy|retailer|manufacturer|employer)\b|\b(?:role|opportunity|position|job|spec)s? (?:i|we) (?:sent|shared|mentioned|forwarded|passed on)(?: (?:you|over|across|along))?\b/,
    where: 'body',
  },
  {
    // The same recruiter introducing the firm: "I run a small agency placing welders", "I work for a
    // recruitment consultancy in Leeds". Two patterns only so that each stays provably linear.
    tag: 'other:cold-outreach',
    kind: 'other',
    weight: 4,
    pattern: /\b(?:i|we) (?:run|own|manage|work for|work at|are|am) (?:a|an) (?:[a-z-]+ ){0,3}?(?:recruitment|staffing|headhunting|placement) (?:agency|firm|company|business|consultancy)\b/,
    where: 'body',
  },
  {
    tag: 'other:cold-outreach',
    kind: 'other',
    weight: 4,
    pattern: /\b(?:i|we) (?:run|own|manage|work for|work at) (?:a|an) (?:[a-z-]+ ){0,2}?agency\b/,
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
  {
    // The same fit remark with what is being praised in between: "your background with multi-site
    // networks looks like a great match". Its own rule so that each stays provably linear.
    tag: 'other:opportunity-pitch',
    kind: 'other',
    weight: 2,
    pattern: /\byour (?:background|profile|experience) (?:with|in|of|running|leading|building|across|at) [^.;!?]{0,40}?\b(?:looks|seems|sounds) (?:like )?(?:a )?(?:great|good|strong|perfect) (?:fit|match)\b/,
    where: 'body',
  },
];
