/**
 * Cheap pre-checks for the phrase patterns. Most patterns match nothing in most mail, and running a
 * large alternation over every position of the text is what classification spends its time on. For
 * each pattern this module derives a short list of literal strings of which every match must contain
 * at least one; when the text contains none of them, the pattern cannot match and is not run.
 *
 * The derivation reads the pattern source (the subset of regex syntax the rules use) and is
 * conservative: whatever it does not understand yields no gate, and the pattern always runs.
 */

/** Cross products of alternatives grow fast; past this many strings a run stops being tracked exactly. */
const MAX_EXACT_STRINGS = 16;

/** A clause with more strings than this is rarely selective and costs more to check than it saves. */
const MAX_CLAUSE_STRINGS = 64;

/** Clauses checked per pattern (all must hold): two or three rare parts rule out nearly every text. */
const MAX_CLAUSES = 3;

/** The fingerprint checks three-character sequences: shorter strings cannot be checked. */
const MIN_LITERAL_CHARS = 3;

/** Words so common in mail that a clause made of them rules nothing out. */
const COMMON_WORDS = new Set(
  ("a an the to of in on at for and or is are be been was were we i you your our my me us it this that with not no have has had " +
    "will would can do as by from if so all new more time job jobs role call meet next what when than after like i'm we're you're")
    .split(' '),
);

/** How often a common word is taken to occur in a mail. */
const COMMON_WORD_ODDS = 0.9;

/** A short uncommon word ("fit", "cv") still rules out most mail, if barely. */
const ALMOST_CERTAIN = 0.95;

/** Strings of which a match contains at least one. */
type Clause = ReadonlySet<string>;

/** What one piece of a pattern tells about the text any match covers. */
interface Facts {
  /** Every string the piece can match, when that set is small and known ('' when it can match nothing). */
  readonly exact: ReadonlySet<string> | null;
  /** Clauses that every match satisfies, most selective first. */
  readonly clauses: readonly Clause[];
}

const UNKNOWN: Facts = { exact: null, clauses: [] };
const EMPTY: Facts = { exact: new Set(['']), clauses: [] };

class UnsupportedSyntax extends Error {
  constructor(at: number) {
    super(`pattern syntax at ${at} is not analysed`);
    this.name = 'UnsupportedSyntax';
  }
}

const oddsByLiteral = new Map<string, number>();
const oddsByClause = new WeakMap<Clause, number>();

/** A rough chance that a mail contains the literal: each common word is likely, longer words less so. */
function literalOdds(literal: string): number {
  let odds = oddsByLiteral.get(literal);
  if (odds === undefined) {
    odds = 1;
    for (const word of literal.trim().split(/\s+/)) {
      odds *= COMMON_WORDS.has(word) ? COMMON_WORD_ODDS : Math.min(ALMOST_CERTAIN, 2 ** (3 - word.length));
    }
    oddsByLiteral.set(literal, odds);
  }
  return odds;
}

function clauseOdds(clause: Clause): number {
  let odds = oddsByClause.get(clause);
  if (odds === undefined) {
    let none = 1;
    for (const literal of clause) none *= 1 - literalOdds(literal);
    odds = 1 - none;
    oddsByClause.set(clause, odds);
  }
  return odds;
}

function usable(clause: ReadonlySet<string> | null): clause is Clause {
  if (clause === null || clause.size === 0 || clause.size > MAX_CLAUSE_STRINGS) return false;
  for (const literal of clause) if (literal.length < MIN_LITERAL_CHARS) return false;
  return clauseOdds(clause) < 1;
}

/** The most selective usable clauses, fewest strings first among equals. */
function mostSelective(candidates: readonly (ReadonlySet<string> | null)[], limit: number): Clause[] {
  const seen = new Set<Clause>();
  const ranked: { clause: Clause; odds: number }[] = [];
  for (const candidate of candidates) {
    if (!usable(candidate) || seen.has(candidate)) continue;
    seen.add(candidate);
    ranked.push({ clause: candidate, odds: clauseOdds(candidate) });
  }
  ranked.sort((x, y) => x.odds - y.odds || x.clause.size - y.clause.size);
  return ranked.slice(0, limit).map((entry) => entry.clause);
}

