import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract/index.ts';
import { message } from './message-builder.ts';

const context = { timeZone: 'America/New_York', kind: 'confirmation' } as const;
const companyOf = (parts: Parameters<typeof message>[0]): string | null => extract(message(parts), context).company;

describe('company: founders and managers writing from a personal address', () => {
  it('reads the company on the line under the sender’s own name', () => {
    expect(companyOf({ from: 'Oren Valdis <oren.valdis@gmail.com>', subject: 'Re: backend role', text: 'Hi Sam,\n\nLoved your take-home. Can we talk on Friday morning?\n\nOren\nPebblecraft (still tiny, pebblecraft.dev)' })).toBe('Pebblecraft');
    expect(companyOf({ from: 'Mira Okafor <mira.okafor@outlook.com>', subject: 'quick follow-up', text: 'Sam,\n\nWe went another way this time, sorry. Keep building.\n\nMira\nSaltmarsh Robotics · saltmarsh.bot' })).toBe('Saltmarsh Robotics');
    expect(companyOf({ from: 'Ines Aalto <ines.aalto@proton.me>', subject: 'Re: your note', text: 'Hello Sam,\n\nthanks for writing, I will read your portfolio tonight.\n\nInes Aalto\nBrindlewood Labs' })).toBe('Brindlewood Labs');
    expect(companyOf({ from: 'Dana Whitfield <dwhitfield@yahoo.com>', subject: 'Re: Founding designer', text: 'Sam,\n\nLet us grab a coffee next week to go through the designs.\n\nD\nQuillstone' })).toBe('Quillstone');
  });

  it('reads a founder’s title line and "here at" in the body, never the mail provider', () => {
    expect(companyOf({ from: 'Dana Whitfield <dana.whitfield@gmail.com>', subject: 'Re: engineer', text: 'Hi Sam,\n\nThanks for applying. Could you do a call on Tuesday?\n\nDana Whitfield | Founder, Quillstone' })).toBe('Quillstone');
    const got = companyOf({ from: 'Teo Brandt <teo.brandt@gmail.com>', subject: 'Re: hello', text: 'Hi Sam,\n\nhere at Ravelin Forge we are four people and a dog. Free for a call on Monday?\n\nTeo' });
    expect(got).toBe('Ravelin Forge');
    expect(got).not.toMatch(/gmail/i);
  });

  it('does not read a title or a sentence under the name as the company', () => {
    expect(companyOf({ from: 'Oren Valdis <oren.valdis@gmail.com>', subject: 'Re: hello', text: 'Hi Sam,\n\nCan we talk on Friday?\n\nOren\nSent from my phone' })).toBeNull();
    expect(companyOf({ from: 'Oren Valdis <oren.valdis@gmail.com>', subject: 'Re: hello', text: 'Hi Sam,\n\nCan we talk on Friday?\n\nOren\nHiring Manager' })).toBeNull();
  });
});

describe('company: an agency quoting a person at its client', () => {
  it('takes the organisation after the person, not the person', () => {
    expect(companyOf({ from: 'Kit Farrow <kit.farrow@greyfellstaffing.example.com>', subject: 'Feedback', text: 'Hi Sam,\n\nI had feedback from Marcus at Ostler Freight today: they are going with another candidate.\n\nKit Farrow\nConsultant\nGreyfell Staffing' })).toBe('Ostler Freight');
    expect(companyOf({ from: 'Ruth Ames <ruth@brookrecruitment.example.co.uk>', subject: 'Update', text: 'Hi Sam,\n\nJust heard back from Priya Dhar at Calloway Bank and they would like a second interview.\n\nRuth' })).toBe('Calloway Bank');
  });

  it('never takes a first name as the employer when the client is left unnamed', () => {
    const got = companyOf({ from: 'Kit Farrow <kit.farrow@greyfellstaffing.example.com>', subject: 'Quick note', text: 'Hi Sam,\n\nA word from Jared at the client: they loved the portfolio.\n\nKit Farrow\nGreyfell Staffing' });
    expect(got).not.toBe('Jared');
    expect(got).not.toBe('Greyfell Staffing');
  });

  it('reads the client an agency submitted the CV to', () => {
    expect(companyOf({ from: 'Lena Stroud <lena.stroud@northwickresourcing.example.com>', subject: 'Your CV', text: 'Hi Sam,\n\nAs agreed, I have sent your CV across to Whitlow Marine Insurance for the analyst post.\n\nLena Stroud\nNorthwick Resourcing' })).toBe('Whitlow Marine Insurance');
    expect(companyOf({ from: 'Omar Lind <omar@tallisstaffing.example.com>', subject: 'Submitted', text: 'Sam,\n\nI have submitted your profile to Kessock Foods this morning.\n\nOmar\nTallis Staffing' })).toBe('Kessock Foods');
  });

  it('reads the client from a manager named at it', () => {
    expect(companyOf({ from: 'Kit Farrow <kit.farrow@greyfellstaffing.example.com>', subject: 'Screen set', text: 'Hi Sam,\n\nThe warehouse manager at Brantley Cold Chain wants to speak with you on Thursday.\n\nKit Farrow\nGreyfell Staffing' })).toBe('Brantley Cold Chain');
  });
});

