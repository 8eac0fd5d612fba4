/**
 * Header text that came (even partly) from an email must stay one line of printable text:
 * a CR or LF would start a new header ("Acme\r\nBcc: x@evil"), and control or direction-override
 * characters can disguise what the reader sees.
 */
// C0 controls, DEL, C1 controls, Unicode line/paragraph separators and bidi embeddings/overrides/isolates.
const UNSAFE_IN_HEADER = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;

/** Longest Subject we write: RFC 5322 asks for lines under 998 octets; phones show ~60 chars anyway. */
export const MAX_SUBJECT_LENGTH = 200;

/** Collapse a value to one safe line; characters that could break the header become spaces. */
export function singleLine(value: string): string {
  return value.replace(UNSAFE_IN_HEADER, ' ').replace(/\s+/g, ' ').trim();
}

/** Shorten to `max` characters (ellipsis included), at a word boundary when one is near. */
export function truncate(value: string, max: number): string {
  const chars = Array.from(value);
  if (chars.length <= max) return value;
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A Subject header value: one line, printable, bounded. */
export function subjectHeaderValue(value: string): string {
  return truncate(singleLine(value), MAX_SUBJECT_LENGTH);
}
