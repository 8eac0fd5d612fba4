// `tsx infra/build-bundles.ts OUTDIR`: every function's bundle, built with the stack's own esbuild
// options (constructs/function-bundling.ts), plus the parser's cold-start probe. The bench runs
// this as a separate process (nothing imports infra/) and measures what it writes:
//   OUTDIR/<function>/index.mjs and OUTDIR/<function>.meta.json (esbuild metafile), one per function;
//   OUTDIR/parser-probe/index.mjs: the parser's module graph, exporting analyzeMessage beside the
//   handler, so a fresh process can time import + first message without AWS.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { esbuildOptions } from './constructs/function-bundling.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Name of the probe bundle beside the function bundles. */
const PARSER_PROBE = 'parser-probe';

async function main(outdir: string): Promise<void> {
  mkdirSync(outdir, { recursive: true });
  const names = readdirSync(join(root, 'functions'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  for (const name of names) {
    const result = await esbuild.build({ ...esbuildOptions(join(root, 'functions', name, 'handler.ts'), join(outdir, name, 'index.mjs')), metafile: true });
    writeFileSync(join(outdir, `${name}.meta.json`), JSON.stringify(result.metafile));
  }
  const probeSource = `export { handler } from './functions/parser/handler.ts';\nexport { analyzeMessage } from './shared/analyze.ts';\n`;
  await esbuild.build({
    ...esbuildOptions(join(root, 'functions', 'parser', 'handler.ts'), join(outdir, PARSER_PROBE, 'index.mjs')),
    entryPoints: undefined,
    stdin: { contents: probeSource, resolveDir: root, loader: 'ts', sourcefile: 'parser-probe.ts' },
  });
  process.stdout.write(`${JSON.stringify({ functions: names.sort(), probe: PARSER_PROBE })}\n`);
}

const outdir = process.argv[2];
if (outdir === undefined) {
  process.stderr.write('usage: tsx infra/build-bundles.ts OUTDIR\n');
  process.exit(2);
}
await main(resolve(outdir));
