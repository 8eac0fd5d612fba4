// Transport errors can quote addresses ("identities failed the check: a@b"); errors end up in logs.
// The lookbehind starts a match only where a word starts: without it a long run with no `@` is
// rescanned from each of its characters (quadratic; recheck flags it).
const ADDRESS = /(?<![^\s@<>"'()[\],;:])[^\s@<>"'()[\],;:]+@[^\s@<>"'()[\],;:]+/g;

/** Replace anything shaped like an email address, so an error message is safe to log. */
export function redactAddresses(text: string): string {
  return text.replace(ADDRESS, '<address>');
}
