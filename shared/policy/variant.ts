import type { ContactPermission, ReminderVariant } from './contact-permission.ts';
import type { RuleId } from './rule-ids.ts';
import { RULES } from './rules.ts';

/** The wording a reminder gets: `no-contact` for rules that keep a no-contact form when contact is not allowed. */
export function contactVariant(rule: RuleId, permission: ContactPermission): ReminderVariant {
  return !permission.allowed && RULES[rule].noContactAction !== undefined ? 'no-contact' : 'standard';
}

/** Rules that are pointless without contact (no no-contact form): not planned, cancelled, dropped. */
export function needsContact(rule: RuleId): boolean {
  return RULES[rule].contactsSomeone && RULES[rule].noContactAction === undefined;
}

/** What the reminder asks the user to do, in the wording for its variant. */
export function reminderAction(rule: RuleId, variant: ReminderVariant): string {
  const definition = RULES[rule];
  return variant === 'no-contact' && definition.noContactAction !== undefined ? definition.noContactAction : definition.action;
}