describe('company: a unit and the organisation it belongs to', () => {
  it('prefers the organisation signed under a ward or department', () => {
    expect(companyOf({ from: 'Careers <no-reply@pageuppeople.com>', subject: 'Your application - Staff Nurse – Cardiology Department', text: 'Dear Sam,\n\nThank you for interviewing with us. Unfortunately you were not successful.\n\nLiam Gray\nNurse Manager, Cardiology Department\nTarrant Valley Health' })).toBe('Tarrant Valley Health');
  });

  it('prefers a district signed under one of its schools when the sender’s domain is the district', () => {
    expect(companyOf({ from: 'Ann Petrie <apetrie@millbournusd.org>', subject: 'Interview - Oakfield Elementary', text: 'Hello Sam,\n\nI am the principal at Oakfield Elementary School and would like to meet you on Monday.\n\nAnn Petrie\nPrincipal, Oakfield Elementary School\nMillbourn Unified School District' })).toBe('Millbourn Unified School District');
  });

  it('reads the university after a school on one line, and a title before a school does not stick to it', () => {
    expect(companyOf({ from: 'Ravi Sethi <r.sethi@glenmore.ac.uk>', subject: 'Interview', text: 'Dear Sam,\n\nWe would like to invite you to interview.\n\nRavi\nSchool of Chemistry, University of Glenmore' })).toBe('University of Glenmore');
    expect(companyOf({ from: 'Hana Piri <h.piri@tuirongo.ac.nz>', subject: 'Interview details', text: 'Kia ora Sam,\n\nHere are the details for Tuesday.\n\nHana Piri\nSenior Lecturer, School of Design' })).not.toMatch(/Lecturer/);
  });

  it('keeps a named company whose own sign-off is its only organisation line', () => {
    expect(companyOf({ from: 'Jo Hale <jo.hale@brackenmoorbrewing.example.com>', subject: 'Taproom Supervisor', text: 'Hi Sam,\n\nThanks for your interest in the Taproom Supervisor position at Brackenmoor Brewing.\n\nJo Hale\nGeneral Manager, Brackenmoor Brewing' })).toBe('Brackenmoor Brewing');
  });
});

describe('company: job boards relaying an application', () => {
  it('reads the employer a board says received the application, not the board', () => {
    expect(companyOf({ from: 'Workwell <alerts@mail.workwell.example.com>', subject: 'Ferrow Dental has received your application', text: 'Nice one, Sam!\n\nFerrow Dental has received your application via Workwell.\n\nDental Nurse\n\nTrack it in My Workwell.\n\nThe Workwell team' })).toBe('Ferrow Dental');
  });

  it('reads the employer that will review the application when the board speaks of "your profile"', () => {
    expect(companyOf({ from: 'Jobhaven <noreply@jobhaven.example.com>', subject: 'Application submitted', text: 'Hi Sam,\n\nSite Engineer\nMarlow Civil Works\n\nMarlow Civil Works will review your application. Employers may view your Jobhaven profile.\n\nJobhaven' })).toBe('Marlow Civil Works');
  });

  it('demotes a board that speaks of "the employer" and lists similar jobs', () => {
    expect(companyOf({ from: 'Careerloop <noreply@careerloop.example.com>', subject: 'An update from Pellham Veterinary Group', text: 'An update on your application\n\nVeterinary Nurse\n\nThe employer has decided not to move forward.\n\nSimilar jobs for you:\nVet Nurse – Ashby Vets\n\nCareerloop, Inc. | Manage notifications' })).toBe('Pellham Veterinary Group');
  });

  it('reads "your application was sent to" in German', () => {
    expect(companyOf({ from: 'Jobfeld <noreply@jobfeld.example.de>', subject: 'Bewerbung versendet', text: 'Hallo Sam,\n\nIhre Bewerbung wurde erfolgreich an Kranich Anlagenbau GmbH versendet.\n\nIhr Jobfeld Team' })).toBe('Kranich Anlagenbau GmbH');
  });

  it('leaves an employer that writes about its own careers site alone', () => {
    expect(companyOf({ from: 'Talvik Careers <careers@talvik.example.com>', subject: 'Application received', text: 'Hi Sam,\n\nThanks for applying to Talvik. Our recruiters will review your application shortly.\n\nThe Talvik Recruiting Team' })).toBe('Talvik');
  });
});
