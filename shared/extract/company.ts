import type { Mailbox, OriginalMessage } from '../domain/message.ts';
import { COMPANY, anyCase, cleanCompany, displayNameForSlug, squash } from './company-name.ts';
import { domainOf, isAtsDomain, isFreeMailDomain, isPlatformName, isRobotAddress } from './robots.ts';
import { companyFromTeamLine, type Signature } from './signature.ts';

export interface Found<T> {
  readonly value: T;
  readonly signal: string;
}

/** Phrases that name the employer, most specific first. `COMPANY` is the captured name. */
const PHRASES: readonly (readonly [string, RegExp])[] = (
  [
  ['position-at', String.raw`(?:position|role|opening|job|opportunity|vacancy|internship|career|candidacy)s? (?:at|with)`],
  ['applying-to', String.raw`(?:thank you|thanks) for (?:applying|your application|your interest|applying for a (?:position|role|job)) (?:to|at|with|in|for)`],
  ['application-to', String.raw`(?:application|applying|applied|candidacy) (?:to|at|with)`],
  ['interest-in', String.raw`interest in (?:joining |working (?:at|for|with) |a (?:position|role|career) (?:at|with) )?`],
  ['here-at', String.raw`(?:here|everyone|all of us|team|us|career|careers|opportunities|future) at`],
  ['on-behalf-of', String.raw`on behalf of`],
  ['joining', String.raw`(?:join|joining)`],
  ] as const
).map(([name, lead]) => [name, new RegExp(String.raw`(?<![\p{L}])${anyCase(lead)} ${COMPANY}`, 'u')] as const);
/** "the Acme Recruiting Team", "Acme Talent Acquisition": a bare "team" is too often a department. */
const TEAM_SUFFIX = /\b(?:university |campus )?(?:recruiting|recruitment|talent acquisition|hiring|people|hr|careers?) ?(?:team)?\b/gi;
const TEAM_PREFIX = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])${COMPANY} ?$`, 'u');

/** Display-name words that say the sender is a department, not a person. */
const DEPARTMENT_WORDS = /\b(?:scheduling|scheduler|interviews?|recruiter|recruiting|recruitment|careers?|talent acquisition|talent|hr|human resources|team|hiring|jobs|no-?reply|notifications?|people|staffing|university recruiting|campus recruiting|applications?)\b/gi;

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

export function findCompany(original: OriginalMessage, body: string, signature: Signature | null): Found<string> | null {
  const text = `${original.subject}\n${body}`;
  return (
    fromPhrases(text) ??
    fromDisplayName(original.from) ??
    fromSignature(signature) ??
    fromDomain(original.from, text) ??
    fromAtsSlug(original.from, text)
  );
}

function fromPhrases(text: string): Found<string> | null {
  for (const [name, pattern] of PHRASES) {
    for (const match of text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))) {
      const company = match[1] ? cleanCompany(match[1]) : null;
      if (company) return { value: company, signal: `company:phrase:${name}` };
    }
  }
  for (const line of text.split('\n')) {
    for (const team of line.matchAll(TEAM_SUFFIX)) {
      const before = line.slice(0, team.index).replace(/\bthe $/i, '');
      const match = TEAM_PREFIX.exec(before);
      // "The Acme Recruiting Team": the article belongs to the team, not the name.
      const company = match?.[1] ? cleanCompany(match[1].replace(/^the /i, '')) : null;
      if (company) return { value: company, signal: 'company:phrase:team' };
    }
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
  const stripped = name.replace(DEPARTMENT_WORDS, ' ').replace(/\s*[-–|:,]\s*$|^\s*[-–|:,]\s*/g, '').replace(/\s+/g, ' ').trim();
  if (stripped === '' || isPlatformName(stripped)) return null;
  const hadDepartmentWord = stripped !== name.replace(/\s+/g, ' ').trim();
  const label = domainLabel(domainOf(from.address));
  const matchesDomain = label !== null && squash(stripped).length >= 2 && (label.includes(squash(stripped)) || squash(stripped).includes(label));
  if (!hadDepartmentWord && !isRobotAddress(from.address) && !matchesDomain) return null;
  const company = cleanCompany(stripped);
  return company ? { value: company, signal: 'company:display-name' } : null;
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
