/** The use cases end to end: an inbound message and a reminder firing. AWS wiring: aws-deps.ts, lambda-config.ts. */
export type { PipelineDeps } from './deps.ts';
export { applyReminderDiff, scheduleStoredDiff } from './apply-reminders.ts';
export type { AppliedReminders, ApplyOptions } from './apply-reminders.ts';
export { completeInbound, HEAL_WINDOW_MS, NoticeNotDeliveredError, processInbound } from './process-inbound.ts';
export type { InboundResult } from './process-inbound.ts';
export { fireReminder } from './fire-reminder.ts';
export type { FireResult } from './fire-reminder.ts';
export { fireDueUpTo } from './fire-due.ts';
export type { SimulatedTime } from './fire-due.ts';
