/**
 * The part of a body the sender wrote in this message: quoted history and earlier messages in the
 * thread would otherwise leak old dates, names and companies into the extraction.
 */
const THREAD_MARKERS: readonly RegExp[] = [
  /^[ \t]*On .{4,200}(?:\n.{0,200})?wrote:[ \t]*$/m,
  /^[ \t]*-{2,}[ \t]*(?:Original Message|Forwarded message)[ \t]*-{2,}/im,
  /^[ \t]*From:[ \t].+\n(?:.*\n){0,3}?[ \t]*(?:Sent|Date):[ \t]/m,
  /^[ \t]*_{10,}[ \t]*$/m,
];

export function ownText(text: string): string {
  let end = text.length;
  for (const marker of THREAD_MARKERS) {
    const match = marker.exec(text);
    if (match && match.index < end) end = match.index;
  }
  return text
    .slice(0, end)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('>'))
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trimEnd())
    .join('\n');
}

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * The sentence around `index`: bounded by . ! ? followed by a space and a capital or a line break,
 * or by a blank line. Abbreviations such as "Dec." or "a.m." rarely end a sentence before a digit or
 * lower-case word, which is what the boundary test relies on.
 */
export function sentenceAt(text: string, index: number, endIndex = index): Span {
  let start = index;
  while (start > 0) {
    const before = text.slice(Math.max(0, start - 2), start);
    if (/[.!?]\s$/.test(before) || before === '\n\n' || /[.!?]\n$/.test(before)) break;
    start--;
  }
  let end = Math.max(endIndex, index);
  while (end < text.length) {
    const here = text.slice(end, end + 3);
    if (/^[.!?](?:\s+[A-Z]|\n|$)/.test(here) || here.startsWith('\n\n')) {
      if (/^[.!?]/.test(here)) end++;
      break;
    }
    end++;
  }
  return { start, end, text: text.slice(start, end) };
}

/** Splits text into sentences (same end boundaries as `sentenceAt`). */
export function sentences(text: string): Span[] {
  const result: Span[] = [];
  let start = 0;
  while (start < text.length) {
    while (start < text.length && /\s/.test(text[start] ?? '')) start++;
    if (start >= text.length) break;
    const { end } = sentenceAt(text, start);
    result.push({ start, end, text: text.slice(start, end) });
    start = Math.max(end, start + 1);
  }
  return result;
}

/** How far back to look for the line that introduces a list of options. */
const INTRO_LOOKBACK_LINES = 8;
export const LIST_ITEM = /^(?:[-*•·–]|\d{1,2}[.)]|[a-z][.)])\s/i;

/** The nearest earlier line that is not a list item (an intro such as "Which of these works?"). */
export function introLine(text: string, index: number): string {
  const lines = text.slice(0, text.lastIndexOf('\n', index - 1) + 1).split('\n');
  for (let i = lines.length - 1, seen = 0; i >= 0 && seen < INTRO_LOOKBACK_LINES; i--, seen++) {
    const line = lines[i]?.trim() ?? '';
    if (line !== '' && !LIST_ITEM.test(line)) return line;
  }
  return '';
}
