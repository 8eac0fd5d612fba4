import type { Mailbox, OriginalMessage } from '../domain/message.ts';
import type { BodyText } from './body-text.ts';
import { COMPANY, COMPANY_CONTINUATION, cleanCompany, cutAtNonNameWord, displayNameForSlug, squash } from './company-name.ts';
import { domainOf, isAtsDomain, isFreeMailDomain, isPlatformName, isRobotAddress } from './robots.ts';
import { companyFromTeamLine, type Signature } from './signature.ts';

export interface Found<T> {
  readonly value: T;
  readonly signal: string;
}

/**
 * What comes right before an employer's name, most specific first; each ends where the name starts.
 * Matched without regard to case; the name itself is matched case-sensitively (`COMPANY`).
 */
const PHRASE_LEADS: readonly (readonly [string, string])[] = [
  // "position at", "role (Req 4471) with": a requisition in parentheses may sit between.
  ['position-at', String.raw`(?:position|role|opening|job|opportunity|vacancy|internship|career|candidacy)s?(?: \([^)\n]{1,30}\))? (?:at|with) `],
  ['applying-to', String.raw`(?:thank you|thanks) for (?:applying|your application|your interest|applying for a (?:position|role|job)) (?:to|at|with|in|for) `],
  ['application-to', String.raw`(?:application|applying|applied|candidacy) (?:to|at|with) `],
  ['interest-in', String.raw`interest in (?:joining|working (?:at|for|with)|a (?:position|role|career) (?:at|with)) `],
  ['here-at', String.raw`(?:here|everyone|all of us|team|us|career|careers|opportunities|future) at `],
  ['on-behalf-of', String.raw`on behalf of `],
  ['joining', String.raw`(?:join|joining) `],
];
/**
 * All leads in one pass; the group number says which one matched. (A lead must not continue a word:
 * checked on the match, which is cheaper than a Unicode look-behind over the whole text.)
 */
const PHRASE_LEAD = new RegExp(PHRASE_LEADS.map(([, lead]) => `(${lead})`).join('|'), 'gi');
const LETTER = /\p{L}/u;
/** The name right after a lead (sticky: it must start exactly there). */
const COMPANY_AT = new RegExp(COMPANY, 'uy');

/**
 * A Japanese company written with its legal form, before or after the name:
 * 桜木ソフトウェア株式会社, 株式会社桜木. Hiragana is left out: it is the particles around a name.
 */
const JAPANESE_COMPANY = /(?:[\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9&＆]{1,30}(?:株式会社|有限会社|合同会社)|(?:株式会社|有限会社|合同会社)[\p{Script=Han}\p{Script=Katakana}ー・A-Za-z0-9&＆]{1,30})/u;

