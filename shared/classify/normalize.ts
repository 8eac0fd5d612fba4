import type { OriginalMessage } from '../domain/message.ts';
import { unwrapParagraphs } from '../extract/body-text.ts';

/**
 * Bodies longer than this are cut before matching: job mail that matters says it near the top, and
 * the cap keeps every regex pass linear in a bounded input (huge HTML digests, pasted logs).
 */
export const MAX_BODY_CHARS = 20_000;

/** A line at least this long that does not end a sentence is a hard-wrapped line, joined to the next. */
const WRAPPED_LINE_MIN_CHARS = 50;

/** The message reduced to what the phrase rules read: lower-case, plain punctuation, no history. */
export interface NormalizedMessage {
  /** Lower-cased subject without `Re:` / `Fwd:` prefixes. */
  readonly subject: string;
  /** The subject carried a reply prefix (`Re:`): the mail continues a conversation. */
  readonly isReply: boolean;
  readonly fromName: string;
  readonly fromAddress: string;
  /** Domain part of the sender address ('' when unknown). */
  readonly fromDomain: string;
  /** Body without quoted history, signature or footer lines: what the sender actually wrote. */
  readonly main: string;
  /** Body without quoted history but with footers kept (alert and newsletter footers are signals). */
  readonly full: string;
  /** `main` split into sentences. */
  readonly sentences: readonly string[];
  /**
   * The sentences joined by newlines: every sentence is a substring of it, so a phrase that occurs in
   * no part of it occurs in no sentence (what the rule gates check before running a pattern).
   */
  readonly sentenceText: string;
  readonly hasCalendar: boolean;
}

/** Any character outside printable ASCII: only then can there be something to fold. */
const NON_ASCII = /[^\x00-\x7f]/;

/** Typographic variants folded to the ASCII the rules are written in. */
function foldTypography(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '');
}

const REPLY_PREFIX = /^\s*((re|fw|fwd|aw|wg|tr|sv|vs)(\[\d+\])?\s*:\s*)+/i;

/** Where quoted history starts: everything from there on was written by someone else, earlier. */
const HISTORY_MARKERS: readonly RegExp[] = [
  /^on\b.{0,200}\bwrote:\s*$/im,
  /^on\b.{0,200}\n.{0,120}\bwrote:\s*$/im,
  /^-{2,}\s*original message\s*-{2,}/im,
  /^from:\s.+\n(sent|date):\s/im,
  /^_{10,}\s*\n\s*from:\s/im,
];

/** A history marker this close to the top means the body IS the quoted mail: keep it. */
const MIN_TEXT_BEFORE_HISTORY = 20;

/** Words every history marker contains; a body without any of them has no history to cut. */
const HISTORY_HINT = /wrote:|original message|from:/i;

function cutHistory(body: string): string {
  if (!HISTORY_HINT.test(body)) return body;
  let cut = body.length;
  for (const marker of HISTORY_MARKERS) {
    const match = marker.exec(body);
    if (match && match.index >= MIN_TEXT_BEFORE_HISTORY && match.index < cut) cut = match.index;
  }
  return body.slice(0, cut);
}

const QUOTED_LINE = /^\s*>/;

function dropQuotedLines(lines: string[]): string[] {
  return lines.some((line) => QUOTED_LINE.test(line)) ? lines.filter((line) => !QUOTED_LINE.test(line)) : lines;
}

/** A signature is short: a `--` line with more than this below it is a divider, not a signature. */
const MAX_SIGNATURE_LINES = 15;

/** A conventional `-- ` signature separator ends what the sender wrote. */
const SIGNATURE_SEPARATOR = /^--\s?$/;

function cutSignature(lines: string[]): string[] {
  const index = lines.findIndex((line, i) => i > 0 && lines.length - i <= MAX_SIGNATURE_LINES && SIGNATURE_SEPARATOR.test(line));
  return index > 0 ? lines.slice(0, index) : lines;
}

/** Boilerplate that every kind of mail carries and that would only add noise to the kind rules. */
const FOOTER_LINE =
  /\b(unsubscribe|privacy (policy|notice|statement)|terms (of (use|service)|and conditions)|all rights reserved|manage (your )?(email |notification |communication )?(preferences|settings|subscriptions)|you (are|were) receiving this|this (e-?mail|message) was sent (to|by|from)|view (this email )?in (your )?browser|equal (employment )?opportunity employer|confidentiality notice|intended (only )?for the (named )?recipient)\b|\u00a9|\(c\) \d{4}/;

