import * as z from '../config/zod-mini.ts';
import type { ReminderRecord } from '../domain/application.ts';
import { RULE_IDS } from '../policy/rule-ids.ts';

/** `<rule>.<round>`, e.g. `status-check.2`. */
export const REMINDER_ID_PATTERN = new RegExp(`^(${RULE_IDS.join('|')})\\.(0|[1-9][0-9]*)$`);

/**
 * What a schedule hands the reminder Lambda: only ids. The Lambda loads the application and the
 * reminder itself, so nothing private rides in the schedule and a stale payload cannot mislead it.
 */
export const ReminderPayloadSchema = z.strictObject({
  applicationId: z.string().check(z.minLength(1), z.maxLength(200)),
  reminderId: z.string().check(z.regex(REMINDER_ID_PATTERN, { message: 'must be <rule>.<round>, e.g. status-check.1' })),
  /** The application version the reminder was planned at: a mismatch means a newer plan replaced it. */
  version: z.int().check(z.minimum(0)),
});
export type ReminderPayload = z.infer<typeof ReminderPayloadSchema>;

export function payloadFor(reminder: ReminderRecord): ReminderPayload {
  return { applicationId: reminder.applicationId, reminderId: reminder.reminderId, version: reminder.plannedAtVersion };
}
