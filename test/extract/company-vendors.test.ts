import { describe, expect, it } from 'vitest';
import { isPlatformName } from '../../shared/extract/company/resolve.ts';
import { tenantOfSender } from '../../shared/extract/company/ats.ts';
import { RELAY_DOMAINS, TENANT_LOCAL_PART_DOMAINS, TENANT_SUBDOMAIN_HOSTS, VENDOR_NAMES } from '../../shared/extract/company/vendors.ts';

// The lists as they stood in resolve.ts and ats.ts before the one-vendor table: the table must give exactly these.
const NAMES_BEFORE = [
  'workday', 'greenhouse', 'icims', 'smartrecruiters', 'taleo', 'jobvite', 'ashby', 'ashbyhq', 'teamtailor', 'personio',
  'recruitee', 'workable', 'bamboohr', 'jazzhr', 'breezyhr', 'pageup', 'pageuppeople', 'neogov', 'frontline',
  'frontlinerecruiting', 'frontlineeducation', 'applytoeducation', 'applicantpro', 'hirevue', 'calendly', 'zoom', 'zoomus',
  'microsoftteams', 'googlecalendar', 'googlemeet', 'outlookcalendar', 'webex', 'gotomeeting', 'linkedin', 'indeed',
  'glassdoor', 'stepstone', 'wellfound', 'ziprecruiter', 'schooljobs', 'governmentjobs',
];
const SUBDOMAIN_HOSTS_BEFORE = [
  'comeet-notifications.com', 'comeet.co', 'bamboohr.com', 'recruitee.com', 'teamtailor-mail.com', 'teamtailor.com',
  'breezy.hr', 'applytojob.com', 'icims.com', 'taleo.net', 'myworkdayjobs.com', 'workable.com', 'pinpointhq.com',
  'jobs.personio.de', 'jobs.personio.com', 'hire.trakstar.com', 'jazz.co', 'hrmdirect.com',
];
const RELAY_DOMAINS_BEFORE = ['comeet-notifications.com', 'trakstar.com', 'jazz.co'];
const LOCAL_PART_DOMAINS_BEFORE = ['myworkday.com', 'icims.com', 'paylocity.com', 'smartrecruiters.com', 'jobvite.com'];

describe('company: one vendor table', () => {
  it('gives the same platform names, tenant hosts and relay domains as the lists it replaced', () => {
    expect([...VENDOR_NAMES].sort()).toEqual([...NAMES_BEFORE].sort());
    expect([...TENANT_SUBDOMAIN_HOSTS].sort()).toEqual([...SUBDOMAIN_HOSTS_BEFORE].sort());
    expect([...RELAY_DOMAINS].sort()).toEqual([...RELAY_DOMAINS_BEFORE].sort());
    expect([...TENANT_LOCAL_PART_DOMAINS].sort()).toEqual([...LOCAL_PART_DOMAINS_BEFORE].sort());
  });

  it('no tenant host is the suffix of another, so the order of the table cannot change which one reads a sender', () => {
    for (const host of TENANT_SUBDOMAIN_HOSTS) {
      for (const other of TENANT_SUBDOMAIN_HOSTS) if (other !== host) expect(other.endsWith(`.${host}`), `${other} / ${host}`).toBe(false);
    }
  });

  it('still reads names and tenants through the table', () => {
    expect(isPlatformName('Calendly, Inc.')).toBe(true);
    expect(isPlatformName('Quillstone')).toBe(false);
    expect(tenantOfSender({ name: '', address: 'hr@larkspur.bamboohr.com' })?.slug).toBe('larkspur');
    expect(tenantOfSender({ name: '', address: 'larkspur@myworkday.com' })?.slug).toBe('larkspur');
  });
});
