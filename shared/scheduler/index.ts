/** Scheduling reminders: the port, the EventBridge Scheduler adapter and the in-memory recorder. */
export type { ReminderScheduler } from './reminder-scheduler.ts';
export { ReminderSchedulingError } from './reminder-scheduler.ts';
export { ReminderPayloadSchema, REMINDER_ID_PATTERN, payloadFor } from './reminder-payload.ts';
export type { ReminderPayload } from './reminder-payload.ts';
export { SCHEDULE_NAME_MAX_LENGTH, SCHEDULE_NAME_PATTERN, scheduleNameFor } from './schedule-name.ts';
export { atSchedule } from './at-expression.ts';
export type { AtSchedule } from './at-expression.ts';
export {
  DEFAULT_MAXIMUM_EVENT_AGE_SECONDS,
  DEFAULT_MAXIMUM_RETRY_ATTEMPTS,
  EventBridgeReminderScheduler,
  EventBridgeSchedulerConfigSchema,
  MINIMUM_LEAD_MS,
} from './eventbridge-reminder-scheduler.ts';
export type { EventBridgeSchedulerConfig, EventBridgeSchedulerConfigInput } from './eventbridge-reminder-scheduler.ts';
export { RecordingReminderScheduler } from './recording-reminder-scheduler.ts';
export type { RecordedSchedule } from './recording-reminder-scheduler.ts';
