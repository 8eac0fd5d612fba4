import type { RuleId } from '../policy/rule-ids.ts';

/**
 * The seed articles each rule rests on, by number (policy.md's table). Used when a reminder record
 * does not carry its own list.
 */
export const RULE_SOURCES: Readonly<Record<RuleId, readonly string[]>> = {
  'confirm-receipt': ['003'],
  'keep-applying': ['004', '002'],
  prepare: ['003', '004'],
  'thank-you-email': ['004', '003'],
  'thank-you-note': ['004', '003'],
  'status-check': ['002'],
  'move-on': ['002'],
  'ask-feedback': ['002'],
  'stay-in-touch': ['003'],
};

/** Article numbers from a record's `source` ("003", "seeds/003_x.txt" → "003"), else the rule's defaults. */
export function sourceNumbers(rule: RuleId, recorded: readonly string[]): string[] {
  const numbers = recorded.map((s) => /(?:^|\/)(\d{3})(?:[_.\s]|$)/.exec(s)?.[1]).filter((n): n is string => n !== undefined);
  return [...new Set(numbers.length > 0 ? numbers : RULE_SOURCES[rule])];
}

/** "article 002" / "articles 004 and 003". */
export function articlesLabel(numbers: readonly string[]): string {
  if (numbers.length === 1) return `article ${numbers[0]}`;
  return `articles ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}
