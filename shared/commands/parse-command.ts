import { EVENT_KINDS, type EventKind } from '../domain/kinds.ts';

/**
 * The commands a user can reply to a reminder with. Parsing is pure and never throws: anything
 * that is not a command comes back as `unknown` with the text that was read, so the user gets help.
 */

export type SnoozeSpec =
  /** `snooze 3d` / `2w` / `12h`: counted from the reply's Date (days and weeks on the calendar). */
  | { readonly kind: 'relative'; readonly amount: number; readonly unit: 'hours' | 'days' | 'weeks' }
  /** `snooze until 2026-12-01`: that day in the user's zone, at the user's hour. */
  | { readonly kind: 'date'; readonly date: string };

export type Command =
  | { readonly kind: 'done' }
  | { readonly kind: 'snooze'; readonly snooze: SnoozeSpec }
  | { readonly kind: 'stop' }
  | { readonly kind: 'wrong'; readonly as: EventKind }
  | FilingCommand
  | UnknownCommand;

/**
 * Commands about how emails were filed, answered on the application the replied-to email concerns:
 * `same as <company — role>` / `merge [with <company — role>]` joins it into that application
 * (`target` null: the one jobnudge suggested); `#company <name>` names its employer.
 */
export type FilingCommand = { readonly kind: 'merge'; readonly target: string | null } | { readonly kind: 'company'; readonly name: string };

export interface UnknownCommand {
  readonly kind: 'unknown';
  /** The first line the user wrote (shortened), to quote back in the help reply; '' when none. */
  readonly text: string;
}

export type CommandName = Command['kind'];

/** Characters of the reply read at most: a command is one short line at the top, not a whole thread. */
export const MAX_COMMAND_SCAN_CHARS = 4_000;
/** Non-empty lines above the quote tried as a command ("Hi," then "snooze 3d" still works). */
export const MAX_COMMAND_LINES = 3;
/** Longest unknown text quoted back in the help reply. */
export const MAX_UNKNOWN_TEXT_LENGTH = 80;
/** Longest company or application name read from a filing command. */
export const MAX_FILING_NAME_LENGTH = 120;
/** Biggest snooze number accepted (a typo such as "snooze 300w" is not a plan). */
export const MAX_SNOOZE_AMOUNT = 999;

/**
 * Where the user's own text ends: quoted lines, a client's "On … wrote:" attribution, Outlook's
 * separators and header block, or a signature.
 */
const QUOTE_START: readonly RegExp[] = [
  /^>/,
  /^on\b.*\bwrote:?$/i,
  /\bwrote:$/i,
  /^-{2,}\s*original message\s*-{2,}$/i,
  /^_{5,}$/,
  /^(?:from|sent|to|subject|date):\s/i,
  /^--\s?$/,
  /^sent from my\b/i,
  /^get outlook for\b/i,
];

/** An "On Mon, Nov 2, 2026 at 9:00, jobnudge <x@y> wrote:" wrapped over two lines by the client. */
function wrappedAttribution(line: string, next: string | undefined): boolean {
  return /^on\s/i.test(line) && next !== undefined && /\bwrote:?$/i.test(next.trim());
}

/** The user's non-empty lines above the quoted reminder (at most MAX_COMMAND_LINES). */
export function linesAboveQuote(text: string): string[] {
  const lines = text.slice(0, MAX_COMMAND_SCAN_CHARS).replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length && out.length < MAX_COMMAND_LINES; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    if (QUOTE_START.some((pattern) => pattern.test(line)) || wrappedAttribution(line, lines[i + 1])) break;
    out.push(line);
  }
  return out;
}

