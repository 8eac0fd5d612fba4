import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, type Parameters } from 'recheck';
import { beforeAll, describe, expect, it } from 'vitest';
import { REDOS_ALLOW_LIST, REDOS_PER_CALL_SITES } from './redos-allow-list.ts';
import { regexSites, type RegexConstructorSite, type RegexSite } from './regex-sites.ts';

/**
 * Every regular expression in shared/ gets recheck's verdict: `safe`, or `vulnerable` with the
 * degree of its backtracking (2nd degree polynomial = quadratic in the input length), or `unknown`
 * when it could not decide. Anything but `safe` fails unless the allow-list names that exact
 * pattern in that file. The verdict is from automata and fuzzing with a fixed seed and step limits,
 * not from timing a match, so it is the same on a busy machine.
 *
 * Verdicts are cached by (pattern, flags) in redos-verdicts.json, because checking ~700 patterns
 * takes minutes; a verdict depends only on the pattern, the flags, these parameters and the recheck
 * version, all of which are part of the cache. A pattern not in the cache is checked now;
 * `REDOS_RECORD=1` writes the new verdicts back.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CACHE_PATH = join(ROOT, 'test/hardening/redos-verdicts.json');
const RECHECK_VERSION = (JSON.parse(readFileSync(join(ROOT, 'node_modules/recheck/package.json'), 'utf8')) as { version: string }).version;
/** Step limits instead of time limits, a fixed seed and no timed recall: a deterministic verdict. */
const PARAMETERS: Parameters = {
  randomSeed: 14,
  timeout: 5_000,
  incubationTimeout: null,
  attackTimeout: null,
  seedingTimeout: null,
  recallTimeout: -1,
};
/** Entry scripts run on import (`npm run bench` etc.); their patterns are read from source only. */
const SCRIPTS = new Set(['shared/bench/run.ts', 'shared/bench/reading.ts']);

interface Verdict {
  readonly status: 'safe' | 'vulnerable' | 'unknown';
  /** e.g. "2nd degree polynomial", "exponential"; why it was unknown; '' when safe. */
  readonly detail: string;
}
interface VerdictCache {
  readonly recheck: string;
  readonly parameters: string;
  readonly verdicts: Record<string, Verdict>;
}
interface Pattern {
  readonly file: string;
  readonly line: number;
  readonly source: string;
  readonly flags: string;
}

const cacheKey = (source: string, flags: string): string => `/${source}/${flags}`;

function loadCache(): Map<string, Verdict> {
  const cache = JSON.parse(readFileSync(CACHE_PATH, 'utf8')) as VerdictCache;
  if (cache.recheck !== RECHECK_VERSION || cache.parameters !== JSON.stringify(PARAMETERS)) return new Map();
  return new Map(Object.entries(cache.verdicts));
}

async function verdictOf(source: string, flags: string): Promise<Verdict> {
  const result = await check(source, flags, PARAMETERS);
  if (result.status === 'safe') return { status: 'safe', detail: '' };
  if (result.status === 'vulnerable') return { status: 'vulnerable', detail: `${result.complexity.summary}${result.complexity.isFuzz ? ' (fuzz)' : ''}` };
  return { status: 'unknown', detail: result.error.kind };
}

/** Line of the first stack frame in shared/, as `shared/x.ts:12`. */
function callerSite(stack: string): { file: string; line: number } | null {
  const frame = /\/(shared\/[^:\s)]+\.ts):(\d+):\d+/.exec(stack);
  return frame ? { file: frame[1] ?? '', line: Number(frame[2]) } : null;
}

/**
 * Imports every module of shared/ while `RegExp` is wrapped, and returns each pattern built with
 * the constructor at load time, with the line that built it. Patterns built per call (inside a
 * function) are not seen here; the site check below reports them.
 */
async function patternsBuiltOnLoad(files: readonly string[]): Promise<Pattern[]> {
  const built: Pattern[] = [];
  const Original = globalThis.RegExp;
  const record = (args: unknown[]): void => {
    const site = callerSite(new Error().stack ?? '');
    const [pattern, flags] = args;
    if (site === null) return;
    const source = pattern instanceof Original ? pattern.source : String(pattern);
    const flagText = typeof flags === 'string' ? flags : pattern instanceof Original ? pattern.flags : '';
    built.push({ ...site, source, flags: flagText });
  };
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget) as object;
    },
    apply(target, self, args) {
      record(args);
      return Reflect.apply(target, self, args) as unknown;
    },
  });
  try {
    for (const file of files) await import(join(ROOT, file));
  } finally {
    globalThis.RegExp = Original;
  }
  return built;
}

