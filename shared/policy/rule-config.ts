import type { UserSettings } from '../config/settings.ts';
import type { RuleId } from './rule-ids.ts';
import { RULES, STATUS_CHECK_AFTER_NEXT_STEP_DAYS } from './rules.ts';
import type { RuleDefinition, RuleTiming } from './rules.ts';

/** A rule with the user's overrides applied: the numbers the planner actually uses. */
export interface EffectiveRule {
  readonly definition: RuleDefinition;
  readonly enabled: boolean;
  readonly timing: EffectiveTiming;
  /** status-check only: days after the employer's next-step date. */
  readonly afterNextStepDays: number;
  readonly closesAsStale: boolean;
  /** thank-you-note only: plan a card only after an in-person interview or with a postal address. */
  readonly inPersonOnly: boolean;
}

export type EffectiveTiming =
  | { readonly kind: 'days-after'; readonly days: number; readonly hour: number }
  | { readonly kind: 'days-before-interview'; readonly days: number; readonly hour: number; readonly minLeadHours: number }
  | { readonly kind: 'hours-after-interview'; readonly hours: number };

export function effectiveRule(rule: RuleId, settings: UserSettings): EffectiveRule {
  const definition = RULES[rule];
  const override = settings.rules[rule] ?? {};
  return {
    definition,
    enabled: override.enabled ?? true,
    timing: applyOverride(definition.timing, override, settings.localHour),
    afterNextStepDays: override.afterNextStepDays ?? STATUS_CHECK_AFTER_NEXT_STEP_DAYS,
    closesAsStale: definition.closesAsStale && (override.closesAsStale ?? true),
    inPersonOnly: override.inPersonOnly ?? true,
  };
}

function applyOverride(
  timing: RuleTiming,
  override: NonNullable<UserSettings['rules'][RuleId]>,
  userHour: number,
): EffectiveTiming {
  switch (timing.kind) {
    case 'days-after':
      return {
        kind: 'days-after',
        days: override.delayDays ?? timing.days,
        hour: override.localHour ?? (timing.hour === 'user' ? userHour : timing.hour),
      };
    case 'days-before-interview':
      return { ...timing, days: override.delayDays ?? timing.days, hour: override.localHour ?? timing.hour };
    case 'hours-after-interview':
      return { kind: 'hours-after-interview', hours: override.delayHours ?? timing.hours };
  }
}
