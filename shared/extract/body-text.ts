/**
 * The part of a body the sender wrote in this message: quoted history and earlier messages in the
 * thread would otherwise leak old dates, names and companies into the extraction.
 */
const THREAD_MARKERS: readonly (readonly [marker: RegExp, hint: RegExp])[] = [
  // Each with a cheap test that must pass before the costlier marker runs.
  [/^[ \t]*On .{4,200}(?:\n.{0,200})?wrote:[ \t]*$/m, /wrote:/],
  [/^[ \t]*-{2,}[ \t]*(?:Original Message|Forwarded message)[ \t]*-{2,}/im, /message[ \t]*--/i],
  [/^[ \t]*From:[ \t].+\n(?:.*\n){0,3}?[ \t]*(?:Sent|Date):[ \t]/m, /From:/],
  // Outlook's rule above a quoted header ("From:", "De :", "Von:"); the same rule fencing a Teams
  // or Zoom block in the sender's own text ("Microsoft Teams meeting") cuts nothing.
  [/^[ \t]*_{10,}[ \t]*\n(?:[ \t]*\n)?[ \t]*\p{L}[\p{L} ]{0,20}:/mu, /_{10}/],
];
const LINE_BREAK = /\r\n?/g;
const RUN_OF_SPACE = /[ \t\u00a0]+/g;
/** Space left at a line end once runs are squashed: `trimEnd` for every line in one pass. */
const SPACE_BEFORE_BREAK = / (?=\n|$)/g;
/** Lines quoted with "> " (after any indent), which are earlier messages; removed with their line break. */
const QUOTED_LINE_HINT = /^[ \t\u00a0]*>/m;
const QUOTED_LINE = /^[ \t\u00a0]*>.*(?:\n|$)/gm;
const RUN_OF_TWO = /[ \t\u00a0]{2}\S/;

/**
 * Mail programs hard-wrap plain text (most at 72 columns, some anywhere from 40 to 100): a word
 * goes to the next line only when it would not fit. So a line that, with the next line's first
 * word, would run past the body's wrap width was wrapped by the program, and "…at 10:30am\nEastern
 * Time" is one sentence. The width is read off the body itself: the longest line with a space that
 * is no longer than any program wraps at. A wrapped line may end a sentence ("…opening.\nWe would…"):
 * joined, the sentences still split at ". W". Greetings, sign-offs, list items, "Label: value"
 * lines and a line that introduces what follows ("…these times:") stay apart.
 */
const WRAP_WIDTH_MAX_CHARS = 100;
/** A word longer than this (an address, a link) is one no program could break, so it says nothing of the width. */
const UNBREAKABLE_WORD_CHARS = 30;
/** Narrower than this, lines are too short to tell a wrap from a list of short lines. */
const WRAP_WIDTH_MIN_CHARS = 30;
/** A line after which a new paragraph may start without a blank line: a sentence end, a greeting. */
const PARAGRAPH_MAY_FOLLOW = /[.!?,:;)"'’”]$/;
/** Within this share of the wrap width a line counts as full (about 11 characters at 72 columns). */
const FULL_LINE_SLACK = 0.15;
const SENTENCE_THEN_CAPITAL = /^[.!?]\p{Lu}$/u;
/** A line that introduces what follows ("When:", "…one of these times:"). */
const LINE_INTRODUCES = /[:：]$/;
/** A next line that starts a list item, a schedule row ("10:45 AM - …") or a "Label: value" pair is not a continuation. */
/** "10:45 AM - Systems design": a row of a schedule. */
const SCHEDULE_ROW = /^\d{1,2}:\d{2}\s?(?:[AaPp]\.?[Mm]\.?)?\s+[-–—|]\s/;
const STARTS_OWN_LINE = /^(?:\d{1,2}:\d{2}\s?(?:[AaPp]\.?[Mm]\.?)?\s+[-–—|]\s|(?:\p{Lu}[\p{L} ]{2,23}|\p{Lo}[\p{L} ]{0,23})[:：](?:\s|$)|https?:)/u;

