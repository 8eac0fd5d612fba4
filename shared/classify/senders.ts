/**
 * Who sent the mail, as far as the kind is concerned: hiring software (ATS), job boards, their alert
 * robots, and Google's forwarding verifier. A sender never decides the kind alone; it tips close calls
 * and names itself in the signals.
 */

/** ATS vendors by the mail domains they send from (the vendor's own or a mail subdomain). */
const ATS_DOMAINS: ReadonlyArray<readonly [vendor: string, domains: readonly string[]]> = [
  ['greenhouse', ['greenhouse.io', 'greenhouse-mail.io']],
  ['lever', ['lever.co', 'hire.lever.co']],
  ['workday', ['myworkday.com', 'workday.com', 'myworkdayjobs.com', 'myworkdaysite.com']],
  ['icims', ['icims.com', 'talent.icims.com']],
  ['smartrecruiters', ['smartrecruiters.com', 'smartrecruiters.net']],
  ['ashby', ['ashbyhq.com', 'ashbyhq.net']],
  ['taleo', ['taleo.net', 'taleo.com']],
  ['workable', ['workable.com', 'workablemail.com', 'candidates.workablemail.com']],
  ['jobvite', ['jobvite.com', 'jobvite-mail.com']],
  ['successfactors', ['successfactors.com', 'successfactors.eu', 'sapsf.com']],
  ['oracle', ['oraclecloud.com']],
  ['bamboohr', ['bamboohr.com']],
  ['jazzhr', ['applytojob.com', 'jazzhr.com', 'jazz.co']],
  ['breezy', ['breezy.hr', 'breezyhr.com']],
  ['recruitee', ['recruitee.com']],
  ['teamtailor', ['teamtailor.com', 'teamtailor-mail.com']],
  ['personio', ['personio.de', 'personio.com']],
  ['ukg', ['ultipro.com', 'ukg.com', 'ukg.net']],
  ['paylocity', ['paylocity.com']],
  ['paycom', ['paycomonline.net', 'paycom.com']],
  ['rippling', ['rippling.com', 'rippling-ats.com']],
  ['dover', ['dover.com', 'dover.io']],
  ['gem', ['gem.com']],
  ['pinpoint', ['pinpointhq.com']],
  ['comeet', ['comeet.co', 'comeet.com']],
  ['adp', ['adp.com', 'workforcenow.adp.com']],
  ['avature', ['avature.net']],
  ['phenom', ['phenompeople.com']],
  ['eightfold', ['eightfold.ai']],
  ['hirebridge', ['hirebridge.com']],
  ['recruiterbox', ['recruiterbox.com']],
  ['zoho', ['zohorecruit.com']],
  ['freshteam', ['freshteam.com']],
  ['manatal', ['manatal.com']],
  ['polymer', ['polymer.co']],
  ['wellfound', ['wellfound.com', 'angel.co']],
];

/** Job boards: they relay applications (LinkedIn Easy Apply, Indeed Apply) and send alert digests. */
const JOB_BOARD_DOMAINS: ReadonlyArray<readonly [board: string, domains: readonly string[]]> = [
  ['linkedin', ['linkedin.com']],
  ['indeed', ['indeed.com', 'indeedemail.com', 'indeedmail.com']],
  ['glassdoor', ['glassdoor.com']],
  ['ziprecruiter', ['ziprecruiter.com']],
  ['monster', ['monster.com']],
  ['dice', ['dice.com']],
  ['stepstone', ['stepstone.de', 'stepstone.com']],
  ['xing', ['xing.com']],
  ['seek', ['seek.com.au', 'seek.co.nz']],
  ['naukri', ['naukri.com']],
  ['handshake', ['joinhandshake.com']],
  ['otta', ['otta.com']],
  ['hired', ['hired.com']],
  ['simplyhired', ['simplyhired.com']],
  ['careerbuilder', ['careerbuilder.com']],
  ['reed', ['reed.co.uk']],
  ['totaljobs', ['totaljobs.com']],
  ['builtin', ['builtin.com']],
];

/** Local parts job boards use for alert digests (never for application mail). */
const ALERT_LOCAL_PART = /^(job-?alerts?|jobalerts?-noreply|alerts?|jobs-listings|job-?recommendations?|recommendations?|digest|newsletters?|news|marketing|jobmail|jobs-noreply-digest)(@|$)/;

const ROBOT_LOCAL_PART = /^(no-?reply|do-?not-?reply|donotreply|notifications?|notify|mailer|bounce|automated|system|careers-noreply|talent-noreply)/;

export interface SenderInfo {
  /** ATS vendor name (`greenhouse`, `lever`…) when the mail came from hiring software. */
  readonly ats: string | null;
  /** Job board name (`linkedin`, `indeed`…) when the mail came from one. */
  readonly board: string | null;
  /** A job board's alert/digest robot. */
  readonly alertRobot: boolean;
  /** A no-reply or notification robot rather than a person. */
  readonly robot: boolean;
  /** Gmail's forwarding-verification sender. */
  readonly forwardingVerifier: boolean;
  /** Google Calendar's invitation sender. */
  readonly calendarRobot: boolean;
}

function matchDomain(domain: string, table: ReadonlyArray<readonly [string, readonly string[]]>): string | null {
  if (domain === '') return null;
  for (const [name, domains] of table) {
    if (domains.some((d) => domain === d || domain.endsWith(`.${d}`))) return name;
  }
  return null;
}

/** Vendor named in the display name ("Acme via Greenhouse") when the address is the employer's own. */
function atsInName(name: string): string | null {
  const match = /\b(?:via|through|powered by)\s+(greenhouse|lever|workday|icims|smartrecruiters|ashby|taleo|workable|jobvite)\b/.exec(name);
  return match?.[1] ?? null;
}

export function identifySender(rawAddress: string, rawName: string): SenderInfo {
  const address = rawAddress.trim().toLowerCase();
  const name = rawName.toLowerCase();
  const at = address.lastIndexOf('@');
  const local = at >= 0 ? address.slice(0, at) : address;
  const domain = at >= 0 ? address.slice(at + 1) : '';
  const board = matchDomain(domain, JOB_BOARD_DOMAINS);
  return {
    ats: matchDomain(domain, ATS_DOMAINS) ?? atsInName(name),
    board,
    alertRobot: board !== null && ALERT_LOCAL_PART.test(local),
    robot: ROBOT_LOCAL_PART.test(local),
    forwardingVerifier: address === 'forwarding-noreply@google.com',
    calendarRobot: /^calendar-notification@google\.com$/.test(address),
  };
}
