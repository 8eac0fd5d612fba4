/** A sign-off block: "Best regards,\nJane Smith\nTalent Partner | Acme Corp". */
export interface Signature {
  /** A person's name, or null when the block is signed by a team. */
  readonly name: string | null;
  readonly title: string | null;
  /** An employer named in the block ("Talent Partner, Acme Corp", "The Acme Recruiting Team"). */
  readonly company: string | null;
  readonly email: string | null;
}

const CLOSE_WORDS = String.raw`(?:best(?: regards| wishes)?|kind(?:est)? regards|warm(?:est)? regards|(?:with )?(?:best |kind )?regards|with (?:best|kind|warm(?:est)?) wishes|thanks (?:&|and) regards|regards (?:&|and) thanks|sincerely(?: yours)?|yours sincerely|yours truly|(?:with )?thanks(?: again| so much)?|thank you(?: again)?|(?:with )?many thanks|cheers|all the best|respectfully|warmly|with appreciation|take care|talk soon|speak soon|(?:viele|beste|liebe|freundliche) grüße|mit freundlichen grüßen|cordialement|bien à vous|saludos(?: cordiales)?|un saludo|atentamente|met vriendelijke groet(?:en)?|cordiali saluti|distinti saluti|ng[āa] mihi(?: nui)?|(?:um )?abra[çc]os|un abrazo|atenciosamente|cumprimentos|groetjes|(?:vänliga |med vänlig )?hälsningar|med vennlig hilsen|pozdrawiam)`;
/** A closing line, also two at once as bilingual mail writes them ("Viele Grüße / best regards"). */
const CLOSING = new RegExp(String.raw`^${CLOSE_WORDS}(?:\s*[/|]\s*${CLOSE_WORDS})?\s*[,.!-]?$`, 'i');
/** How many lines after the closing can belong to the signature. */
const SIGNATURE_LINES = 6;
/**
 * A title some signers put before their name: "Dr.", "Ms.", and the degree titles Spanish and
 * Portuguese mail writes ("Lic. Mariana Reyes", "Ing. Tomás Peña", "Mtra. Ana Gil", "Dra. Sofía Ruiz").
 * Not "Sr.", which in English opens a job title ("Sr. Product Manager").
 */
