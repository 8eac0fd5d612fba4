// Synthesizes the stack from the committed example config (once, with real esbuild bundling) and
// checks one concern per test. No AWS account is involved: these are template facts only.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { App, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { esbuildOptions } from '../../infra/constructs/function-bundling.ts';
import { addJobnudgeStack } from '../../infra/jobnudge-app.ts';
import { SETTINGS_ENV_BUDGET_BYTES } from '../../infra/jobnudge-stack.ts';
import type { JobnudgeStack } from '../../infra/jobnudge-stack.ts';
import { functionUserSettings, parseDeploySettings } from '../../shared/config/deploy-settings.ts';
import type { DeploySettings } from '../../shared/config/deploy-settings.ts';
import { ENV } from '../../shared/config/env-names.ts';
import { UserSettingsSchema } from '../../shared/config/settings.ts';
import { ConfigError } from '../../shared/config/zod-errors.ts';
import { TABLE_KEYS } from '../../shared/store/table-schema.ts';
import { DEFAULT_RETENTION } from '../../shared/store/retention.ts';
import { parseRetentionVariable } from '../../shared/pipeline/lambda-config.ts';
import { METRICS_NAMESPACE, RECONCILE_METRICS, RECONCILER_SERVICE_NAME } from '../../shared/pipeline/reconcile-metrics.ts';
import { ReconcilePayloadSchema } from '../../shared/pipeline/reconcile-payload.ts';

