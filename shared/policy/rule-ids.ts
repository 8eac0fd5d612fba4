/** The follow-up rules, by the ids policy.md gives them. */
export const RULE_IDS = [
  'confirm-receipt',
  'keep-applying',
  'prepare',
  'thank-you-email',
  'thank-you-note',
  'status-check',
  'move-on',
  'ask-feedback',
  'stay-in-touch',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
