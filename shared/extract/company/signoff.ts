import { cleanCompany } from '../company-name.ts';
import { SOURCE_SCORES, type Clue } from './clue.ts';

/**
 * The organisation a sign-off block names, read from the lines under the closing:
 * "Talent Partner | Harcourt Marsh Insurance", "Co-founder & CEO, Fieldnote",
 * "Senior Technical Recruiter\nBlue Peak Staffing", "Lumen Harbour Pte. Ltd.".
 * Signatures have many shapes; these are the ones where a line says it is the organisation.
 */

/** Lines read from the end of the own text: a sign-off is short. */
const MAX_SIGN_OFF_LINES = 14;
/** Lines longer than this are sentences, not sign-off lines. */
const MAX_LINE_CHARS = 70;
const CLOSING = /^(?:(?:kind|best|warm|warmest|many|with)\s+)?(?:regards|thanks|thank you|best|cheers|sincerely|wishes|all the best|talk soon|speak soon)\b[\s,!.]*$/i;
/** A legal form at the end of a line: the line is an organisation's name. */
const LEGAL_FORM_LINE = /^(\p{Lu}[\p{L}\p{N}&'’. -]{1,50}?,?\s(?:Inc|LLC|Ltd|Limited|GmbH|AG|PLC|plc|Corp|Corporation|Co\.,? Ltd|Pty\.? Ltd|Pte\.? Ltd|LLP|S\.A|SA|BV|B\.V|NV|AB|Oy|SAS|SE|KK|K\.K)\.?)(?:\s|$)/u;
/** Lines that are contact details, addresses or boilerplate, never the organisation. */
const NOT_ORGANIZATION_LINE = /@|:$|https?:|www\.|\d{3}|^(?:[mtefp]|tel|phone|mobile|cell|fax|email|web|office)\b\s*[:.]|^\[|^(?:this|the information|confidential|please|sent from|disclaimer|unsubscribe)\b/i;
/** Words that make a line a job title ("Principal Engineer – Networks", "Co-founder & CEO"). */
const TITLE_WORDS = /\b(?:recruiter|manager|director|lead|head|coordinator|specialist|sourcer|engineer|officer|vp|vice president|president|founder|co-founder|cofounder|ceo|cto|coo|cfo|partner|associate|generalist|advisor|consultant|assistant|executive|analyst|principal|scientist|designer|developer|administrator|owner|recruiting|recruitment|talent acquisition|human resources|people (?:team|operations|partner)|hr)\b/i;
/** Separators between a title and the organisation on one line. */
const TITLE_SEPARATOR = /\s+[|–—-]\s+|,\s+|\s+at\s+|\s+@\s+/;

/** A line of running text: the sign-off starts after the last one. */
const SENTENCE_LINE = /[.!?]$/;

/** The lines under the closing, or, with no closing, under the last sentence. */
function signOffLines(lines: readonly string[]): string[] {
  const trimmed = lines.map((line) => line.trim());
  const earliest = Math.max(0, trimmed.length - MAX_SIGN_OFF_LINES);
  let start = earliest;
  for (let i = trimmed.length - 1; i >= earliest; i--) {
    if (CLOSING.test(trimmed[i] ?? '')) {
      start = i + 1;
      break;
    }
  }
  if (start === earliest) {
    for (let i = trimmed.length - 1; i >= earliest; i--) {
      const line = trimmed[i] ?? '';
      if (line.length > MAX_LINE_CHARS || (SENTENCE_LINE.test(line) && line.split(' ').length > 4)) {
        start = i + 1;
        break;
      }
    }
  }
  return trimmed.slice(start, start + MAX_SIGN_OFF_LINES).filter((line) => line !== '' && line.length <= MAX_LINE_CHARS);
}

/** Clues from the sign-off: a title line's organisation part, the line under a title, a legal name. */
export function signOffClues(lines: readonly string[]): Clue[] {
  const clues: Clue[] = [];
  const block = signOffLines(lines);
  let afterTitle = false;
  for (const line of block) {
    if (NOT_ORGANIZATION_LINE.test(line)) {
      afterTitle = false;
      continue;
    }
    const legal = LEGAL_FORM_LINE.exec(line)?.[1];
    const legalName = legal ? cleanCompany(legal) : null;
    if (legalName) clues.push({ value: legalName, tag: 'sign-off:legal-name', score: SOURCE_SCORES.signOffLegal });
    const parts = line.split(TITLE_SEPARATOR);
    if (parts.length === 2 && parts.some((part) => TITLE_WORDS.test(part)) && !SENTENCE_LINE.test(line)) {
      const organization = parts.find((part) => !TITLE_WORDS.test(part));
      // "Software Engineer - Embedded": after a dash one word is as often a specialty as a name.
      const dashed = /\s[-–—]\s/.test(line) && organization !== undefined && !organization.includes(' ');
      const company = organization && !dashed && /^[\p{Lu}\d]/u.test(organization) ? cleanCompany(organization) : null;
      if (company) clues.push({ value: company, tag: 'sign-off:title-line', score: SOURCE_SCORES.signOffTitleLine });
      afterTitle = true;
      continue;
    }
    if (afterTitle && /^\p{Lu}/u.test(line) && !TITLE_WORDS.test(line)) {
      // "Orchard Biosciences | Ness Ziona, Israel": the place after a separator is not the name.
      const name = line.split(/\s+[|·•]\s+/)[0] ?? line;
      const company = name.split(' ').length <= 6 ? cleanCompany(name) : null;
      if (company) clues.push({ value: company, tag: 'sign-off:under-title', score: SOURCE_SCORES.signOffUnderTitle });
      afterTitle = false;
      continue;
    }
    afterTitle = TITLE_WORDS.test(line) || /\b(?:team|division|department)$/i.test(line);
  }
  return clues;
}
