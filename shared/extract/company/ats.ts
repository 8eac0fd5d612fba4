import type { Mailbox } from '../../domain/message.ts';
import { domainOf, isAtsDomain } from '../robots.ts';
import type { SlugClue } from './clue.ts';
import { RELAY_DOMAINS, TENANT_LOCAL_PART_DOMAINS as VENDOR_TENANT_LOCAL_PART_DOMAINS, TENANT_SUBDOMAIN_HOSTS as VENDOR_TENANT_SUBDOMAIN_HOSTS } from './vendors.ts';

/**
 * Hiring platforms name the employer they send for in the host or path of a link
 * (`acme.wd5.myworkdayjobs.com`, `jobs.lever.co/acme`) or in the sender address
 * (`acme@myworkday.com`, `notifications@acme.comeet-notifications.com`).
 *
 * Every label is bounded ({1,63}, the DNS limit): an unbounded `[a-z0-9-]+` before a literal
 * host is retried from every position of a long run of letters, which made a 100 KB body cost
 * seconds (issue #14). Each pattern also has a literal host that must occur before it runs.
 */
const LABEL = '[a-z0-9][a-z0-9-]{0,62}';

interface LinkPattern {
  /** Lower-case literal that must occur in the text for the pattern to be worth running. */
  readonly host: string;
  readonly pattern: RegExp;
}

const ATS_LINKS: readonly LinkPattern[] = [
  { host: 'myworkdayjobs.com', pattern: new RegExp(String.raw`(?<![a-z0-9-])(${LABEL})\.wd\d{1,3}\.myworkdayjobs\.com`, 'i') },
  { host: 'lever.co/', pattern: new RegExp(String.raw`\bjobs\.(?:eu\.)?lever\.co\/(${LABEL})`, 'i') },
  { host: 'greenhouse.io/', pattern: new RegExp(String.raw`\b(?:job-)?boards(?:\.eu)?\.greenhouse\.io\/(${LABEL})`, 'i') },
  { host: 'icims.com', pattern: new RegExp(String.raw`(?<![a-z0-9-])(?:careers-)?(${LABEL})\.icims\.com`, 'i') },
  { host: 'ashbyhq.com/', pattern: new RegExp(String.raw`\bjobs\.ashbyhq\.com\/(${LABEL})`, 'i') },
  { host: 'workable.com/', pattern: new RegExp(String.raw`\bapply\.workable\.com\/(${LABEL})`, 'i') },
  { host: 'taleo.net', pattern: new RegExp(String.raw`(?<![a-z0-9-])(${LABEL})\.taleo\.net`, 'i') },
  { host: 'smartrecruiters.com/', pattern: new RegExp(String.raw`\bjobs\.smartrecruiters\.com\/(${LABEL})`, 'i') },
  { host: 'jobvite.com/', pattern: new RegExp(String.raw`\bjobs\.jobvite\.com\/(${LABEL})`, 'i') },
  { host: 'applytojob.com', pattern: new RegExp(String.raw`(?<![a-z0-9-])(${LABEL})\.applytojob\.com`, 'i') },
  { host: 'bamboohr.com', pattern: new RegExp(String.raw`(?<![a-z0-9-])(${LABEL})\.bamboohr\.com`, 'i') },
  { host: 'recruitee.com', pattern: new RegExp(String.raw`(?<![a-z0-9-])(${LABEL})\.recruitee\.com`, 'i') },
  { host: 'teamtailor.com', pattern: new RegExp(String.raw`(?<![a-z0-9-])(${LABEL})\.teamtailor\.com`, 'i') },
  { host: 'breezy.hr', pattern: new RegExp(String.raw`(?<![a-z0-9-])(${LABEL})\.breezy\.hr`, 'i') },
];

/** Words that sit where a tenant would but name the platform's own pages. */
const NOT_TENANT = new Set([
  'www', 'jobs', 'careers', 'career', 'apply', 'app', 'mail', 'email', 'hire', 'boards', 'api', 'login', 'talent',
  'notifications', 'notification', 'no-reply', 'noreply', 'donotreply', 'do-not-reply', 'reply', 'support', 'info',
  'recruiting', 'system', 'alerts', 'm', 'e', 'em', 'mg', 'send', 'bounce', 'us', 'eu', 'uk', 'en', 'embed', 'j', 'o',
]);

