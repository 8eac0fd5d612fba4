import { ALL_RULES } from './index.ts';
import { gateKey, requiredLiterals, type GateTable } from './literal-gate.ts';
import { VOICE_PATTERNS } from './signals/voice.ts';

export { RULE_GATES_GLOBAL } from './literal-gate.ts';

/** Every pattern the classifier gates: body and full-text rules (subject rules run unguarded) and the voice checks. */
export function gatedPatterns(): RegExp[] {
  return [...ALL_RULES.filter((rule) => rule.where !== 'subject').map((rule) => rule.pattern), ...VOICE_PATTERNS];
}

/**
 * The gate clauses of every gated pattern, keyed by source and flags: what the bundler bakes into a
 * Lambda bundle (infra/constructs/function-bundling.ts), so the derivation runs at build time.
 */
export function precomputedRuleGates(): GateTable {
  const table: Record<string, readonly (readonly string[])[]> = {};
  for (const pattern of gatedPatterns()) table[gateKey(pattern)] = requiredLiterals(pattern);
  return table;
}
