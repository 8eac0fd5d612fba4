/**
 * Hiring platforms, job boards and meeting tools, one row each: the names they go by (never the
 * employer, see `isPlatformName` in resolve.ts) and the hosts where they name the employer they send
 * for (see ats.ts). One table, so a vendor added for one reader is known to the others.
 */
export interface Vendor {
  /** Names as written squashed (lower case, no spaces or punctuation): "smartrecruiters", "googlecalendar". */
  readonly names: readonly string[];
  /** Sender hosts where the label before the host is the employer: `hr@acme.bamboohr.com`. */
  readonly tenantSubdomainHosts?: readonly string[];
  /** Sender domains whose local part (before "+") is the employer's tenant: `acme@myworkday.com`. */
  readonly tenantLocalPartDomains?: readonly string[];
  /** Relay domains not in the shared robots list that still send for employers. */
  readonly relayDomains?: readonly string[];
}

export const VENDORS: readonly Vendor[] = [
  { names: ['workday'], tenantSubdomainHosts: ['myworkdayjobs.com'], tenantLocalPartDomains: ['myworkday.com'] },
  { names: ['greenhouse'] },
  { names: ['icims'], tenantSubdomainHosts: ['icims.com'], tenantLocalPartDomains: ['icims.com'] },
  { names: ['smartrecruiters'], tenantLocalPartDomains: ['smartrecruiters.com'] },
  { names: ['taleo'], tenantSubdomainHosts: ['taleo.net'] },
  { names: ['jobvite'], tenantLocalPartDomains: ['jobvite.com'] },
  { names: ['ashby', 'ashbyhq'] },
  { names: ['teamtailor'], tenantSubdomainHosts: ['teamtailor-mail.com', 'teamtailor.com'] },
  { names: ['personio'], tenantSubdomainHosts: ['jobs.personio.de', 'jobs.personio.com'] },
  { names: ['recruitee'], tenantSubdomainHosts: ['recruitee.com'] },
  { names: ['workable'], tenantSubdomainHosts: ['workable.com'] },
  { names: ['bamboohr'], tenantSubdomainHosts: ['bamboohr.com'] },
  { names: ['jazzhr'], tenantSubdomainHosts: ['jazz.co', 'applytojob.com'], relayDomains: ['jazz.co'] },
  { names: ['breezyhr'], tenantSubdomainHosts: ['breezy.hr'] },
  { names: ['pageup', 'pageuppeople'] },
  { names: ['neogov', 'governmentjobs', 'schooljobs'] },
  { names: ['frontline', 'frontlinerecruiting', 'frontlineeducation'] },
  { names: ['applytoeducation'] },
  { names: ['applicantpro'] },
  { names: ['hirevue'] },
  { names: [], tenantSubdomainHosts: ['comeet-notifications.com', 'comeet.co'], relayDomains: ['comeet-notifications.com'] },
  { names: [], tenantSubdomainHosts: ['pinpointhq.com'] },
  { names: [], tenantSubdomainHosts: ['hire.trakstar.com'], relayDomains: ['trakstar.com'] },
  { names: [], tenantSubdomainHosts: ['hrmdirect.com'] },
  { names: [], tenantLocalPartDomains: ['paylocity.com'] },
  // Meeting and scheduling tools.
  { names: ['calendly'] },
  { names: ['zoom', 'zoomus'] },
  { names: ['microsoftteams'] },
  { names: ['googlecalendar', 'googlemeet'] },
  { names: ['outlookcalendar'] },
  { names: ['webex'] },
  { names: ['gotomeeting'] },
  // Job boards.
  { names: ['linkedin'] },
  { names: ['indeed'] },
  { names: ['glassdoor'] },
  { names: ['stepstone'] },
  { names: ['wellfound'] },
  { names: ['ziprecruiter'] },
];

function column(pick: (vendor: Vendor) => readonly string[] | undefined): string[] {
  return [...new Set(VENDORS.flatMap((vendor) => pick(vendor) ?? []))];
}

/** Every vendor name, squashed. */
export const VENDOR_NAMES: ReadonlySet<string> = new Set(column((vendor) => vendor.names));
export const TENANT_SUBDOMAIN_HOSTS: readonly string[] = column((vendor) => vendor.tenantSubdomainHosts);
export const TENANT_LOCAL_PART_DOMAINS: readonly string[] = column((vendor) => vendor.tenantLocalPartDomains);
export const RELAY_DOMAINS: readonly string[] = column((vendor) => vendor.relayDomains);