let patterns: Pattern[] = [];
let unseenConstructors: RegexConstructorSite[] = [];
const verdicts = new Map<string, Verdict>();

beforeAll(async () => {
  const sites: RegexSite[] = regexSites(ROOT, 'shared');
  const files = [...new Set(sites.map((site) => site.file))].filter((file) => !SCRIPTS.has(file));
  const built = await patternsBuiltOnLoad(files);
  const constructors = sites.filter((site): site is RegexConstructorSite => site.kind === 'constructor');
  const matched = (site: RegexConstructorSite, pattern: Pattern): boolean => pattern.file === site.file && pattern.line >= site.line && pattern.line <= site.endLine;
  unseenConstructors = constructors.filter((site) => !built.some((pattern) => matched(site, pattern)));
  patterns = [
    ...sites.flatMap((site) => (site.kind === 'literal' ? [site] : [])),
    ...built.filter((pattern) => constructors.some((site) => matched(site, pattern))),
  ];

  const cache = loadCache();
  const record = process.env.REDOS_RECORD === '1';
  for (const { source, flags } of patterns) {
    const key = cacheKey(source, flags);
    if (verdicts.has(key)) continue;
    const cached = cache.get(key);
    if (cached) {
      verdicts.set(key, cached);
      continue;
    }
    verdicts.set(key, await verdictOf(source, flags));
    // Written after every new verdict, so an interrupted recording keeps what it learned.
    if (record) saveCache(new Map([...cache, ...verdicts]));
  }
}, 3_600_000);

function saveCache(all: ReadonlyMap<string, Verdict>): void {
  const sorted = Object.fromEntries([...all].sort(([a], [b]) => a.localeCompare(b)));
  const next: VerdictCache = { recheck: RECHECK_VERSION, parameters: JSON.stringify(PARAMETERS), verdicts: sorted };
  writeFileSync(CACHE_PATH, `${JSON.stringify(next, null, 1)}\n`);
}

describe('regular expressions in shared/ (recheck)', () => {
  it('finds the patterns it is meant to check', () => {
    // A scan that silently found nothing would pass everything.
    expect(patterns.length).toBeGreaterThan(500);
    expect(patterns.some((pattern) => pattern.file === 'shared/scheduler/reminder-payload.ts' && pattern.source.includes('confirm-receipt'))).toBe(true);
  });

  it('captures every RegExp constructor call when its module loads', () => {
    // A pattern built inside a function cannot be checked here: build it once at module level.
    const unseen = unseenConstructors.filter((site) => !REDOS_PER_CALL_SITES.some((allowed) => allowed.file === site.file));
    expect(unseen.map((site) => `${site.file}:${site.line}`)).toEqual([]);
    // An allowance for a file that no longer builds a pattern per call is stale.
    expect(REDOS_PER_CALL_SITES.filter((allowed) => !unseenConstructors.some((site) => site.file === allowed.file))).toEqual([]);
  });

  it('has no pattern with super-linear backtracking, except those on the allow-list', () => {
    const unsafe = patterns.flatMap(({ file, line, source, flags }) => {
      const verdict = verdicts.get(cacheKey(source, flags));
      if (verdict === undefined || verdict.status === 'safe') return [];
      if (REDOS_ALLOW_LIST.some((entry) => entry.file === file && entry.source === source)) return [];
      return [`${file}:${line} /${source}/${flags} is ${verdict.status} ${verdict.detail}`];
    });
    expect(unsafe).toEqual([]);
  });

  it('allows only patterns that exist and are still unsafe (a fixed one leaves the list)', () => {
    const stale = REDOS_ALLOW_LIST.filter(
      (entry) => !patterns.some(({ file, source, flags }) => file === entry.file && source === entry.source && verdicts.get(cacheKey(source, flags))?.status !== 'safe'),
    );
    expect(stale.map((entry) => `${entry.file} /${entry.source}/`)).toEqual([]);
  });
});
