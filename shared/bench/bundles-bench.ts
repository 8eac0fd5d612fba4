/**
 * Lambda bundles: their size (raw and gzipped, with the largest contributors) and the parser's cold
 * start (a fresh Node process: import the bundle, then read, classify and extract one message).
 * The bundles come from `infra/build-bundles.ts`, run as its own process with the stack's esbuild
 * options (product code never imports infra/). Figures only, never mail content.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { functionUserSettings, parseDeploySettings } from '../config/deploy-settings.ts';
import { ENV } from '../config/env-names.ts';
import { addSummaryRow } from './summary.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Under node_modules, so the bundles resolve the runtime-provided @aws-sdk/* as they do in Lambda. */
const BUNDLE_DIR = join(ROOT, 'node_modules', '.cache', 'jobnudge-bench-bundles');
/** The first message of the cold start: a Gmail forward of an interview invitation (dates, zone, people). */
const FIRST_MESSAGE = join(ROOT, 'test', 'fixtures', 'eml', 'gmail-forward-interview-invite.eml');
const TIME_ZONE = 'America/New_York';
/** Fresh processes per figure; the median is reported. */
export const COLD_START_RUNS = 5;
/** Targets from issue #13. */
export const MAX_BUNDLE_BYTES = 1024 * 1024;
export const MAX_COLD_START_MS = 150;
const TOP_CONTRIBUTORS = 5;

export interface BuiltBundles {
  readonly dir: string;
  readonly functions: readonly string[];
  /** The parser's graph exporting analyzeMessage as well (infra/build-bundles.ts). */
  readonly probe: string;
}

export interface BundleSize {
  readonly name: string;
  readonly bytes: number;
  readonly gzipBytes: number;
  /** Largest contributors: a package, a shared/ folder, or the baked-in rule gates. */
  readonly top: readonly { readonly name: string; readonly bytes: number }[];
}

export interface ColdStart {
  /** Median import of each function's bundle alone (module init included). */
  readonly importMs: ReadonlyMap<string, number>;
  /** Parser probe, median over fresh processes: import, then the first message read, classified and extracted. */
  readonly parser: { readonly importMs: number; readonly firstMessageMs: number; readonly totalMs: number };
}

/** Builds every function bundle and the probe in a fresh directory. */
export function buildBundles(dir = BUNDLE_DIR): BuiltBundles {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'infra', 'build-bundles.ts'), dir], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`infra/build-bundles.ts failed: ${run.stderr.slice(0, 2000)}`);
  const built = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { functions: string[]; probe: string };
  return { dir, functions: built.functions, probe: built.probe };
}

/** What the metafile says each input put into the bundle, grouped by package or shared/ folder. */
function contributors(metafilePath: string): { name: string; bytes: number }[] {
  const meta = JSON.parse(readFileSync(metafilePath, 'utf8')) as { outputs: Record<string, { entryPoint?: string; inputs: Record<string, { bytesInOutput: number }> }> };
  const output = Object.values(meta.outputs).find((out) => out.entryPoint !== undefined);
  const totals = new Map<string, number>();
  for (const [path, input] of Object.entries(output?.inputs ?? {})) {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1];
    const name = pkg ?? (path.startsWith('<define:') ? 'rule gates (built in)' : path.split('/').slice(0, 2).join('/'));
    totals.set(name, (totals.get(name) ?? 0) + input.bytesInOutput);
  }
  return [...totals].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
}

