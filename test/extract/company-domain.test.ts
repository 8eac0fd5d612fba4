import { describe, expect, it } from 'vitest';
import { domainLabel } from '../../shared/extract/company/sender.ts';
import { extract } from '../../shared/extract/index.ts';
import { message } from './message-builder.ts';

const context = { timeZone: 'Europe/London', kind: 'confirmation' } as const;
const companyOf = (parts: Parameters<typeof message>[0]): string | null => extract(message(parts), context).company;

describe('sender domain label', () => {
  it('passes over the reserved "example" label wherever it stands', () => {
    expect(domainLabel('brindlewood.example.co.uk')).toBe('brindlewood');
    expect(domainLabel('careers.quayfold.example.ie')).toBe('quayfold');
    expect(domainLabel('mail.tarnhollow.example.com.au')).toBe('tarnhollow');
    expect(domainLabel('example.com')).toBeNull();
    expect(domainLabel('example.org')).toBeNull();
    expect(domainLabel('quillhq.example')).toBe('quillhq');
  });

  it('reads a university under an edu second level like one under ac or co', () => {
    expect(domainLabel('recruitment.mvu.edu.au')).toBe('mvu');
    expect(domainLabel('hr.lionsgate-poly.edu.sg')).toBe('lionsgate-poly');
    expect(domainLabel('jobs.harrowfield.ac.uk')).toBe('harrowfield');
  });

  it('leaves ordinary domains as they were', () => {
    expect(domainLabel('careers.acme-corp.co.uk')).toBe('acme-corp');
    expect(domainLabel('jobs.brightmoor.com')).toBe('brightmoor');
    expect(domainLabel('northhalstead.edu')).toBe('northhalstead');
  });
});

describe('company from a person writing at a placeholder domain', () => {
  it('names the organisation the domain spells, not the placeholder', () => {
    const text = 'Hi Sam,\n\nThanks for speaking with us on Tuesday. We would like to invite you back for a second conversation next week.\n\nBest wishes,\nMarta\n\nMarta Lenz\nPeople Partner';
    expect(companyOf({ from: 'Marta Lenz <marta.lenz@quayfold.example.de>', subject: 'Next conversation', text: `${text}\nQuayfold` })).toBe('Quayfold');
    expect(companyOf({ from: 'Marta Lenz <marta.lenz@quayfold.example.de>', subject: 'Next conversation', text })).not.toBe('Example');
    expect(companyOf({ from: 'Owen Price <owen@example.com>', subject: 'Quick question', text: 'Hi Sam,\nAre you free for a call?\nOwen' })).toBeNull();
  });
});

describe('company named by the signature beside a longer registered name', () => {
  it('keeps the name the signature writes alone over a legal entity with more words', () => {
    const regulated = 'Hi Sam,\nThanks for your time today; we will be in touch next week.\nBest,\nRuth\nRuth Keane\nRecruitment Partner\nCorvane Life\nCorvane Life Assurance DAC is regulated by the Central Bank of Ireland.';
    expect(companyOf({ from: 'Ruth Keane <ruth.keane@corvanelife.example.ie>', subject: 'Analyst - next steps', text: regulated })).toBe('Corvane Life');
    const address = 'Hi Sam,\nHappy to chat about the platform role.\nMarek\n--\nMarek Lis | Head of Platform, Oldbrook\nOldbrook Systems Pte. Ltd., 12 Marina View, Singapore';
    expect(companyOf({ from: 'Marek Lis <marek@oldbrook.example.sg>', subject: 'Platform role', text: address })).toBe('Oldbrook');
  });

  it('still takes the name with its legal form, or a fuller name the signature itself writes', () => {
    const legal = 'Hi Sam,\nSee you on Monday.\nBest,\nIda\nIda Holm\nHR Manager\nFjordlight\nFjordlight Ltd, registered in England no. 123.';
    expect(companyOf({ from: 'Ida Holm <ida@fjordlight.example.co.uk>', subject: 'Monday', text: legal })).toMatch(/^Fjordlight(?: Ltd)?$/);
    const fuller = 'Hi Sam,\nThanks for applying to Brackenridge.\nBest,\nTom\nTom Vale\nTalent Lead\nBrackenridge Analytics';
    expect(companyOf({ from: 'Tom Vale <tom@brackenridge.example.com>', subject: 'Your application', text: fuller })).toBe('Brackenridge Analytics');
  });
});

