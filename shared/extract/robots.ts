/**
 * Senders that are machines or hiring platforms rather than the employer or a person.
 * Matching is on the registrable end of the domain, so `mail.greenhouse.io` counts too.
 */
const ATS_AND_BOARD_DOMAINS = [
  'greenhouse.io', 'greenhouse-mail.io', 'lever.co', 'myworkday.com', 'myworkdayjobs.com', 'workday.com',
  'icims.com', 'smartrecruiters.com', 'ashbyhq.com', 'taleo.net', 'workable.com', 'workablemail.com',
  'jobvite.com', 'linkedin.com', 'indeed.com', 'indeedemail.com', 'ziprecruiter.com', 'glassdoor.com',
  'successfactors.com', 'successfactors.eu', 'bamboohr.com', 'recruitee.com', 'teamtailor.com',
  'teamtailor-mail.com', 'jazzhr.com', 'applytojob.com', 'breezy.hr', 'personio.de', 'personio.com',
  'pinpointhq.com', 'wellfound.com', 'angel.co', 'hired.com', 'dice.com', 'monster.com', 'careerbuilder.com',
  'simplyhired.com', 'otta.com', 'welcometothejungle.com', 'hirevue.com', 'gem.com', 'paradox.ai',
  'phenompeople.com', 'eightfold.ai', 'avature.net', 'brassring.com', 'ultipro.com', 'ukg.com',
  'paylocity.com', 'paycomonline.net', 'dayforcehcm.com', 'csod.com', 'oraclecloud.com', 'goodtime.io',
  'calendly.com', 'pereless.com', 'rippling.com', 'dover.com', 'hrmdirect.com', 'jobscore.com', 'comeet.co',
  // public-sector job portals: the employer is the department or agency the mail names
  'usajobs.gov', 'csjobs.service.gov.uk', 'cfp-psc.gc.ca', 'governmentjobs.com', 'schooljobs.com', 'neogov.com',
  'apsjobs.gov.au', 'publicjobs.ie', 'calcareers.ca.gov', 'jobsgopublic.com',
  // bulk mail senders used by employers' systems
  'sendgrid.net', 'amazonses.com', 'mailgun.org', 'mandrillapp.com', 'mcsv.net', 'sparkpostmail.com',
];

/** Names of the platforms above as they appear in display names and text: never the employer. */
const PLATFORM_NAMES = [
  'greenhouse', 'lever', 'workday', 'icims', 'smartrecruiters', 'smart recruiters', 'ashby', 'taleo', 'workable',
  'jobvite', 'linkedin', 'indeed', 'ziprecruiter', 'glassdoor', 'successfactors', 'bamboohr', 'recruitee',
  'teamtailor', 'jazzhr', 'breezy', 'breezy hr', 'personio', 'pinpoint', 'wellfound', 'angellist', 'hired',
  'dice', 'monster', 'careerbuilder', 'simplyhired', 'otta', 'hirevue', 'goodtime', 'calendly', 'indeed apply',
  'linkedin jobs', 'easy apply', 'welcome to the jungle', 'jobscore', 'comeet',
  'usajobs', 'civil service jobs', 'civil service', 'gc jobs', 'governmentjobs', 'neogov', 'apsjobs', 'publicjobs',
];

const FREE_MAIL_DOMAINS = [
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'ymail.com',
  'icloud.com', 'me.com', 'mac.com', 'aol.com', 'proton.me', 'protonmail.com', 'pm.me', 'gmx.com', 'gmx.de',
  'gmx.net', 'web.de', 'mail.com', 'yandex.com', 'yandex.ru', 'zoho.com', 'fastmail.com', 'hey.com', 'qq.com',
];

const ROBOT_LOCAL_PART = /(?:^|[._+-])(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|nao[-_.]?responda|no[-_.]?responder|ne[-_.]?pas[-_.]?repondre|nicht[-_.]?antworten|notifications?|notify|mailer[-_.]?daemon|postmaster|bounces?|alerts?|automated|auto[-_.]?confirm|system)(?:$|[._+-])/i;
const ROBOT_LOCAL_EXACT = /^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer[-_.]?daemon|postmaster)/i;

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

const ATS_DOMAIN_SET: ReadonlySet<string> = new Set(ATS_AND_BOARD_DOMAINS);
const FREE_MAIL_DOMAIN_SET: ReadonlySet<string> = new Set(FREE_MAIL_DOMAINS);
const PLATFORM_NAME_SET: ReadonlySet<string> = new Set(PLATFORM_NAMES);
/** Most words in a platform name ("welcome to the jungle"). */
const PLATFORM_NAME_MAX_WORDS = Math.max(...PLATFORM_NAMES.map((name) => name.split(' ').length));

/** `domain` or any parent domain of it is in `known` (set look-ups, one per label). */
function endsWithDomain(domain: string, known: ReadonlySet<string>): boolean {
  for (let at = 0; at >= 0; at = domain.indexOf('.', at) + 1 || -1) {
    if (known.has(domain.slice(at))) return true;
  }
  return false;
}

