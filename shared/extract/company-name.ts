import { TITLE_HEAD, TITLE_NOUN_WORD } from './role/title-words.ts';
import { isPlatformName } from './robots.ts';

/** Legal suffixes that stay as written ("Acme, Inc." keeps its comma and dot). */
const LEGAL_SUFFIX = String.raw`(?:Inc|LLC|L\.L\.C|Ltd|Limited|GmbH|AG|SA|S\.A|PLC|plc|Corp|Corporation|Co|LLP|LP|BV|B\.V|AB|Oy|SAS|SE|NV|N\.V|Pt[ey]\.? Ltd|KG|S\.p\.A|SpA|SRL|S\.r\.l)`;
const WORD = String.raw`(?:${LEGAL_SUFFIX}\.(?![\p{L}\p{N}])|(?:St|Mt|Ft)\.(?= \p{Lu})|[\p{Lu}0-9](?:[\p{L}\p{N}_&'’+-]|\.(?=[\p{L}\p{N}]))*|\p{Ll}+\p{Lu}[\p{L}\p{N}]*|\p{Ll}[\p{L}\p{N}-]*\.(?:com|io|ai|co|org)|&)`;
const CONNECTOR = String.raw`(?:of|and|the|de|la|du|for|&|y|und)`;
/**
 * A company name as written in running text: capitalised words, connectors, an optional legal
 * suffix. Case matters here, so regexes using it take the `u` flag and never `i` (see `anyCase`).
 */
export const COMPANY = String.raw`(${WORD}(?: (?:${WORD}|${CONNECTOR}))*(?:,? ${LEGAL_SUFFIX}\.?)?)`;
/** The words that may continue a name already read (sticky: from `lastIndex`). */
export const COMPANY_CONTINUATION = new RegExp(String.raw`(?: (?:${WORD}|${CONNECTOR}))*(?:,? ${LEGAL_SUFFIX}\.?)?`, 'uy');

/**
 * Capitalised words that follow a name without being part of it: a department ("Acme Recruiting"),
 * a day or month ("Acme Monday"), a word opening the next sentence when a line break was dropped.
 */
