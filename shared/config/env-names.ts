/**
 * Environment variable names shared by the CDK stack (which sets them) and the Lambdas
 * (which parse them with zod at cold start). One place, so the two never drift apart.
 */
export const ENV = {
  /** The user's settings (UserSettingsSchema) as JSON. */
  settings: 'JOBNUDGE_SETTINGS',
  tableName: 'JOBNUDGE_TABLE',
  rawBucket: 'JOBNUDGE_RAW_BUCKET',
  /** Key prefix the SES S3 action writes under; the object key is prefix + SES messageId. */
  rawPrefix: 'JOBNUDGE_RAW_PREFIX',
  scheduleGroup: 'JOBNUDGE_SCHEDULE_GROUP',
  schedulerRoleArn: 'JOBNUDGE_SCHEDULER_ROLE_ARN',
  reminderFunctionArn: 'JOBNUDGE_REMINDER_FUNCTION_ARN',
  reminderDlqArn: 'JOBNUDGE_REMINDER_DLQ_ARN',
} as const;
export type EnvName = (typeof ENV)[keyof typeof ENV];
