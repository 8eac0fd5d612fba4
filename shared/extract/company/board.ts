import type { Mailbox } from '../../domain/message.ts';
import { squash } from '../company-name.ts';
import { domainOf, isFreeMailDomain } from '../robots.ts';
import type { Clue } from './clue.ts';
import { sameEmployer } from './resolve.ts';
import { domainLabel, looksLikePerson, withoutDepartment } from './sender.ts';

/**
 * A job board relaying an application ("X has received your application via Jobnest", "Your
 * application was sent to X"): the board sends the mail and signs it, the employer is named in it.
 * Board-ness is read from how the mail speaks, not from a list of boards' names.
 */

/** How much the board's own name loses: it hosts the application, it does not hire. */
export const BOARD_PENALTY = 4;

/** The board speaks of the employer in the third person: "the employer has decided", "employers usually respond". */
const THIRD_PERSON_EMPLOYER = /\b(?:the|an?|this|each|most) (?:employer|hiring company|recruiter)s?\b|\bemployers (?:usually|may|often|can|will|typically)\b/i;
/** What a board's mail carries around the news: alerts, similar jobs, notification settings. */
const BOARD_FOOTER = /\b(?:similar jobs|jobs like this|recommended jobs|jobs you (?:may|might) like|more jobs|job alerts?|manage (?:notifications|alerts|email preferences)|unsubscribe from (?:application|job) (?:updates|alerts))\b/i;

/** Words before the sender's name that make it a place the application went through: "via Hirefield", "My Hirefield". */
const PLACE_BEFORE = ['via ', 'on ', 'through ', 'jobs from ', 'my '];
/** Words after it: "your SEEK Profile", "your Jobhaven account". */
const PLACE_AFTER = [' profile', ' account', ' dashboard'];
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether the text writes the sender's name as a place the application went through (a literal scan). */
function namesItselfAsPlace(name: string, text: string): boolean {
  const lower = text.toLowerCase();
  const key = name.toLowerCase();
  for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) {
    const end = at + key.length;
    if (WORD_CHAR.test(lower.charAt(end)) || WORD_CHAR.test(lower.charAt(at - 1))) continue;
    const before = lower.slice(Math.max(0, at - 12), at);
    if (PLACE_BEFORE.some((word) => before.endsWith(word) && !WORD_CHAR.test(before.charAt(before.length - word.length - 1)))) return true;
    if (before.endsWith('your ') && PLACE_AFTER.some((word) => lower.startsWith(word, end))) return true;
  }
  return false;
}

/** A display name without what a directory adds in brackets ("Jo Ames (she/her)" → "Jo Ames"). */
export function beforeBracket(name: string): string {
  const bracket = name.search(/[([]/);
  return (bracket < 0 ? name : name.slice(0, bracket)).trim();
}

/**
 * The names the relaying board goes by (display name, domain label), or null when the sender does not
 * read as a board: a person, a freemail address, or an organisation that writes as the employer.
 */
export function boardNames(from: Mailbox | null, text: string): string[] | null {
  if (!from) return null;
  const domain = domainOf(from.address);
  if (domain === '' || isFreeMailDomain(domain)) return null;
  const display = withoutDepartment(beforeBracket(from.name));
  if (display !== '' && looksLikePerson(display, from.address)) return null;
  const label = domainLabel(domain)?.replace(/-/g, '') ?? null;
  const names = [display, label].filter((name): name is string => name !== null && squash(name).length >= 3);
  if (names.length === 0) return null;
  const speaksAsBoard = names.some((name) => namesItselfAsPlace(name, text)) || (THIRD_PERSON_EMPLOYER.test(text) && BOARD_FOOTER.test(text));
  return speaksAsBoard ? names : null;
}

/** The board's own clues lose `BOARD_PENALTY`; the employer it names keeps its score. */
export function boardPenalty(clues: readonly Clue[], names: readonly string[]): Clue[] {
  const keys = names.map(squash);
  return clues.map((clue) => {
    const key = squash(clue.value);
    const isBoard = keys.some((name) => key.startsWith(name)) || names.some((name) => sameEmployer(clue.value, name));
    return isBoard ? { ...clue, score: clue.score - BOARD_PENALTY, tag: `${clue.tag}:board` } : clue;
  });
}
