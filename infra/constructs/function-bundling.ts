import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions, Plugin } from 'esbuild';
import type { Node } from 'constructs';
import * as z from 'zod';
import { precomputedRuleGates, RULE_GATES_GLOBAL } from '../../shared/classify/gate-table.ts';
import { ConfigError, describeIssues } from '../../shared/config/zod-errors.ts';

/**
 * What a function's bundle holds, decided once for every function (the CDK stack, the bundle tests
 * and the bench all build with esbuildOptions through esbuild's API, so they measure what is deployed).
 *
 * From the Lambda runtime (Node.js 24): Node's built-ins and the AWS SDK for JavaScript v3
 * (`@aws-sdk/*`, which every Node.js runtime since 18 ships and AWS keeps patched). Our pinned
 * copies in package.json serve the tests and local runs; in a bundle they would be a third of the
 * parser (about 510 KB minified) and its module init, for clients whose API we use only in its
 * stable core (GetObject, PutItem/Query/Update, CreateSchedule, SendRawEmail).
 * Bundled and pinned by package-lock.json: everything else, including Powertools, whose version must
 * match our code and which no runtime provides.
 */
export const RUNTIME_PROVIDED_MODULES: readonly string[] = ['@aws-sdk/*'];

/** The esbuild target: the Node.js major of the Lambda runtime (FUNCTION_RUNTIME). */
export const BUNDLE_TARGET = 'node24';

/** Largest bundle (index.mjs, bytes) a function may ship: small bundles keep cold starts short. */
export const MAX_BUNDLE_BYTES = 1024 * 1024;

/**
 * CommonJS dependencies may call `require()` for Node built-ins inside the ESM bundle; esbuild's
 * ESM output has no `require`, so define one from the bundle's own URL.
 */
export const ESM_REQUIRE_BANNER = "import { createRequire as __jnCreateRequire } from 'node:module'; const require = __jnCreateRequire(import.meta.url);";

/**
 * V8 first compiles a regex to bytecode and interprets it, then compiles it again to machine code
 * once it has run ("tier-up"). The parser's first message runs some 150 large patterns, most of
 * them on several sentences, so a fresh process paid both compilations for each: about half of the
 * first message's CPU (measured on Node 20: ~250 ms, ~125 ms without tier-up). Compiling straight
 * to machine code gives the same matches; a warm process runs the same machine code either way.
 * NODE_OPTIONS does not accept V8's regex flags, so the bundle sets it before any of its code runs.
 */
export const REGEXP_TIER_UP_OFF_BANNER = "import { setFlagsFromString as __jnSetV8Flags } from 'node:v8'; __jnSetV8Flags('--no-regexp-tier-up');";

/**
 * CDK context key that turns source maps on for debugging: `cdk deploy -c jobnudge:sourceMaps=true`.
 * Off by default: the map is 3-4 times the size of the code, and `--enable-source-maps` makes every
 * cold start slower and larger (Node reads and keeps the map before the first line runs).
 */
export const SOURCE_MAPS_CONTEXT_KEY = 'jobnudge:sourceMaps';

const SourceMapsSchema = z
  .union([z.boolean(), z.enum(['true', 'false'])], { message: 'must be true or false' })
  .transform((value) => value === true || value === 'true');

/** The source-map switch from the CDK context (`-c` passes text, cdk.json a boolean); absent means off. */
export function sourceMapsFromContext(node: Node): boolean {
  const value: unknown = node.tryGetContext(SOURCE_MAPS_CONTEXT_KEY);
  if (value === undefined) return false;
  const parsed = SourceMapsSchema.safeParse(value);
  if (!parsed.success) throw new ConfigError(`CDK context "${SOURCE_MAPS_CONTEXT_KEY}"`, describeIssues(parsed.error, SOURCE_MAPS_CONTEXT_KEY));
  return parsed.data;
}

/**
 * Packages npm installs twice that a bundle needs once. html-to-text reaches the HTML entity tables
 * through htmlparser2 (entities 7) and through dom-serializer (entities 4, which only escapes text
 * there: encodeXML, escapeAttribute and escapeText, all in entities 7 with the same meaning). One
 * copy saves about 90 KB per bundle that reads mail; the bundle tests check the converted text.
 */
export function dedupedPackages(): Record<string, string> {
  // The ESM build directory, so that `entities/decode` (htmlparser2) finds dist/esm/decode.js too.
  return { entities: join(packageDir('entities', packageDir('htmlparser2')), 'dist', 'esm') };
}