export function bundleSizes(built: BuiltBundles): BundleSize[] {
  return built.functions.map((name) => {
    const code = readFileSync(join(built.dir, name, 'index.mjs'));
    return { name, bytes: code.length, gzipBytes: gzipSync(code).length, top: contributors(join(built.dir, `${name}.meta.json`)).slice(0, TOP_CONTRIBUTORS) };
  });
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;

export function formatBundleSizes(sizes: readonly BundleSize[]): string {
  return sizes
    .map((size) => `${size.name.padEnd(11)} ${kb(size.bytes).padStart(8)} raw ${kb(size.gzipBytes).padStart(7)} gzip   top: ${size.top.map((t) => `${t.name} ${kb(t.bytes)}`).join(', ')}`)
    .join('\n');
}

/** The environment the stack gives the functions, with stand-ins for what CloudFormation resolves. */
function functionEnvironment(): Record<string, string> {
  const example = JSON.parse(readFileSync(join(ROOT, 'infra', 'jobnudge.config.example.json'), 'utf8')) as unknown;
  const settings = parseDeploySettings(example, 'example config');
  const arn = (service: string, resource: string): string => `arn:aws:${service}:${settings.region}:123456789012:${resource}`;
  return {
    PATH: process.env.PATH ?? '',
    AWS_REGION: settings.region,
    [ENV.settings]: JSON.stringify(functionUserSettings(settings)),
    [ENV.tableName]: 'stand-in-table',
    [ENV.rawBucket]: 'stand-in-bucket',
    [ENV.rawPrefix]: 'raw/',
    [ENV.scheduleGroup]: 'stand-in-group',
    [ENV.schedulerRoleArn]: 'arn:aws:iam::123456789012:role/stand-in-scheduler',
    [ENV.reminderFunctionArn]: arn('lambda', 'function:stand-in-reminder'),
    [ENV.reminderDlqArn]: arn('sqs', 'stand-in-dlq'),
    POWERTOOLS_SERVICE_NAME: 'jobnudge-bench',
    POWERTOOLS_LOG_LEVEL: 'WARN',
  };
}

/** One fresh process: import the bundle, optionally analyse the first message; times in ms. */
function freshProcess(bundle: string, withMessage: boolean): { importMs: number; firstMessageMs: number } {
  const script = [
    `const started = performance.now();`,
    `const bundle = await import(${JSON.stringify(pathToFileURL(bundle).href)});`,
    `const imported = performance.now();`,
    withMessage
      ? `const raw = new Uint8Array((await import('node:fs')).readFileSync(${JSON.stringify(FIRST_MESSAGE)}));` +
        ` await bundle.analyzeMessage(raw, { timeZone: ${JSON.stringify(TIME_ZONE)} });`
      : '',
    `console.log(JSON.stringify({ importMs: imported - started, firstMessageMs: performance.now() - imported }));`,
  ].join('\n');
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { env: functionEnvironment(), encoding: 'utf8', cwd: ROOT });
  if (run.status !== 0) throw new Error(`cold start of ${bundle} failed: ${run.stderr.slice(0, 2000)}`);
  return JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { importMs: number; firstMessageMs: number };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function measureColdStart(built: BuiltBundles, runs = COLD_START_RUNS): ColdStart {
  const importMs = new Map<string, number>();
  for (const name of built.functions) {
    importMs.set(name, median(Array.from({ length: runs }, () => freshProcess(join(built.dir, name, 'index.mjs'), false).importMs)));
  }
  const probe = Array.from({ length: runs }, () => freshProcess(join(built.dir, built.probe, 'index.mjs'), true));
  return {
    importMs,
    parser: {
      importMs: median(probe.map((run) => run.importMs)),
      firstMessageMs: median(probe.map((run) => run.firstMessageMs)),
      totalMs: median(probe.map((run) => run.importMs + run.firstMessageMs)),
    },
  };
}

export function formatColdStart(cold: ColdStart): string {
  const ms = (value: number): string => `${value.toFixed(0)} ms`;
  return [
    ...[...cold.importMs].map(([name, value]) => `import ${name.padEnd(11)} ${ms(value).padStart(7)}`),
    `parser: import ${ms(cold.parser.importMs)} + first message read/classified/extracted ${ms(cold.parser.firstMessageMs)} = ${ms(cold.parser.totalMs)} (median of ${COLD_START_RUNS} fresh processes each)`,
  ].join('\n');
}

/** Sizes and cold start, printed and added to the summary table. */
export function benchBundles(section: (title: string) => void): void {
  const built = buildBundles();
  section('Lambda bundles (the stack\'s esbuild options; AWS SDK from the runtime)');
  const sizes = bundleSizes(built);
  console.log(formatBundleSizes(sizes));
  for (const size of sizes) {
    addSummaryRow({
      section: 'bundles',
      measure: `${size.name} (gzip ${kb(size.gzipBytes)})`,
      value: kb(size.bytes),
      target: '≤ 1024 KB',
      met: size.bytes <= MAX_BUNDLE_BYTES,
      note: `top: ${size.top.slice(0, 3).map((t) => `${t.name} ${kb(t.bytes)}`).join(', ')}`,
    });
  }
  section(`cold start (fresh Node ${process.versions.node} processes, median of ${COLD_START_RUNS})`);
  const cold = measureColdStart(built);
  console.log(formatColdStart(cold));
  addSummaryRow({ section: 'cold start', measure: 'parser: import + first message', value: `${cold.parser.totalMs.toFixed(0)} ms`, target: `≤ ${MAX_COLD_START_MS} ms`, met: cold.parser.totalMs <= MAX_COLD_START_MS });
  for (const [name, value] of cold.importMs) addSummaryRow({ section: 'cold start', measure: `${name}: import`, value: `${value.toFixed(0)} ms` });
}

// `tsx shared/bench/bundles-bench.ts`: this section alone.
if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  benchBundles((title) => console.log(`\n== ${title} ==`));
  const { formatSummary } = await import('./summary.ts');
  console.log(`\n${formatSummary()}`);
}