const example = JSON.parse(readFileSync(new URL('../../infra/jobnudge.config.example.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const settings = parseDeploySettings(example, 'example');

interface Synthesized {
  readonly app: App;
  readonly stack: JobnudgeStack;
  readonly template: Template;
  readonly outdir: string;
}

const outdirs: string[] = [];
function synthesize(deploySettings: DeploySettings, bundle: boolean): Synthesized {
  // Under node_modules: the bundles leave @aws-sdk/* to the runtime, and from here they resolve it.
  const cache = fileURLToPath(new URL('../../node_modules/.cache/', import.meta.url));
  mkdirSync(cache, { recursive: true });
  const outdir = mkdtempSync(join(cache, 'jobnudge-synth-'));
  outdirs.push(outdir);
  // Skipping bundling ("aws:cdk:bundling-stacks": []) is for the variant synth only; the main one bundles.
  const app = new App({ outdir, context: bundle ? {} : { 'aws:cdk:bundling-stacks': [] } });
  const stack = addJobnudgeStack(app, deploySettings);
  const assembly = app.synth();
  const template = assembly.getStackByName(stack.stackName).template as Record<string, unknown>;
  return { app, stack, template: Template.fromJSON(template), outdir };
}

/** The resource of a type whose logical id starts with a prefix. */
function resourceOf(template: Template, type: string, idPrefix: string): { id: string; props: Record<string, unknown>; raw: Record<string, unknown> } {
  const matches = Object.entries(template.findResources(type)).filter(([id]) => id.startsWith(idPrefix));
  expect(matches, `${type} ${idPrefix}*`).toHaveLength(1);
  const [id, raw] = matches[0] as [string, Record<string, unknown>];
  return { id, props: raw.Properties as Record<string, unknown>, raw };
}

/** All statements of the IAM policies attached to a role. */
function statementsOfRole(template: Template, roleId: string): Record<string, unknown>[] {
  return Object.values(template.findResources('AWS::IAM::Policy'))
    .filter((policy) => JSON.stringify((policy.Properties as { Roles: unknown }).Roles).includes(`"${roleId}"`))
    .flatMap((policy) => (policy.Properties as { PolicyDocument: { Statement: Record<string, unknown>[] } }).PolicyDocument.Statement);
}

let main: Synthesized;
// Bundling runs one esbuild process per function (infra/constructs/function-code.ts): slow on a busy machine.
beforeAll(() => {
  main = synthesize(settings, true);
}, 240_000);
afterAll(() => {
  for (const dir of outdirs) rmSync(dir, { recursive: true, force: true });
});

describe('the jobnudge stack (example config)', () => {
  it('passes cdk-nag AWS Solutions checks with no errors and no warnings', () => {
    // app.synth() in beforeAll already throws on unacknowledged errors; this also lists warnings.
    const report = new AwsSolutionsChecks().validateScope(main.app);
    expect(report.violations.map((v) => `${v.severity} ${v.ruleName} ${v.violatingResources.map((r) => r.constructPath).join(',')}`)).toEqual([]);
  });

  it('gives every cdk-nag acknowledgement a specific reason', () => {
    const reasons = main.stack.node
      .findAll()
      .flatMap((construct) => construct.node.metadata)
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) => Object.values(entry.data as Record<string, string>));
    // S1, SNS2, 2x SQS3, the activation role's and function roles' scoped wildcards, SetActiveReceiptRuleSet.
    expect(reasons.length).toBeGreaterThanOrEqual(10);
    for (const reason of reasons) expect(reason.length, reason).toBeGreaterThan(40);
  });

  it('stores raw mail privately: encrypted, public access blocked, expiring after the retention days, kept on delete', () => {
    main.template.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        LifecycleConfiguration: {
          Rules: Match.arrayWith([Match.objectLike({ Prefix: 'raw/', ExpirationInDays: settings.rawRetentionDays, Status: 'Enabled' })]),
        },
      }),
    });
  });

  it('lets only SES of this account, for this receipt rule, write raw mail, and only over TLS', () => {
    main.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'ses.amazonaws.com' },
            Action: 's3:PutObject',
            Condition: {
              StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
              ArnLike: { 'aws:SourceArn': Match.objectLike({ 'Fn::Join': ['', Match.arrayWith([':receipt-rule-set/Jobnudge-inbound:receipt-rule/ingest'])] }) },
            },
          }),
        ]),
      },
    });
  });

  it('verifies the receiving domain in SES with 2048-bit Easy DKIM', () => {
    main.template.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: 'jobs.example.com',
      DkimSigningAttributes: { NextSigningKeyLength: 'RSA_2048_BIT' },
    });
  });

  it('receives the ingest and sender addresses only, scanning for spam and viruses, requiring TLS, storing to S3 before invoking the parser asynchronously', () => {
    const parser = main.stack.resolve(main.stack.parser.function.functionArn) as unknown;
    main.template.hasResourceProperties('AWS::SES::ReceiptRule', {
      Rule: {
        Name: 'ingest',
        Enabled: true,
        Recipients: ['jobs@jobs.example.com', 'reminders@jobs.example.com'],
        ScanEnabled: true,
        TlsPolicy: 'Require',
        Actions: [
          { S3Action: { BucketName: Match.anyValue(), ObjectKeyPrefix: 'raw/' } },
          { LambdaAction: { FunctionArn: parser, InvocationType: 'Event' } },
        ],
      },
    });
  });

  it('creates the rule only after SES may write the bucket and invoke the parser', () => {
    const rule = resourceOf(main.template, 'AWS::SES::ReceiptRule', 'ReceivingRuleSetIngest');
    const dependsOn = rule.raw.DependsOn as string[];
    expect(dependsOn.some((id) => id.startsWith('RawMailPolicy'))).toBe(true);
    expect(dependsOn.some((id) => id.startsWith('ParserFunctionAllowSes'))).toBe(true);
  });

  it('activates the rule set on create and update and deactivates it on delete', () => {
    const activation = resourceOf(main.template, 'Custom::AWS', 'ReceivingActivateRuleSet');
    const call = (phase: string): unknown => JSON.parse(activation.props[phase] as string);
    expect(call('Create')).toMatchObject({ service: 'SES', action: 'setActiveReceiptRuleSet', parameters: { RuleSetName: 'Jobnudge-inbound' } });
    expect(call('Update')).toMatchObject({ parameters: { RuleSetName: 'Jobnudge-inbound' } });
    expect(call('Delete')).toMatchObject({ action: 'setActiveReceiptRuleSet', parameters: {} });
    main.template.hasResourceProperties('AWS::SES::ReceiptRuleSet', { RuleSetName: 'Jobnudge-inbound' });
  });

  it('lets SES invoke the parser only for this account and this receipt rule', () => {
    main.template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'ses.amazonaws.com',
      SourceAccount: { Ref: 'AWS::AccountId' },
      SourceArn: Match.objectLike({ 'Fn::Join': ['', Match.arrayWith([':receipt-rule-set/Jobnudge-inbound:receipt-rule/ingest'])] }),
    });
    main.template.resourceCountIs('AWS::Lambda::Permission', 1);
  });

  it('keeps applications in an on-demand table with the shared key schema, PITR and TTL, retained on delete', () => {
    main.template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [
          { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
          { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: [
          Match.objectLike({
            IndexName: TABLE_KEYS.byCompanyIndex,
            KeySchema: [
              { AttributeName: TABLE_KEYS.byCompanyPartitionKey, KeyType: 'HASH' },
              { AttributeName: TABLE_KEYS.byCompanySortKey, KeyType: 'RANGE' },
            ],
          }),
        ],
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        TimeToLiveSpecification: { AttributeName: TABLE_KEYS.ttlAttribute, Enabled: true },
      }),
    });
  });

  it('runs every function on ARM64 Node.js 24 with JSON logs in their own log groups', () => {
    for (const prefix of ['ParserFunction', 'ReminderFunction', 'ReconcilerFunction']) {
      const fn = resourceOf(main.template, 'AWS::Lambda::Function', prefix);
      expect(fn.props).toMatchObject({ Runtime: 'nodejs24.x', Architectures: ['arm64'], Handler: 'index.handler', LoggingConfig: { LogFormat: 'JSON' } });
    }
    main.template.allResourcesProperties('AWS::Logs::LogGroup', { RetentionInDays: 90 });
  });

  it('hands the functions their settings through the shared env names, parseable by the settings schema', () => {
    const parser = resourceOf(main.template, 'AWS::Lambda::Function', 'ParserFunction');
    const reminder = resourceOf(main.template, 'AWS::Lambda::Function', 'ReminderFunction');
    const envOf = (fn: { props: Record<string, unknown> }): Record<string, unknown> =>
      (fn.props.Environment as { Variables: Record<string, unknown> }).Variables;

    expect(Object.keys(envOf(parser)).sort()).toEqual(
      [...Object.values(ENV), 'POWERTOOLS_SERVICE_NAME', 'POWERTOOLS_LOG_LEVEL'].sort(),
    );
    // The reminder finds its own ARN in the invocation context; naming itself would be circular.
    expect(envOf(reminder)).not.toHaveProperty(ENV.reminderFunctionArn);
    expect(envOf(reminder)).not.toHaveProperty(ENV.rawBucket);
    for (const fn of [parser, reminder]) {
      const userSettings = UserSettingsSchema.parse(JSON.parse(envOf(fn)[ENV.settings] as string));
      // The configured settings plus what the stack derives: the Reply-To is the ingest address.
      expect(userSettings).toEqual(functionUserSettings(settings));
      expect(userSettings.replyTo).toBe('jobs@jobs.example.com');
      expect(envOf(fn)).toMatchObject({ POWERTOOLS_LOG_LEVEL: 'INFO' });
    }
    expect(envOf(parser)[ENV.rawPrefix]).toBe('raw/');
    expect(envOf(parser).POWERTOOLS_SERVICE_NAME).toBe('jobnudge-parser');
  });

  it('hands the functions that write items the configured retention, which their config loader accepts', () => {
    for (const prefix of ['ParserFunction', 'ReminderFunction']) {
      const fn = resourceOf(main.template, 'AWS::Lambda::Function', prefix);
      const json = (fn.props.Environment as { Variables: Record<string, unknown> }).Variables[ENV.retention];
      expect(parseRetentionVariable(String(json), prefix)).toEqual(settings.retention);
    }
    expect(settings.retention).toEqual(DEFAULT_RETENTION);
  });

  it('keeps the parser failure queue (whole SES events) no longer than raw mail, and never beyond 14 days', () => {
    const short = synthesize(parseDeploySettings({ ...example, rawRetentionDays: 7 }, 'short retention example'), false);
    expect(resourceOf(short.template, 'AWS::SQS::Queue', 'ParserFailures').props.MessageRetentionPeriod).toBe(7 * 86_400);
    expect(resourceOf(main.template, 'AWS::SQS::Queue', 'ParserFailures').props.MessageRetentionPeriod).toBe(14 * 86_400);
    // The reminder dead letters hold ids only: the SQS maximum.
    expect(resourceOf(short.template, 'AWS::SQS::Queue', 'RemindersDeadLetters').props.MessageRetentionPeriod).toBe(14 * 86_400);
  });

  it('gives the reconciler only the table and scheduling names it needs: no settings, so no addresses', () => {
    const reconciler = resourceOf(main.template, 'AWS::Lambda::Function', 'ReconcilerFunction');
    const reminder = resourceOf(main.template, 'AWS::Lambda::Function', 'ReminderFunction');
    const env = (reconciler.props.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(Object.keys(env).sort()).toEqual(
      [ENV.tableName, ENV.scheduleGroup, ENV.schedulerRoleArn, ENV.reminderDlqArn, ENV.reminderFunctionArn, 'POWERTOOLS_SERVICE_NAME', 'POWERTOOLS_LOG_LEVEL'].sort(),
    );
    // Schedules it re-creates invoke the reminder function, like the parser's.
    expect(env[ENV.reminderFunctionArn]).toEqual({ 'Fn::GetAtt': [reminder.id, 'Arn'] });
    expect(env.POWERTOOLS_SERVICE_NAME).toBe(RECONCILER_SERVICE_NAME);
  });

  it('runs the reconciler every day at 04:00 in the user’s zone from the reminders group, with the reconcile payload', () => {
    const schedule = resourceOf(main.template, 'AWS::Scheduler::Schedule', 'DailyReconcile');
    const reconciler = resourceOf(main.template, 'AWS::Lambda::Function', 'ReconcilerFunction');
    const role = resourceOf(main.template, 'AWS::IAM::Role', 'RemindersSchedulerRole');
    const queue = resourceOf(main.template, 'AWS::SQS::Queue', 'RemindersDeadLetters');
    const group = resourceOf(main.template, 'AWS::Scheduler::ScheduleGroup', 'RemindersGroup');
    expect(schedule.props).toMatchObject({
      Name: 'daily-reconcile',
      GroupName: 'Jobnudge-reminders',
      ScheduleExpression: 'cron(0 4 * * ? *)',
      ScheduleExpressionTimezone: settings.user.timeZone,
      State: 'ENABLED',
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: {
        Arn: { 'Fn::GetAtt': [reconciler.id, 'Arn'] },
        RoleArn: { 'Fn::GetAtt': [role.id, 'Arn'] },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [queue.id, 'Arn'] } },
        RetryPolicy: { MaximumEventAgeInSeconds: 6 * 3600, MaximumRetryAttempts: 10 },
      },
    });
    const input = JSON.parse((schedule.props.Target as { Input: string }).Input) as Record<string, unknown>;
    expect(input).toEqual({ reconcile: 'daily', scheduledAt: '<aws.scheduler.scheduled-time>' });
    expect(ReconcilePayloadSchema.safeParse({ ...input, scheduledAt: '2026-12-04T03:00:00Z' }).success).toBe(true);
    expect(schedule.raw.DependsOn).toContain(group.id);
  });

  it('reserves the configured parser concurrency (2 by default) and leaves the reminder unreserved', () => {
    const parser = resourceOf(main.template, 'AWS::Lambda::Function', 'ParserFunction');
    const reminder = resourceOf(main.template, 'AWS::Lambda::Function', 'ReminderFunction');
    expect(parser.props.ReservedConcurrentExecutions).toBe(2);
    expect(reminder.props).not.toHaveProperty('ReservedConcurrentExecutions');
  });

  it('accepts in a receipt rule every address jobnudge sends from or asks replies to', () => {
    const variant = synthesize(parseDeploySettings({ ...example, ingestSecret: 'k7f3q9x2m4p8r6t1' }, 'secret example'), false);
    for (const synth of [main, variant]) {
      const received = new Set(
        Object.values(synth.template.findResources('AWS::SES::ReceiptRule')).flatMap(
          (rule) => ((rule.Properties as { Rule: { Recipients?: string[] } }).Rule.Recipients ?? []).map((r) => r.toLowerCase()),
        ),
      );
      const sendsFrom = Object.values(synth.template.findResources('AWS::IAM::Policy'))
        .flatMap((policy) => (policy.Properties as { PolicyDocument: { Statement: { Condition?: { StringEquals?: Record<string, string> } }[] } }).PolicyDocument.Statement)
        .flatMap((statement) => statement.Condition?.StringEquals?.['ses:FromAddress'] ?? []);
      const functions = Object.values(synth.template.findResources('AWS::Lambda::Function')).flatMap((fn) => {
        const json = (fn.Properties as { Environment?: { Variables?: Record<string, unknown> } }).Environment?.Variables?.[ENV.settings];
        return typeof json === 'string' ? [UserSettingsSchema.parse(JSON.parse(json))] : [];
      });
      expect(functions).toHaveLength(2);
      expect(sendsFrom.length).toBeGreaterThan(0);
      const asked = [...sendsFrom, ...functions.flatMap((user) => [user.senderAddress, user.replyTo ?? 'no Reply-To set', user.ingestSecretAddress ?? []].flat())];
      for (const address of asked) expect(received, address).toContain(address.toLowerCase());
    }
    variant.template.hasResourceProperties('AWS::SES::ReceiptRule', {
      Rule: { Recipients: ['jobs@jobs.example.com', 'reminders@jobs.example.com', 'jobs+k7f3q9x2m4p8r6t1@jobs.example.com'] },
    });
  });

  it('retries failed asynchronous runs and then sends them to a failure queue', () => {
    for (const [fnPrefix, queuePrefix] of [['ParserFunction', 'ParserFailures'], ['ReminderFunction', 'RemindersDeadLetters'], ['ReconcilerFunction', 'RemindersDeadLetters']] as const) {
      const config = resourceOf(main.template, 'AWS::Lambda::EventInvokeConfig', fnPrefix);
      const queue = resourceOf(main.template, 'AWS::SQS::Queue', queuePrefix);
      expect(config.props).toMatchObject({
        MaximumRetryAttempts: 2,
        MaximumEventAgeInSeconds: 6 * 3600,
        DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queue.id, 'Arn'] } } },
      });
      expect(queue.props).toMatchObject({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 24 * 3600 });
    }
  });

  it('synthesizes the same bundle the bundle tests and the bench build from function-bundling.ts', async () => {
    const fn = resourceOf(main.template, 'AWS::Lambda::Function', 'ParserFunction');
    const assetHash = String((fn.props.Code as { S3Key: string }).S3Key).replace(/\.zip$/, '');
    const synthesized = readFileSync(join(main.outdir, `asset.${assetHash}`, 'index.mjs'));
    const entry = fileURLToPath(new URL('../../functions/parser/handler.ts', import.meta.url));
    const built = await esbuild.build({ ...esbuildOptions(entry, join(main.outdir, 'esbuild-api', 'index.mjs')), write: false });
    // Byte for byte: the stack builds through infra/bundle/build-function.ts with these same options.
    expect(Buffer.from(built.outputFiles[0]?.contents ?? []).equals(synthesized)).toBe(true);
  });

  it('bundles each handler locally as an ESM module that loads with exactly the environment the stack gives it', () => {
    for (const prefix of ['ParserFunction', 'ReminderFunction', 'ReconcilerFunction']) {
      const fn = resourceOf(main.template, 'AWS::Lambda::Function', prefix);
      const assetHash = String((fn.props.Code as { S3Key: string }).S3Key).replace(/\.zip$/, '');
      const bundlePath = join(main.outdir, `asset.${assetHash}`, 'index.mjs');
      const bundle = readFileSync(bundlePath, 'utf8');
      // CommonJS dependencies need `require` inside the ESM bundle.
      expect(bundle.startsWith("import { createRequire as __jnCreateRequire } from 'node:module';")).toBe(true);
      // Source maps are off by default: none shipped, none linked, none read at cold start.
      expect(readdirSync(dirname(bundlePath)).filter((file) => file.endsWith('.map'))).toEqual([]);
      expect(bundle).not.toContain('sourceMappingURL');
      expect((fn.props.Environment as { Variables: Record<string, unknown> }).Variables).not.toHaveProperty('NODE_OPTIONS');

      // Cold start parses the environment: load the bundle in a plain Node process with the template's
      // variables, using stand-ins for the references CloudFormation resolves at deploy time.
      const variables = (fn.props.Environment as { Variables: Record<string, unknown> }).Variables;
      const env: Record<string, string> = { PATH: process.env.PATH ?? '', AWS_REGION: settings.region };
      for (const [name, value] of Object.entries(variables)) {
        env[name] = typeof value === 'string' ? value : name.endsWith('_ARN') ? standInArn(name) : `stand-in-${name.toLowerCase()}`;
      }
      const probe = `const m = await import(${JSON.stringify(pathToFileURL(bundlePath).href)}); console.log('handler=' + typeof m.handler);`;
      const run = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { env, encoding: 'utf8' });
      expect(run.stdout.trim().split('\n').at(-1), `${prefix}: ${run.stderr.slice(0, 2000)}`).toBe('handler=function');
    }
  });

  it('trusts the scheduler role only to EventBridge Scheduler of this account and this schedule group', () => {
    main.template.hasResourceProperties('AWS::Scheduler::ScheduleGroup', { Name: 'Jobnudge-reminders' });
    const group = resourceOf(main.template, 'AWS::Scheduler::ScheduleGroup', 'RemindersGroup');
    const role = resourceOf(main.template, 'AWS::IAM::Role', 'RemindersSchedulerRole');
    expect(role.props.AssumeRolePolicyDocument).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Action: 'sts:AssumeRole',
          Principal: { Service: 'scheduler.amazonaws.com' },
          Condition: {
            StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
            ArnLike: { 'aws:SourceArn': { 'Fn::GetAtt': [group.id, 'Arn'] } },
          },
        },
      ],
    });
  });

  it('lets the scheduler role only invoke the reminder and reconciler functions and write to its dead-letter queue', () => {
    const role = resourceOf(main.template, 'AWS::IAM::Role', 'RemindersSchedulerRole');
    const reminder = resourceOf(main.template, 'AWS::Lambda::Function', 'ReminderFunction');
    const reconciler = resourceOf(main.template, 'AWS::Lambda::Function', 'ReconcilerFunction');
    const queue = resourceOf(main.template, 'AWS::SQS::Queue', 'RemindersDeadLetters');
    expect(statementsOfRole(main.template, role.id)).toEqual([
      { Effect: 'Allow', Action: ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'], Resource: { 'Fn::GetAtt': [queue.id, 'Arn'] } },
      { Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: { 'Fn::GetAtt': [reminder.id, 'Arn'] } },
      { Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: { 'Fn::GetAtt': [reconciler.id, 'Arn'] } },
    ]);
  });

  it('lets every function only create and delete schedules in the group and pass only the scheduler role, only to Scheduler', () => {
    const schedulerRole = resourceOf(main.template, 'AWS::IAM::Role', 'RemindersSchedulerRole');
    for (const prefix of ['ParserRole', 'ReminderRole', 'ReconcilerRole']) {
      const statements = statementsOfRole(main.template, resourceOf(main.template, 'AWS::IAM::Role', prefix).id);
      const schedulerStatements = statements.filter((s) => JSON.stringify(s.Action).includes('scheduler:'));
      // The two calls EventBridgeReminderScheduler sends; a duplicate create answers ConflictException, so no read or update.
      expect(schedulerStatements.flatMap((s) => [s.Action].flat()).sort()).toEqual(['scheduler:CreateSchedule', 'scheduler:DeleteSchedule']);
      for (const statement of schedulerStatements) {
        expect(JSON.stringify(statement.Resource)).toContain(':schedule/Jobnudge-reminders/*');
      }
      expect(statements.filter((s) => JSON.stringify(s.Action).includes('iam:'))).toEqual([
        {
          Effect: 'Allow',
          Action: 'iam:PassRole',
          Resource: { 'Fn::GetAtt': [schedulerRole.id, 'Arn'] },
          Condition: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
        },
      ]);
    }
  });

  it('lets the parser and reminder send raw mail only as the sender address and only to the notify address, through the domain and recipient identities', () => {
    for (const prefix of ['ParserRole', 'ReminderRole']) {
      const statements = statementsOfRole(main.template, resourceOf(main.template, 'AWS::IAM::Role', prefix).id);
      const send = statements.filter((s) => JSON.stringify(s.Action).includes('ses:'));
      expect(send).toHaveLength(1);
      // SesMailer sends SendRawEmail only; SendEmail is not granted.
      expect(send[0]?.Action).toBe('ses:SendRawEmail');
      expect(send[0]?.Condition).toEqual({
        StringEquals: { 'ses:FromAddress': settings.user.senderAddress },
        'ForAllValues:StringEquals': { 'ses:Recipients': [settings.user.notifyAddress] },
        Null: { 'ses:Recipients': 'false' },
      });
      const resources = JSON.stringify(send[0]?.Resource);
      expect(resources).toContain(':identity/');
      expect(resources).toContain(`:identity/${settings.user.notifyAddress}`);
    }
  });

  it('lets the reconciler send no mail at all', () => {
    const statements = statementsOfRole(main.template, resourceOf(main.template, 'AWS::IAM::Role', 'ReconcilerRole').id);
    expect(statements.filter((s) => JSON.stringify(s.Action).includes('ses:'))).toEqual([]);
  });

  it('grants each function exactly the DynamoDB calls its code makes, on this table only', () => {
    const table = resourceOf(main.template, 'AWS::DynamoDB::Table', 'Applications');
    const tableArn = { 'Fn::GetAtt': [table.id, 'Arn'] };
    const dynamoStatements = (prefix: string): Record<string, unknown>[] =>
      statementsOfRole(main.template, resourceOf(main.template, 'AWS::IAM::Role', prefix).id).filter((s) => JSON.stringify(s.Action).includes('dynamodb:'));
    // The adapter's commands, read from its source: a new command without a grant (or a grant without a command) fails here.
    const adapter = readFileSync(new URL('../../shared/store/dynamodb-application-store.ts', import.meta.url), 'utf8');
    const imported = /import \{([^}]*)\} from '@aws-sdk\/lib-dynamodb'/.exec(adapter)?.[1] ?? '';
    const commands = [...imported.matchAll(/\b(\w+)Command\b/g)].flatMap((m) => (m[1] === undefined ? [] : [m[1]]));
    const adapterActions = commands.map((name) => `dynamodb:${['Get', 'Put', 'Update', 'Delete'].includes(name) ? `${name}Item` : name}`).sort();
    expect(adapterActions).toEqual(['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:Scan', 'dynamodb:UpdateItem']);
    for (const prefix of ['ParserRole', 'ReminderRole']) {
      const statements = dynamoStatements(prefix);
      expect(statements).toHaveLength(1);
      expect([statements[0]?.Action].flat().sort()).toEqual(adapterActions);
      expect(statements[0]?.Resource).toEqual([tableArn, { 'Fn::Join': ['', [tableArn, '/index/*']] }]);
    }
    // The sweep: Scan the reminders, GetItem an application or reminder, UpdateItem a dropped one.
    const reconciler = dynamoStatements('ReconcilerRole');
    expect(reconciler).toHaveLength(1);
    expect([reconciler[0]?.Action].flat().sort()).toEqual(['dynamodb:GetItem', 'dynamodb:Scan', 'dynamodb:UpdateItem']);
    expect(reconciler[0]?.Resource).toEqual(tableArn);
  });

  it('grants no function or scheduler permission on Resource "*"', () => {
    for (const prefix of ['ParserRole', 'ReminderRole', 'ReconcilerRole', 'RemindersSchedulerRole']) {
      const statements = statementsOfRole(main.template, resourceOf(main.template, 'AWS::IAM::Role', prefix).id);
      expect(statements.length).toBeGreaterThan(0);
      for (const statement of statements) expect([statement.Resource].flat()).not.toContain('*');
    }
  });

  it('lets the parser read raw mail under the prefix and nothing else in the bucket', () => {
    const statements = statementsOfRole(main.template, resourceOf(main.template, 'AWS::IAM::Role', 'ParserRole').id);
    const bucket = resourceOf(main.template, 'AWS::S3::Bucket', 'RawMail');
    expect(statements.filter((s) => JSON.stringify(s.Action).includes('s3:'))).toEqual([
      { Effect: 'Allow', Action: 's3:GetObject', Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucket.id, 'Arn'] }, '/raw/*']] } },
    ]);
  });

  it('alarms on orphaned reminders the daily sweep fixed, on the metric the reconciler publishes', () => {
    const alarm = resourceOf(main.template, 'AWS::CloudWatch::Alarm', 'AlarmsOrphanedRemindersAlarm');
    expect(alarm.props).toMatchObject({
      Namespace: METRICS_NAMESPACE,
      MetricName: RECONCILE_METRICS.orphansFixed,
      Dimensions: [{ Name: 'service', Value: RECONCILER_SERVICE_NAME }],
      Statistic: 'Sum',
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      EvaluationPeriods: 1,
    });
  });

  it('alarms on both failure queues, on errors of every function and on fixed orphans, emailing the user through SNS', () => {
    const alarms = Object.values(main.template.findResources('AWS::CloudWatch::Alarm')).map((alarm) => alarm.Properties as Record<string, unknown>);
    expect(alarms.map((alarm) => alarm.MetricName).sort()).toEqual(
      ['ApproximateNumberOfMessagesVisible', 'ApproximateNumberOfMessagesVisible', 'Errors', 'Errors', 'Errors', RECONCILE_METRICS.orphansFixed].sort(),
    );
    const topic = resourceOf(main.template, 'AWS::SNS::Topic', 'AlarmsTopic');
    for (const alarm of alarms) {
      expect(alarm).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold', TreatMissingData: 'notBreaching', AlarmActions: [{ Ref: topic.id }] });
    }
    main.template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: settings.user.notifyAddress, TopicArn: { Ref: topic.id } });
  });

  it('outputs the ingest address, the MX record and the DKIM records to add, and next steps', () => {
    main.template.hasOutput('IngestAddress', { Value: 'jobs@jobs.example.com' });
    main.template.hasOutput('DnsRecord1', { Value: 'jobs.example.com MX 10 inbound-smtp.eu-west-1.amazonaws.com', Description: Match.stringLikeRegexp('add at your DNS provider') });
    for (const index of [2, 3, 4]) {
      main.template.hasOutput(`DnsRecord${index}`, {
        Value: { 'Fn::Join': ['', [Match.objectLike({ 'Fn::GetAtt': Match.arrayWith([`DkimDNSTokenName${index - 1}`]) }), ' CNAME ', Match.anyValue()]] },
      });
    }
    main.template.hasOutput('NextSteps', { Value: Match.stringLikeRegexp('Forward one job email to jobs@jobs\\.example\\.com') });
    main.template.resourceCountIs('AWS::Route53::RecordSet', 0);
  });

  it('has no fixed-cost resources: no KMS keys, NAT, VPC or provisioned capacity', () => {
    for (const type of ['AWS::KMS::Key', 'AWS::EC2::NatGateway', 'AWS::EC2::VPC', 'AWS::CloudWatch::Dashboard']) {
      main.template.resourceCountIs(type, 0);
    }
    main.template.allResourcesProperties('AWS::DynamoDB::Table', { BillingMode: 'PAY_PER_REQUEST' });
  });
});