/** The directory of the package `name` as Node resolves it from `fromDir` (default: this repository). */
function packageDir(name: string, fromDir?: string): string {
  const resolve = createRequire(join(fromDir ?? dirname(new URL(import.meta.url).pathname), 'noop.js')).resolve;
  let dir = dirname(resolve(name));
  while (dir !== dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === name) return dir;
    dir = dirname(dir);
  }
  throw new Error(`package ${name} not found from ${fromDir ?? 'the repository'}`);
}

/** Runtime environment the bundle needs: source maps are applied only when they were shipped. */
export function bundleEnvironment(sourceMaps: boolean): Record<string, string> {
  return sourceMaps ? { NODE_OPTIONS: '--enable-source-maps' } : {};
}

/**
 * Compile-time constants: the classifier's rule gates, derived here from the rule tables instead of
 * on the first message (shared/classify/gate-table.ts). Computed once per process.
 */
let defines: Record<string, string> | undefined;
export function bundleDefines(): Record<string, string> {
  defines ??= { [RULE_GATES_GLOBAL]: JSON.stringify(precomputedRuleGates()) };
  return defines;
}

/**
 * Modules of a dependency that a bundle replaces with a smaller one of ours, as absolute paths. esbuild's
 * `alias` reaches only package names, and these are imported by relative path inside the package,
 * so a plugin swaps them (which is why the stack builds through esbuild's API: ./function-code.ts).
 *
 * nodemailer's extension ↔ MIME type table (76 KB, a seventh of the parser) answers only for a
 * part without a content type or file name, and jobnudge composes none: ../bundle/nodemailer-mime-types.ts.
 * Its URL fetcher runs only where URL access is allowed, and jobnudge never allows it: ../bundle/nodemailer-no-fetch.ts.
 */
export function substitutedModules(): Record<string, string> {
  const nodemailer = join(packageDir('nodemailer'), 'dist', 'esm');
  const ours = (name: string): string => fileURLToPath(new URL(`../bundle/${name}`, import.meta.url));
  return {
    [join(nodemailer, 'mime-funcs', 'mime-types.js')]: ours('nodemailer-mime-types.ts'),
    [join(nodemailer, 'fetch', 'index.js')]: ours('nodemailer-no-fetch.ts'),
  };
}

/**
 * Runtime-provided packages (the AWS SDK) loaded with `require()` rather than `import`. The SDK ships
 * CommonJS without a module type, so an ESM import makes Node sniff each file's syntax and lex
 * every re-exported file for its export names before any of it runs; `require()` (the banner's,
 * from the bundle's own URL) loads the same files without that work, which roughly halves the SDK's
 * share of a cold start. The bundle sees the same module objects either way.
 */
const REQUIRED_NAMESPACE = 'jobnudge-required';
function requireRuntimeModulesPlugin(patterns: readonly string[]): Plugin {
  const escape = (text: string): string => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  const filter = new RegExp(`^(?:${patterns.map(escape).join('|')})$`);
  return {
    name: 'jobnudge-require-runtime-modules',
    setup(build) {
      build.onResolve({ filter }, (args) =>
        args.namespace === REQUIRED_NAMESPACE ? { path: args.path, external: true } : { path: args.path, namespace: REQUIRED_NAMESPACE },
      );
      build.onLoad({ filter: /.*/, namespace: REQUIRED_NAMESPACE }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
    },
  };
}

function substitutionPlugin(substitutes: Record<string, string>): Plugin {
  return {
    name: 'jobnudge-substituted-modules',
    setup(build) {
      // Only relative imports ending in a substituted file's name reach this callback.
      const names = [...new Set(Object.keys(substitutes).map((path) => basename(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))];
      build.onResolve({ filter: new RegExp(`^\\.\\.?/(?:.*/)?(?:${names.join('|')})$`) }, (args) => {
        const substitute = substitutes[resolve(args.resolveDir, args.path)];
        return substitute === undefined ? undefined : { path: substitute };
      });
    },
  };
}

/** The bundle's esbuild options, for the stack (./function-code.ts), the bundle tests and the bench. */
export function esbuildOptions(entry: string, outfile: string, sourceMaps = false): BuildOptions & { entryPoints: string[]; outfile: string } {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: BUNDLE_TARGET,
    banner: { js: `${ESM_REQUIRE_BANNER} ${REGEXP_TIER_UP_OFF_BANNER}` },
    mainFields: ['module', 'main'],
    minify: true,
    legalComments: 'none',
    alias: dedupedPackages(),
    charset: 'utf8',
    // A linked map in its own file beside the bundle (never inline), only when switched on.
    sourcemap: sourceMaps ? 'linked' : false,
    external: [...RUNTIME_PROVIDED_MODULES],
    define: bundleDefines(),
    plugins: [requireRuntimeModulesPlugin(RUNTIME_PROVIDED_MODULES), substitutionPlugin(substitutedModules())],
    logLevel: 'error',
  };
}

