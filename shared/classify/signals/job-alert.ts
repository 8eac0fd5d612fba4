import type { PhraseRule } from '../phrase-rule.ts';

/** Job alerts and board digests: lists of postings, not news about an application. */
export const JOB_ALERT_RULES: readonly PhraseRule[] = [
  {
    tag: 'other:job-alert',
    kind: 'other',
    weight: 5,
    pattern:
      /\bjob alerts?\b|\bjobs? (?:that |you )?(?:may|might|could|would) (?:be (?:of )?interest(?:ed|ing)?|like|suit|fit)\b|\brecommended (?:jobs?|for you|roles?|positions?|opportunities)\b|\bnew jobs? (?:for you|matching|that match|near|in|posted|like)\b|\b\d+\+? new (?:jobs?|opportunities|positions|roles|openings)\b|\b(?:jobs?|roles?|positions?) (?:based on|matching|that match) your (?:profile|search|preferences|criteria|skills|interests)\b|\btop (?:job )?picks\b|\b(?:similar|more|other) jobs\b|\bjobs? (?:digest|newsletter|roundup|matches)\b|\b(?:daily|weekly) (?:jobs?|roundup)\b|\bsaved search\b|\bbased on your (?:recent )?(?:searches|search history|activity|profile|preferences)\b|\bnew (?:job )?postings?\b|\bjobs? you (?:viewed|saved)\b/,
    where: 'full',
  },
  {
    tag: 'other:listing',
    kind: 'other',
    weight: 2,
    pattern: /\b(?:is hiring|now hiring|are hiring|(?:view|see|browse) (?:all )?(?:jobs|openings|positions)|easy apply|apply now|actively recruiting|promoted)\b/,
    where: 'full',
  },
  {
    tag: 'subject:job-alert',
    kind: 'other',
    weight: 4,
    pattern:
      /\bjob alert\b|\bjobs? for you\b|\bnew jobs?\b|\b\d+\+? (?:new )?(?:jobs?|opportunities|roles)\b|\bis hiring\b|\brecommended\b|\bjobs? (?:near|in|matching)\b|\bjobs? digest\b|\bnew (?:openings|opportunities|positions)\b/,
    where: 'subject',
  },
];
