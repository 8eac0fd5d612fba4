import type { Mailbox } from '../../domain/message.ts';
import { cleanCompany } from '../company-name.ts';
import { beforeBracket } from './board.ts';
import { domainOf, isFreeMailDomain } from '../robots.ts';
import { SOURCE_SCORES, type Clue } from './clue.ts';
import { TITLE_WORDS } from './signoff.ts';

/**
 * A founder or manager writing from a personal (freemail) address signs with their name and, on the next line,
 * the company: "Jules\nLanternfish AI (we're four people)", "Dana\nFerncast", "Tomasz\n42 Labs · 42labs.dev".
 * The line under the sender's own name is where they name the employer.
 */

/** Lines from the end of the body where the signer signs. */
const SIGNER_LINES = 6;
/** Where the organisation's name ends on its line: a bracket, a middle dot, a bar, a dash, a comma. */
const NAME_END = / ?\(| [·•|–—-] |, /;
/** Contact details, links and sentences are not an organisation's line. */
const NOT_ORGANIZATION = /@|https?:|www\.|\d{3}|[.!?]$|^(?:sent from|get outlook|p\.?s\b)/i;
const MAX_NAME_WORDS = 5;

/** The ways the sender may sign: first name, full name, initial ("D"). */
function signingForms(name: string): Set<string> {
  const words = beforeBracket(name).split(/\s+/).filter((word) => word !== '');
  const first = words[0] ?? '';
  if (first.length < 2) return new Set();
  return new Set([first, words.join(' '), first.charAt(0)].map((form) => form.toLowerCase()));
}

/** A line that starts with the sender's full name (two words or more), as a signature block repeats it. */
function repeatsFullName(line: string, name: string): boolean {
  const full = beforeBracket(name).trim().replace(/\s+/g, ' ').toLowerCase();
  const lower = line.toLowerCase();
  return full.includes(' ') && lower.startsWith(full) && (lower.length === full.length || /^[\s,|]/.test(lower.slice(full.length)));
}

/** Separators between a signature line's parts: "wren abernathy | tidepool | calmer inboxes". */
const PART_SEPARATOR = / [|·•] /;
/** "cofounder & ceo, brightlane", "Head of Ops at Ferncast": a title and the organisation on one line. */
const TITLE_AND_ORGANIZATION = /, | (?:at|@) | [|·•–—] /;

/** Whether `part` may be the organisation's name; lower case only from a signer who writes their own name so. */
function organizationPart(part: string, lowerCaseSigner: boolean): string | null {
  if (part === '' || NOT_ORGANIZATION.test(part) || TITLE_WORDS.test(part) || part.split(' ').length > MAX_NAME_WORDS) return null;
  if (!/^[\p{Lu}\d]/u.test(part) && !(lowerCaseSigner && /^\p{Ll}/u.test(part))) return null;
  return cleanCompany(part);
}

/** "wren abernathy | tidepool | building calmer inboxes": the signer's full name, then the organisation, on one line. */
function besideNameClue(line: string, name: string): Clue | null {
  if (!repeatsFullName(line, name)) return null;
  const parts = line.split(PART_SEPARATOR).map((part) => part.trim());
  if (parts.length < 2) return null;
  const written = parts[0] ?? '';
  const company = organizationPart(parts[1] ?? '', written === written.toLowerCase());
  return company ? { value: company, tag: 'sign-off:beside-signer', score: SOURCE_SCORES.signOffUnderTitle } : null;
}

/** The organisation on the line under the signer: the whole line, or its part after a title ("cofounder & ceo, brightlane"). */
function underNameClue(next: string, lowerCaseSigner: boolean): Clue | null {
  const part = next.split(NAME_END)[0]?.trim() ?? '';
  if (part !== '' && !NOT_ORGANIZATION.test(part) && !TITLE_WORDS.test(part)) {
    const company = organizationPart(part, lowerCaseSigner);
    return company ? { value: company, tag: 'sign-off:under-signer', score: SOURCE_SCORES.signOffUnderTitle } : null;
  }
  const titled = next.split(TITLE_AND_ORGANIZATION).map((piece) => piece.trim());
  if (titled.length !== 2 || !TITLE_WORDS.test(titled[0] ?? '')) return null;
  const company = organizationPart(titled[1] ?? '', lowerCaseSigner);
  return company ? { value: company, tag: 'sign-off:under-signer-title', score: SOURCE_SCORES.signOffUnderTitle } : null;
}

export function signerLineClues(from: Mailbox | null, lines: readonly string[]): Clue[] {
  // From a company's own domain, the line under the name is as often a title or a team in any language.
  if (!from || from.name.trim() === '' || !isFreeMailDomain(domainOf(from.address))) return [];
  const forms = signingForms(from.name);
  if (forms.size === 0) return [];
  const tail = lines.map((line) => line.trim()).filter((line) => line !== '').slice(-SIGNER_LINES);
  for (let i = tail.length - 1; i >= 0; i--) {
    const beside = besideNameClue(tail[i] ?? '', from.name);
    if (beside) return [beside];
    const line = (tail[i] ?? '').replace(/[,.]$/, '');
    if (i === tail.length - 1 || !forms.has(line.toLowerCase())) continue;
    // "Kit\nKit Halloran RIBA\nHalloran & Yates Architects": the full name again, with letters after it, signs once more.
    const next = (repeatsFullName(tail[i + 1] ?? '', from.name) ? tail[i + 2] : tail[i + 1]) ?? '';
    const clue = underNameClue(next, line === line.toLowerCase());
    return clue ? [clue] : [];
  }
  return [];
}