/** The sender's own text of a body, read once and shared by every extractor. */
export interface BodyText {
  /** Own text (no quoted history), one line per line, runs of spaces squashed. */
  readonly text: string;
  /**
   * `text` with the line breaks of hard-wrapped paragraphs turned into spaces. Same length and
   * offsets as `text`, so an index found in one is valid in the other.
   */
  readonly flowing: string;
  readonly lines: readonly string[];
}

export function readBody(raw: string): BodyText {
  let end = raw.length;
  for (const [marker, hint] of THREAD_MARKERS) {
    if (!hint.test(raw)) continue;
    const match = marker.exec(raw);
    if (match && match.index < end) end = match.index;
  }
  let text = raw.slice(0, end);
  if (text.includes('\r')) text = text.replace(LINE_BREAK, '\n');
  if (QUOTED_LINE_HINT.test(text)) text = text.replace(QUOTED_LINE, '');
  // The sender's program wrapped the lines as typed, two spaces after a stop included: widths are
  // measured before runs of spaces are squashed.
  const typedWidths = RUN_OF_TWO.test(text) ? text.split('\n').map((line) => line.trimEnd().length) : undefined;
  // Whole-text replaces: far cheaper than one per line.
  text = text.replace(RUN_OF_SPACE, ' ').replace(SPACE_BEFORE_BREAK, '');
  const lines = text.split('\n');
  // Every reader gets the unwrapped text: where the sender's program broke a paragraph must never
  // split a sentence, a time from its zone, or a name from the rest of it.
  const flowing = joinWrappedLines(lines, typedWidths);
  return { text: flowing, flowing, lines: flowing.split('\n') };
}

/**
 * `text` with the line breaks of hard-wrapped paragraphs turned into spaces (same length and
 * offsets): the one unwrapping every reader uses, the classifier included.
 */
export function unwrapParagraphs(text: string): string {
  return joinWrappedLines(text.split('\n'));
}

/** `typedWidths`: each line's length as the sender typed it, when squashing spaces changed it. */
function joinWrappedLines(lines: readonly string[], typedWidths?: readonly number[]): string {
  const widthOf = (i: number): number => typedWidths?.[i] ?? lines[i]?.length ?? 0;
  const width = wrapWidth(lines, widthOf);
  const manyFull = width !== null && fullLines(lines, width, widthOf) >= 2;
  const parts: string[] = [];
  let joinedPrevious = false;
  // Whether the line before this one (with what it was joined to) is a "Label: value" row.
  let previousIsLabelRow = false;
  let currentIsLabelRow = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    parts.push(line);
    if (!joinedPrevious) {
      previousIsLabelRow = currentIsLabelRow;
      currentIsLabelRow = LABEL_ROW.test(line);
    }
    if (i === lines.length - 1) break;
    const next = lines[i + 1] ?? '';
    const joined: boolean =
      width !== null &&
      (startsRun(lines[i - 1], joinedPrevious, line, manyFull && (previousIsLabelRow || LINE_INTRODUCES.test(lines[i - 1] ?? ''))) || BREAKS_OFF.test(line) || opensBracket(line) || (CONTINUES.test(next) && !isLoneToken(next))) &&
      isWrapped(line, widthOf(i), next, width, manyFull) &&
      // A finished sentence followed by a capital is a wrap only where the body shows wrapping
      // throughout: one long line over a short signature ("…this week?\nTeodor") is not.
      (manyFull || !SENTENCE_THEN_CAPITAL.test(`${line.slice(-1)}${next.charAt(0)}`)) &&
      !startsList(lines, i + 1, line);
    parts.push(joined ? ' ' : '\n');
    joinedPrevious = joined;
  }
  return parts.join('');
}

/**
 * A line can only be the wrapped part of a paragraph when a paragraph can run through it: it opens
 * the body, follows a blank line, a greeting or a finished sentence, or continues a wrapped run.
 * A signature's title line ("Engineering Manager, Data Infrastructure") follows a bare name, so it
 * is never joined to the company line under it, however long it is.
 */
