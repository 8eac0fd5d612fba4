/** A sign-off block: "Best regards,\nJane Smith\nTalent Partner | Acme Corp". */
export interface Signature {
  /** A person's name, or null when the block is signed by a team. */
  readonly name: string | null;
  readonly title: string | null;
  /** An employer named in the block ("Talent Partner, Acme Corp", "The Acme Recruiting Team"). */
  readonly company: string | null;
  readonly email: string | null;
}

const CLOSING = /^(?:best(?: regards| wishes)?|kind(?:est)? regards|warm(?:est)? regards|regards|sincerely(?: yours)?|yours sincerely|yours truly|thanks(?: again| so much)?|thank you(?: again)?|many thanks|cheers|all the best|respectfully|warmly|with appreciation|take care)\s*[,.!-]?$/i;
/** How many lines after the closing can belong to the signature. */
const SIGNATURE_LINES = 6;
const PERSON_NAME = /^(?:Dr\.? |Mr\.? |Ms\.? |Mrs\.? )?[A-Z][a-zA-Z'’-]+(?: (?:[A-Z]\.|[A-Z][a-zA-Z'’-]+|de|van|von|der|da|del|la|le)){1,3}$/;
const TEAM_WORDS = /\b(?:team|recruiting|recruitment|talent|acquisition|careers?|hiring|human resources|hr|people|staffing|department|office|group)\b/i;
export const TITLE_WORDS = /\b(?:recruiter|recruiting|talent|partner|manager|director|lead|head|coordinator|specialist|sourcer|engineer|officer|vp|vice president|president|founder|ceo|cto|coo|hr|human resources|people|associate|generalist|advisor|consultant|assistant|executive|analyst|owner|principal)\b/i;
const EMAIL = /[\w.+'-]+@[\w-]+(?:\.[\w-]+)+/;
const NOT_COMPANY_LINE = /@|https?:|www\.|\d{3}|^\+|^(?:phone|tel|mobile|cell|fax|email|e-mail|web|address)\b/i;

/** `bodyLines`: the own text's lines (see `BodyText.lines`). */
export function findSignature(bodyLines: readonly string[]): Signature | null {
  const lines = bodyLines.map((line) => line.trim());
  let closing = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (lines[i] !== '' && CLOSING.test(lines[i] ?? '')) {
      closing = i;
      break;
    }
  }
  if (closing < 0) return null;
  const block = lines.slice(closing + 1, closing + 1 + SIGNATURE_LINES).filter((line) => line !== '');
  const first = block[0];
  if (first === undefined) return null;
  const email = block.map((line) => EMAIL.exec(line)?.[0]).find((found) => found !== undefined) ?? null;

  if (TEAM_WORDS.test(first) || !PERSON_NAME.test(first)) {
    const company = companyFromTeamLine(first);
    return company ? { name: null, title: null, company, email } : null;
  }
  const titleLine = block[1] ?? null;
  let title: string | null = null;
  let company: string | null = null;
  if (titleLine && !NOT_COMPANY_LINE.test(titleLine)) {
    const split = /^(.+?)\s*(?:\s\|\s|,\s|\s[-–—]\s|\sat\s|\s@\s)\s*(.+)$/.exec(titleLine);
    if (split?.[1] && split[2] && TITLE_WORDS.test(split[1]) && !TITLE_WORDS.test(split[2])) {
      title = split[1];
      company = split[2];
    } else if (TITLE_WORDS.test(titleLine)) {
      title = titleLine;
      const next = block[2];
      if (next && !NOT_COMPANY_LINE.test(next) && !TITLE_WORDS.test(next) && /^[A-Z0-9]/.test(next)) company = next;
    }
  }
  return { name: first.replace(/^(?:Dr|Mr|Ms|Mrs)\.? /, ''), title, company, email };
}

/** "The Acme Recruiting Team" → "Acme"; "Acme Talent Acquisition" → "Acme". */
export function companyFromTeamLine(line: string): string | null {
  const stripped = line
    .replace(/^the\s+/i, '')
    .replace(/\s*\b(?:university |campus )?(?:recruiting|recruitment|talent acquisition|talent|hiring|people|hr|human resources|careers?|staffing)?\s*(?:team|department|group)?\s*$/i, '')
    .replace(/\s*[-–|,:]\s*$/, '')
    .trim();
  return stripped !== '' && stripped.length < line.trim().length && /^[A-Z0-9]/.test(stripped) ? stripped : null;
}
