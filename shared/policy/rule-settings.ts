import type { RuleId } from './rule-ids.ts';

/**
 * Which per-rule settings mean something for which rule. The settings schema rejects the others
 * with a message naming the field, so a typo like `localHour` on `thank-you-email` (which fires a
 * number of hours after the interview, not at an hour of the day) is not silently ignored.
 */
export const RULE_SETTING_FIELDS = ['enabled', 'delayDays', 'delayHours', 'localHour', 'afterNextStepDays', 'closesAsStale', 'inPersonOnly'] as const;
export type RuleSettingField = (typeof RULE_SETTING_FIELDS)[number];

const FIXED_HOUR: readonly RuleSettingField[] = ['enabled', 'delayDays', 'localHour'];

export const RULE_SETTINGS_APPLY: Readonly<Record<RuleId, readonly RuleSettingField[]>> = {
  'confirm-receipt': FIXED_HOUR,
  'keep-applying': [...FIXED_HOUR, 'closesAsStale'],
  /** delayDays counts days BEFORE the interview. */
  prepare: FIXED_HOUR,
  'thank-you-email': ['enabled', 'delayHours'],
  /** inPersonOnly: cards only after an in-person interview or when a postal address is known. */
  'thank-you-note': [...FIXED_HOUR, 'inPersonOnly'],
  /** delayDays: after the interview (or invite); afterNextStepDays: after the employer's own date. */
  'status-check': [...FIXED_HOUR, 'afterNextStepDays'],
  'move-on': [...FIXED_HOUR, 'closesAsStale'],
  'ask-feedback': FIXED_HOUR,
  'stay-in-touch': FIXED_HOUR,
};

/** Why a setting does not apply, for the validation message. */
export function whySettingDoesNotApply(rule: RuleId): string {
  const allowed = RULE_SETTINGS_APPLY[rule].join(', ');
  return `does not apply to ${rule} (it takes: ${allowed})`;
}
