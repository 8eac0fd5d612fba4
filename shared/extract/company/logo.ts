import { cleanCompany } from '../company-name.ts';
import { SOURCE_SCORES, type Clue } from './clue.ts';

/** Gmail's plain text for an image, and this project's for a logo: "[image: Acme Freight]". */
const IMAGE_LINE = /^\[image: ([^\]\n]{2,60})\]$/i;
/** "Logo of Acme", "Logo: Acme": the word says what the image is, not who. */
const LEADING_LOGO = /^logo(?: of|:)? /i;
/** "Acme logo", "Acme's Logo". */
const TRAILING_LOGO = /(?:['’]s)? logo$/i;
/** "Powered by Lever", "Sent with Ashby": the tool's badge, not the employer's logo. */
const TOOL_BADGE = /^(?:powered by|sent (?:with|via|by)|built with|download on|get it on|follow us)\b/i;
/** Lines read from the top: a header logo sits above the text. */
const HEAD_LINES = 8;

/**
 * An ATS template's header logo names the employer even when its text never does ("Your interview
 * is confirmed" under a logo whose alt text is "Quillon Freight"). Only the head of the mail counts:
 * logos lower down are footers, badges and partners.
 */
export function logoClues(lines: readonly string[]): Clue[] {
  const clues: Clue[] = [];
  for (const line of lines.slice(0, HEAD_LINES)) {
    const alt = IMAGE_LINE.exec(line.trim())?.[1]?.trim();
    if (!alt || TOOL_BADGE.test(alt)) continue;
    const name = alt.replace(/\s+/g, ' ').replace(LEADING_LOGO, '').replace(TRAILING_LOGO, '');
    const company = cleanCompany(name);
    if (company) clues.push({ value: company, tag: 'logo', score: SOURCE_SCORES.logo });
  }
  return clues;
}