export function isAtsDomain(domain: string): boolean {
  return endsWithDomain(domain.toLowerCase(), ATS_DOMAIN_SET);
}

/**
 * The big providers serve the same mailboxes under many country domains ("hotmail.co.uk",
 * "yahoo.fr", "gmail.de"): their own name as the registrable label is a personal address anywhere.
 */
const FREE_MAIL_PROVIDER = /(?:^|\.)(?:gmail|googlemail|hotmail|outlook|yahoo|ymail|icloud|aol|protonmail|gmx|yandex)\.(?:(?:co|com|net)\.)?[a-z]{2,10}$/;

export function isFreeMailDomain(domain: string): boolean {
  const lower = domain.toLowerCase();
  return endsWithDomain(lower, FREE_MAIL_DOMAIN_SET) || FREE_MAIL_PROVIDER.test(lower);
}

/** A no-reply, notification or hiring-platform address: never someone to follow up with. */
export function isRobotAddress(address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at < 0) return false;
  const local = address.slice(0, at);
  return ROBOT_LOCAL_EXACT.test(local) || ROBOT_LOCAL_PART.test(local) || isAtsDomain(domainOf(address));
}

/** A no-reply or notification mailbox by its local part, whatever the domain (an ATS relay is not one by itself). */
export function isRobotLocalPart(address: string): boolean {
  const at = address.lastIndexOf('@');
  const local = at < 0 ? address : address.slice(0, at);
  return ROBOT_LOCAL_EXACT.test(local) || ROBOT_LOCAL_PART.test(local);
}

/** True when `name` is (or is mostly) a hiring platform's name rather than an employer's. */
export function isPlatformName(name: string): boolean {
  const normalized = name.toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (normalized === '') return false;
  // Whole name, or its first or last words (up to the longest platform name).
  const words = normalized.split(' ');
  for (let count = 1; count <= Math.min(PLATFORM_NAME_MAX_WORDS, words.length); count++) {
    if (PLATFORM_NAME_SET.has(words.slice(0, count).join(' ')) || PLATFORM_NAME_SET.has(words.slice(-count).join(' '))) return true;
  }
  return false;
}

export { domainOf };

/** Shared team inboxes: a person may read them, but nobody in particular is addressed. */
const ROLE_LOCAL_PART = /^(?:[a-z0-9]{1,12}[._-])?(?:careers?|jobs?|recruit(?:ing|ment|er|ers)?|talent(?:[._-]?acquisition)?|hr|hiring|people|team|apply|applications?|info|hello|contact|staffing|candidates?|resumes?|cv|scheduling|scheduler|schedule|interviews?|coordinator|admin|office|graduates?|campus|early[._-]?careers|bewerbung(?:en)?|karriere|stellen|personal(?:abteilung)?|reclutamiento|empleo|seleccion|rrhh|talento|recrutement|emploi|candidatures?|rh|vagas|recrutamento|werving|vacatures?|sollicitaties?|lavoro)(?:[._+-]|$)/i;
/** Words that make a display name a department rather than a person ("Acme Careers", "Talent Team", "Acme Scheduling"). */
const DEPARTMENT_WORDS = /\b(?:careers?|jobs|recruit(?:ing|ment)|talent|acquisition|hr|human resources|hiring|people|team|staffing|department|office|scheduling|interviews|coordination|inc|llc|ltd|corp|corporation|company|gmbh|plc|pvt|limited|group|holdings|services|solutions|systems|bank|union|university|college|institute|foundation|personalabteilung|karriere|bewerbermanagement|recursos humanos|ressources humaines|reclutamiento|recrutement|recrutamento|vagas|rrhh)\b/i;

/** A shared inbox by its mailbox name (careers@, jobs@, recruiting@, scheduling@…). */
export function isRoleAddress(email: string): boolean {
  return ROLE_LOCAL_PART.test(email.slice(0, email.lastIndexOf('@')));
}

/**
 * A team inbox or department name rather than a named person: following up with it is the blind
 * chasing of HR the policy advises against, so it does not count as a named contact.
 */
export function isTeamMailbox(name: string, email: string | null): boolean {
  const local = email === null ? '' : email.slice(0, email.lastIndexOf('@'));
  const roleAddress = ROLE_LOCAL_PART.test(local);
  const departmentName = name.trim() === '' || DEPARTMENT_WORDS.test(name);
  // "Acme Talent Acquisition <ta@acme.example>": a department's name on any address is not a person.
  const namedDepartment = DEPARTMENT_WORDS.test(name) && !PERSON_BEFORE_DEPARTMENT.test(name.trim());
  return email === null ? DEPARTMENT_WORDS.test(name) : (roleAddress && departmentName) || namedDepartment;
}

/** "Jane Doe, Talent Acquisition" still names a person first. */
const PERSON_BEFORE_DEPARTMENT = /^\p{Lu}\p{Ll}+ \p{Lu}[\p{Ll}'’-]+\s*(?:,|\||-|–|—|\(|\bat\b|\bfrom\b)/u;
