import fc from 'fast-check';

/**
 * Words that name something on `Object.prototype`. Mail, notes and replies are free text, so any
 * code that looks a mail-derived word up in a plain object (`TABLE[word]`) finds these instead of
 * `undefined`. Every own property of Object.prototype is listed (read at run time, so a new one is
 * covered too), in the spellings text normalisers produce: as written, lower case, and with the
 * underscores a word splitter would drop.
 */
export const PROTOTYPE_KEYS: readonly string[] = [
  ...new Set(
    Object.getOwnPropertyNames(Object.prototype).flatMap((name) => [name, name.toLowerCase(), name.replace(/_/g, ''), name.replace(/_/g, '').toLowerCase()]),
  ),
].filter((name) => name !== '');

/** One prototype key. */
export const prototypeKey: fc.Arbitrary<string> = fc.constantFrom(...PROTOTYPE_KEYS);

/** A short line that carries a prototype key somewhere: alone, at the start, the end or inside. */
export const textWithPrototypeKey: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('', 'Senior ', 'Acme ', 'snooze 3 ', '#'), prototypeKey, fc.constantFrom('', ' Engineer', ' Inc.', ' (Remote)'))
  .map(([before, key, after]) => `${before}${key}${after}`);

/** What `Object.prototype` looks like now: its own names and their values, to compare after a run. */
export function prototypeSnapshot(): ReadonlyMap<string, unknown> {
  return new Map(Object.getOwnPropertyNames(Object.prototype).map((name) => [name, Object.getOwnPropertyDescriptor(Object.prototype, name)?.value]));
}