function product(left: ReadonlySet<string>, right: ReadonlySet<string>): Set<string> | null {
  if (left.size * right.size > MAX_EXACT_STRINGS) return null;
  const out = new Set<string>();
  for (const x of left) for (const y of right) out.add(x + y);
  return out;
}

/** A sequence: exact neighbours multiply out into longer strings; every part's clauses hold. */
function sequence(items: readonly Facts[]): Facts {
  const candidates: (ReadonlySet<string> | null)[] = [];
  let run: ReadonlySet<string> = new Set(['']);
  let allExact = true;
  for (const item of items) {
    candidates.push(...item.clauses);
    if (item.exact === null) {
      allExact = false;
      candidates.push(run);
      run = new Set(['']);
      continue;
    }
    candidates.push(item.exact);
    const longer = product(run, item.exact);
    if (longer === null) {
      allExact = false;
      candidates.push(run);
      run = item.exact;
    } else {
      run = longer;
    }
  }
  candidates.push(run);
  return { exact: allExact ? run : null, clauses: mostSelective(candidates, MAX_CLAUSES) };
}

/** An alternation: a match takes one branch, so the clause is the union of each branch's best. */
function alternation(branches: readonly Facts[]): Facts {
  if (branches.length === 1) return branches[0] ?? UNKNOWN;
  let exact: Set<string> | null = new Set();
  let union: Set<string> | null = new Set();
  for (const branch of branches) {
    if (exact !== null && branch.exact !== null) branch.exact.forEach((literal) => exact?.add(literal));
    else exact = null;
    const best = mostSelective([...branch.clauses, branch.exact], 1)[0];
    if (best === undefined || union === null) union = null;
    else best.forEach((literal) => union?.add(literal));
  }
  if (exact !== null && exact.size > MAX_EXACT_STRINGS) exact = null;
  return { exact, clauses: mostSelective([union], 1) };
}

function repeat(inner: Facts, min: number, max: number): Facts {
  if (min === 1 && max === 1) return inner;
  if (min === 0 && max === 1 && inner.exact !== null) return { exact: new Set([...inner.exact, '']), clauses: [] };
  if (min === 0) return UNKNOWN;
  // At least one repetition: whatever one repetition must contain, the whole must too.
  return { exact: null, clauses: mostSelective([...inner.clauses, inner.exact], MAX_CLAUSES) };
}

const QUANTIFIER_START = new Set(['?', '*', '+', '{']);
const SPECIAL_CHARS = new Set([...'\\()[]|.^$*+?{}']);

/** A tiny recursive-descent reader for the regex subset the rule files use. */
class Reader {
  private at = 0;
  constructor(private readonly source: string) {}

  parse(): Facts {
    const facts = this.alternation();
    if (this.at !== this.source.length) throw new UnsupportedSyntax(this.at);
    return facts;
  }

  private peek(): string | undefined {
    return this.source[this.at];
  }

  private alternation(): Facts {
    const branches = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    return alternation(branches);
  }

  private sequence(): Facts {
    const items: Facts[] = [];
    let literal = '';
    while (this.at < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const char = this.plainChar();
      if (char !== null) {
        // Plain characters in a row are one literal: "regret", not r·e·g·r·e·t.
        literal += char;
        continue;
      }
      if (literal !== '') items.push({ exact: new Set([literal]), clauses: [] });
      literal = '';
      items.push(this.quantified(this.atom()));
    }
    if (literal !== '') items.push({ exact: new Set([literal]), clauses: [] });
    return sequence(items);
  }

  /** The next character when it is a plain (or escaped punctuation) literal with no quantifier after it. */
  private plainChar(): string | null {
    const char = this.source[this.at];
    if (char === undefined) return null;
    let width = 1;
    let value = char;
    if (char === '\\') {
      const next = this.source[this.at + 1];
      if (next === undefined || /[a-zA-Z0-9]/.test(next)) return null;
      width = 2;
      value = next;
    } else if (SPECIAL_CHARS.has(char)) {
      return null;
    }
    if (QUANTIFIER_START.has(this.source[this.at + width] ?? '')) return null;
    this.at += width;
    return value;
  }

