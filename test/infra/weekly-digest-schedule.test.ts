// The weekly digest's recurring schedule, from a synth without bundling (template facts only).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, describe, expect, it } from 'vitest';
import { parseWithDigest } from '../../infra/deploy-config.ts';
import { addJobnudgeStack } from '../../infra/jobnudge-app.ts';
import { DIGEST_SCHEDULE_NAME } from '../../infra/constructs/weekly-digest-schedule.ts';
import { ConfigError } from '../../shared/config/zod-errors.ts';
import { DigestPayloadSchema } from '../../shared/digest/digest-payload.ts';

const example = JSON.parse(readFileSync(new URL('../../infra/jobnudge.config.example.json', import.meta.url), 'utf8')) as Record<string, unknown>;

const outdirs: string[] = [];
afterAll(() => {
  for (const dir of outdirs) rmSync(dir, { recursive: true, force: true });
});

function synth(config: Record<string, unknown>): { template: Template; app: App } {
  const { settings, digest } = parseWithDigest(config, 'test config');
  const outdir = mkdtempSync(join(tmpdir(), 'jobnudge-digest-synth-'));
  outdirs.push(outdir);
  const app = new App({ outdir, context: { 'aws:cdk:bundling-stacks': [] } });
  const stack = addJobnudgeStack(app, settings, { digest });
  const assembly = app.synth();
  return { template: Template.fromJSON(assembly.getStackByName(stack.stackName).template as Record<string, unknown>), app };
}

function digestSchedule(template: Template): Record<string, unknown> {
  // The daily reconcile schedule sits in the same group; this one is picked by its name.
  const schedules = Object.values(template.findResources('AWS::Scheduler::Schedule')).filter(
    (schedule) => (schedule.Properties as { Name?: unknown }).Name === DIGEST_SCHEDULE_NAME,
  );
  expect(schedules).toHaveLength(1);
  return { ...(schedules[0] as { Properties: Record<string, unknown> }).Properties, DependsOn: (schedules[0] as { DependsOn?: unknown }).DependsOn };
}

describe('weekly digest schedule', () => {
  const main = synth(example);

  it('is one recurring schedule, Monday 08:00 in the user zone by default, in the reminders group', () => {
    const props = digestSchedule(main.template);
    expect(props).toMatchObject({
      Name: DIGEST_SCHEDULE_NAME,
      ScheduleExpression: 'cron(0 8 ? * MON *)',
      ScheduleExpressionTimezone: 'Europe/Berlin',
      State: 'ENABLED',
      FlexibleTimeWindow: { Mode: 'OFF' },
    });
    const [groupId] = Object.keys(main.template.findResources('AWS::Scheduler::ScheduleGroup'));
    expect(props.GroupName).toBe('Jobnudge-reminders');
    // Named by a literal, so the group must come first.
    expect(props.DependsOn).toContain(groupId);
  });

  it('invokes the reminder function with a digest payload carrying Scheduler\'s scheduled time', () => {
    const target = digestSchedule(main.template).Target as Record<string, unknown>;
    const reminder = Object.entries(main.template.findResources('AWS::Lambda::Function')).find(([id]) => id.startsWith('Reminder'));
    expect(reminder).toBeDefined();
    expect(target.Arn).toEqual({ 'Fn::GetAtt': [reminder?.[0], 'Arn'] });
    const input = JSON.parse(String(target.Input)) as unknown;
    expect(input).toEqual({ digest: 'weekly', scheduledAt: '<aws.scheduler.scheduled-time>' });
    // What Scheduler will send once the placeholder is filled is what the function accepts.
    expect(DigestPayloadSchema.safeParse({ digest: 'weekly', scheduledAt: '2026-03-09T07:00:00Z' }).success).toBe(true);
    const idOf = (type: string, prefix: string): string | undefined => Object.keys(main.template.findResources(type)).find((id) => id.startsWith(prefix));
    expect(target).toMatchObject({
      RetryPolicy: { MaximumEventAgeInSeconds: 21_600, MaximumRetryAttempts: 10 },
      DeadLetterConfig: { Arn: { 'Fn::GetAtt': [idOf('AWS::SQS::Queue', 'RemindersDeadLetters'), 'Arn'] } },
      RoleArn: { 'Fn::GetAtt': [idOf('AWS::IAM::Role', 'RemindersSchedulerRole'), 'Arn'] },
    });
  });

  it('passes cdk-nag with the schedule in place', () => {
    const report = new AwsSolutionsChecks().validateScope(main.app);
    expect(report.violations.map((v) => `${v.ruleName} ${v.violatingResources.map((r) => r.constructPath).join(',')}`)).toEqual([]);
  });

  it('follows the configured day, hour and zone, and the off switch disables it', () => {
    const user = { ...(example.user as Record<string, unknown>), timeZone: 'America/New_York' };
    const props = digestSchedule(synth({ ...example, user, digest: { day: 'friday', localHour: 17, enabled: false } }).template);
    expect(props).toMatchObject({ ScheduleExpression: 'cron(0 17 ? * FRI *)', ScheduleExpressionTimezone: 'America/New_York', State: 'DISABLED' });
  });

  it('reports wrong digest fields with the deploy settings\' own problems, one line each', () => {
    const broken = { ...example, region: 'mars-1', digest: { day: 'someday', localHour: 24, extra: true } };
    let error: unknown;
    try {
      parseWithDigest(broken, 'test config');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems.some((p) => p.startsWith('region:'))).toBe(true);
    expect(problems).toContain('digest.day: must be a day of the week: monday, tuesday, wednesday, thursday, friday, saturday, sunday');
    expect(problems).toContain('digest.localHour: must be a whole hour 0–23');
    expect(problems.filter((p) => p.startsWith('digest'))).toHaveLength(3);
  });
});
