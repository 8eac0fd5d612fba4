import type { RuleId } from '../policy/rule-ids.ts';
import { RULES } from '../policy/rules.ts';
import { isSeedId, SEED_ARTICLE_TITLES, type SeedId } from '../policy/seed-articles.ts';

/** Article numbers from a record's `source` ("003", "seeds/003_x.txt" → "003"), else the rule's own. */
export function sourceNumbers(rule: RuleId, recorded: readonly string[]): SeedId[] {
  const numbers = recorded.map((s) => /(?:^|\/)(\d{3})(?:[_.\s]|$)/.exec(s)?.[1]).filter((n): n is SeedId => n !== undefined && isSeedId(n));
  return [...new Set(numbers.length > 0 ? numbers : RULES[rule].source)];
}

/** The articles by title: "“Pushy Interview Follow Ups” (…) and “Following up After An Interview”". */
export function articlesLabel(numbers: readonly SeedId[]): string {
  const titles = numbers.map((n) => SEED_ARTICLE_TITLES[n]);
  if (titles.length <= 1) return titles[0] ?? '';
  return `${titles.slice(0, -1).join(', ')} and ${titles[titles.length - 1]}`;
}