/** "the Acme Recruiting Team", "Acme Talent Acquisition": a bare "team" is too often a department. */
const TEAM_SUFFIX = /\b(?:university |campus )?(?:recruiting|recruitment|talent acquisition|hiring|people|hr|careers?) ?(?:team)?\b/gi;
const TEAM_PREFIX = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])${COMPANY} ?$`, 'u');
/** How far before a team word the name can start: names are short, lines from HTML are not. */
const TEAM_PREFIX_WINDOW = 80;

/** Display-name words that say the sender is a department, not a person. */
const DEPARTMENT_WORDS = /\b(?:scheduling|scheduler|interviews?|recruiter|recruiting|recruitment|careers?|talent acquisition|talent|hr|human resources|team|hiring|jobs|no-?reply|notifications?|people|staffing|university recruiting|campus recruiting|applications?)\b|採用(?:担当|チーム|事務局)?|人事(?:部|担当)?/giu;

/** Hosts of hiring platforms where the path or subdomain names the employer. */
const ATS_SLUGS: readonly RegExp[] = [
  /\b([a-z0-9-]+)\.wd\d+\.myworkdayjobs\.com/i,
  /\bjobs\.(?:eu\.)?lever\.co\/([a-z0-9-]+)/i,
  /\b(?:job-)?boards(?:\.eu)?\.greenhouse\.io\/([a-z0-9-]+)/i,
  /\b(?:careers-)?([a-z0-9-]+)\.icims\.com/i,
  /\bjobs\.ashbyhq\.com\/([a-z0-9-]+)/i,
  /\bapply\.workable\.com\/([a-z0-9-]+)/i,
  /\b([a-z0-9-]+)\.taleo\.net/i,
  /\bjobs\.smartrecruiters\.com\/([a-z0-9-]+)/i,
  /\bjobs\.jobvite\.com\/([a-z0-9-]+)/i,
  /\b([a-z0-9-]+)\.(?:applytojob|bamboohr|recruitee|teamtailor|breezy)\.(?:com|hr)/i,
];
const NOT_TENANT = new Set(['www', 'jobs', 'careers', 'apply', 'app', 'mail', 'email', 'hire', 'boards', 'api', 'login', 'career']);

/** Subdomains mail systems put in front of the employer's domain. */
const MAIL_SUBDOMAINS = new Set(['mail', 'email', 'e', 'em', 'careers', 'career', 'jobs', 'hr', 'talent', 'recruiting', 'news', 'info', 'notifications', 'mg', 'send', 'bounce', 'reply', 'm', 'mailer', 'smtp', 'corp']);
const SECOND_LEVEL = /^(?:co|com|org|net|ac|gov)\.[a-z]{2}$/;

/**
 * What may stand right before a full name in the body: a preposition, a signature separator
 * ("Recruiter, Acme Games", "HR | Acme AG"), a line start. Subject lines are left out: their dashes
 * separate topics ("Coffee chat — Acme Fellows Program") as often as names.
 */
const NAMING_CONTEXT = /(?:^|\n|\b(?:at|with|to|for|of|join|joining|from|by|bei|chez|für)\s|[,|·•]\s?|\(\s?)$/i;
/** How many characters before an occurrence are read for its context. */
const CONTEXT_CHARS = 12;
/** Lines at the end of the body read as a sign-off ("Recruiter, Acme Games"). */
const SIGN_OFF_LINES = 6;

export function findCompany(original: OriginalMessage, body: BodyText, signature: Signature | null): Found<string> | null {
  const text = `${original.subject}\n${body.flowing}`;
  const found =
    fromPhrases(text) ??
    fromDisplayName(original.from) ??
    fromSignature(signature) ??
    fromDomain(original.from, text) ??
    fromAtsSlug(original.from, text);
  if (!found) return null;
  const fuller = fullerName(found.value, text, original.subject.length, () => namingLines(original, body, signature));
  return fuller === found.value ? found : { value: fuller, signal: found.signal };
}

function fromPhrases(text: string): Found<string> | null {
  let best: { rank: number; index: number; value: string } | null = null;
  PHRASE_LEAD.lastIndex = 0;
  for (const lead of text.matchAll(PHRASE_LEAD)) {
    const rank = lead.findIndex((group, i) => i > 0 && group !== undefined) - 1;
    if (rank < 0 || (best && best.rank <= rank)) continue;
    if (lead.index > 0 && LETTER.test(text.charAt(lead.index - 1))) continue;
    COMPANY_AT.lastIndex = lead.index + lead[0].length;
    const name = COMPANY_AT.exec(text)?.[1];
    const company = name ? cleanCompany(cutAtNonNameWord(name, 1)) : null;
    if (company) best = { rank, index: lead.index, value: company };
    if (best?.rank === 0) break;
  }
  if (best) return { value: best.value, signal: `company:phrase:${PHRASE_LEADS[best.rank]?.[0] ?? 'unknown'}` };
  const japanese = text.includes('会社') ? JAPANESE_COMPANY.exec(text)?.[0] : undefined;
  const japaneseName = japanese ? cleanCompany(japanese) : null;
  if (japaneseName) return { value: japaneseName, signal: 'company:phrase:japanese-legal-form' };
  TEAM_SUFFIX.lastIndex = 0;
  for (const team of text.matchAll(TEAM_SUFFIX)) {
    const lineStart = text.lastIndexOf('\n', team.index - 1) + 1;
    const before = text.slice(Math.max(lineStart, team.index - TEAM_PREFIX_WINDOW), team.index).replace(/\bthe $/i, '');
    const match = TEAM_PREFIX.exec(before);
    // "The Acme Recruiting Team": the article belongs to the team, not the name.
    const company = match?.[1] ? cleanCompany(match[1].replace(/^the /i, '')) : null;
    if (company) return { value: company, signal: 'company:phrase:team' };
  }
  return null;
}

function fromDisplayName(from: Mailbox | null): Found<string> | null {
  if (!from || from.name.trim() === '') return null;
  let name = from.name.trim().replace(/^["']|["']$/g, '');
  // "Acme via Greenhouse", "Jane Smith (via LinkedIn)"
  name = name.replace(/\s*\(?\b(?:via|through)\s+.+$/i, '');
  const atCompany = /^.+?\s+(?:at|from|@)\s+(.+)$/i.exec(name);
  if (atCompany?.[1]) {
    const company = cleanCompany(atCompany[1]);
    if (company) return { value: company, signal: 'company:display-name:at' };
  }
  const stripped = withoutDepartment(name);
  if (stripped === '' || isPlatformName(stripped)) return null;
  const hadDepartmentWord = stripped !== name.replace(/\s+/g, ' ').trim();
  const label = domainLabel(domainOf(from.address));
  const matchesDomain = label !== null && squash(stripped).length >= 2 && (label.includes(squash(stripped)) || squash(stripped).includes(label));
  if (!hadDepartmentWord && !isRobotAddress(from.address) && !matchesDomain) return null;
  const company = cleanCompany(stripped);
  return company ? { value: company, signal: 'company:display-name' } : null;
}

function withoutDepartment(name: string): string {
  return name.replace(DEPARTMENT_WORDS, ' ').replace(/\s*[-–|:,·]\s*$|^\s*[-–|:,·]\s*/g, '').replace(/\s+/g, ' ').trim();
}

function fromSignature(signature: Signature | null): Found<string> | null {
  if (!signature?.company) return null;
  const company = cleanCompany(companyFromTeamLine(signature.company) ?? signature.company);
  return company ? { value: company, signal: 'company:signature' } : null;
}

/** The employer's label of a sender domain ("careers.acme-corp.co.uk" → "acme-corp"), or null. */
function domainLabel(domain: string): string | null {
  if (domain === '' || isAtsDomain(domain) || isFreeMailDomain(domain)) return null;
  const labels = domain.split('.');
  const tail = labels.slice(-2).join('.');
  const keep = SECOND_LEVEL.test(tail) ? labels.slice(0, -2) : labels.slice(0, -1);
  const label = keep.filter((part) => !MAIL_SUBDOMAINS.has(part)).pop() ?? keep.pop();
  return label ?? null;
}

function fromDomain(from: Mailbox | null, text: string): Found<string> | null {
  if (!from) return null;
  const label = domainLabel(domainOf(from.address));
  if (!label) return null;
  const company = displayNameForSlug(label, text);
  const cleaned = company ? cleanCompany(company) : null;
  return cleaned ? { value: cleaned, signal: 'company:sender-domain' } : null;
}

function fromAtsSlug(from: Mailbox | null, text: string): Found<string> | null {
  for (const pattern of ATS_SLUGS) {
    const slug = pattern.exec(text)?.[1];
    if (slug && !NOT_TENANT.has(slug.toLowerCase())) {
      const company = displayNameForSlug(slug, text);
      const cleaned = company ? cleanCompany(company) : null;
      if (cleaned) return { value: cleaned, signal: 'company:ats-link' };
    }
  }
  // Workday mails come from "<tenant>@myworkday.com".
  if (from && /@myworkday\.com$/i.test(from.address)) {
    const tenant = from.address.slice(0, from.address.indexOf('@'));
    if (!isRobotAddress(from.address.replace(/@.*/, '@example.invalid'))) {
      const company = displayNameForSlug(tenant, text);
      const cleaned = company ? cleanCompany(company) : null;
      if (cleaned) return { value: cleaned, signal: 'company:ats-sender' };
    }
  }
  return null;
}

/** Where a mail names its sender's organisation outright: display name, signature, sign-off lines. */
function namingLines(original: OriginalMessage, body: BodyText, signature: Signature | null): string[] {
  const lines: string[] = [];
  if (original.from?.name) lines.push(withoutDepartment(original.from.name));
  if (signature?.company) lines.push(signature.company);
  let taken = 0;
  for (let i = body.lines.length - 1; i >= 0 && taken < SIGN_OFF_LINES; i--) {
    const line = body.lines[i]?.trim() ?? '';
    if (line === '') continue;
    taken++;
    for (const part of line.split(/\s+[|·•–—-]\s+|,\s+/)) lines.push(part.trim());
  }
  return lines;
}

/**
 * The fullest form of `name` the mail writes: a name read from a domain ("Emberline") or cut by a
 * department word ("Cobalt Ridge" of "Cobalt Ridge Careers") is often the start of the name the
 * text spells out ("Emberline Games", "Cobalt Ridge Insurance", "Acme Systems GmbH"). A longer form
 * counts when the body writes it where names stand (after "at", a signature separator, a line
 * start), when the mail writes it twice, or when the display name or sign-off gives it.
 */
function fullerName(name: string, text: string, subjectLength: number, namingParts: () => readonly string[]): string {
  const seen = new Map<string, number>();
  const named = new Set<string>();
  let givenElsewhere: ReadonlySet<string> | null = null;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (at > 0 && /[\p{L}\p{N}]/u.test(text.charAt(at - 1))) continue;
    COMPANY_CONTINUATION.lastIndex = end;
    const tail = COMPANY_CONTINUATION.exec(text)?.[0] ?? '';
    const extended = trimContinuation(name, tail);
    if (extended === null) continue;
    seen.set(extended, (seen.get(extended) ?? 0) + 1);
    const inBody = at > subjectLength;
    if (inBody && NAMING_CONTEXT.test(text.slice(Math.max(subjectLength + 1, at - CONTEXT_CHARS), at))) {
      named.add(extended);
      continue;
    }
    givenElsewhere ??= new Set(namingParts().map(squash));
    if (givenElsewhere.has(squash(extended))) named.add(extended);
  }
  let best = name;
  for (const [extended, count] of seen) {
    if ((count >= 2 || named.has(extended)) && extended.length > best.length) best = extended;
  }
  return best;
}

/** `name` plus the words after it that still belong to a name, or null when none do. */
function trimContinuation(name: string, tail: string): string | null {
  if (tail === '') return null;
  const cleaned = cleanCompany(cutAtNonNameWord(`${name} ${tail.trimStart()}`.replace(/ ,/g, ','), name.split(' ').length));
  return cleaned !== null && cleaned.length > name.length && cleaned.startsWith(name) ? cleaned : null;
}