/**
 * Sender hosts where the label right before the platform's domain is the employer:
 * `notifications@acme.comeet-notifications.com`, `hr@acme.bamboohr.com`.
 */
const TENANT_SUBDOMAIN_HOSTS = VENDOR_TENANT_SUBDOMAIN_HOSTS;

/** Platforms that are not in the shared robots list but relay mail for employers all the same. */
const EXTRA_PLATFORM_DOMAINS = RELAY_DOMAINS;

/**
 * Sender domains whose local part before "+" (or the whole local part) is the employer's tenant:
 * `acme@myworkday.com`, `acme+a1b2@talent.icims.com`.
 */
const TENANT_LOCAL_PART_DOMAINS = VENDOR_TENANT_LOCAL_PART_DOMAINS;

/** A local part made of two name parts ("jane.smith", "jsmith_hr") is a recruiter, not a tenant. */
const PERSON_LOCAL_PART = /^[a-z]{2,20}[._][a-z]{2,20}$/i;

function endsWith(domain: string, suffix: string): boolean {
  return domain === suffix || domain.endsWith(`.${suffix}`);
}

/** A hiring platform's or relay's domain: never the employer's own. */
export function isPlatformDomain(domain: string): boolean {
  return isAtsDomain(domain) || EXTRA_PLATFORM_DOMAINS.some((suffix) => endsWith(domain, suffix));
}

/** The employer named by a platform sender address, or null. */
export function tenantOfSender(from: Mailbox | null): SlugClue | null {
  if (!from) return null;
  const domain = domainOf(from.address);
  for (const host of TENANT_SUBDOMAIN_HOSTS) {
    if (!domain.endsWith(`.${host}`)) continue;
    const labels = domain.slice(0, -host.length - 1).split('.');
    const tenant = labels[labels.length - 1] ?? '';
    if (tenant !== '' && !NOT_TENANT.has(tenant)) return { slug: tenant, tag: 'ats-tenant:subdomain' };
  }
  if (!TENANT_LOCAL_PART_DOMAINS.some((suffix) => endsWith(domain, suffix))) return null;
  const local = from.address.slice(0, from.address.lastIndexOf('@')).toLowerCase();
  // "ironbridge-noreply@icims.com": the tenant's own no-reply inbox on the platform.
  const noReply = /^([a-z0-9][a-z0-9-]{1,62}?)[-_.](?:no-?reply|donotreply|notifications?)$/.exec(local)?.[1];
  if (noReply && !NOT_TENANT.has(noReply)) return { slug: noReply, tag: 'ats-tenant:no-reply' };
  const tenant = local.split('+')[0] ?? '';
  if (tenant === '' || NOT_TENANT.has(tenant) || PERSON_LOCAL_PART.test(tenant)) return null;
  if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(tenant)) return null;
  // Workday's whole local part is the tenant; elsewhere only a "+" relay names one.
  if (!endsWith(domain, 'myworkday.com') && !local.includes('+')) return null;
  return { slug: tenant, tag: 'ats-tenant:address' };
}

/** Any of the hosts above, in one linear pass: most mail has none, and then nothing else runs. */
const ANY_HOST = new RegExp(ATS_LINKS.map((link) => link.host.replace(/[.]/g, '\\.')).join('|'), 'i');

/** The employer named in a hiring-platform link in the text, or null. */
export function tenantOfLinks(text: string): SlugClue | null {
  if (!ANY_HOST.test(text)) return null;
  const lower = text.toLowerCase();
  for (const { host, pattern } of ATS_LINKS) {
    if (!lower.includes(host)) continue;
    const slug = pattern.exec(text)?.[1];
    if (slug && !NOT_TENANT.has(slug.toLowerCase())) return { slug, tag: 'ats-link' };
  }
  return null;
}

/** For the linearity test: every link pattern, so its structure can be checked. */
export const ATS_LINK_PATTERNS: readonly RegExp[] = ATS_LINKS.map((link) => link.pattern);
