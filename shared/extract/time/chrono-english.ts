import * as chrono from 'chrono-node';

/**
 * chrono's casual English with its costliest patterns behind a cheap test. chrono's "in 3 days",
 * "2 weeks later", "a day ago" parsers share a pattern that repeats a whole time unit ("3 days")
 * up to ten times; V8 compiles each such regex to native code on its second run, about 200 ms
 * apiece, which a fresh process (a cold Lambda) pays on its first message. A text can only match
 * such a pattern if the last unit, followed by what comes after the repetition ("2 days later"),
 * is in it; that much is a small regex, tested first. When it fails, chrono's own pattern could
 * not have matched either, so the results are the same; when it passes, chrono's pattern runs.
 */

/** chrono's joint between repeated time units ("2 hours, and 30 minutes"), and its repetition. */
const UNIT_JOINT = String.raw`(?:\s{0,5},?(?:\s*and)?\s{0,5}`;
const REPEAT_END = '){0,10})';
/** A pattern that never matches, for a parser whose test failed. */
const NEVER = /(?!)/;

/**
 * The cheap test for chrono's pattern `source`: its last repeated unit and everything after the
 * repetition, or null when the pattern has no such repetition (or a shape this cannot check).
 */
export function lastUnitTest(source: string, flags: string): RegExp | null {
  const joint = source.indexOf(UNIT_JOINT);
  if (joint < 0) return null;
  const end = source.indexOf(REPEAT_END, joint);
  if (end < 0) return null;
  const unit = source.slice(joint + UNIT_JOINT.length, end);
  const after = source.slice(end + REPEAT_END.length);
  // The repetition follows one unit of its own; and what follows may not refer back to a group.
  if (unit === '' || !source.slice(0, joint).endsWith(unit) || /\\[1-9k]/.test(after)) return null;
  return new RegExp(unit + after, flags.replace(/[gy]/g, ''));
}

/**
 * Each pattern's test, by its source and flags (a pattern's source string keeps its hash, so the
 * lookup stays cheap; chrono rebuilds a pattern object when the options change).
 */
const tests = new Map<string, Map<string, RegExp | null>>();

function testFor(pattern: RegExp): RegExp | null {
  let byFlags = tests.get(pattern.source);
  if (byFlags === undefined) {
    byFlags = new Map();
    tests.set(pattern.source, byFlags);
  }
  const flags = pattern.flags;
  let test = byFlags.get(flags);
  if (test === undefined) {
    test = lastUnitTest(pattern.source, flags);
    byFlags.set(flags, test);
  }
  return test;
}

/** A chrono parser that runs its pattern only on text that passes the pattern's cheap test. */
function gated(parser: chrono.Parser): chrono.Parser {
  return {
    pattern: (context) => {
      const pattern = parser.pattern(context);
      const test = testFor(pattern);
      return test === null || test.test(context.text) ? pattern : NEVER;
    },
    extract: (context, match) => parser.extract(context, match),
  };
}

/**
 * chrono.casual's parsers and refiners, each parser behind its test (a parser without one runs as
 * before). The tests are made here, for both settings of forwardDate (the one option a pattern
 * depends on), so that none is built while reading mail.
 */
export const casualEnglish: chrono.Chrono = (() => {
  const english = chrono.casual.clone();
  for (const forwardDate of [false, true]) {
    const context = { option: { forwardDate }, text: '' } as unknown as chrono.ParsingContext;
    for (const parser of english.parsers) testFor(parser.pattern(context));
  }
  english.parsers = english.parsers.map(gated);
  return english;
})();
