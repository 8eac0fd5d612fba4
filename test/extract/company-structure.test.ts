import { describe, expect, it } from 'vitest';
import { tenantOfSender } from '../../shared/extract/company/ats.ts';
import { extract } from '../../shared/extract/index.ts';
import { htmlToPlainText } from '../../shared/mail/html-text.ts';
import { message, mailbox } from './message-builder.ts';

const context = { timeZone: 'America/New_York', kind: 'confirmation' } as const;
const companyOf = (parts: Parameters<typeof message>[0]): string | null => extract(message(parts), context).company;

describe('company: where a name runs on into something else', () => {
  it('stops an agency client\'s name before "for the … role"', () => {
    const text = 'Hi Sam,\n\nI have put you forward to my client Tidewell Foods for the Quality Technician role.\n\nLee Brandt\nNorthpeak Talent';
    expect(companyOf({ from: 'Lee Brandt <lee@northpeaktalent.com>', subject: 'Submitted', text })).toBe('Tidewell Foods');
  });

  it('ends a name at its legal form: the place or department after it is not part of it', () => {
    expect(companyOf({ from: 'Piero Lanzi <p.lanzi@orvane.it>', subject: 'Colloquio', text: 'Dear Sam,\n\nwe would like to meet you.\n\nBest regards\nPiero Lanzi\nPlant Manager\nOrvane Tessuti S.p.A. – Prato' })).toBe('Orvane Tessuti S.p.A.');
    expect(companyOf({ from: 'Brenner Logistik GmbH – Personalabteilung <jobs@brenner-logistik.de>', subject: 'Ihre Bewerbung', text: 'Dear Sam,\n\nthank you for applying.' })).toBe('Brenner Logistik GmbH');
    expect(companyOf({ from: 'Aino Laakso <aino.laakso@kaamos.fi>', subject: 'Next steps', text: 'Hi Sam,\n\nthanks for the chat.\n\nAino Laakso\nHead of Data, Kaamos Oy, Tampere' })).toBe('Kaamos Oy');
  });

  it('takes the fuller name the mail gives, legal form included', () => {
    const text = 'Hi Sam,\n\nWe would like to invite you to an interview at Larkmoor next week.\n\nAddress: Larkmoor GmbH, Hafenstraße 12, 20457 Hamburg\n\nBest regards,\nJana Voss\nPeople Team, Larkmoor';
    expect(companyOf({ from: 'Jana Voss <jana.voss@larkmoor.de>', subject: 'Interview', text })).toBe('Larkmoor GmbH');
    const spelled = 'Hi Sam,\n\nThanks for applying to Larkmoor.\n\nJana Voss\nLarkmoor Shipping GmbH';
    expect(companyOf({ from: 'Jana Voss <jana.voss@larkmoor.de>', subject: 'Thanks', text: spelled })).toBe('Larkmoor Shipping GmbH');
  });

  it('reads "ACRONYM - Full Name" as the full name', () => {
    expect(companyOf({ from: 'Dale Moen <dmoen@kvc-coop.com>', subject: 'lunch', text: 'Sam -\nLets meet Thursday.\nDale Moen\nOperations Manager\nKVC - Kettle Valley Cooperative' })).toBe('Kettle Valley Cooperative');
  });

  it('keeps a long public body whole: its connectors are not counted as words', () => {
    const text = 'Your application for the position of Analyst II with the Oregon Department of Fish and Wildlife Resources has been received.';
    expect(companyOf({ from: 'State Jobs <noreply@governmentjobs.com>', subject: 'Application received', text })).toBe('Oregon Department of Fish and Wildlife Resources');
  });

  it('reads the owner of a plural possessive unit', () => {
    expect(companyOf({ from: 'no-reply@greenhouse.io', subject: 'Thanks', text: 'Thank you for applying to Orland Analytics\' Public Sector Solutions group.' })).toBe('Orland Analytics');
  });
});