/** Lower case, punctuation to spaces (dates keep their `-` and `/`), single spaces. */
function normalize(line: string): string {
  return line
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9\-/ ]+/g, ' ')
    .replace(/(^|\s)[-/]+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Unit word → unit. A Map, not an object literal: the word is the user's text, and "snooze 3
 * constructor" must not find `Object.prototype.constructor` (it became the unit and threw later).
 */
const UNITS: ReadonlyMap<string, 'hours' | 'days' | 'weeks'> = new Map([
  ['h', 'hours'],
  ['hr', 'hours'],
  ['hrs', 'hours'],
  ['hour', 'hours'],
  ['hours', 'hours'],
  ['d', 'days'],
  ['day', 'days'],
  ['days', 'days'],
  ['w', 'weeks'],
  ['wk', 'weeks'],
  ['wks', 'weeks'],
  ['week', 'weeks'],
  ['weeks', 'weeks'],
]);

const RELATIVE = /^snooze (?:for )?(\d{1,4}) ?([a-z]+)$/;
const ABSOLUTE = /^snooze (?:until |till |til |to |on )?(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const WRONG = /^wrong (?:it (?:is|was) |it s |should be |this is )?(?:an? )?([a-z]+)$/;

const MERGE = /^(?:same as|merge(?:[ \t]{1,4}(?:with|into))?)(?:[ \t:]{1,4}(\S.{0,160}))?$/i;
const COMPANY = /^#company(?:[ \t]{0,4}[:=])?[ \t]{1,4}(\S.{0,160})$/i;
/** Quotes and backticks a user copies along with a suggested command, and a closing full stop. */
const WRAPPING = /^[`'"“‘]{1,3}|[`'"”’.]{1,3}$/g;

function cleanName(text: string): string {
  return text.replace(WRAPPING, '').replace(/\s+/g, ' ').trim().slice(0, MAX_FILING_NAME_LENGTH);
}

/** A filing command, read from the line as written (names keep their case). */
function parseFilingLine(line: string): FilingCommand | null {
  const unwrapped = line.normalize('NFKC').trim().replace(WRAPPING, '').trim();
  const merge = MERGE.exec(unwrapped);
  if (merge) {
    const target = merge[1] === undefined ? '' : cleanName(merge[1]);
    return { kind: 'merge', target: target === '' ? null : target };
  }
  const company = COMPANY.exec(unwrapped);
  const name = company?.[1] === undefined ? '' : cleanName(company[1]);
  return name === '' ? null : { kind: 'company', name };
}

/** One line as a command, or null. */
function parseLine(line: string): Exclude<Command, UnknownCommand | FilingCommand> | null {
  const words = normalize(line);
  if (words === 'done') return { kind: 'done' };
  if (words === 'stop') return { kind: 'stop' };
  const relative = RELATIVE.exec(words);
  if (relative) {
    const amount = Number(relative[1]);
    const unit = UNITS.get(relative[2] ?? '');
    if (unit === undefined || amount < 1 || amount > MAX_SNOOZE_AMOUNT) return null;
    return { kind: 'snooze', snooze: { kind: 'relative', amount, unit } };
  }
  const absolute = ABSOLUTE.exec(words);
  if (absolute) {
    const [year, month, day] = [absolute[1] ?? '', absolute[2] ?? '', absolute[3] ?? ''];
    const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
    return isCalendarDate(date) ? { kind: 'snooze', snooze: { kind: 'date', date } } : null;
  }
  const wrong = WRONG.exec(words);
  const kind = wrong?.[1];
  if (kind !== undefined && (EVENT_KINDS as readonly string[]).includes(kind)) return { kind: 'wrong', as: kind as EventKind };
  return null;
}

function isCalendarDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/**
 * The command in a reply: the first of the user's top lines that reads as one. Never throws.
 * `text` is the reply's plain text (quoted reminder included; it is cut off here).
 */
export function parseCommand(text: string): Command {
  const lines = linesAboveQuote(text);
  for (const line of lines) {
    const command = parseFilingLine(line) ?? parseLine(line);
    if (command !== null) return command;
  }
  return { kind: 'unknown', text: (lines[0] ?? '').slice(0, MAX_UNKNOWN_TEXT_LENGTH) };
}
