import { cleanCompany } from '../company-name.ts';
import { SOURCE_SCORES, type Clue } from './clue.ts';
import { ORGANIZATION_WORDS } from './sender.ts';

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
const CLOSING = /^(?:(?:kind|best|warm|warmest|many|with)\s+)?(?:regards|thanks|thank you|best|cheers|sincerely|wishes|all the best|talk soon|speak soon|saludos|un saludo|atentamente|abra[cç]os|cumprimentos|viele gr[üu](?:ß|ss)e|cordialement|groeten|met vriendelijke groet|terima kasih|ng[aā] mihi)\b[\s,!.]*$/i;
/** A legal form at the end of a line: the line is an organisation's name. */
const LEGAL_FORM_LINE = /^(\p{Lu}[\p{L}\p{N}&'’. -]{1,50}?,?\s(?:Inc|LLC|Ltd|Limited|GmbH|AG|PLC|plc|Corp|Corporation|Co\.,? Ltd|Pty\.? Ltd|Pte\.? Ltd|LLP|S\.A|SA|BV|B\.V|NV|AB|Oy|SAS|SE|KK|K\.K)\.?)(?:\s|$)/u;
/** Lines that are contact details, addresses or boilerplate, never the organisation. */
const NOT_ORGANIZATION_LINE = /@|:$|^[\p{L} ]{1,20}:\s|https?:|www\.|\d{3}|^(?:[mtefp]|tel|phone|mobile|cell|fax|email|web|office)\b\s*[:.]|^\[|^(?:this|the information|confidential|please|sent from|disclaimer|unsubscribe)\b/iu;
/** A street address: "Karlova 27, Praha 1", "40 Fenwick Lane". */
const ADDRESS_LINE = /\p{L} \d{1,5}[a-z]?,\s|^\d{1,5}[a-z]? \p{Lu}/u;
/** Words that make a line a job title ("Principal Engineer – Networks", "Co-founder & CEO"). */
export const TITLE_WORDS = /\b(?:recruiter|manager|director|lead|head|coordinator|specialist|sourcer|engineer|officer|vp|vice president|president|founder|co-founder|cofounder|ceo|cto|coo|cfo|partner|associate|generalist|advisor|consultant|assistant|executive|analyst|principal|scientist|designer|developer|administrator|owner|recruiting|recruitment|talent acquisition|human resources|people (?:team|operations|partner)|hr)\b/i;
/**
 * A team inside the employer written as its own line or line part: "Department of Biostatistics",
 * "Cardiology Unit", "Kessler Lab", "Commercial Lending Division". The organisation is named on a
 * line below it, if anywhere; alone it may still be the employer ("Department for Transport").
 */
const UNIT_PART = /^(?:the )?(?:department|dept\.?|division|school|faculty|office|unit|bureau|directorate|section|lab|laboratory|centre|center)\s(?:of|for)\s|\s(?:division|department|dept\.?|unit|lab|laboratory|section|practice|desk)$/i;
/** What a unit line is worth alone: below any line that names the organisation. */
const UNIT_SCORE = 3;
/** An earlier organisation line above a later one is a unit of it ("Specialty Lines" over "Northgate Insurance Group"). */
const EARLIER_LINE_PENALTY = 2;

function isUnit(line: string): boolean {
  return line.split(/,\s+|(?<!\s)\s+[|·•]\s+/).some((part) => UNIT_PART.test(part.trim()));
}

/** Separators between a title and the organisation on one line. */
const TITLE_SEPARATOR = /\s+[|–—-]\s+|,\s+|\s+at\s+|\s+@\s+/;

/**
 * "Toronto, Ontario", "Austin, TX", "Monterrey, N.L.": a place written under the organisation, a city
 * and its region or country with nothing else on the line. Not the organisation.
 */
const PLACE_LINE = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?,\s(?:\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?|\p{Lu}{2,3}|(?:\p{Lu}\.){2,3})$/u;

function isPlaceLine(line: string): boolean {
  return PLACE_LINE.test(line) && !ORGANIZATION_WORDS.test(line);
}

/** A line of running text: the sign-off starts after the last one. */
const SENTENCE_LINE = /[.!?]$/;
/** "VltavaSoft s.r.o.", "Acme Co.": a line ending in an abbreviation's dot is not a sentence. */
const DOTTED_ABBREVIATION = /^(?:\p{L}\.){2,6}$|^(?:Inc|Ltd|Co|Corp|Pte|Pty|Bros|Assoc)\.$/u;
/**
 * "Research Computing Services | University of Eastmoor": a unit is signed before the university,
 * hospital or college it belongs to, which is the employer.
 */
const PARENT_INSTITUTION = /\b(?:University|College|Polytechnic|Hospital|NHS)\b/;

function isSentence(line: string): boolean {
  return SENTENCE_LINE.test(line) && !DOTTED_ABBREVIATION.test(line.slice(line.lastIndexOf(' ') + 1));
}

/**
 * Registration and disclaimer lines a mail system adds under a signature: "Registered in England
 * No. 123", "VAT No.", "regulated by the …", "If you are not the intended recipient …".
 */
const LEGAL_FOOTER = /\bregistered (?:in|office|number|no\b|as a)|\b(?:company|registration|VAT|ABN|ACN|CRO|KvK) (?:no\b|number)|\bregulated by\b|\bintended recipient\b|\b(?:this|the) (?:e-?mail|message) (?:and any attachments |and its attachments )?(?:is|are|may be) (?:confidential|intended)/i;

/** A bare web address written in a signature ("acme.co.uk", "acme.com/careers"). */
const WEB_ADDRESS = /^(?:[a-z0-9-]{1,63}\.){1,4}[a-z]{2,12}(?:\/\S{0,80})?$/i;

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
      // A company's legal footer under the signature is not the last thing the sender wrote.
      if (LEGAL_FOOTER.test(line)) continue;
      if (line.length > MAX_LINE_CHARS || (isSentence(line) && line.split(' ').length > 4)) {
        start = i + 1;
        break;
      }
    }
  }
  return trimmed.slice(start, start + MAX_SIGN_OFF_LINES).filter((line) => line !== '' && line.length <= MAX_LINE_CHARS);
}