describe('company: footers, hosts and self-introductions', () => {
  it('reads a copyright line and an equal-opportunity statement in a platform footer', () => {
    expect(companyOf({ from: 'Careers <talent-noreply@icims.com>', subject: 'Application received', text: 'Your application was submitted.\n\nThank you,\nTalent Acquisition\n\n© 2026 Quarrystone Freight Inc. All rights reserved.' })).toBe('Quarrystone Freight Inc.');
    expect(companyOf({ from: 'Careers <jobs-noreply@icims.com>', subject: 'Position update', text: 'The position has been cancelled.\n\nRegards, Human Resources\n\nDunmore Water Utilities is an Equal Opportunity Employer.' })).toBe('Dunmore Water Utilities');
    expect(companyOf({ from: 'Careers <jobs-noreply@icims.com>', subject: 'Thanks', text: 'We received your application.\n\nSt. Brigid Medical Center is an equal opportunity employer.' })).toBe('St. Brigid Medical Center');
  });

  it('reads the organisation after the host\'s title in a scheduling tool\'s host line', () => {
    const text = 'A new event has been scheduled.\n\nEvent Type: Product Designer – 30 min interview\nHost: Dana Ortiz, Engineering Manager, Fallowmere Robotics\nJoin Zoom Meeting';
    expect(companyOf({ from: 'Calendly <notifications@calendly.com>', subject: 'Confirmed: Product Designer – 30 min interview with Dana Ortiz', text })).toBe('Fallowmere Robotics');
  });

  it('reads "This is Casey with X", "X viewed your application" and "the hiring manager at X"', () => {
    expect(companyOf({ from: 'Casey Lin <recruiting+x81k@mail.paylocity.com>', subject: 'Interview request', text: 'Hi Sam,\n\nThis is Casey with Marlow Dental Group. Could we talk tomorrow?\n\nCasey Lin' })).toBe('Marlow Dental Group');
    expect(companyOf({ from: 'Indeed <alert@indeed.com>', subject: 'Saltmarsh Kitchens viewed your application', text: 'Good news! Saltmarsh Kitchens viewed your application for Line Cook.' })).toBe('Saltmarsh Kitchens');
    expect(companyOf({ from: 'Ola Berg <ola.berg@gmail.com>', subject: 'Intro', text: 'Hi Sam,\n\nThe hiring manager at Copperline asked me to reach out.\n\nOla' })).toBe('Copperline');
  });

  it('reads "X Talent Team" and a university under the unit that signs', () => {
    expect(companyOf({ from: 'brackenhill@myworkday.com', subject: 'Application received', text: 'Thank you for applying. Brackenhill Insurance Talent Team' })).toBe('Brackenhill Insurance');
    const text = 'Dear Sam,\n\nThank you for applying.\n\nWith best wishes,\nJo Park\nRecruitment Coordinator\nResearch Data Services | Kelby University\nMain Building, Kelby Campus';
    expect(companyOf({ from: 'Research Data Services <rds-jobs@kelby.ac.uk>', subject: 'Application received', text })).toBe('Kelby University');
  });
});

describe('company: what is never an employer', () => {
  it('takes no meeting name, duration, document or lone job noun', () => {
    expect(companyOf({ from: 'Zoe Park <zoe.park@gmail.com>', subject: 'Zoom invite', text: 'Zoe Park is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\nhttps://zoom.us/j/123' })).toBeNull();
    expect(companyOf({ from: 'Tom Ruiz <tom.ruiz@outlook.com>', subject: 'Re: Data Engineer - CV', text: 'Hi Sam, got your CV, thanks.\n\nTom' })).toBeNull();
    expect(companyOf({ from: 'Calendly <notifications@calendly.com>', subject: 'Confirmed: Data Analyst – 45 min interview with Ana Ruiz', text: 'A new event has been scheduled.' })).toBeNull();
    expect(companyOf({ from: 'Careers <jobs-noreply@icims.com>', subject: 'Application Confirmation', text: 'Thank you for applying.\n\nSincerely,\nPharmacist Recruitment' })).toBeNull();
  });

  it('never takes a hyphenated person in a scheduling subject', () => {
    expect(companyOf({ from: 'Calendly <notifications@calendly.com>', subject: 'Confirmed: Intro Call – Brightmoor Labs with Ana Sousa-Lima on Monday', text: 'You are scheduled with Ana Sousa-Lima.' })).toBe('Brightmoor Labs');
  });

  it('never takes the place or practice in an agency recruiter\'s sign-off, even when the client is unnamed', () => {
    const text = 'Hi Sam,\nI sent your CV to my client (a logistics scale-up, I can not share the name yet) for the Data Engineer vacancy.\nGr. Joost\nBrightlane Recruitment | Rotterdam';
    expect(companyOf({ from: 'Joost Bakker <joost@brightlanerecruit.nl>', subject: 'CV forwarded', text })).toBeNull();
    const practice = 'Hi Sam,\nI have submitted your profile to my client Vellamo Energy for the Planner role.\nBest regards\nRita Sousa\nSenior Consultant – Energy & Infrastructure\nNorthpeak Talent';
    expect(companyOf({ from: 'Rita Sousa <r.sousa@northpeaktalent.com>', subject: 'Submitted', text: practice })).toBe('Vellamo Energy');
  });
});