/** `inWrappedLabelBlock`: the line before is a "Label: value" row or introduces a block, in a body that shows wrapping throughout. */
function startsRun(previous: string | undefined, joinedPrevious: boolean, line: string, inWrappedLabelBlock: boolean): boolean {
  if (previous === undefined || previous === '' || joinedPrevious) return true;
  // A list row or schedule row may wrap its own tail ("10:45 AM - Systems Design with Alicia\nMontgomery-Reid").
  if (LIST_ITEM.test(line) || SCHEDULE_ROW.test(line)) return true;
  // So may a "Label: value" row in a block of them ("Position: Clinical Nurse Specialist – Intensive\nCare")
  // when the body is wrapped throughout: in a flat one the longest row gave the width and says nothing.
  // Under a sign-off's name, "HR Practitioner: Recruitment" is a title line, which does not run on.
  if (LABEL_ROW.test(line) && inWrappedLabelBlock) return true;
  // Lines under "You will meet:" are rows of their own; only a visible break-off joins them.
  // A greeting typed without its comma ("Hi Alex") still opens the letter.
  return (PARAGRAPH_MAY_FOLLOW.test(previous) && !LINE_INTRODUCES.test(previous)) || BARE_GREETING.test(previous);
}
/** A "Label: value" row with its value begun on the same line. */
const LABEL_ROW = /^(?:\p{Lu}[\p{L} ]{1,23}|\p{Lo}[\p{L} ]{0,23})[:：] \S/u;
const BARE_GREETING = /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))(?: [\p{L}.'’-]{1,30}){0,3}$/iu;

/** A next line that can only continue the one before: lower case, an opening bracket (a phone number may start its own line). */
const CONTINUES = /^[\p{Ll}(]/u;
/** A line that is one token with a dot (a web address, an email address): never a continuation. */
function isLoneToken(line: string): boolean {
  return line.includes('.') && !/\s/.test(line);
}

/** Inside a signature a line is joined only when it visibly breaks off: "…Kettle &" or "…Manager,". */
const BREAKS_OFF_WORD = /(?:[,&|/–-]|\b(?:and|of|for|at|the|in|to))$/i;
/** …and "taken by Mrs.": an honorific is never a sentence's last word ("Elm Dr." after a capital is a street). */
const HONORIFIC_END = /\b(?:Mr|Mrs|Ms|Mx|Prof|Dr)\.$/;
const LOWER_CASE_WORD_END = /\p{Ll} $/u;
function endsInHonorific(line: string): boolean {
  if (!HONORIFIC_END.test(line)) return false;
  // "Dr." after a capitalised word is most often a street ("Elm Dr."); after "by", "with" or alone, a doctor.
  return !line.endsWith('Dr.') || line.length === 3 || LOWER_CASE_WORD_END.test(line.slice(-5, -3));
}
const BREAKS_OFF = { test: (line: string): boolean => BREAKS_OFF_WORD.test(line) || endsInHonorific(line) };

/** The narrowest width the body could have been wrapped at, or null when it shows no wrapping. */
function wrapWidth(lines: readonly string[], widthOf: (index: number) => number): number | null {
  let width = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const typed = widthOf(i);
    // A line that ends in one long token (a web address) is as long as that token, not as the wrap width.
    if (typed > width && typed <= WRAP_WIDTH_MAX_CHARS && line.includes(' ') && line.length - line.lastIndexOf(' ') <= UNBREAKABLE_WORD_CHARS) width = typed;
  }
  return width >= WRAP_WIDTH_MIN_CHARS ? width : null;
}

/** How many lines run close to the wrap width: a wrapped body has several, a flat one rarely. */
function fullLines(lines: readonly string[], width: number, widthOf: (index: number) => number): number {
  const least = width - Math.round(width * FULL_LINE_SLACK);
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    const typed = widthOf(i);
    if (typed <= width && typed >= least && (lines[i] ?? '').includes(' ')) count++;
  }
  return count;
}

/**
 * A line of plain words, as sign-off lines are (a time or an address line wraps before a long token),
 * perhaps ending in its acronym ("Bureau of Statistics (BSER)").
 */
const WORDS_ONLY = /^[\p{L} &'’.-]{1,60}(?: \([\p{Lu}\p{N}&.-]{2,12}\))?$/u;
const STARTS_CAPITAL = /^\p{Lu}/u;
/** A whole line that is a town and its state or country: "Denver, CO", "Galway, Ireland". */
const PLACE_LINE = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}, (?:\p{Lu}{2}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?: \d{5})?$/u;
/** A line that is one word finishing a sentence ("Received."). */
const LONE_FINAL_WORD = /^\p{L}{1,30}[.!]$/u;

/** Cheap tests first: most lines are short or end a sentence. */
function isWrapped(line: string, lineWidth: number, nextLine: string, width: number, manyFull: boolean): boolean {
  const next = nextLine.charCodeAt(0) === 32 ? nextLine.slice(1) : nextLine;
  if (next === '' || line === '') return false;
  const space = next.indexOf(' ');
  const firstWord = space < 0 ? next.length : space;
  if (lineWidth + 1 + firstWord <= width) return false;
  // A phone number ("(02) 5550 0155") is a line of its own, though it opens with a bracket.
  if (PHONE_LINE.test(next)) return false;
  // In a body that shows no wrapping elsewhere, only a full line can be a wrapped one: two short
  // sign-off lines ("Human Resources Division" over "Ministry of Health") stay apart.
  // The same when the line is the widest one and the next starts a name of its own: the width was
  // read off that very line, so it says nothing about wrapping.
  if (!manyFull && WORDS_ONLY.test(line) && (lineWidth < width - Math.round(width * FULL_LINE_SLACK) || STARTS_CAPITAL.test(next)) && !BREAKS_OFF.test(line)) return false;
  // A bracket left open ("(REF:") or a dangling "of", "the", "&" is finished on the next line,
  // whatever that line looks like.
  if (opensBracket(line) || BREAKS_OFF.test(line)) return true;
  // "Denver, CO" under a finished line (a sign-off's name) is the sender's town on a line of its own.
  if (PLACE_LINE.test(next) && (WORDS_ONLY.test(line) || PARAGRAPH_MAY_FOLLOW.test(line))) return false;
  // A row of fields ("Data Analyst – Quorra Health – Remote", "See all jobs | Edit alert | Unsubscribe")
  // is whole when it does not break off; so are two lines of a name block ("Bureau of … (BSER)" over
  // "Office of Human Capital"), which no sentence runs through.
  if (isFieldRow(line) || (TITLE_CASE_LINE.test(line) && TITLE_CASE_LINE.test(next))) return false;
  // "…say it plainly:\nwe've decided" and "…application for Analyst:\nDemand Planning. Our…" run on:
  // an introduced line starts lower-case, or is itself a full line of a body wrapped throughout.
  // …and "has been updated to:\nReceived." runs on too: one word that ends the sentence is no row of its own.
  if (LINE_INTRODUCES.test(line)) return /^\p{Ll}/u.test(next) || LONE_FINAL_WORD.test(next) || (manyFull && next.length >= width - Math.round(width * FULL_LINE_SLACK));
  // "…for the role of Head of Customer\nOperations:": a lone last word with its colon, under a
  // full line that breaks off mid-sentence, ends that sentence; it is no "Label:" of its own.
  if (manyFull && LONE_WORD_WITH_COLON.test(next) && !PARAGRAPH_MAY_FOLLOW.test(line)) return true;
  // "…meet in person for the Front\nOffice Manager spot: next Tues" and "…about the Analytics\nEngineer role:":
  // in a body wrapped throughout, a prose line that stops mid-sentence is finished on the next line,
  // even when that reads like a label. A block of labels follows a line that ends in ":" or a stop.
  if (manyFull && STARTS_OWN_LINE.test(next) && !PARAGRAPH_MAY_FOLLOW.test(line) && PROSE_LINE.test(line) && !STARTS_OWN_LINE.test(line) && !LIST_ITEM.test(line)) return true;
  return !STARTS_OWN_LINE.test(next);
}
/** A line of running prose: four words or more, some of them lower-case. */
const PROSE_LINE = /^(?=(?:\S+ ){3})(?=.*\b\p{Ll}{2,} \S).*\p{L}$/u;
/** A line whose every word is capitalised but for small joining words: a name, a title, an organisation. */
const TITLE_CASE_LINE = /^(?:\p{Lu}[\p{L}'’.&-]*|\((?:\p{Lu}|\d)[\p{L}\d&.-]*\)|&|of|and|the|for|de|du|la|le|van|von|der)(?: (?:\p{Lu}[\p{L}'’.&-]*|\((?:\p{Lu}|\d)[\p{L}\d&.-]*\)|&|of|and|the|for|de|du|la|le|van|von|der)){0,9}$/u;
/** Three or more fields split by " – " or " | ", each starting with a capital or digit: a listing row or a link bar. */
function isFieldRow(line: string): boolean {
  const fields = line.split(FIELD_SEPARATOR);
  return fields.length >= 3 && fields.every((field) => FIELD_START.test(field));
}
const FIELD_SEPARATOR = / [–|] /;
const FIELD_START = /^[\p{Lu}\d]/u;
const PHONE_LINE = /^\+?\(?\d[\d ()+.-]{5,}\d$/;
const LONE_WORD_WITH_COLON = /^\p{L}[\p{L}-]{0,23}[:：]$/u;

/**
 * A "- " or "1. " line starts a list item only inside a list: after an introducing line, another
 * item, or before one. A lone "- Thermoforming position" under a long line is a wrapped " - ".
 */
function startsList(lines: readonly string[], index: number, previous: string): boolean {
  const line = lines[index] ?? '';
  if (!LIST_ITEM.test(line)) return false;
  return LINE_INTRODUCES.test(previous) || LIST_ITEM.test(previous) || LIST_ITEM.test(lines[index + 1] ?? '');
}

function opensBracket(line: string): boolean {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 40) depth++; // (
    else if (code === 41 && depth > 0) depth--; // )
  }
  return depth > 0;
}

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const isStop = (code: number): boolean => code === 46 || code === 33 || code === 63; // . ! ?
const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 11 || code === 0xa0;
const isUpperAscii = (code: number): boolean => code >= 65 && code <= 90;

