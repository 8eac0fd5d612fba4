import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { AssetHashType, DockerImage } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILD_FUNCTION_SCRIPT = fileURLToPath(new URL('../bundle/build-function.ts', import.meta.url));

/**
 * A function's code for NodejsFunction: the bundle of `entry` built by esbuild's API with the options
 * of ./function-bundling.ts (local, never Docker), in a child process because CDK's local bundling is
 * synchronous and esbuild runs plugins only in its asynchronous build. The asset is hashed by its
 * output, as NodejsFunction's own bundling does.
 */
export function functionCode(entry: string, sourceMaps: boolean): lambda.Code {
  const args = ['--import', 'tsx', BUILD_FUNCTION_SCRIPT, entry];
  return lambda.Code.fromAsset(ROOT, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Required by CDK, never pulled: local bundling either succeeds or stops the synth.
      image: DockerImage.fromRegistry('jobnudge-bundles-locally-only'),
      // What tryBundle runs. CDK reuses a bundle for equal bundling options and cannot see into
      // `local`, so the command (entry and source-map switch) is what gives each bundle its own key.
      command: ['node', ...args, '/asset-output', String(sourceMaps)],
      local: {
        tryBundle(outputDir: string): boolean {
          execFileSync(process.execPath, [...args, outputDir, String(sourceMaps)], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
          return true;
        },
      },
    },
  });
}