/** Parts of a unit's line: "Senior Lecturer, School of Environment", "School of Psychology, University of Eastmoor". */
const UNIT_LINE_PART = /,\s+|(?<!\s)\s+[|·•]\s+/;

/**
 * A line naming a unit: the unit part alone (not the title written before it), and a part after it
 * that names the institution the unit belongs to, which is the employer.
 */
function unitLineClues(line: string): Clue[] {
  const parts = line.split(UNIT_LINE_PART).map((part) => part.trim());
  const at = parts.findIndex((part) => UNIT_PART.test(part));
  const unitPart = at >= 0 ? parts[at] : parts[0];
  const unit = unitPart ? cleanCompany(unitPart) : null;
  const clues: Clue[] = unit ? [{ value: unit, tag: 'sign-off:unit', score: UNIT_SCORE }] : [];
  const parent = parts.slice(at + 1).find((part) => PARENT_INSTITUTION.test(part) && !UNIT_PART.test(part));
  const parentName = parent ? cleanCompany(parent) : null;
  if (parentName) clues.push({ value: parentName, tag: 'sign-off:unit-parent', score: SOURCE_SCORES.signOffUnderTitle });
  return clues;
}

/** Clues from the sign-off: a title line's organisation part, the line under a title, a legal name. */
export function signOffClues(lines: readonly string[]): Clue[] {
  const clues: Clue[] = [];
  const block = signOffLines(lines);
  let afterTitle = false;
  /** Index of the first clue each block line gave, to rank earlier organisation lines below later ones. */
  const lineStarts: number[] = [];
  for (const [index, line] of block.entries()) {
    lineStarts.push(clues.length);
    const above = aboveDepartmentClue(line, block[index + 1]);
    if (above) {
      clues.push(above);
      continue;
    }
    if (NOT_ORGANIZATION_LINE.test(line) || ADDRESS_LINE.test(line)) {
      afterTitle = false;
      continue;
    }
    if (isUnit(line) && !TITLE_WORDS.test(line.split(/,\s+|(?<!\s)\s+[|–—-]\s+/)[0] ?? '')) {
      clues.push(...unitLineClues(line));
      afterTitle = true;
      continue;
    }
    const legal = LEGAL_FORM_LINE.exec(line)?.[1];
    const legalName = legal ? cleanCompany(legal) : null;
    if (legalName) clues.push({ value: legalName, tag: 'sign-off:legal-name', score: SOURCE_SCORES.signOffLegal });
    const parts = line.split(TITLE_SEPARATOR);
    if (parts.length === 2 && parts.some((part) => TITLE_WORDS.test(part)) && !isSentence(line)) {
      const organization = parts.find((part) => !TITLE_WORDS.test(part));
      // "Software Engineer - Embedded": after a dash one word is as often a specialty as a name.
      const dashed = /\s[-–—]\s/.test(line) && organization !== undefined && !organization.includes(' ');
      const company = organization && !dashed && /^[\p{Lu}\d]/u.test(organization) ? cleanCompany(organization) : null;
      // "Nurse Manager, Cardiology Unit": the unit the signer works in, not the employer.
      if (company) clues.push(isUnit(company) ? { value: company, tag: 'sign-off:unit', score: UNIT_SCORE } : { value: company, tag: 'sign-off:title-line', score: SOURCE_SCORES.signOffTitleLine });
      afterTitle = true;
      continue;
    }
    if (afterTitle && isPlaceLine(line)) continue;
    if (afterTitle && /^\p{Lu}/u.test(line) && !TITLE_WORDS.test(line)) {
      // "Orchard Biosciences | Ness Ziona, Israel": the place after a separator is not the name.
      const parts = line.split(/\s+[|·•]\s+/);
      // "Leeds | acme.co.uk": a place beside a web address is a contact line, not the organisation.
      if (parts.length > 1 && parts.some((part) => WEB_ADDRESS.test(part.trim()))) {
        afterTitle = false;
        continue;
      }
      const name = parts.slice(1).find((part) => PARENT_INSTITUTION.test(part)) ?? parts[0] ?? line;
      const company = name.split(' ').length <= 6 ? cleanCompany(name) : null;
      if (company) clues.push({ value: company, tag: 'sign-off:under-title', score: SOURCE_SCORES.signOffUnderTitle });
      afterTitle = false;
      continue;
    }
    afterTitle = TITLE_WORDS.test(line) || /\b(?:team|division|department)$/i.test(line);
  }
  return rankLaterLinesHigher(clues, lineStarts);
}

