import { Validations } from 'aws-cdk-lib';
import type { App } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { DeploySettings } from '../shared/config/deploy-settings.ts';
import type { DigestSchedule } from '../shared/digest/digest-schedule.ts';
import { JobnudgeStack } from './jobnudge-stack.ts';

/** The stack's id, and so its CloudFormation name. */
export const STACK_ID = 'Jobnudge';

export interface AddJobnudgeOptions {
  /** Account to pin the stack to; left open (resolved at deploy time) when absent. */
  readonly account?: string;
  /** The weekly digest's schedule; Monday 08:00 in the user's zone when absent. */
  readonly digest?: DigestSchedule;
}

/**
 * Adds the jobnudge stack to an app and runs cdk-nag's AWS Solutions checks on it: any unacknowledged
 * error makes `app.synth()` (and `cdk synth`) fail.
 */
export function addJobnudgeStack(app: App, settings: DeploySettings, options: AddJobnudgeOptions = {}): JobnudgeStack {
  const stack = new JobnudgeStack(app, STACK_ID, { settings, env: { account: options.account }, ...(options.digest ? { digest: options.digest } : {}) });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return stack;
}
