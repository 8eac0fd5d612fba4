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
  /** Days each table item kind is kept (RetentionSchema) as JSON; the documented defaults when unset. */
  retention: 'JOBNUDGE_RETENTION',
} as const;
export type EnvName = (typeof ENV)[keyof typeof ENV];

/**
 * Local and test runs only: where the AWS SDK clients go instead of AWS. One endpoint for every
 * service (moto serves all on one port), or one per service (dynalite, s3rver, aws-ses-v2-local
 * listen apart); a per-service one wins. Unset in AWS, where the SDK finds the real endpoints itself.
 */
export const ENDPOINT_ENV = {
  all: 'JOBNUDGE_AWS_ENDPOINT',
  s3: 'JOBNUDGE_S3_ENDPOINT',
  dynamodb: 'JOBNUDGE_DYNAMODB_ENDPOINT',
  ses: 'JOBNUDGE_SES_ENDPOINT',
  scheduler: 'JOBNUDGE_SCHEDULER_ENDPOINT',
} as const;
export type EndpointEnvName = (typeof ENDPOINT_ENV)[keyof typeof ENDPOINT_ENV];