const NOT_A_NAME_WORD = /^(?:recruiting|recruitment|recruiter|talent|team|careers?|hr|people|hiring|jobs|human|acquisition|staffing|personalabteilung|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|i|we|you|our|your|please|thanks?|thank|if|we're|we've|i'm|i'd|i'll)$/i;

/**
 * Suffixes that are abbreviations keep their dot ("Acme, Inc."); after "GmbH" or "AG" a dot ends
 * the sentence, not the name.
 */
const ABBREVIATED_SUFFIX_END = /\b(?:Inc|L\.L\.C|Ltd|Corp|Co|S\.A|B\.V|N\.V|S\.p\.A|S\.r\.l)\.$/;
const LEGAL_SUFFIX_WORD = new RegExp(String.raw`^${LEGAL_SUFFIX}\.?$`);
/** A name that ends with its legal form ("Vellinga Maritime B.V.", "Acme, Inc."). */
export const ENDS_WITH_LEGAL_FORM = new RegExp(String.raw`[\s,]${LEGAL_SUFFIX}\.?$`);

/**
 * `name` up to the first word (after the first `keep` words) that cannot belong to a name; a legal
 * suffix ends a name ("Acme AG Seestrasse 4" is a name and an address).
 */
export function cutAtNonNameWord(name: string, keep: number): string {
  const words = name.split(' ');
  for (let i = keep; i < words.length; i++) {
    const word = (words[i] ?? '').replace(/,$/, '');
    if (NOT_A_NAME_WORD.test(word.replace(/\.$/, ''))) return words.slice(0, i).join(' ');
    if (LEGAL_SUFFIX_WORD.test(word)) return words.slice(0, i + 1).join(' ');
  }
  return name;
}

/** Where a name read from running text runs on into the post it is for ("Acme for the Data Engineer role"). */
const LOWER_CONNECTOR = /^for$/;

/**
 * The employer named by a run of capitalised words read after a lead: the whole run, or, when the
 * run went on through "for" into a title ("Vereda Energia for the Project Controls Engineer"),
 * the longest part before a "for" that is a name.
 */
export function companyFromRun(run: string, keep = 1): string | null {
  const cut = cutAtNonNameWord(run, keep);
  const words = cut.split(' ');
  // "Vellamo Energy for the Planner": what follows "for" names a post, so the name ends before it.
  const post = words.findIndex((word, i) => i > 0 && LOWER_CONNECTOR.test(word) && TITLE_HEAD.test(words.slice(i + 1).join(' ')));
  const whole = cleanCompany(post > 0 ? words.slice(0, post).join(' ') : cut);
  if (whole) return whole;
  for (let i = words.length - 1; i > 0; i--) {
    if (!LOWER_CONNECTOR.test(words[i] ?? '')) continue;
    const name = cleanCompany(words.slice(0, i).join(' '));
    if (name) return name;
  }
  return null;
}

const GENERIC = new Set([
  'us', 'we', 'our', 'our team', 'our company', 'the company', 'the team', 'this company', 'your', 'you', 'i',
  'the', 'a', 'an', 'it', 'this', 'that', 'team', 'recruiting', 'careers', 'talent acquisition', 'hr',
  'human resources', 'hiring', 'jobs', 'notifications', 'no-reply', 'noreply', 'the hiring team',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tomorrow',
  'this time', 'this point', 'the moment', 'present', 'least', 'all', 'any', 'each',
  // "posts with the Trust", "the Board's decision": an organisation's kind alone refers back to it.
  'trust', 'board', 'council', 'university', 'hospital', 'school', 'district', 'firm', 'group', 'agency', 'foundation',
  'authority', 'department', 'ministry', 'organisation', 'organization', 'charity', 'practice',
]);
/** Job titles caught by a company pattern ("application to Data Engineer") are not employers. */
const ROLE_NOUN = /\b(?:engineer|developer|manager|analyst|designer|scientist|intern|internship|specialist|coordinator|associate|consultant|architect|administrator|representative|assistant|technician|recruiter|position|role|opening|application)s?\b/i;

/**
 * Firms named for their trade ("Mossgiel Architects LLP", "Halden Associates"): a legal form, or a
 * plural trade noun after the firm's own name, makes a name with a job noun an organisation.
 */
const FIRM_TRADE = /^\p{Lu}[^\s]{0,30} (?:(?:&|and) )?(?:\p{Lu}[^\s]{0,30} )?(?:Architects|Associates|Consultants|Engineers|Designers|Developers)$/u;

/** Makes a literal phrase match in any case without making the whole regex case-insensitive. */
export function anyCase(phrase: string): string {
  return phrase.replace(/[a-z]/gi, (letter) => `[${letter.toLowerCase()}${letter.toUpperCase()}]`);
}

const CONNECTOR_WORD = new RegExp(String.raw`^${CONNECTOR}$`);
const TRAILING_CONNECTOR = new RegExp(String.raw`\s+${CONNECTOR}$`, 'i');

/** A job title or department caught as a name ("VP", "Head of People"). */
const TITLE_ONLY = /^(?:vp|svp|evp|ceo|cto|cfo|coo|head|director|manager|lead|chief|scheduling|scheduler|calendar|interviews?|support|admin)\b|^(?:senior|junior|sr|jr|principal|staff|global|regional|corporate|division|department|associate|talent|people|hr)$/i;

/** "PGC - Prairie Grain Cooperative": an acronym and the name it stands for. */
const ACRONYM_DASH = /^([A-Z]{2,6}) [-–—] (.+)$/;
const SEPARATOR_WORD = /^[-–—|·•]$/;

/** "Caldera Works S.r.l. – Modena", "Revontuli Oy, Helsinki": after the legal form, a place or department. */
function endAtLegalForm(name: string): string {
  const words = name.split(' ');
  for (let i = 1; i < words.length - 1; i++) {
    const word = words[i] ?? '';
    const comma = word.endsWith(',');
    if (!LEGAL_SUFFIX_WORD.test(comma ? word.slice(0, -1) : word)) continue;
    if (comma || SEPARATOR_WORD.test(words[i + 1] ?? '')) return words.slice(0, i + 1).join(' ').replace(/,$/, '');
  }
  return name;
}
/** A meeting's name ("Zoom Meeting", "45 min interview"), never an employer's. */
const MEETING_NAME = /\b(?:meeting|webinar|call|session|interview|screen|chat)$/i;

/** "45 min", "1 hour": how long a meeting is, caught beside its title. */
const DURATION = /^\d{1,3}\s?(?:min|mins|minutes?|hours?|hrs?|h)$/i;
/** "Confirmed – Monday 12/14 @ 1pm EST": what follows an at-sign can be when, not who ("84 Lumber" stays). */
const WHEN = /^(?:\d{1,2}(?:[:.]\d{2}\s?(?:[ap]\.?m\.?)?|\s?[ap]\.?m\.?)|\d{1,2}\/\d{1,2})(?=[\s,]|$)/i;

/** `name` without a leading acronym that its words spell ("PGC - Prairie Grain Cooperative"). */
function withoutAcronym(name: string): string {
  const match = ACRONYM_DASH.exec(name);
  if (!match?.[1] || !match[2]) return name;
  const initials = match[2].split(/\s+/).filter((word) => !/^(?:of|and|the|for|&)$/i.test(word)).map((word) => word.charAt(0)).join('');
  return initials.toUpperCase().startsWith(match[1]) ? match[2] : name;
}

/** Trims what a pattern dragged along and rejects what cannot be an employer's name. */
export function cleanCompany(raw: string): string | null {
  let name = raw.replace(/\s+/g, ' ').trim();
  // "Your Inkwell & Ivy Recruiting Team", "Ihr Kranich Recruiting-Team": the possessive is the writer's, not part of the name.
  name = name.replace(/^(?:at|with|to|your|our|ihr|ihre|dein|deine|euer|eure|unser|unsere|votre|notre|uw|jouw|onze|vostro|vostra|nostro|nostra|nuestro|nuestra) /i, '').replace(/(?:'s|’s)$/, '');
  name = withoutAcronym(endAtLegalForm(name));
  // "The Acme" → "Acme", but a leading "The" in a longer name is part of it ("The Home Depot").
  if (/^the /i.test(name) && name.split(' ').length <= 2) name = name.slice(4);
  // Connectors and stray punctuation at the end ("Acme and", "Acme Corp,"), but keep "Inc." etc.
  for (;;) {
    const before = name;
    name = name.replace(TRAILING_CONNECTOR, '');
    if (!ABBREVIATED_SUFFIX_END.test(name)) name = name.replace(/[\s.,;:!?'"’)\]-]+$/, '');
    name = name.replace(/^['"(\[]+/, '');
    if (name === before) break;
  }
  // "Harrowgate Care Hospitals, Pune": a town after a comma is where, not who ("Acme, Inc." stays).
  const town = /, (\p{Lu}\p{Ll}+)$/u.exec(name);
  if (town?.[1] && !LEGAL_SUFFIX_WORD.test(town[1])) name = name.slice(0, town.index);
  // "Eclipta Federal Solutions (EFS)": the short form in brackets is not part of the name.
  name = name.replace(/\s*\([^()]{0,20}\)?$/, '');
  name = parentOf(name);
  if (name.length < 2 || name.length > 60) return null;
  // Words that carry the name count, not its connectors ("Colorado Department of Public Health and Environment").
  if (name.split(' ').filter((word) => !CONNECTOR_WORD.test(word)).length > 6) return null;
  if (GENERIC.has(name.toLowerCase())) return null;
  if (isPlatformName(name)) return null;
  if (ROLE_NOUN.test(name) && !ENDS_WITH_LEGAL_FORM.test(name) && !FIRM_TRADE.test(name)) return null;
  if (TITLE_ONLY.test(name)) return null;
  // "Nurse" of "Nurse Recruitment": one job noun alone is a team's name, not an employer's.
  if (!name.includes(' ') && TITLE_NOUN_WORD.test(name)) return null;
  if (MEETING_NAME.test(name) || DURATION.test(name) || WHEN.test(name)) return null;
  if (!/\p{L}/u.test(name)) return null;
  return name;
}

/** "Orion Foods' Snacks Division": the possessive names the employer, the rest its unit. */
const POSSESSIVE_UNIT = /^(.{2,40}?)(?:'s|’s|'|’) (?:[\p{Lu}][\p{L}&-]{0,20} ){0,3}(?:Division|Department|Unit|Team|Business|Practice|Lab|Laboratory|Office|Group)$/u;
/** "Ridgemont University School of Medicine": a school or faculty of a university is the university's. */
const ACADEMIC_UNIT = /^(.{2,40}?\b(?:University|College|Institute|Polytechnic))(?: (?:School|Faculty|College|Department|Division|Centre|Center|Institute) (?:of|for) .{2,40})$/u;

/** "Harrowgate Systems' Defense Solutions": a plural possessive, the owner then its unit. */
const PLURAL_POSSESSIVE_UNIT = /^(.{2,40}?s)['’] \p{Lu}.{1,40}$/u;

/** The organisation a unit belongs to, when the name writes both; else the name. */
export function parentOf(name: string): string {
  return POSSESSIVE_UNIT.exec(name)?.[1] ?? ACADEMIC_UNIT.exec(name)?.[1] ?? PLURAL_POSSESSIVE_UNIT.exec(name)?.[1] ?? name;
}

/**
 * The name as the text displays it, found from a slug or domain label ("acmecorp" → "AcmeCorp" or
 * "Acme Corp" when the body writes it that way); otherwise the slug title-cased.
 */
export function displayNameForSlug(slug: string, text: string): string | null {
  const letters = slug.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (letters.length < 2) return null;
  for (let start = 0; start < text.length; start++) {
    const end = spellingEnd(text, start, letters);
    if (end === -1) continue;
    const written = text.slice(start, end);
    if (/[A-Z]/.test(written) && written !== written.toLowerCase()) return written;
    start = end - 1;
  }
  const words = slug.split(/[-_]+/).filter((word) => word !== '');
  if (words.length === 0) return null;
  if (words.length === 1 && letters.length <= 3) return letters.toUpperCase();
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
}

const WORD_CHAR = /[A-Za-z0-9_]/;
const LETTER_GAP = /[\s.-]/;

/**
 * Where `letters` (lower-case a-z, 0-9) are spelled out as one word from `start`, in any case, with
 * at most one space, dot or hyphen between two letters ("Acme-Corp", "A.C.M.E"); -1 when they are
 * not. Compared in code rather than with a pattern built per slug: one scan, nothing compiled per call.
 */
function spellingEnd(text: string, start: number, letters: string): number {
  let at = start;
  for (let k = 0; k < letters.length; k++) {
    if (k > 0 && LETTER_GAP.test(text.charAt(at))) at++;
    const code = text.charCodeAt(at);
    // ASCII case folding only, as the `i` flag without `u` does.
    const lower = code >= 65 && code <= 90 ? code + 32 : code;
    if (lower !== letters.charCodeAt(k)) return -1;
    // Most positions fail on the first letter, before this costlier word-boundary test.
    if (k === 0 && start > 0 && WORD_CHAR.test(text.charAt(start - 1))) return -1;
    at++;
  }
  return WORD_CHAR.test(text.charAt(at)) ? -1 : at;
}

/** Lower-case letters and digits only: for comparing names written differently. */
export function squash(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}