describe('a sign-off line that runs on past the name', () => {
  it('does not take a place or a team word after the name for a fuller name', () => {
    const place = 'Dear Sam,\nThank you for your interest in the Data Engineer role at Kovalam Pay. We will not be moving forward at this time.\n\nPeople Operations\nKovalam Pay, Kochi';
    expect(companyOf({ from: 'Kovalam Pay Careers <careers@kovalampay.in>', subject: 'Your application', text: place })).toBe('Kovalam Pay');
    const team = 'Hi Sam,\nThanks for applying to Larkspur Robotics! We will review your application soon.\nBest,\nThe Larkspur Robotics Team\nHalifax, Nova Scotia';
    expect(companyOf({ from: 'Larkspur Robotics <no-reply@larkspur-robotics.example>', subject: 'Thanks for applying', text: team })).toBe('Larkspur Robotics');
  });

  it('keeps a legal form written after a comma', () => {
    const legal = 'Hi Sam,\nThank you for applying to Penrose Dynamics.\nBest regards,\nRecruiting\nPenrose Dynamics, Inc.';
    expect(companyOf({ from: 'Penrose Dynamics Recruiting <jobs@penrosedynamics.com>', subject: 'Application received', text: legal })).toMatch(/^Penrose Dynamics(?:, Inc\.)?$/);
  });
});

describe('a legal footer under the signature', () => {
  it('still reads the sign-off above a registration or disclaimer line', () => {
    const sign = 'Dear Sam,\nThank you for coming in last week. I am sorry to say we have offered the post to another candidate.\nWith every good wish,\nPriya\nPriya Nair\nPeople Manager\nHollowmere Foods Ltd\n2 Weir Street, Leeds';
    const footers = [
      'Hollowmere Foods Ltd. Registered in England No. 04455667. VAT No. GB 998 1122 33.',
      'Hollowmere Foods Ltd is authorised and regulated by the Food Standards Board of somewhere far away.',
      'This email and any attachments are confidential and intended solely for the addressee named above only.',
    ];
    for (const footer of footers) {
      expect(companyOf({ from: 'Priya Nair <p.nair@hmfoods.example.co.uk>', subject: 'RE: Stock Controller', text: `${sign}\n${footer}` })).toMatch(/^Hollowmere Foods(?: Ltd)?$/);
    }
  });
});

describe('a contact line under the signature', () => {
  it('does not read "place | web address" as the organisation', () => {
    for (const contact of ['Cardiff | brynmorlabs.example.co.uk', 'Galway · brynmorlabs.example.ie/careers']) {
      const text = `Hi Sam,\nGreat, Tuesday at 11 works for us.\nBest,\nGwen\nGwen Rhys\nEngineering Manager, Brynmor Labs\n${contact}\nBrynmor Labs Ltd is registered in Wales, 0998877.`;
      expect(companyOf({ from: 'Gwen Rhys <gwen@brynmorlabs.example.co.uk>', subject: 'Re: Interview slot', text })).toMatch(/^Brynmor Labs(?: Ltd)?$/);
    }
  });
});

describe('a phrase lead inside a shorter one', () => {
  it('reads "thanks for your interest in working with X" when the shorter lead names nothing', () => {
    const variants = [
      'Thank you for your interest in working with Tarrawong Water Authority.',
      'Thanks for your interest in working for Kelpie Bay Council, and for your time.',
      'Many thanks for your interest in joining Mallee Rail Services.',
    ];
    const expected = ['Tarrawong Water Authority', 'Kelpie Bay Council', 'Mallee Rail Services'];
    variants.forEach((line, i) => {
      const text = `Dear Sam\nYour application has not been shortlisted on this occasion.\n${line}\nYours sincerely\nRecruitment Services`;
      expect(companyOf({ from: 'Recruitment <jobs@corp-mail.example.au>', subject: 'Outcome - Data Officer', text })).toBe(expected[i]);
    });
  });
});