/** Longer lines that mention boilerplate are kept: they usually say something else too. */
const MAX_FOOTER_LINE_CHARS = 240;

function isFooterLine(line: string): boolean {
  return line.length <= MAX_FOOTER_LINE_CHARS && FOOTER_LINE.test(line);
}

/**
 * A footer line without its boilerplate: a paragraph that names the privacy notice in one sentence
 * ("your profile will be deleted, in line with our privacy notice") still says something in the others.
 */
function withoutFooter(line: string): string[] {
  if (!isFooterLine(line)) return [line];
  const kept = line
    .split(SENTENCE_BREAK)
    .filter((sentence) => !FOOTER_LINE.test(sentence))
    .join(' ');
  return kept === '' ? [] : [kept];
}

const SENTENCE_END = /[.!?:;]["')\]]*$/;
const SENTENCE_BREAK = /(?<=[.!?])["')\]]*\s+(?=["'(\[]?[a-z0-9])/;
const WHITESPACE_RUN = /\s+/g;

/**
 * Joins hard-wrapped lines into paragraphs and splits them into sentences. A short line or one that
 * ends in punctuation stands alone (list items, headings, buttons of converted HTML).
 */
export function splitSentences(text: string): string[] {
  const blocks: string[] = [];
  let current = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      if (current !== '') blocks.push(current);
      current = '';
      continue;
    }
    current = current === '' ? line : `${current} ${line}`;
    if (line.length < WRAPPED_LINE_MIN_CHARS || SENTENCE_END.test(line)) {
      blocks.push(current);
      current = '';
    }
  }
  if (current !== '') blocks.push(current);
  const sentences: string[] = [];
  for (const block of blocks) {
    for (const piece of block.split(SENTENCE_BREAK)) {
      const sentence = piece.replace(WHITESPACE_RUN, ' ').trim();
      if (sentence !== '') sentences.push(sentence);
    }
  }
  return sentences;
}

function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at >= 0 ? address.slice(at + 1).replace(/[>\s]/g, '') : '';
}

const LINE_BREAK = /\r\n?/g;
/** Runs of blanks that need folding: two or more, or any tab (a lone space is left as it is). */
const BLANK_RUN = /[ \t]*\t[ \t]*| {2,}/g;

export function normalizeMessage(original: OriginalMessage): NormalizedMessage {
  const rawSubject = foldTypography(original.subject).replace(/\s+/g, ' ').trim();
  const isReply = /^\s*re(\[\d+\])?\s*:/i.test(rawSubject);
  const subject = rawSubject.replace(REPLY_PREFIX, '').toLowerCase();

  const body = foldTypography(original.text.slice(0, MAX_BODY_CHARS))
    .replace(LINE_BREAK, '\n')
    .replace(BLANK_RUN, ' ');
  // Unwrapped the way every reader sees the body (before lower-casing: a capital tells a "Date:"
  // label from a wrapped "…a final\nround: three calls"), so where the sender's program broke lines
  // never changes the kind.
  const ownLines = cutSignature(dropQuotedLines(unwrapParagraphs(cutHistory(body)).toLowerCase().split('\n')));
  const full = ownLines.join('\n');
  // Most mail has no footer line at all: one pass over the whole text saves a test per line.
  const main = FOOTER_LINE.test(full) ? ownLines.flatMap(withoutFooter).join('\n') : full;
  const sentences = splitSentences(main);

  const fromAddress = (original.from?.address ?? '').toLowerCase().trim();
  return {
    subject,
    isReply,
    fromName: foldTypography(original.from?.name ?? '').toLowerCase().trim(),
    fromAddress,
    fromDomain: domainOf(fromAddress),
    main: main.replace(/[ \t]*\n[ \t]*/g, '\n').replace(/\n{3,}/g, '\n\n').trim(),
    full: full.replace(WHITESPACE_RUN, ' ').trim(),
    sentences,
    sentenceText: sentences.join('\n'),
    hasCalendar: original.calendars.length > 0,
  };
}
