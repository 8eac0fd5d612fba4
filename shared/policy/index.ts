/** The follow-up policy: rules as data and the pure planner. */
export { RULE_IDS } from './rule-ids.ts';
export type { RuleId } from './rule-ids.ts';
export { RULES, STATUS_CHECK_AFTER_NEXT_STEP_DAYS } from './rules.ts';
export type { RuleAnchor, RuleDefinition, RuleTiming } from './rules.ts';
export { SEED_ARTICLES } from './seed-articles.ts';
export type { SeedId } from './seed-articles.ts';
export { contactPermission, describeNoContact } from './contact-permission.ts';
export type { ContactPermission, ReminderVariant } from './contact-permission.ts';
export { contactVariant, needsContact, reminderAction } from './variant.ts';
export { effectiveRule } from './rule-config.ts';
export type { EffectiveRule, EffectiveTiming } from './rule-config.ts';
export { InvalidInstantError, isoWithOffset, localWallClock } from './fire-time.ts';
export type { FireAdjustment } from './fire-time.ts';
export { PlanInputError, planReminders, reminderIdFor, toRecord } from './planner.ts';
export type { PlanInput, PlannedReminder, ReminderDiff, ReminderPlan, SkippedReminder } from './planner.ts';
export { onReminderFired, stageForRule, stillDue } from './after-firing.ts';
export type { DueCheck, FiredOutcome } from './after-firing.ts';