describe('company: names from the sender', () => {
  it('reads a display name whose initials are the domain', () => {
    expect(companyOf({ from: 'Harlan County Credit Union <jobs@hccu-careers.org>', subject: 'Your application', text: 'This message confirms that we received your application.' })).toBe('Harlan County Credit Union');
  });

  it('drops a graduate-recruitment department from a display name', () => {
    const text = 'Dear Sam,\n\nSee you tomorrow.\n\nKind regards,\nAmy Cole\nGraduate Recruitment\nWexford Hale LLP';
    expect(companyOf({ from: 'Wexford Hale Graduate Recruitment <grads@wexfordhale.co.uk>', subject: 'Final interview', text })).toBe('Wexford Hale LLP');
  });

  it('reads firms named for their trade and a domain ending in a name word', () => {
    expect(companyOf({ from: 'Ida Roe <ida@bramwellarchitects.com>', subject: 'Interview', text: 'Dear Sam,\n\nPlease come in on Friday.\n\nIda Roe\nPractice Manager\nBramwell Architects LLP' })).toBe('Bramwell Architects LLP');
    expect(companyOf({ from: 'Vera Holm <vholm@quillbio.com>', subject: 'RE: Research Associate', text: 'Confirmed for tomorrow 9am.' })).toBe('Quill Bio');
  });

  it('reads a signature line ending in a lower-case legal form, and never an address line', () => {
    const text = 'Hello Sam,\nthank you, I got your CV and will come back to you by Friday.\nPetr\n--\nPetr Novak\nHead of Engineering | Mlynar Soft s.r.o.\nVinohradska 12, Praha 2';
    expect(companyOf({ from: 'Petr Novak <petr.novak@gmail.com>', subject: 'Re: Backend Developer', text })).toBe('Mlynar Soft s.r.o');
  });

  it('takes a platform no-reply inbox\'s prefix as the tenant', () => {
    expect(tenantOfSender(mailbox('Careers <harborview-noreply@icims.com>'))).toEqual({ slug: 'harborview', tag: 'ats-tenant:no-reply' });
  });
});

describe('company: more stranger phrasings', () => {
  it('ends an agency\'s client before "for the … role", also when the name is extended from the text', () => {
    const text = 'Hi Sam,\n\nGood news: your resume was submitted to Aldergrove Health for the Nurse Educator role.\n\nPat Cole\nCrestview Staffing';
    expect(companyOf({ from: 'Pat Cole <pat@crestviewstaffing.com>', subject: 'Update', text })).toBe('Aldergrove Health');
    expect(companyOf({ from: 'Pat Cole <pat@crestviewstaffing.com>', subject: 'Opportunity', text: 'Hi Sam,\n\nMy client is Aldergrove Health, a regional hospital group.\n\nPat' })).toBe('Aldergrove Health');
  });

  it('reads "I run hiring at X" from a freemail sender', () => {
    expect(companyOf({ from: 'Noor Haddad <noorhaddad88@yahoo.com>', subject: 'Hi', text: 'Hi Sam, I run hiring at Brightwater Foods and wanted to reach out.' })).toBe('Brightwater Foods');
  });

  it('never takes a recruiter who signs the mail, sending through a platform relay, as the employer', () => {
    const text = 'Hi Sam, are you free Tuesday?\n\nJo Ames, Aldergrove Health';
    expect(companyOf({ from: 'Jo Ames <aldergrove+ab12@talent.icims.com>', subject: 'Interview', text })).toBe('Aldergrove Health');
  });
});

describe('company: label/value rows', () => {
  it('reads "Company:", "Employer:" and "Organization:" rows, in text and in an HTML table', () => {
    expect(companyOf({ from: 'Portal <noreply@jobs.example.gov>', subject: 'Application status', text: 'Employer: Riverton County Public Works\nJob Title: Civil Engineer III\nStatus: Under review' })).toBe('Riverton County Public Works');
    expect(companyOf({ from: 'Portal <noreply@jobs.example.gov>', subject: 'Application status', text: 'Organization: Riverton County Public Works\nPosition Title: Civil Engineer III' })).toBe('Riverton County Public Works');
    const html = '<p>Hi Sam,</p><table><tr><td><b>Company</b></td><td>Larchmont Bio</td></tr><tr><td><b>Position</b></td><td>Research Scientist II</td></tr></table>';
    expect(companyOf({ from: 'Talent <no-reply@greenhouse.io>', subject: 'Interview confirmed', text: htmlToPlainText(html) })).toBe('Larchmont Bio');
  });
});
