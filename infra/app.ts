// `cdk synth` / `cdk deploy` entry (cdk.json "app"): settings from jobnudge.config.json at the
// repository root when present, else the example in cdk.json's context.
import { fileURLToPath } from 'node:url';
import { App } from 'aws-cdk-lib';
import { ConfigError } from '../shared/config/zod-errors.ts';
import { CONFIG_CONTEXT_KEY, loadDeploySettings } from './deploy-config.ts';
import { addJobnudgeStack } from './jobnudge-app.ts';

const app = new App();
const rootDir = fileURLToPath(new URL('..', import.meta.url));

try {
  const { settings, digest, source } = loadDeploySettings({ rootDir, contextValue: app.node.tryGetContext(CONFIG_CONTEXT_KEY) });
  process.stderr.write(`jobnudge: deploy settings from ${source} (region ${settings.region}, domain ${settings.domain})\n`);
  addJobnudgeStack(app, settings, { account: process.env.CDK_DEFAULT_ACCOUNT, digest });
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}

app.synth();
