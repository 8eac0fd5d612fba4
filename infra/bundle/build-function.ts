// `tsx infra/bundle/build-function.ts ENTRY OUTDIR SOURCEMAPS`: one function's bundle, OUTDIR/index.mjs
// (and index.mjs.map when SOURCEMAPS is `true`), built with the stack's esbuild options. The stack runs
// it for each function (constructs/function-bundling.ts, functionCode); nothing else imports it.
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { esbuildOptions } from '../constructs/function-bundling.ts';

const [entry, outdir, sourceMaps] = process.argv.slice(2);
if (entry === undefined || outdir === undefined || (sourceMaps !== 'true' && sourceMaps !== 'false')) {
  process.stderr.write('usage: tsx infra/bundle/build-function.ts ENTRY OUTDIR true|false\n');
  process.exit(2);
}
await esbuild.build({ ...esbuildOptions(resolve(entry), join(resolve(outdir), 'index.mjs'), sourceMaps === 'true'), logLevel: 'warning' });
