import type { ForwardFormat } from '../domain/message.ts';
import { FORWARD_MARKERS, SEPARATOR_LINE } from './forward-markers.ts';
import { MAX_FORWARD_HEADER_LINES } from './limits.ts';
import { readHeaderBlock, type ForwardHeaderValues, type HeaderBlock } from './header-block.ts';

/** A forward written into the body text: the user's note above it, the original's headers and text. */
export interface InlineForward {
  readonly format: ForwardFormat;
  readonly note: string;
  readonly headers: ForwardHeaderValues;
  readonly body: string;
}

export interface InlineSearch {
  /** Trust markers that also open quoted replies (Outlook's, bare header blocks). */
  readonly acceptAmbiguous: boolean;
  /** The Outlook that wrote the HTML body, when one did: names the format of Outlook-style blocks. */
  readonly htmlFlavor: 'outlook-web' | 'outlook-desktop' | null;
}

interface LineView {
  /** How many `>` quote levels the line carries. */
  readonly depth: number;
  /** The line without its quote prefix, trimmed. */
  readonly content: string;
}

/** A bare block must open with the sender, as every client writes it; elsewhere it is body text. */
const FROM_LABEL = /^\*{0,2}(?:from|von|de|da|van|expéditeur)\*{0,2}\s*:/i;

const QUOTE_PREFIX = /^(?:[ \t]*>)+[ \t]?/;

/**
 * The first character every marker, separator or bare From label can start with, after any quote
 * prefix and blanks (FORWARD_MARKERS, SEPARATOR_LINE, FROM_LABEL: a new one may need its letter here).
 * Most lines fail this one test, so the marker patterns run on few lines.
 */
const MAYBE_MARKER = /^(?:[ \t]*>)*\s*[-_*abdefiv]/i;

/** Quote depth and content of each line, computed only for lines that are looked at. */
type LineViews = (index: number) => LineView | undefined;

/**
 * Finds the first (outermost) forward in `text`. Markers are matched on lines with their quote
 * prefixes removed, so a forward quoted with "> " is found, and its lines lose as many quote levels
 * as the marker line had.
 */
export function findInlineForward(text: string, search: InlineSearch): InlineForward | null {
  const lines = text.split('\n');
  const cache: (LineView | undefined)[] = [];
  const views: LineViews = (index) => {
    const line = lines[index];
    if (line === undefined) return undefined;
    return (cache[index] ??= viewOf(line));
  };
  for (let i = 0; i < lines.length; i++) {
    if (!MAYBE_MARKER.test(lines[i] ?? '')) continue;
    const found = matchAt(lines, views, i, search);
    if (found === null) continue;
    const { format, block, bodyStart, quoteDepth } = found;
    const rest = lines.slice(bodyStart).map((line) => stripQuoteLevels(line, quoteDepth));
    return {
      format,
      note: lines.slice(0, i).join('\n').trim(),
      headers: block?.values ?? emptyHeaders(),
      body: unquoteIfAllQuoted(rest).join('\n').trim(),
    };
  }
  return null;
}

interface MarkerMatch {
  readonly format: ForwardFormat;
  readonly block: HeaderBlock | null;
  /** Index (in the original lines) where the forwarded body starts. */
  readonly bodyStart: number;
  /** Quote levels the forwarded lines carry. */
  readonly quoteDepth: number;
}

function matchAt(lines: readonly string[], views: LineViews, i: number, search: InlineSearch): MarkerMatch | null {
  const view = views(i);
  if (view === undefined || view.content === '') return null;
  // The forwarded lines are quoted at least as deep as the marker; some clients quote them one level
  // deeper than the marker ("Begin forwarded message:" then "> From: …").
  let nextQuoted: LineView | undefined;
  for (let next = i + 1; next < i + 5 && nextQuoted === undefined; next++) {
    const candidate = views(next);
    if (candidate !== undefined && candidate.content !== '') nextQuoted = candidate;
  }
  const quoteDepth = Math.max(view.depth, nextQuoted?.depth ?? 0);
  // Only the lines a header block can span: keeps the scan linear in the length of the text.
  const dequoted = (from: number, levels: number): string[] =>
    lines.slice(from, from + MAX_FORWARD_HEADER_LINES + 4).map((line) => stripQuoteLevels(line, levels));

  for (const marker of FORWARD_MARKERS) {
    if (!marker.pattern.test(view.content)) continue;
    if (!marker.explicit && !search.acceptAmbiguous) return null;
    const block = readHeaderBlock(dequoted(i + 1, quoteDepth), 0);
    // An ambiguous marker without headers is prose that happens to look like one.
    if (block === null && !marker.explicit) return null;
    const format = marker.explicit ? marker.format : (search.htmlFlavor ?? marker.format);
    return { format, block, bodyStart: i + 1 + (block?.end ?? 0), quoteDepth };
  }
  if (!search.acceptAmbiguous) return null;

  if (SEPARATOR_LINE.test(view.content)) {
    const block = readHeaderBlock(dequoted(i + 1, quoteDepth), 0);
    if (block === null || !block.fields.has('from') || !(block.fields.has('subject') || block.fields.has('date'))) return null;
    const format = search.htmlFlavor ?? (view.content.startsWith('_') ? 'outlook-desktop' : 'generic');
    return { format, block, bodyStart: i + 1 + block.end, quoteDepth };
  }

  // A bare header block (Outlook's HTML-mode text part, Outlook for Mac): From, a date and a subject.
  if (!FROM_LABEL.test(view.content)) return null;
  const block = readHeaderBlock(dequoted(i, view.depth), 0);
  if (block === null || block.end === 0) return null;
  const { fields } = block;
  if (!fields.has('from') || !fields.has('subject') || !fields.has('date')) return null;
  const format = search.htmlFlavor ?? (block.labels.includes('sent') ? 'outlook-desktop' : 'generic');
  return { format, block, bodyStart: i + block.end, quoteDepth: view.depth };
}


function viewOf(line: string): LineView {
  const prefix = QUOTE_PREFIX.exec(line)?.[0] ?? '';
  return { depth: (prefix.match(/>/g) ?? []).length, content: line.slice(prefix.length).trim() };
}

/** Removes up to `levels` quote markers from the start of a line. */
function stripQuoteLevels(line: string, levels: number): string {
  let rest = line;
  for (let level = 0; level < levels; level++) {
    const match = /^[ \t]*>[ \t]?/.exec(rest);
    if (match === null) break;
    rest = rest.slice(match[0].length);
  }
  return rest;
}

/** Some clients quote the forwarded body but not the marker: unquote when (nearly) every line is quoted. */
function unquoteIfAllQuoted(lines: string[]): string[] {
  const nonEmpty = lines.filter((line) => line.trim() !== '');
  if (nonEmpty.length === 0) return lines;
  const quoted = nonEmpty.filter((line) => /^[ \t]*>/.test(line)).length;
  return quoted / nonEmpty.length >= 0.9 ? lines.map((line) => stripQuoteLevels(line, 1)) : lines;
}

function emptyHeaders(): ForwardHeaderValues {
  return { from: null, date: null, to: null, cc: null, subject: null, replyTo: null, messageId: null };
}
