import { fileURLToPath } from 'node:url';
import { CfnOutput, Duration, Stack, Validations } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as iam from 'aws-cdk-lib/aws-iam';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import type { Construct } from 'constructs';
import { ENV } from '../shared/config/env-names.ts';
import { functionUserSettings, ingestAddress } from '../shared/config/deploy-settings.ts';
import type { DeploySettings } from '../shared/config/deploy-settings.ts';
import { ConfigError } from '../shared/config/zod-errors.ts';
import { AppFunction } from './constructs/app-function.ts';
import { ApplicationTable } from './constructs/application-table.ts';
import { DailyReconcileSchedule } from './constructs/daily-reconcile-schedule.ts';
import { FailureQueue, MAX_FAILURE_RETENTION } from './constructs/failure-queue.ts';
import { MailReceiving } from './constructs/mail-receiving.ts';
import { COUNT_ALARM_PERIOD, OperatorAlarms } from './constructs/operator-alarms.ts';
import { RAW_MAIL_PREFIX, RawMailBucket } from './constructs/raw-mail-bucket.ts';
import { ReminderScheduling } from './constructs/reminder-scheduling.ts';
import { WeeklyDigestSchedule } from './constructs/weekly-digest-schedule.ts';
import { DEFAULT_DIGEST_SCHEDULE, type DigestSchedule } from '../shared/digest/digest-schedule.ts';
import { nagResourceText } from './nag-finding-id.ts';
import { METRICS_NAMESPACE, RECONCILE_METRICS, RECONCILER_SERVICE_NAME } from '../shared/pipeline/reconcile-metrics.ts';

const PARSER_ENTRY = fileURLToPath(new URL('../functions/parser/handler.ts', import.meta.url));
const REMINDER_ENTRY = fileURLToPath(new URL('../functions/reminder/handler.ts', import.meta.url));
const RECONCILER_ENTRY = fileURLToPath(new URL('../functions/reconciler/handler.ts', import.meta.url));

/**
 * Memory per function (MB; Lambda also scales CPU with it). The parser holds one decoded message
 * (SES accepts up to 40 MB through the S3 action) plus mailparser's copies; the reminder renders one
 * small email. Provisional until the bench measures peak RSS per message size.
 */
export const PARSER_MEMORY_MB = 512;
export const REMINDER_MEMORY_MB = 256;
/** The reconciler scans one user's reminders (hundreds of small items) and creates a few schedules. */
export const RECONCILER_MEMORY_MB = 256;
/** The parser reads S3, parses, writes DynamoDB and plans schedules; a minute covers a large message. */
const PARSER_TIMEOUT = Duration.seconds(60);
const REMINDER_TIMEOUT = Duration.seconds(30);
/** One Scan plus a Scheduler call per orphan; a minute leaves room for throttled retries. */
const RECONCILER_TIMEOUT = Duration.seconds(60);
/** Lambda retries a failed asynchronous run this often (the maximum), then hands it to the failure queue. */
const ASYNC_RETRY_ATTEMPTS = 2;
/** A run older than this is not retried: a reminder or ingest delayed by hours is better inspected. */
const ASYNC_MAX_EVENT_AGE = Duration.hours(6);
/** Lambda allows 4 KB of environment in total; the settings JSON gets most of it, the names and ARNs the rest. */
export const SETTINGS_ENV_BUDGET_BYTES = 3072;

export interface JobnudgeStackProps extends StackProps {
  readonly settings: DeploySettings;
  /** The weekly digest's day, hour and switch; Monday 08:00 when absent. */
  readonly digest?: DigestSchedule;
}

/** The whole personal pipeline: receive → store raw → parse → table + schedules → remind by email. */
export class JobnudgeStack extends Stack {
  readonly parser: AppFunction;
  readonly reminder: AppFunction;
  readonly reconciler: AppFunction;