const SIGNER_TITLE = /^(?:Dr|Dra|Mr|Ms|Mrs|Mx|Prof|Lic|Licda|Lcda|Ing|Arq|Mtro|Mtra|Sra|Srta)\.? (?=\p{Lu})/u;
const PERSON_NAME = /^(?:(?:Dr|Dra|Mr|Ms|Mrs|Mx|Prof|Lic|Licda|Lcda|Ing|Arq|Mtro|Mtra|Sra|Srta)\.? )?\p{Lu}[\p{L}'’-]+(?: (?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+|de|van|von|der|da|del|la|le)){1,3}$/u;
const TEAM_WORDS = /\b(?:team|equipe|équipe|equipo|recruiting|recruitment|talent|acquisition|careers?|hiring|human resources|hr|people|staffing|department|office|group|relations|affairs|resourcing)\b/i;
export const TITLE_WORDS = /\b(?:recruiter|recruiting|talent|partner|manager|director|lead|head|coordinator|specialist|sourcer|engineer|officer|vp|vice president|president|founder|ceo|cto|coo|hr|human resources|people|associate|generalist|advisor|consultant|assistant|executive|analyst|owner|principal)\b/i;
const EMAIL = /[\w.+'-]+@[\w-]+(?:\.[\w-]+)+/;
const EMAIL_ALL = new RegExp(EMAIL.source, 'g');
const NOT_COMPANY_LINE = /@|https?:|www\.|\d{3}|^\+|^(?:phone|tel|mobile|cell|fax|email|e-mail|web|address)\b/i;

/** A first name alone, as people sign short mail ("Best,\nEmily", "~Raza"): trusted only after a closing. */
const FIRST_NAME = /^\p{Lu}[\p{Ll}'’-]{1,20}$/u;
/** A dash or tilde some people put before their name. */
const NAME_MARK = /^(?:[-–—~]+\s*)/;
/** The conventional "-- " line above a signature (and the dashes or underscores people use instead). */
const SIGNATURE_DELIMITER = /^(?:--|—|–|_{2,}|-{3,})$/;
/** A line that ends a sentence: what stands before a signature that has no closing. */
const ENDS_SENTENCE = /[.!?:)]$/;
/** Words of an organisation's name, not a person's: "Tata Consultancy Services" over a job title is a job card. */
const ORGANIZATION_WORDS = /\b(?:services|consult\w*|solutions|technolog\w*|systems|labs?|group|inc|llc|ltd|gmbh|corp\w*|company|partners|holdings|bank|university|college|health\w*|software|analytics|media|global|international|industries|ventures|capital|studios?|agency|network|foundation|institute)\b/i;
/** Longest line read as a title or company line under a name that has no closing above it. */
const MAX_TITLE_LINE_CHARS = 60;

/** A closing and a name on one line: "Best, Ana", "Thanks – Tom Lee", "Cheers! Raza". */
const SAME_LINE_SIGN_OFF = new RegExp(String.raw`^${CLOSE_WORDS}\s*[,!–—-]\s*(\p{Lu}[\p{L}'’ .-]{1,40})$`, 'iu');
/** Only near the end: a "Thanks, Alex!" at the top thanks the reader, it is not a sign-off. */
const SAME_LINE_SIGN_OFF_REACH = 5;

/** The name on a one-line sign-off, when what follows the closing reads as a name. */
function signOffName(line: string): string | null {
  const name = SAME_LINE_SIGN_OFF.exec(line)?.[1]?.trim();
  if (!name) return null;
  if (!FIRST_NAME.test(name) && !PERSON_NAME.test(name)) return null;
  return TEAM_WORDS.test(name) || TITLE_WORDS.test(name) ? null : name.replace(SIGNER_TITLE, '');
}

/** `bodyLines`: the own text's lines (see `BodyText.lines`). */
export function findSignature(bodyLines: readonly string[]): Signature | null {
  const lines = bodyLines.map((line) => line.trim());
  let closing = -1;
  // "Best, Ana": the name written on the closing's own line, taken as the block's first line.
  let nameOnClosing: string | null = null;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (line !== '' && CLOSING.test(line)) {
      closing = i;
      break;
    }
    nameOnClosing = line !== '' && lines.length - i <= SAME_LINE_SIGN_OFF_REACH ? signOffName(line) : null;
    if (nameOnClosing !== null) {
      closing = i;
      break;
    }
  }
  if (closing < 0) return unsignedOffBlock(lines) ?? lowerCaseSignOff(lines);
  const under = lines.slice(closing + 1, closing + 1 + SIGNATURE_LINES).filter((line) => line !== '');
  const block = splitNameLine(nameOnClosing === null ? under : [nameOnClosing, ...under]);
  const first = block[0]?.replace(NAME_MARK, '');
  if (first === undefined) return null;
  const email = firstEmail(block);

  if (FIRST_NAME.test(first) && !TEAM_WORDS.test(first) && !TITLE_WORDS.test(first)) {
    // "Best,\nHattie\n\nHattie Lomax\nFounder, Brindle Studio": the full block under the short sign-off.
    const full = block[1]?.replace(NAME_MARK, '');
    if (full && PERSON_NAME.test(full) && full.startsWith(`${first} `) && !TEAM_WORDS.test(full) && !ORGANIZATION_WORDS.test(full)) {
      return { ...titleAndCompany(block.slice(1)), name: full, email };
    }
    return { ...titleAndCompany(block), name: first, email };
  }
  if (TEAM_WORDS.test(first) || !PERSON_NAME.test(first)) {
    const company = companyFromTeamLine(first);
    return company ? { name: null, title: null, company, email } : lowerCaseSignOff(lines);
  }
  return { ...titleAndCompany(block), name: first.replace(SIGNER_TITLE, ''), email };
}

/**
 * "thx!! priya", "- jake", "cheers, mo": a given name in lower case, alone on its line or after a
 * texting closing at the end of one (a text's lines are often run together into one paragraph).
 */
const LOWER_SIGN_OFF = /(?:(?:^|\s)(?:thx|thanks|thank you|ty|tx|cheers|later|talk soon|see you)[!.,]{0,3} ?|^[-–~]? ?)(\p{Ll}[\p{Ll}'’-]{1,20})[!.]?$/u;
/** How the writer says who they are in casual text; the sign-off must repeat the name so introduced. */
const INTRODUCTIONS = ['its ', 'it’s ', "it's ", 'this is ', 'im ', "i'm ", 'i’m ', 'my name is '] as const;
/** Lower-case words a texting sign-off can end on that are not names. */
const NOT_A_GIVEN_NAME = new Set(['me', 'ok', 'okay', 'fine', 'here', 'just', 'all', 'done', 'great', 'good', 'thanks', 'thx', 'bye', 'later', 'soon', 'again', 'you', 'u', 'team']);
/** Sign-offs sit in the last few lines, above a tool's footer at most. */
const LOWER_SIGN_OFF_REACH = 4;

/**
 * A name written in lower case, as people sign texts and quick notes ("hi alex its priya from …" …
 * "thx!! priya"). Case says nothing here, so the name must be one the writer introduced themself
 * by in the same text; it comes back capitalised.
 */
function lowerCaseSignOff(lines: readonly string[]): Signature | null {
  const text = lines.join(' ').toLowerCase();
  const tail = lines.filter((line) => line !== '').slice(-LOWER_SIGN_OFF_REACH);
  for (const line of tail.reverse()) {
    const word = LOWER_SIGN_OFF.exec(line)?.[1];
    if (!word || NOT_A_GIVEN_NAME.has(word)) continue;
    if (INTRODUCTIONS.some((intro) => introduces(text, `${intro}${word}`))) return { name: word.charAt(0).toUpperCase() + word.slice(1), title: null, company: null, email: null };
  }
  return null;
}

/** Whether `text` holds `phrase` as whole words (not "its priyanka" for "its priya"). */
function introduces(text: string, phrase: string): boolean {
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = at === 0 ? ' ' : text.charAt(at - 1);
    const after = text.charAt(at + phrase.length);
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return true;
  }
  return false;
}

/**
 * A signature with no closing line above it: a full name on its own line near the end, after a
 * finished sentence or a blank line, with a title or "title, company" line under it
 * ("Rowan Ashby\nTalent Partner | Quillfeather Labs"). The title line is what tells a name from
 * any other pair of capitalised words, so it is required.
 */
function unsignedOffBlock(lines: readonly string[]): Signature | null {
  const end = lines.length;
  for (let i = end - 1; i >= 0 && i >= end - 2 - SIGNATURE_LINES; i--) {
    const name = (lines[i] ?? '').replace(NAME_MARK, '');
    const next = lines[i + 1] ?? '';
    const before = i > 0 ? (lines[i - 1] ?? '') : '';
    if (before !== '' && !ENDS_SENTENCE.test(before) && !SIGNATURE_DELIMITER.test(before)) continue;
    // Not a row of a list ("Interviewers:\nAna Ruiz – Engineering Manager\nTom Lee – Staff Engineer").
    const rows = lines.slice(i, i + SIGNATURE_LINES).filter((line) => line !== '');
    const footer = before.endsWith(':') ? null : footerLine(rows);
    if (footer && !footerLine(rows.slice(1)) && !(i > 0 && footerLine(lines.slice(i - 1, i + 1)))) return footer;
    if (TEAM_WORDS.test(name) || TITLE_WORDS.test(name) || ORGANIZATION_WORDS.test(name)) continue;
    if (next === '' || next.length > MAX_TITLE_LINE_CHARS || ENDS_SENTENCE.test(next) || !TITLE_WORDS.test(next)) continue;
    const block = lines.slice(i, i + SIGNATURE_LINES).filter((line) => line !== '');
    const { title, company } = titleAndCompany(block);
    // A first name alone passes only over "title, company": a bare word over a title is too weak.
    if (PERSON_NAME.test(name) || (FIRST_NAME.test(name) && company !== null && title !== null && block[1]?.includes(company))) {
      const email = firstEmail(block);
      return { title, company, name: name.replace(SIGNER_TITLE, ''), email };
    }
  }
  return null;
}

/**
 * "Jordan Pike | Talent Partner | Acme Corp": name, title and employer on one line, as HTML
 * templates and footers write them, with no closing above.
 */
function footerLine(block: readonly string[]): Signature | null {
  const [name, rest, ...more] = splitNameLine(block);
  if (!name || !rest || block[0] === name || !PERSON_NAME.test(name) || ENDS_SENTENCE.test(rest) || !TITLE_WORDS.test(rest)) return null;
  if (TEAM_WORDS.test(name) || TITLE_WORDS.test(name) || ORGANIZATION_WORDS.test(name)) return null;
  return { ...titleAndCompany([name, rest, ...more]), name, email: firstEmail(block) };
}

/** An inline image reference looks like an address: "[cid:image001.png@01DB5A2B.9E3C4D50]". */
const IMAGE_REFERENCE = /\.(?:png|jpe?g|gif|bmp|webp|svg)@|\.[\w-]*\d[\w-]*$/i;

/** Pronouns and letters after a name: "(she/her)", ", PHR", ", SHRM-CP", ", MBA". */
const CREDENTIAL = String.raw`(?:[A-Z]{2,6}(?:-[A-Z]{2,4})?|Ph\.?D\.?|Esq\.?)`;
const NAME_SUFFIX = new RegExp(String.raw`\s*\((?:she|he|they)\/[a-z]+\)|,\s*${CREDENTIAL}(?:,\s*${CREDENTIAL}){0,2}$`, 'g');
/** "Jane Doe | Talent Partner | Acme", "Jane Doe – Senior Recruiter": name and title on one line. */
const NAME_AND_MORE = /^(.{3,60}?)\s+(?:\||[–—-])\s+(.{2,120})$/;

/** The signature's first line as the name alone, with what followed it on that line as the next line. */
function splitNameLine(block: readonly string[]): string[] {
  const first = block[0];
  if (first === undefined) return [...block];
  const bare = first.replace(NAME_SUFFIX, '').trim();
  const split = NAME_AND_MORE.exec(bare);
  if (split?.[1] && split[2] && PERSON_NAME.test(split[1].replace(NAME_MARK, ''))) return [split[1], split[2], ...block.slice(1)];
  return [bare, ...block.slice(1)];
}

/** The first address written in the signature block, if any (never an image's content id). */
function firstEmail(block: readonly string[]): string | null {
  for (const line of block) {
    const address = (line.match(EMAIL_ALL) ?? []).find((candidate) => !IMAGE_REFERENCE.test(candidate));
    if (address) return address;
  }
  return null;
}

/** The title and employer from the lines under the name (block[0] is the name). */
function titleAndCompany(block: readonly string[]): { title: string | null; company: string | null } {
  const titleLine = block[1] ?? null;
  if (!titleLine || NOT_COMPANY_LINE.test(titleLine)) return { title: null, company: null };
  const split = /^(.+?)\s*(?:\s\|\s|,\s|\s[-–—]\s|\sat\s|\s@\s)\s*(.+)$/.exec(titleLine);
  if (split?.[1] && split[2] && TITLE_WORDS.test(split[1]) && !TITLE_WORDS.test(split[2])) {
    return { title: split[1], company: split[2] };
  }
  if (!TITLE_WORDS.test(titleLine)) return { title: null, company: null };
  const next = block[2];
  const company = next && !NOT_COMPANY_LINE.test(next) && !TITLE_WORDS.test(next) && /^[A-Z0-9]/.test(next) ? next : null;
  return { title: titleLine, company };
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