  private quantified(atom: Facts): Facts {
    const char = this.peek();
    let min = 1;
    let max = 1;
    if (char === '?' || char === '*' || char === '+') {
      this.at++;
      min = char === '+' ? 1 : 0;
      max = char === '?' ? 1 : Infinity;
    } else if (char === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!match) throw new UnsupportedSyntax(this.at);
      this.at += match[0].length;
      min = Number(match[1]);
      max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
    } else {
      return atom;
    }
    if (this.peek() === '?') this.at++; // lazy: same strings, other order
    return repeat(atom, min, max);
  }

  private atom(): Facts {
    const char = this.peek();
    if (char === undefined) throw new UnsupportedSyntax(this.at);
    this.at++;
    switch (char) {
      case '(':
        return this.group();
      case '[':
        this.skipClass();
        return UNKNOWN;
      case '.':
        return UNKNOWN;
      case '^':
      case '$':
        return EMPTY;
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
      case '{':
      case ')':
        throw new UnsupportedSyntax(this.at - 1);
      default:
        return { exact: new Set([char]), clauses: [] };
    }
  }

  private group(): Facts {
    let lookaround = false;
    if (this.peek() === '?') {
      const head = this.source.slice(this.at, this.at + 3);
      if (head.startsWith('?:')) this.at += 2;
      else if (head.startsWith('?=') || head.startsWith('?!')) {
        this.at += 2;
        lookaround = true;
      } else if (head === '?<=' || head === '?<!') {
        this.at += 3;
        lookaround = true;
      } else throw new UnsupportedSyntax(this.at);
    }
    const inner = this.alternation();
    if (this.peek() !== ')') throw new UnsupportedSyntax(this.at);
    this.at++;
    // A lookaround consumes nothing: it adds no text to the match.
    return lookaround ? EMPTY : inner;
  }

  private skipClass(): void {
    while (this.at < this.source.length) {
      const char = this.source[this.at++];
      if (char === '\\') this.at++;
      else if (char === ']') return;
    }
    throw new UnsupportedSyntax(this.at);
  }

  private escape(): Facts {
    const char = this.source[this.at++];
    if (char === undefined) throw new UnsupportedSyntax(this.at);
    if (char === 'b' || char === 'B') return EMPTY;
    if ('sSwWdD'.includes(char)) return UNKNOWN;
    if (char === 'u') {
      const hex = /^[0-9a-fA-F]{4}/.exec(this.source.slice(this.at));
      if (!hex) throw new UnsupportedSyntax(this.at);
      this.at += 4;
      return { exact: new Set([String.fromCharCode(parseInt(hex[0], 16))]), clauses: [] };
    }
    if (/[a-zA-Z0-9]/.test(char)) throw new UnsupportedSyntax(this.at - 1); // \n, \t, backreferences…
    return { exact: new Set([char]), clauses: [] };
  }
}

/**
 * Clauses every match of `pattern` satisfies: each a list of literal strings of which the matched
 * text contains at least one. Empty when nothing useful can be derived (flags other than `g`/`y`,
 * syntax the reader does not know, or only common words).
 */
export function requiredLiterals(pattern: RegExp): readonly (readonly string[])[] {
  if (/[^gy]/.test(pattern.flags)) return [];
  try {
    const facts = new Reader(pattern.source).parse();
    return mostSelective([...facts.clauses, facts.exact], MAX_CLAUSES).map(shortestForms);
  } catch (error) {
    if (error instanceof UnsupportedSyntax) return [];
    throw error;
  }
}

/**
 * A clause holds when any one of its strings may be present, so a string that contains another of
 * the same clause adds nothing ("your note " beside "ur note "): dropping it leaves the same gate, in
 * less of the bundle's baked table and fewer checks per mail.
 */
function shortestForms(clause: Clause): string[] {
  const literals = [...clause];
  return literals.filter((literal) => !literals.some((other) => other !== literal && literal.includes(other)));
}

/** Fingerprint size in bits (a power of two): 8192 keeps false hits rare for mail-sized texts. */
const FINGERPRINT_BITS = 1 << 13;
const HASH_SHIFT = 32 - Math.log2(FINGERPRINT_BITS);
const FNV_PRIME = 0x01000193;

function trigramHash(a: number, b: number, c: number): number {
  return Math.imul(Math.imul(Math.imul(a, FNV_PRIME) ^ b, FNV_PRIME) ^ c, FNV_PRIME) >>> HASH_SHIFT;
}

