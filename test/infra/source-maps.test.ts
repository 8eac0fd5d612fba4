// The source-map switch (CDK context `jobnudge:sourceMaps`): off by default, on for debugging, and
// a wrong value named. One AppFunction per case in bare stacks, synthesized once without bundling.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, Duration, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppFunction } from '../../infra/constructs/app-function.ts';
import * as esbuild from 'esbuild';
import { esbuildOptions, SOURCE_MAPS_CONTEXT_KEY } from '../../infra/constructs/function-bundling.ts';
import { ConfigError } from '../../shared/config/zod-errors.ts';

const CASES: readonly unknown[] = [undefined, true, 'true', false, 'false'];
let outdir = '';
let environments: Map<unknown, Record<string, unknown>>;

/** Adds one AppFunction in its own stack; `sourceMaps` set as context on the stack (undefined: not set). */
function addFunction(app: App, id: string, sourceMaps: unknown): Stack {
  const stack = new Stack(app, id);
  if (sourceMaps !== undefined) stack.node.setContext(SOURCE_MAPS_CONTEXT_KEY, sourceMaps);
  new AppFunction(stack, 'Fn', {
    entry: fileURLToPath(new URL('../../functions/reminder/handler.ts', import.meta.url)),
    description: 'source-map switch under test',
    memorySize: 128,
    timeout: Duration.seconds(3),
    serviceName: 'jobnudge-test',
    environment: {},
    retryAttempts: 0,
    maxEventAge: Duration.minutes(1),
    onFailure: new SqsDestination(new sqs.Queue(stack, 'Failures')),
  });
  return stack;
}

// One app and one synth for every case: without bundling, CDK fingerprints the project once per process.
beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), 'jobnudge-sourcemap-synth-'));
  const app = new App({ outdir, context: { 'aws:cdk:bundling-stacks': [] } });
  const stacks = CASES.map((value, index) => [value, addFunction(app, `SourceMaps${index}`, value)] as const);
  app.synth();
  environments = new Map(
    stacks.map(([value, stack]) => {
      const fn = Object.values(Template.fromStack(stack).findResources('AWS::Lambda::Function'))[0] as { Properties: { Environment: { Variables: Record<string, unknown> } } };
      return [value, fn.Properties.Environment.Variables];
    }),
  );
}, 120_000);
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

/** The files the stack's esbuild options write for the reminder, by name, with the bundle's last line. */
async function bundleFiles(sourceMaps: boolean): Promise<{ names: string[]; lastLine: string }> {
  const entry = fileURLToPath(new URL('../../functions/reminder/handler.ts', import.meta.url));
  const result = await esbuild.build({ ...esbuildOptions(entry, join(outdir, 'reminder', 'index.mjs'), sourceMaps), write: false });
  const bundle = result.outputFiles.find((file) => file.path.endsWith('index.mjs'));
  return { names: result.outputFiles.map((file) => file.path.slice(join(outdir, 'reminder').length + 1)).sort(), lastLine: bundle?.text.trimEnd().split('\n').pop() ?? '' };
}

function environmentWith(sourceMaps: unknown): Record<string, unknown> {
  const variables = environments.get(sourceMaps);
  if (!variables) throw new Error(`no synthesized case for ${String(sourceMaps)}`);
  return variables;
}

describe('source maps', () => {
  it('are off by default: no map is built and Node is not asked to read one', async () => {
    expect(environmentWith(undefined)).not.toHaveProperty('NODE_OPTIONS');
    const built = await bundleFiles(false);
    expect(built.names).toEqual(['index.mjs']);
    expect(built.lastLine).not.toContain('sourceMappingURL');
  });

  it.each([true, 'true'])('are built into their own file and enabled at runtime with %j (cdk.json or -c)', async (value) => {
    expect(environmentWith(value)).toMatchObject({ NODE_OPTIONS: '--enable-source-maps' });
    const built = await bundleFiles(true);
    expect(built.names).toEqual(['index.mjs', 'index.mjs.map']);
    expect(built.lastLine).toBe('//# sourceMappingURL=index.mjs.map');
  });

  it.each([false, 'false'])('stay off with %j', (value) => {
    expect(environmentWith(value)).not.toHaveProperty('NODE_OPTIONS');
  });

  it('name the context key when its value is neither true nor false', () => {
    // Read when the function is defined, before any asset is staged.
    const app = new App({ context: { 'aws:cdk:bundling-stacks': [] } });
    expect(() => addFunction(app, 'Wrong', 'yes')).toThrow(ConfigError);
    expect(() => addFunction(app, 'AlsoWrong', 1)).toThrow(/jobnudge:sourceMaps: must be true or false/);
  });
});