/**
 * The sentence around `index`: bounded by . ! ? followed by a space and a capital or a line break,
 * or by a blank line. Abbreviations such as "Dec." or "a.m." rarely end a sentence before a digit or
 * lower-case word, which is what the boundary test relies on.
 */
export function sentenceAt(text: string, index: number, endIndex = index): Span {
  let start = index;
  while (start > 0) {
    if (start >= 2) {
      const a = text.charCodeAt(start - 2);
      const b = text.charCodeAt(start - 1);
      if ((isStop(a) && isSpace(b)) || (a === 10 && b === 10)) break;
    }
    start--;
  }
  let end = Math.max(endIndex, index);
  while (end < text.length) {
    const c0 = text.charCodeAt(end);
    if (isStop(c0)) {
      const c1 = text.charCodeAt(end + 1);
      if (end + 1 >= text.length || c1 === 10 || (isSpace(c1) && isUpperAscii(text.charCodeAt(end + 2)))) {
        end++;
        break;
      }
    } else if (c0 === 10 && text.charCodeAt(end + 1) === 10) {
      break;
    }
    end++;
  }
  return { start, end, text: text.slice(start, end) };
}

/** How far back to look for the line that introduces a list of options. */
const INTRO_LOOKBACK_LINES = 8;
export const LIST_ITEM = /^(?:[-*•·–]|\d{1,2}[.)]|[a-z][.)])\s/i;

/** The nearest earlier line that is not a list item (an intro such as "Which of these works?"). */
export function introLine(text: string, index: number): string {
  let end = text.lastIndexOf('\n', index - 1);
  for (let seen = 0; end > 0 && seen < INTRO_LOOKBACK_LINES; seen++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (line !== '' && !LIST_ITEM.test(line)) return line;
    end = start - 1;
  }
  return '';
}
