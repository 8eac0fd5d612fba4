// What each Lambda bundle holds: built once per function with the stack's own esbuild options
// (infra/constructs/function-bundling.ts), then checked through esbuild's metafile. Size and
// dependency guards only; how fast the bundles start is measured by `npm run bench`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUNCTION_RUNTIME } from '../../infra/constructs/app-function.ts';
import { BUNDLE_TARGET, bundleDefines, esbuildOptions, MAX_BUNDLE_BYTES, RUNTIME_PROVIDED_MODULES } from '../../infra/constructs/function-bundling.ts';
import { detectExtension, detectMimeType } from '../../infra/bundle/nodemailer-mime-types.ts';
import * as nodemailerTypes from 'nodemailer/lib/mime-funcs/mime-types.js';
import { analyzeMessage } from '../../shared/analyze.ts';
import { APPLICATIONS_CSV_CONTENT_TYPE, APPLICATIONS_CSV_FILENAME } from '../../shared/digest/applications-csv.ts';
import { composeMessage } from '../../shared/mailer/compose.ts';
import type { OutgoingMessage } from '../../shared/mailer/mailer.ts';
import { htmlToPlainText } from '../../shared/mail/html-text.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const functionNames = readdirSync(join(root, 'functions'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

interface Built {
  readonly bytes: number;
  /** Every input file that put code into the bundle, repository-relative. */
  readonly inputs: readonly string[];
  /** Bare imports left to the runtime. */
  readonly externals: readonly string[];
  /** How the bundle loads each runtime-provided package: `require-call` or `import-statement`. */
  readonly runtimeLoads: readonly { readonly path: string; readonly kind: string }[];
  /** The bundle's code. */
  readonly code: string;
}

/** Modules the reminder must never carry: reading mail, classifying and extracting are the parser's. */
const MAIL_READING = [/node_modules\/mailparser\//, /node_modules\/postal-mime\//, /node_modules\/chrono-node\//, /node_modules\/html-to-text\//, /^shared\/mail\//, /^shared\/classify\//, /^shared\/analyze\.ts$/, /^shared\/extract\/index\.ts$/];

// Under node_modules so that the runtime-provided @aws-sdk/* imports resolve as they do in Lambda.
mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
const outdir = mkdtempSync(join(root, 'node_modules', '.cache', 'jobnudge-bundle-test-'));
const built = new Map<string, Built>();

async function build(name: string): Promise<Built> {
  const options = esbuildOptions(join(root, 'functions', name, 'handler.ts'), join(outdir, name, 'index.mjs'));
  const result = await esbuild.build({ ...options, write: false, metafile: true });
  const output = Object.values(result.metafile.outputs).find((out) => out.entryPoint !== undefined);
  if (!output) throw new Error(`${name}: esbuild wrote no entry output`);
  return {
    bytes: output.bytes,
    inputs: Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path),
    externals: output.imports.filter((entry) => entry.external).map((entry) => entry.path),
    runtimeLoads: output.imports.filter((entry) => entry.external && entry.path.startsWith('@aws-sdk/')).map((entry) => ({ path: entry.path, kind: entry.kind })),
    code: result.outputFiles.find((file) => file.path.endsWith('.mjs'))?.text ?? '',
  };
}

beforeAll(async () => {
  for (const name of functionNames) built.set(name, await build(name));
});
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

function bundleOf(name: string): Built {
  const bundle = built.get(name);
  if (!bundle) throw new Error(`no bundle for ${name}`);
  return bundle;
}

