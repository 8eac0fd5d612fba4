import { fileURLToPath } from 'node:url';
import { CfnOutput, Duration, Stack, Validations } from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import type { Construct } from 'constructs';
import { ENV } from '../shared/config/env-names.ts';
import { functionUserSettings, ingestAddress } from '../shared/config/deploy-settings.ts';
import type { DeploySettings } from '../shared/config/deploy-settings.ts';
import { ConfigError } from '../shared/config/zod-errors.ts';
import { AppFunction } from './constructs/app-function.ts';
import { ApplicationTable } from './constructs/application-table.ts';
import { FailureQueue } from './constructs/failure-queue.ts';
import { MailReceiving } from './constructs/mail-receiving.ts';
import { OperatorAlarms } from './constructs/operator-alarms.ts';
import { RAW_MAIL_PREFIX, RawMailBucket } from './constructs/raw-mail-bucket.ts';
import { ReminderScheduling } from './constructs/reminder-scheduling.ts';
import { WeeklyDigestSchedule } from './constructs/weekly-digest-schedule.ts';
import { DEFAULT_DIGEST_SCHEDULE, type DigestSchedule } from '../shared/digest/digest-schedule.ts';
import { nagResourceText } from './nag-finding-id.ts';

const PARSER_ENTRY = fileURLToPath(new URL('../functions/parser/handler.ts', import.meta.url));
const REMINDER_ENTRY = fileURLToPath(new URL('../functions/reminder/handler.ts', import.meta.url));

/**
 * Memory per function (MB; Lambda also scales CPU with it). The parser holds one decoded message
 * (SES accepts up to 40 MB through the S3 action) plus mailparser's copies; the reminder renders one
 * small email. Provisional until the bench measures peak RSS per message size.
 */
export const PARSER_MEMORY_MB = 512;
export const REMINDER_MEMORY_MB = 256;
/** The parser reads S3, parses, writes DynamoDB and plans schedules; a minute covers a large message. */
const PARSER_TIMEOUT = Duration.seconds(60);
const REMINDER_TIMEOUT = Duration.seconds(30);
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

    const table = new ApplicationTable(this, 'Applications');
    const rawBucket = new RawMailBucket(this, 'RawMail', { retentionDays: settings.rawRetentionDays });
    Validations.of(rawBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'Only SES (for one receipt rule) writes and only the parser role reads; server access logs would need a second bucket for a single-user inbox. CloudTrail data events can be enabled if auditing is wanted.',
    });
    const scheduling = new ReminderScheduling(this, 'Reminders');
    const parserFailures = new FailureQueue(this, 'ParserFailures');
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

    this.parser.role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [rawBucket.arnForObjects(`${RAW_MAIL_PREFIX}*`)] }),
    );
    for (const fn of [this.parser, this.reminder]) {
      table.grantReadWriteData(fn.role);
      scheduling.allowManagingSchedules(fn.role);
    }
    scheduling.allowInvoking(this.reminder.function);
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

    // Both functions send mail (reminders; notices such as a forwarding confirmation), always From the
    // sender address. SES authorizes a send against the sender's identity and, in the sandbox, the
    // recipient's verified identity too, so both ARNs are named and nothing else.
    const sendAsSender = new iam.PolicyStatement({
      actions: ['ses:SendEmail', 'ses:SendRawEmail'],
      resources: [
        receiving.identity.emailIdentityArn,
        this.formatArn({ service: 'ses', resource: 'identity', resourceName: settings.user.notifyAddress }),
      ],
      conditions: { StringEquals: { 'ses:FromAddress': settings.user.senderAddress } },
    });
    this.parser.role.addToPrincipalPolicy(sendAsSender);
    this.reminder.role.addToPrincipalPolicy(sendAsSender);

    const alarms = new OperatorAlarms(this, 'Alarms', { email: settings.alarmEmail ?? settings.user.notifyAddress });
    alarms.watchQueue('ParserFailuresAlarm', parserFailures, 'A forwarded email could not be processed after retries; see the ParserFailures queue.');
    alarms.watchQueue('ReminderDeadLettersAlarm', scheduling.deadLetterQueue, 'A reminder could not be delivered after retries; see the reminder dead-letter queue.');
    alarms.watchFunction('ParserErrorsAlarm', this.parser.function, 'The parser function reported an error.');
    alarms.watchFunction('ReminderErrorsAlarm', this.reminder.function, 'The reminder function reported an error.');

    this.acknowledgeScopedWildcards(table, rawBucket, scheduling);
    this.addOutputs(settings, receiving);
    new CfnOutput(this, 'RawMailBucketName', { value: rawBucket.bucketName, description: 'Raw forwarded mail (kept on stack deletion)' });
    new CfnOutput(this, 'ApplicationsTableName', { value: table.tableName, description: 'Applications table (kept on stack deletion)' });
    new CfnOutput(this, 'ParserLogGroupName', { value: this.parser.logGroup.logGroupName, description: 'Parser logs' });
    new CfnOutput(this, 'ReminderLogGroupName', { value: this.reminder.logGroup.logGroupName, description: 'Reminder logs' });
  }

  /** Wildcards that are already narrowed to this stack's own resources; each finding named exactly. */
  private acknowledgeScopedWildcards(table: ApplicationTable, rawBucket: RawMailBucket, scheduling: ReminderScheduling): void {
    const tableArn = nagResourceText(this, table.tableArn);
    const scheduleArn = nagResourceText(
      this,
      this.formatArn({ service: 'scheduler', resource: 'schedule', resourceName: `${scheduling.group.scheduleGroupName}/*` }),
    );
    for (const fn of [this.parser, this.reminder]) {
      const logArn = nagResourceText(this, fn.logGroup.logGroupArn);
      const acknowledge = (finding: string, reason: string): void =>
        Validations.of(fn.role).acknowledge({ id: `AwsSolutions-IAM5[Resource::${finding}]`, reason });
      acknowledge(`${logArn}:log-stream:*`, 'Log streams are created by Lambda at run time, inside this function\'s own log group.');
      acknowledge(`${tableArn}/index/*`, 'Queries the table\'s own GSI (gsi1); the wildcard covers only this table\'s indexes.');
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