  constructor(scope: Construct, id: string, props: JobnudgeStackProps) {
    const { settings } = props;
    super(scope, id, {
      ...props,
      env: { account: props.env?.account, region: settings.region },
      description: 'jobnudge: forwarded job emails in, follow-up reminders out',
    });

    // The functions also learn the Reply-To (the ingest address) and the secret address, if any.
    const settingsJson = JSON.stringify(functionUserSettings(settings));
    if (Buffer.byteLength(settingsJson) > SETTINGS_ENV_BUDGET_BYTES) {
      throw new ConfigError('deploy settings', [
        `user: too large for a Lambda environment (${Buffer.byteLength(settingsJson)} bytes of JSON, at most ${SETTINGS_ENV_BUDGET_BYTES}); shorten the signature or rules`,
      ]);
    }

    // TTL on `expiresAt`, which the store stamps on every item from settings.retention.
    const table = new ApplicationTable(this, 'Applications');
    const rawBucket = new RawMailBucket(this, 'RawMail', { retentionDays: settings.rawRetentionDays });
    Validations.of(rawBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'Only SES (for one receipt rule) writes and only the parser role reads; server access logs would need a second bucket for a single-user inbox. CloudTrail data events can be enabled if auditing is wanted.',
    });
    const scheduling = new ReminderScheduling(this, 'Reminders');
    // The parser's failure queue holds whole SES events (addresses, subject): kept no longer than a
    // redrive can still work, i.e. while the raw message is still in S3, and never beyond 14 days.
    const parserFailures = new FailureQueue(this, 'ParserFailures', {
      retention: Duration.days(Math.min(MAX_FAILURE_RETENTION.toDays(), settings.rawRetentionDays)),
    });
    for (const queue of [parserFailures, scheduling.deadLetterQueue]) {
      Validations.of(queue).acknowledge({
        id: 'AwsSolutions-SQS3',
        reason: 'This queue is itself the dead-letter destination for failed runs; nothing consumes it automatically.',
      });
    }

    const shared: Record<string, string> = {
      [ENV.settings]: settingsJson,
      [ENV.tableName]: table.tableName,
      [ENV.scheduleGroup]: scheduling.group.scheduleGroupName,
      [ENV.schedulerRoleArn]: scheduling.schedulerRole.roleArn,
      [ENV.reminderDlqArn]: scheduling.deadLetterQueue.queueArn,
      [ENV.retention]: JSON.stringify(settings.retention),
    };

    // The reminder learns its own ARN from context.invokedFunctionArn: an env var naming itself
    // would be a circular reference in the template.
    this.reminder = new AppFunction(this, 'Reminder', {
      entry: REMINDER_ENTRY,
      description: 'Sends one due reminder and re-plans what follows',
      serviceName: 'jobnudge-reminder',
      memorySize: REMINDER_MEMORY_MB,
      timeout: REMINDER_TIMEOUT,
      environment: shared,
      retryAttempts: ASYNC_RETRY_ATTEMPTS,
      maxEventAge: ASYNC_MAX_EVENT_AGE,
      onFailure: new SqsDestination(scheduling.deadLetterQueue),
    });
    this.parser = new AppFunction(this, 'Parser', {
      entry: PARSER_ENTRY,
      description: 'Reads one forwarded email from S3, records it and plans reminders',
      serviceName: 'jobnudge-parser',
      memorySize: PARSER_MEMORY_MB,
      timeout: PARSER_TIMEOUT,
      environment: {
        ...shared,
        [ENV.rawBucket]: rawBucket.bucketName,
        [ENV.rawPrefix]: RAW_MAIL_PREFIX,
        [ENV.reminderFunctionArn]: this.reminder.function.functionArn,
      },
      retryAttempts: ASYNC_RETRY_ATTEMPTS,
      maxEventAge: ASYNC_MAX_EVENT_AGE,
      onFailure: new SqsDestination(parserFailures),
      // Throttled SES invocations wait in Lambda's async queue (up to maxEventAge), so a cap loses no mail.
      ...(settings.parserConcurrency === null ? {} : { reservedConcurrentExecutions: settings.parserConcurrency }),
    });

