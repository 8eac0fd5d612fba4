import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract/index.ts';
import { findRole } from '../../shared/extract/role.ts';
import { message } from './message-builder.ts';

const context = { timeZone: 'America/New_York', kind: 'interview' } as const;
const roleOf = (parts: Parameters<typeof message>[0]): string | null => extract(message(parts), context).role;

describe('role: titles with commas, colons and brackets', () => {
  it('keeps a title whole across its comma and stops at the clause after it', () => {
    expect(roleOf({ text: 'We have received your application for Senior Manager, Threat Intel Research, and our team is reviewing it.' })).toBe('Senior Manager, Threat Intel Research');
    expect(roleOf({ text: 'We have received your application for Staff Planner, Client Programs and are glad you applied.' })).toBe('Staff Planner, Client Programs');
  });

  it('keeps a colon inside a title and strips a requisition id in front of it', () => {
    expect(roleOf({ text: "We've received your application for Analyst: Store Planning & Allocation and our team is taking a look." })).toBe('Analyst: Store Planning & Allocation');
    expect(roleOf({ text: 'We have received your application for R-0042871 Embedded Firmware Engineer, Drive Control, and will be in touch.' })).toBe('Embedded Firmware Engineer, Drive Control');
  });

  it('reads "the X role/interview/contract" with brackets and commas in the title', () => {
    expect(roleOf({ text: "He'll want to hear how you'd approach the Applied Scientist, Search Quality role." })).toBe('Applied Scientist, Search Quality');
    expect(roleOf({ text: "I'm doing the hiring for the Production Supervisor (Night Shift) spot you put in for." })).toBe('Production Supervisor (Night Shift)');
    expect(roleOf({ text: "I don't want you to do the Senior Copywriter interview without him." })).toBe('Senior Copywriter');
  });
});

describe('role: where the title stands', () => {
  it('reads a labelled field', () => {
    expect(roleOf({ subject: 'Reminder: Interview tomorrow', text: 'Hi Sam,\n\nRole: Senior Scientist, Assay Methods\nWhen: tomorrow at 10am ET' })).toBe('Senior Scientist, Assay Methods');
  });

  it('reads a labelled post or campaign and drops its reference', () => {
    expect(roleOf({ subject: 'Change of interview date', text: 'Dear Ms Seeker\n\nPOST: DEPUTY DIRECTOR: FLEET PLANNING (REF: MTA/HR/2026/114)\n\nThe interview has moved.' })).toBe('DEPUTY DIRECTOR: FLEET PLANNING');
    expect(roleOf({ subject: 'Invitation to interview – Campaign CRA-HEO-0926', text: 'Dear Applicant,\n\nCampaign: Higher Executive Officer (Data Governance) – CRA-HEO-0926\n\nWe are pleased to invite you.' })).toBe('Higher Executive Officer (Data Governance)');
  });

  it('reads a title on the line after the sentence that leads to it', () => {
    expect(roleOf({ text: 'Thank you for applying. We have received your application for\nLogistics Planner, Cold Chain\n\nWe will be in touch.' })).toBe('Logistics Planner, Cold Chain');
  });

  it('reads a job-board card: the employer, then the title', () => {
    expect(roleOf({ from: 'LinkedIn <jobs-noreply@linkedin.com>', subject: 'Sam, your application was sent to Marrowfield Analytics', text: 'Your application was sent to Marrowfield Analytics\n\nMarrowfield Analytics\nSenior BI Developer\nDenver, CO' })).toBe('Senior BI Developer');
  });

  it('reads a job-board card with the title above the employer and place', () => {
    expect(roleOf({ from: 'LinkedIn <jobs-noreply@linkedin.com>', subject: 'Your application was sent to Ochreline Hospitality Group', text: 'Your application was sent to Ochreline Hospitality Group\n\nDirector of Food & Beverage\nOchreline Hospitality Group · Austin, TX (On-site)\nApplied on October 15' })).toBe('Director of Food & Beverage');
  });

  it('reads the title a scheduling tool puts in brackets or beside the company in the event name', () => {
    expect(roleOf({ from: 'Calendly <notifications@calendly.com>', subject: 'Confirmed: Recruiter Screen with Marco Fell', text: 'Event type:\nRecruiter Screen – Halden Freight (Logistics Data Analyst)\n\nWhen:\n1:30pm' })).toBe('Logistics Data Analyst');
    expect(roleOf({ subject: 'Zoom meeting invitation', text: 'Topic: Halden Health – Clinical Systems Analyst Interview – S. Seeker\nTime: Nov 3' })).toBe('Clinical Systems Analyst');
  });

  it('reads subjects: "X application", "Company | Title", a title beside the candidate\'s name', () => {
    expect(roleOf({ subject: 'Re: Product Designer application', text: 'Hi Sam, thanks for the portfolio.' })).toBe('Product Designer');
    expect(roleOf({ subject: 'Tessel | Regional Finance Controller', text: 'Hi Sam, an update from us.' })).toBe('Regional Finance Controller');
    expect(roleOf({ subject: 'Interview - Senior Analyst, Pricing & Underwriting - Sam Seeker', text: 'Hi Sam, see the invite below.' })).toBe('Senior Analyst, Pricing & Underwriting');
    expect(roleOf({ subject: 'Final interview / Brand Marketing Manager, North America', text: 'Dear Sam, we are pleased to invite you.' })).toBe('Brand Marketing Manager, North America');
  });

  it('reads "application as X" and "the hiring team for X would like…"', () => {
    expect(roleOf({ text: 'Thank you for your application as Senior Frontend Developer! We will reply within 14 days.' })).toBe('Senior Frontend Developer');
    expect(roleOf({ text: 'The hiring team for Firmware Engineer, Battery Systems would like to meet with you.' })).toBe('Firmware Engineer, Battery Systems');
  });
});

describe('role: never', () => {
  it('takes a lone generic word, a boilerplate phrase or an adverb for a title', () => {
    expect(roleOf({ text: 'We are excited to tell you more about the leadership role we play in the industry.' })).toBeNull();
    expect(roleOf({ subject: 'Equal Employment Opportunity', text: 'We are an Equal Employment Opportunity employer.' })).toBeNull();
    expect(roleOf({ text: 'Please consider applying as soon as possible.' })).toBeNull();
  });

  it('keeps a place out of the title', () => {
    expect(roleOf({ text: 'Valstrom has received your application for Junior DevEx Engineer in New York, NY' })).toBe('Junior DevEx Engineer');
  });
});

describe('role: evidence', () => {
  it('returns the candidates weighed, agreeing sources adding to one', () => {
    const found = findRole('Interview for Data Engineer', 'Thank you for applying for the Data Engineer position.', null);
    expect(found?.value).toBe('Data Engineer');
    const chosen = found?.candidates?.find((candidate) => candidate.chosen);
    expect(chosen?.field).toBe('role');
    expect(chosen?.evidence.length).toBeGreaterThanOrEqual(2);
    expect(found?.candidates?.filter((candidate) => candidate.chosen)).toHaveLength(1);
  });
});