describe('function bundles', () => {
  it('finds the parser and the reminder among the functions', () => {
    expect(functionNames).toEqual(expect.arrayContaining(['parser', 'reminder']));
  });

  // The parser was over 1 MiB until #13 (1,085,794 bytes): see the README's "What each function bundle holds".
  it.each(functionNames)('keeps the %s bundle within 1 MiB', (name) => {
    expect(bundleOf(name).bytes).toBeLessThanOrEqual(MAX_BUNDLE_BYTES);
  });

  it.each(['parser', 'reminder'])("carries the %s's mail composer without nodemailer's MIME-type table or URL fetcher, with ours in their place", (name) => {
    const inputs = bundleOf(name).inputs;
    expect(inputs.filter((path) => path.includes('node_modules/nodemailer/'))).not.toEqual([]);
    expect(inputs.filter((path) => /node_modules\/nodemailer\/.*(?:mime-types\.js|\/fetch\/)/.test(path))).toEqual([]);
    expect(inputs).toEqual(expect.arrayContaining(['infra/bundle/nodemailer-mime-types.ts', 'infra/bundle/nodemailer-no-fetch.ts']));
  });

  it("answers as nodemailer's MIME-type table for every type jobnudge writes, and with its defaults", () => {
    const names = ['applications.csv', 'invite.ics', 'original.eml', 'notes.txt', 'page.html', 'page.htm', 'A.CSV', 'x.csv?y', 'txt', 'bin', '', 'unknown.zzz9'];
    expect(names.map(detectMimeType)).toEqual(names.map((name) => nodemailerTypes.detectMimeType(name)));
    const types = ['text/csv', 'text/calendar', 'message/rfc822', 'text/plain', 'text/html', APPLICATIONS_CSV_CONTENT_TYPE, 'text/calendar; charset=utf-8; method=PUBLISH', 'TEXT/CSV', 'text/x-unknown', 'application/x-unknown-9', ''];
    expect(types.map(detectExtension)).toEqual(types.map((type) => nodemailerTypes.detectExtension(type)));
  });

  it('composes the same message from the bundle as from source (the boundaries are random)', async () => {
    const outfile = join(outdir, 'compose', 'index.mjs');
    await esbuild.build({
      ...esbuildOptions(join(root, 'shared/mailer/compose.ts'), outfile),
      entryPoints: undefined,
      stdin: { contents: `export { composeMessage } from './shared/mailer/compose.ts';`, resolveDir: root, loader: 'ts' },
    });
    const bundled = (await import(pathToFileURL(outfile).href)) as { composeMessage: typeof composeMessage };
    const message: OutgoingMessage = {
      to: 'me@home.example',
      from: 'nudge@jobs.example.com',
      subject: 'Zoë – where your search stands',
      text: 'Two open applications.',
      html: '<p>Two open applications.</p>',
      attachments: [
        { filename: APPLICATIONS_CSV_FILENAME, contentType: APPLICATIONS_CSV_CONTENT_TYPE, content: '\uFEFFcompany\r\nAcme\r\n' },
        { filename: 'prepare.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' },
        // No content type: the one part that makes nodemailer look a type up.
        { filename: 'notes.txt', contentType: '', content: 'plain' },
      ],
      messageKey: 'bundle-test',
      date: new Date('2026-12-05T08:00:00Z'),
    };
    const raw = async (compose: typeof composeMessage): Promise<string> =>
      (await compose(message, { allowedRecipient: 'me@home.example' })).raw.toString('utf8').replace(/_NmP-[0-9a-f]+-Part/g, '_NmP-*-Part');
    const fromBundle = await raw(bundled.composeMessage);
    expect(fromBundle).toBe(await raw(composeMessage));
    expect(fromBundle).toContain('Content-Type: text/plain; name=notes.txt');
  });

  it('keeps the mail-reading stack, the classifier and the extractors out of the reminder', () => {
    const carried = bundleOf('reminder').inputs.filter((path) => MAIL_READING.some((pattern) => pattern.test(path)));
    expect(carried).toEqual([]);
  });

  it('the guard above can fail: the parser does carry them', () => {
    const carried = bundleOf('parser').inputs.filter((path) => MAIL_READING.some((pattern) => pattern.test(path)));
    expect(carried.length).toBeGreaterThan(0);
  });

  it.each(functionNames)('carries no zod locale but English and no JSON-schema converter in the %s bundle', (name) => {
    const zodExtras = bundleOf(name).inputs.filter((path) => /node_modules\/zod\/.*\/locales\/(?!en\.js$)/.test(path));
    expect(zodExtras).toEqual([]);
  });

  // Full zod is ~95 KB of a bundle, zod/mini ~35 KB with the same checks and messages (#13): a schema
  // on a function's path imports shared/config/zod-mini.ts; one that needs full zod stays off it.
  it.each(functionNames)('validates with zod/mini in the %s bundle, never with full zod', (name) => {
    const zod = bundleOf(name).inputs.filter((path) => path.includes('node_modules/zod/'));
    expect(zod.filter((path) => path.includes('/v4/mini/'))).not.toEqual([]);
    expect(zod.filter((path) => path.includes('/v4/classic/'))).toEqual([]);
  });

  it.each(functionNames)('bundles each package once in the %s bundle (no second copy under another path)', (name) => {
    const copies = new Map<string, Set<string>>();
    for (const path of bundleOf(name).inputs) {
      const match = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(path);
      if (!match?.[1] || !match[2]) continue;
      copies.set(match[2], (copies.get(match[2]) ?? new Set()).add(match[1]));
    }
    expect([...copies].filter(([, dirs]) => dirs.size > 1).map(([pkg, dirs]) => `${pkg}: ${[...dirs].join(', ')}`)).toEqual([]);
  });

  it.each(functionNames)('leaves only the AWS SDK to the runtime in the %s bundle, and bundles no copy of it', (name) => {
    const bundle = bundleOf(name);
    const provided = (path: string): boolean => RUNTIME_PROVIDED_MODULES.some((pattern) => path.startsWith(pattern.replace('*', '')));
    const builtIn = (path: string): boolean => path.startsWith('node:') || builtinModules.includes(path);
    expect(bundle.externals.filter((path) => !builtIn(path) && !provided(path))).toEqual([]);
    expect(bundle.inputs.filter((path) => path.includes('node_modules/@aws-sdk/'))).toEqual([]);
  });

  it.each(functionNames)('loads the AWS SDK with require(), not import, in the %s bundle', (name) => {
    const loads = bundleOf(name).runtimeLoads;
    expect(loads.length).toBeGreaterThan(0);
    expect(loads.filter((load) => load.kind !== 'require-call')).toEqual([]);
  });

  it.each(functionNames)("turns V8's regex tier-up off before any of the %s bundle's code runs", (name) => {
    const code = bundleOf(name).code;
    const flagAt = code.indexOf("('--no-regexp-tier-up')");
    expect(flagAt).toBeGreaterThan(0);
    // The banner is the first line; everything bundled follows it.
    expect(code.indexOf('\n')).toBeGreaterThan(flagAt);
  });

  it('runs a bundle that loads the AWS SDK through require() in a fresh process, classes and errors intact', async () => {
    const entry = [
      "import { GetObjectCommand, NoSuchKey, S3Client } from '@aws-sdk/client-s3';",
      "export const clientName = new S3Client({ region: 'eu-west-1' }).constructor.name;",
      "export const commandInput = new GetObjectCommand({ Bucket: 'b', Key: 'k' }).input.Key;",
      "export const errorMatches = new NoSuchKey({ message: 'gone', $metadata: {} }) instanceof NoSuchKey;",
    ].join('\n');
    await esbuild.build({ ...esbuildOptions(join(root, 'functions', 'parser', 'handler.ts'), join(outdir, 'sdk', 'index.mjs')), entryPoints: undefined, stdin: { contents: entry, resolveDir: root, loader: 'ts' } });
    const script = `const m = await import(${JSON.stringify(pathToFileURL(join(outdir, 'sdk', 'index.mjs')).href)}); console.log(JSON.stringify([m.clientName, m.commandInput, m.errorMatches]));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout.trim())).toEqual(['S3Client', 'k', true]);
  });

  it('targets the Node.js major of the Lambda runtime', () => {
    expect(FUNCTION_RUNTIME.name).toBe(`nodejs${BUNDLE_TARGET.slice('node'.length)}.x`);
  });

  it('bakes the classifier gates into the parser bundle, small enough to pass as one esbuild argument', () => {
    // Linux caps one argument at 128 KiB (MAX_ARG_STRLEN): the bound keeps `define` usable from the esbuild CLI too.
    for (const value of Object.values(bundleDefines())) expect(value.length).toBeLessThan(96 * 1024);
    expect(bundleOf('parser').inputs).toContain('<define:__JOBNUDGE_RULE_GATES__>');
  });

  it('reads the fixtures in the bundle exactly as from source, every classifier gate taken from the baked table', async () => {
    const outfile = join(outdir, 'analysis', 'index.mjs');
    const exports = `export { analyzeMessage } from './shared/analyze.ts';\nexport { gatedPatterns } from './shared/classify/gate-table.ts';\nexport { hasBakedGate } from './shared/classify/literal-gate.ts';\n`;
    await esbuild.build({ ...esbuildOptions(join(root, 'shared/analyze.ts'), outfile), entryPoints: undefined, stdin: { contents: exports, resolveDir: root, loader: 'ts' } });
    const bundled = (await import(pathToFileURL(outfile).href)) as {
      analyzeMessage: typeof analyzeMessage;
      gatedPatterns: () => RegExp[];
      hasBakedGate: (pattern: RegExp) => boolean;
    };
    const patterns = bundled.gatedPatterns();
    expect(patterns.length).toBeGreaterThan(50);
    expect(patterns.filter((pattern) => !bundled.hasBakedGate(pattern)).map(String)).toEqual([]);
    const fixtures = join(root, 'test/fixtures/eml');
    for (const file of readdirSync(fixtures).filter((name) => name.endsWith('.eml')).sort()) {
      const raw = new Uint8Array(readFileSync(join(fixtures, file)));
      const read = async (analyze: typeof analyzeMessage): Promise<unknown> => {
        const analysis = await analyze(raw, { timeZone: 'America/New_York' });
        return { kind: analysis.kind, signals: analysis.classification.signals, company: analysis.company, role: analysis.role, interviewAt: analysis.interviewAt };
      };
      expect(await read(bundled.analyzeMessage), file).toEqual(await read(analyzeMessage));
    }
  });

  it('converts HTML to the same text with the deduplicated entity tables as from source', async () => {
    const entry = join(outdir, 'html-text-entry.ts');
    const outfile = join(outdir, 'html-text', 'index.mjs');
    await esbuild.build({
      ...esbuildOptions(entry, outfile),
      entryPoints: undefined,
      stdin: { contents: `export { htmlToPlainText } from ${JSON.stringify(join(root, 'shared/mail/html-text.ts'))};`, resolveDir: root, loader: 'ts' },
    });
    const bundled = (await import(pathToFileURL(outfile).href)) as { htmlToPlainText: typeof htmlToPlainText };
    const html =
      '<p>Dear Alex &amp; team,</p><p>Your interview is on <b>Tuesday</b> &ndash; 14:00&nbsp;CET &lt;Room 3&gt; &quot;Caf&eacute;&quot; &#8220;Q&amp;A&#8221;</p>' +
      '<table><tr><td>Role:</td><td>Data Engineer</td></tr></table><a href="https://example.com/?a=1&amp;b=2">link</a>';
    expect(bundled.htmlToPlainText(html)).toBe(htmlToPlainText(html));
    expect(bundled.htmlToPlainText(html)).toContain('Alex & team');
  });
});