/** A line that is only the department a team inbox signs for: "Human Resources", "Talent Acquisition Team". */
const DEPARTMENT_LINE = /^(?:the )?(?:human resources|hr|talent acquisition|recruitment|recruiting|people (?:and|&) culture|people operations|careers|personnel)(?: (?:team|department|office))?$/i;
/** Two or three capitalised words: a person's name, unless a word names an organisation. */
const PERSON_SHAPED_LINE = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}\.?)?(?: \p{Lu}[\p{Ll}'’-]+){1,2}$/u;

/**
 * "Sincerely,\nTallowmere Regional Bank\nHuman Resources": the line over a bare department line is the
 * organisation the department belongs to, when it reads as one and not as the signer's name.
 */
function aboveDepartmentClue(line: string, next: string | undefined): Clue | null {
  if (next === undefined || !DEPARTMENT_LINE.test(next) || !/^\p{Lu}/u.test(line) || TITLE_WORDS.test(line) || isSentence(line)) return null;
  if (NOT_ORGANIZATION_LINE.test(line) || ADDRESS_LINE.test(line) || line.split(' ').length > 6) return null;
  if (PERSON_SHAPED_LINE.test(line) && !ORGANIZATION_WORDS.test(line)) return null;
  const company = cleanCompany(line);
  return company ? { value: company, tag: 'sign-off:above-department', score: SOURCE_SCORES.signOffUnderTitle } : null;
}

/**
 * Organisations are signed from the smallest unit down to the parent ("Talent Acquisition | Specialty
 * Lines" over "Northgate Insurance Group"): when a later line names another organisation, the
 * earlier one counts less.
 */
function rankLaterLinesHigher(clues: readonly Clue[], lineStarts: readonly number[]): Clue[] {
  const named = clues.filter((clue) => clue.tag !== 'sign-off:unit');
  if (named.length < 2) return [...clues];
  const lastStart = lineStarts.filter((start, i) => start < (lineStarts[i + 1] ?? clues.length)).at(-1) ?? 0;
  const lastNamed = clues.findLastIndex((clue) => clue.tag !== 'sign-off:unit');
  const lastValue = clues[lastNamed]?.value.toLowerCase();
  return clues.map((clue, index) =>
    index < lastStart && clue.tag !== 'sign-off:unit' && clue.value.toLowerCase() !== lastValue && !lastValue?.startsWith(clue.value.toLowerCase())
      ? { ...clue, score: clue.score - EARLIER_LINE_PENALTY, tag: `${clue.tag}:above` }
      : clue,
  );
}