    // The daily sweep for reminders that lost their schedule: no settings and no mail permission, it
    // only reads reminders, drops stale ones and re-creates schedules that invoke the reminder.
    this.reconciler = new AppFunction(this, 'Reconciler', {
      entry: RECONCILER_ENTRY,
      description: 'Daily: re-creates missing reminder schedules and settles reminders that fell due without one',
      serviceName: RECONCILER_SERVICE_NAME,
      memorySize: RECONCILER_MEMORY_MB,
      timeout: RECONCILER_TIMEOUT,
      environment: {
        [ENV.tableName]: table.tableName,
        [ENV.scheduleGroup]: scheduling.group.scheduleGroupName,
        [ENV.schedulerRoleArn]: scheduling.schedulerRole.roleArn,
        [ENV.reminderDlqArn]: scheduling.deadLetterQueue.queueArn,
        [ENV.reminderFunctionArn]: this.reminder.function.functionArn,
      },
      retryAttempts: ASYNC_RETRY_ATTEMPTS,
      maxEventAge: ASYNC_MAX_EVENT_AGE,
      onFailure: new SqsDestination(scheduling.deadLetterQueue),
    });

    this.parser.role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [rawBucket.arnForObjects(`${RAW_MAIL_PREFIX}*`)] }),
    );
    for (const fn of [this.parser, this.reminder]) table.grantStoreAccess(fn.role);
    table.grantReconcilerAccess(this.reconciler.role);
    for (const fn of [this.parser, this.reminder, this.reconciler]) scheduling.allowManagingSchedules(fn.role);
    scheduling.allowInvoking(this.reminder.function);
    scheduling.allowInvoking(this.reconciler.function);
    new DailyReconcileSchedule(this, 'DailyReconcile', { timeZone: settings.user.timeZone, target: this.reconciler.function, scheduling });
    new WeeklyDigestSchedule(this, 'WeeklyDigest', {
      schedule: props.digest ?? DEFAULT_DIGEST_SCHEDULE,
      timeZone: settings.user.timeZone,
      target: this.reminder.function,
      scheduling,
    });

    const receiving = new MailReceiving(this, 'Receiving', {
      settings,
      rawBucket,
      rawPrefix: RAW_MAIL_PREFIX,
      parser: this.parser.function,
    });

    // Both functions send mail (reminders; notices such as a forwarding confirmation) through
    // SendRawEmail only (shared/mailer/ses-mailer.ts), always From the sender address and only to the
    // user's notify address: every recipient must be that address (ForAllValues), and the Null test
    // refuses a request without recipients, which ForAllValues alone would let through. SES authorizes
    // a send against the sender's identity and, in the sandbox, the recipient's verified identity too,
    // so both ARNs are named and nothing else.
    const sendAsSender = new iam.PolicyStatement({
      actions: ['ses:SendRawEmail'],
      resources: [
        receiving.identity.emailIdentityArn,
        this.formatArn({ service: 'ses', resource: 'identity', resourceName: settings.user.notifyAddress }),
      ],
      conditions: {
        StringEquals: { 'ses:FromAddress': settings.user.senderAddress },
        'ForAllValues:StringEquals': { 'ses:Recipients': [settings.user.notifyAddress] },
        Null: { 'ses:Recipients': 'false' },
      },
    });
    this.parser.role.addToPrincipalPolicy(sendAsSender);
    this.reminder.role.addToPrincipalPolicy(sendAsSender);

    const alarms = new OperatorAlarms(this, 'Alarms', { email: settings.alarmEmail ?? settings.user.notifyAddress });
    alarms.watchQueue('ParserFailuresAlarm', parserFailures, 'A forwarded email could not be processed after retries; see the ParserFailures queue.');
    alarms.watchQueue('ReminderDeadLettersAlarm', scheduling.deadLetterQueue, 'A reminder (or the daily reminder sweep) could not run after retries; see the reminder dead-letter queue.');
    alarms.watchFunction('ParserErrorsAlarm', this.parser.function, 'The parser function reported an error.');
    alarms.watchFunction('ReminderErrorsAlarm', this.reminder.function, 'The reminder function reported an error.');
    alarms.watchFunction('ReconcilerErrorsAlarm', this.reconciler.function, 'The daily reminder sweep failed or could not settle every reminder; it runs again tomorrow.');
    alarms.watchCount(
      'OrphanedRemindersAlarm',
      new cloudwatch.Metric({
        namespace: METRICS_NAMESPACE,
        metricName: RECONCILE_METRICS.orphansFixed,
        dimensionsMap: { service: RECONCILER_SERVICE_NAME },
        statistic: cloudwatch.Stats.SUM,
        period: COUNT_ALARM_PERIOD,
      }),
      'The daily sweep found reminders without a schedule and fixed them (scheduled again or dropped as too late): scheduling had failed after its retries earlier.',
    );

    this.acknowledgeScopedWildcards(table, rawBucket, scheduling);
    this.addOutputs(settings, receiving);
    new CfnOutput(this, 'RawMailBucketName', { value: rawBucket.bucketName, description: 'Raw forwarded mail (kept on stack deletion)' });
    new CfnOutput(this, 'ApplicationsTableName', { value: table.tableName, description: 'Applications table (kept on stack deletion)' });
    new CfnOutput(this, 'ParserLogGroupName', { value: this.parser.logGroup.logGroupName, description: 'Parser logs' });
    new CfnOutput(this, 'ReminderLogGroupName', { value: this.reminder.logGroup.logGroupName, description: 'Reminder logs' });
    new CfnOutput(this, 'ReconcilerLogGroupName', { value: this.reconciler.logGroup.logGroupName, description: 'Daily reminder sweep logs' });
  }

  /** Wildcards that are already narrowed to this stack's own resources; each finding named exactly. */
  private acknowledgeScopedWildcards(table: ApplicationTable, rawBucket: RawMailBucket, scheduling: ReminderScheduling): void {
    const tableArn = nagResourceText(this, table.tableArn);
    const scheduleArn = nagResourceText(this, scheduling.scheduleArnPattern);
    for (const fn of [this.parser, this.reminder, this.reconciler]) {
      const logArn = nagResourceText(this, fn.logGroup.logGroupArn);
      const acknowledge = (finding: string, reason: string): void =>
        Validations.of(fn.role).acknowledge({ id: `AwsSolutions-IAM5[Resource::${finding}]`, reason });
      acknowledge(`${logArn}:log-stream:*`, 'Log streams are created by Lambda at run time, inside this function\'s own log group.');
      if (fn !== this.reconciler) acknowledge(`${tableArn}/index/*`, 'Queries the table\'s own GSI (gsi1); the wildcard covers only this table\'s indexes.');
      acknowledge(scheduleArn, 'Schedule names are derived from reminder ids at run time; the wildcard is limited to this stack\'s schedule group.');
    }
    const rawArn = nagResourceText(this, rawBucket.bucketArn);
    Validations.of(this.parser.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${rawArn}/${RAW_MAIL_PREFIX}*]`,
      reason: 'Object keys are SES message ids known only when mail arrives; read access is limited to the raw-mail prefix.',
    });
  }

  private addOutputs(settings: DeploySettings, receiving: MailReceiving): void {
    const address = ingestAddress(settings);
    new CfnOutput(this, 'IngestAddress', { value: address, description: 'Forward job emails to this address' });
    const zoneNote = settings.hostedZone ? 'written to Route 53' : 'add at your DNS provider';
    receiving.dnsRecords.forEach((record, index) => {
      new CfnOutput(this, `DnsRecord${index + 1}`, {
        value: `${record.name} ${record.type} ${record.value}`,
        description: `DNS record ${index + 1} of ${receiving.dnsRecords.length} (${zoneNote})`,
      });
    });
    const steps = [
      settings.hostedZone ? '1. DNS records were written to Route 53' : '1. Add the DnsRecord outputs at your DNS provider',
      `2. Verify ${settings.user.notifyAddress} in SES (sandbox) and confirm the SNS alarm subscription email`,
      `3. Forward one job email to ${address} (set up forwarding in Gmail/Outlook as the deploy guide shows)`,
    ];
    new CfnOutput(this, 'NextSteps', { value: steps.join(' | '), description: 'What to do after deploying' });
  }
}