/**
 * Which three-character sequences a text contains, as a bit set. Checking a literal against it
 * costs a few bit tests instead of a scan of the text: a literal with a trigram the text lacks
 * cannot occur in it (the converse may be a false hit, which only means the pattern runs).
 */
export class TextFingerprint {
  private readonly bits = new Uint32Array(FINGERPRINT_BITS / 32);

  constructor(text: string) {
    if (text.length < 3) return;
    let a = text.charCodeAt(0);
    let b = text.charCodeAt(1);
    for (let i = 2; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const hash = trigramHash(a, b, c);
      this.bits[hash >>> 5]! |= 1 << (hash & 31);
      a = b;
      b = c;
    }
  }

  /** False when the literal (as its trigram hashes) certainly does not occur in the text. */
  mayContain(trigrams: Int32Array): boolean {
    const bits = this.bits;
    for (let i = 0; i < trigrams.length; i++) {
      const hash = trigrams[i]!;
      if ((bits[hash >>> 5]! & (1 << (hash & 31))) === 0) return false;
    }
    return true;
  }
}

function trigramsOf(literal: string): Int32Array {
  const out = new Int32Array(literal.length - 2);
  for (let i = 2; i < literal.length; i++) {
    out[i - 2] = trigramHash(literal.charCodeAt(i - 2), literal.charCodeAt(i - 1), literal.charCodeAt(i));
  }
  return out;
}

/** A test that is false only when the pattern certainly has no match in the fingerprinted text. */
export type Gate = (text: TextFingerprint) => boolean;

export const OPEN_GATE: Gate = () => true;

/** True when the text may contain at least one of the clause's literals. */
function clauseHolds(text: TextFingerprint, clause: readonly Int32Array[]): boolean {
  for (let i = 0; i < clause.length; i++) if (text.mayContain(clause[i]!)) return true;
  return false;
}

/**
 * Name of the compile-time constant a Lambda bundle carries: every rule pattern's clauses, derived
 * when the bundle is built (infra/constructs/function-bundling.ts) so that a cold start does not
 * spend its first message reading regex sources. Source runs (CLI, tests) derive on first use.
 */
export const RULE_GATES_GLOBAL = '__JOBNUDGE_RULE_GATES__';

/** Clauses by pattern key, as the bundler defines them. */
export type GateTable = Readonly<Record<string, readonly (readonly string[])[]>>;

declare const __JOBNUDGE_RULE_GATES__: GateTable | undefined;
const BUILT_GATES: GateTable | undefined = typeof __JOBNUDGE_RULE_GATES__ === 'undefined' ? undefined : __JOBNUDGE_RULE_GATES__;

/**
 * A pattern's key in the gate table: a 64-bit hash of its source and flags, so an edited pattern
 * never finds a stale entry, and the table stays small enough to travel as one build argument.
 */
export function gateKey(pattern: RegExp): string {
  const text = `${pattern.flags}/${pattern.source}`;
  return `${fnv1a(text, 0x811c9dc5).toString(36)}${fnv1a(text, 0x01000193).toString(36)}`;
}

function fnv1a(text: string, basis: number): number {
  let hash = basis;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME) >>> 0;
  return hash;
}

/** True when the pattern's clauses come from the bundle's table (false in source runs). */
export function hasBakedGate(pattern: RegExp): boolean {
  return BUILT_GATES !== undefined && Object.hasOwn(BUILT_GATES, gateKey(pattern));
}

/** The pattern's clauses: from the bundle's table when it holds them, else derived now. */
function clausesOf(pattern: RegExp): readonly (readonly string[])[] {
  if (BUILT_GATES !== undefined && hasBakedGate(pattern)) return BUILT_GATES[gateKey(pattern)] ?? [];
  return requiredLiterals(pattern);
}

export function gateFor(pattern: RegExp): Gate {
  // The same clause can be derived twice from different parts of a pattern: checking it once suffices.
  const distinct = new Map<string, readonly string[]>();
  for (const clause of clausesOf(pattern)) distinct.set(JSON.stringify([...clause].sort()), clause);
  const clauses = [...distinct.values()].map((clause) => clause.map(trigramsOf));
  if (clauses.length === 0) return OPEN_GATE;
  return (text) => {
    for (let i = 0; i < clauses.length; i++) if (!clauseHolds(text, clauses[i]!)) return false;
    return true;
  };
}
