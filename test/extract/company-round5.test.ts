import { describe, expect, it } from 'vitest';
import { cleanCompany } from '../../shared/extract/company-name.ts';
import { domainLabel } from '../../shared/extract/company/sender.ts';
import { extract } from '../../shared/extract/index.ts';
import { message } from './message-builder.ts';

const context = { timeZone: 'America/New_York', kind: 'confirmation' } as const;
const companyOf = (parts: Parameters<typeof message>[0]): string | null => extract(message(parts), context).company;

describe('company: an agency sender writing on behalf of its client', () => {
  it('reads the client after "on behalf of" in the display name', () => {
    expect(companyOf({ from: 'Brightmoor Talent on behalf of Quillon Robotics <jobs@brightmoortalent.com>', subject: 'Your application', text: 'Hi Sam,\n\nThank you for applying.\n\nKind regards,\nThe hiring team' })).toBe('Quillon Robotics');
    expect(companyOf({ from: 'Ostlea Search on behalf of Varnhold Foods <noreply@ostlea-search.co.uk>', subject: 'Update', text: 'Dear Sam,\n\nWe have an update on your candidacy.\n\nRegards' })).toBe('Varnhold Foods');
  });
});

describe('company: a town after a comma is where, not who', () => {
  it('drops the town', () => {
    expect(cleanCompany('Marigold Valley Clinics, Nashik')).toBe('Marigold Valley Clinics');
    expect(cleanCompany("St. Aidan's College, Hamilton")).toBe("St. Aidan's College");
  });

  it('keeps a legal form after a comma', () => {
    expect(cleanCompany('Pellworth Systems, Inc.')).toBe('Pellworth Systems, Inc.');
    expect(cleanCompany('Pellworth Systems, Ltd')).toBe('Pellworth Systems, Ltd');
  });
});

describe('company: the kind of organisation alone refers back to it', () => {
  it('is no name', () => {
    for (const word of ['Trust', 'the Board', 'Council', 'The University', 'the Firm']) expect(cleanCompany(word)).toBeNull();
    expect(cleanCompany('Brackenridge Trust')).toBe('Brackenridge Trust');
  });

  it('lets the named trust win over "posts with the Trust"', () => {
    const text = 'Dear Sam\n\nThank you for your application. You have not been shortlisted.\n\nPlease keep applying for other posts with the Trust.\n\nYours sincerely\nRecruitment Team\nWestfold Mental Health NHS Trust';
    expect(companyOf({ from: 'Westfold Mental Health NHS Trust <no-reply@jobs.nhs.example.uk>', subject: 'Update on your application', text })).toBe('Westfold Mental Health NHS Trust');
  });
});

describe('company: what a sender domain abbreviates', () => {
  it('skips a state label under a public suffix', () => {
    expect(domainLabel('careers.northbankports.vic.gov.au')).toBe('northbankports');
    expect(domainLabel('jobs.riverinahealth.nsw.gov.au')).toBe('riverinahealth');
    expect(domainLabel('mail.acme.co.uk')).toBe('acme');
  });

  it('reads a slug that cuts the last word of a written name short', () => {
    const text = 'Hi Sam,\n\nI am Dana from the people team at Orvelle Dynamics. We would like to talk to you.\n\nThanks,\nDana';
    expect(companyOf({ from: 'Dana Kerr <dana.kerr@orvelledyn.com>', subject: 'A call', text })).toBe('Orvelle Dynamics');
    const second = 'Hello Sam,\n\nThis is Mira, recruiting for Halvard Biosciences. Are you free on Thursday?\n\nMira';
    expect(companyOf({ from: 'Mira Sol <mira@halvardbio.de>', subject: 'Quick question', text: second })).toBe('Halvard Biosciences');
  });
});