describe('the jobnudge stack with a Route 53 hosted zone', () => {
  it('writes the MX record and the three DKIM CNAMEs into the zone, named as SES gives them', () => {
    const zoned = synthesize(
      parseDeploySettings({ ...example, hostedZone: { id: 'Z0123456789ABCDEFGHIJ', name: 'example.com' } }, 'zoned example'),
      false,
    );
    zoned.template.hasResourceProperties('AWS::Route53::RecordSet', {
      HostedZoneId: 'Z0123456789ABCDEFGHIJ',
      Type: 'MX',
      Name: 'jobs.example.com.',
      ResourceRecords: ['10 inbound-smtp.eu-west-1.amazonaws.com'],
    });
    const cnames = Object.values(zoned.template.findResources('AWS::Route53::RecordSet', { Properties: { Type: 'CNAME' } }));
    expect(cnames).toHaveLength(3);
    for (const cname of cnames) {
      // The token name plus a trailing dot: Route 53 must not append the zone a second time.
      expect(JSON.stringify((cname.Properties as { Name: unknown }).Name)).toMatch(/DkimDNSTokenName\d"\]\},"\."\]\]\}$/);
    }
    zoned.template.hasOutput('DnsRecord1', { Description: Match.stringLikeRegexp('written to Route 53') });
  });
});

describe('settings that cannot reach the functions', () => {
  it('refuses settings too large for the Lambda environment, naming the user section', () => {
    const big = parseDeploySettings(
      { ...example, user: { ...(example.user as object), allowedSenders: Array.from({ length: 120 }, (_, i) => `someone.${i}@example.org`) } },
      'big example',
    );
    expect(JSON.stringify(big.user).length).toBeGreaterThan(SETTINGS_ENV_BUDGET_BYTES);
    const app = new App({ outdir: mkdtempSync(join(tmpdir(), 'jobnudge-synth-')) });
    expect(() => addJobnudgeStack(app, big)).toThrow(ConfigError);
    expect(() => addJobnudgeStack(new App(), big)).toThrow(/user: too large for a Lambda environment/);
  });
});

/** A deploy-time ARN stand-in of the kind the variable names (the handlers check ARN formats at cold start). */
function standInArn(variable: string): string {
  if (variable.endsWith('_ROLE_ARN')) return 'arn:aws:iam::123456789012:role/stand-in';
  if (variable.endsWith('_FUNCTION_ARN')) return 'arn:aws:lambda:eu-west-1:123456789012:function:stand-in';
  return 'arn:aws:sqs:eu-west-1:123456789012:stand-in';
}
