import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract/index.ts';
import { message } from './message-builder.ts';

const context = { timeZone: 'America/New_York', kind: 'confirmation' } as const;
const companyOf = (parts: Parameters<typeof message>[0]): string | null => extract(message(parts), context).company;

describe('company: a domain that keeps only part of an institution name', () => {
  it('reads the fullest institution name the text writes around the slug', () => {
    expect(companyOf({ from: 'Careers <jobs@pinecrest.example.edu>', subject: 'Your application: Lab Technician', text: 'Dear Sam,\n\nWe have your application for the Lab Technician post.\n\nHuman Resources\nUniversity of Pinecrest' })).toBe('University of Pinecrest');
    expect(companyOf({ from: 'Dr. Mara Quill <mquill@thornbury.example.ie>', subject: 'Shortlisting', text: 'Dear Sam,\n\nThe panel has shortlisted you.\n\nMara Quill\nUniversity College Thornbury' })).toBe('University College Thornbury');
    expect(companyOf({ from: 'Dr. Ada Voss <avoss@lindenvalestate.edu>', subject: 'Search update', text: 'Dear Sam,\n\nThe committee would like to meet you.\n\nAda Voss\nChair, Search Committee\nLindenvale State University' })).toBe('Lindenvale State University');
  });

  it('keeps the slug name when the text writes no institution around it', () => {
    expect(companyOf({ from: 'Ivo Brand <ivo@kestrelmoor.example.com>', subject: 'Next steps', text: 'Hi Sam,\n\nKestrelmoor would like to invite you to a second interview.\n\nIvo' })).toBe('Kestrelmoor');
  });

  it('lets an acronym display name group with the institution it abbreviates', () => {
    expect(companyOf({ from: 'USV Human Resources <hr@southvarrow.example.edu>', subject: 'Your application: Data Steward', text: 'Dear Sam,\n\nThank you for your application for the Data Steward post.\n\nUniversity of South Varrow\nOffice of Human Resources' })).toBe('University of South Varrow');
  });

  it('splits a fintech slug into its words', () => {
    expect(companyOf({ from: 'Nila Rao <nila.rao@tamarindfintech.example.in>', subject: 'Interview feedback', text: 'Hi Sam,\n\nThe panel will not move forward at this time.\n\nRegards,\nNila Rao\nHR Executive' })).toBe('Tamarind Fintech');
  });
});

describe('company: platforms and meeting tools are not the employer', () => {
  it('does not take a meeting tool beside the title in the subject', () => {
    const got = companyOf({ from: 'Prof. Hal Mercer <hmercer@ostrava-bay.example.ac.nz>', subject: 'Research Fellow interview - Zoom', text: 'Dear Sam,\n\nPlease join us on Zoom on Friday.\n\nHal Mercer\nOstrava Bay University' });
    expect(got).not.toBe('Zoom');
  });

  it('does not take an applicant-tracking vendor sending the mail', () => {
    for (const vendor of ['ApplyToEducation', 'Frontline Recruiting', 'Calendly', 'Teamtailor']) {
      const got = companyOf({ from: `${vendor} <noreply@${vendor.toLowerCase().replace(/ /g, '')}.example.com>`, subject: 'Application update', text: 'Hello Sam,\n\nYour application has been updated.\n\nThank you' });
      expect(got).not.toBe(vendor);
    }
  });

  it('still reads a platform named as the place one applied to', () => {
    expect(companyOf({ from: 'Talent <talent@zoom.example.us>', subject: 'Thanks for applying', text: 'Hi Sam,\n\nThank you for applying to Zoom. We will be in touch.\n\nZoom Talent Acquisition' })).toBe('Zoom');
  });
});

describe('company: calendar invitation subjects name guests, not the employer', () => {
  it('takes no guest name from an invitation subject', () => {
    for (const subject of ['Invitation: Sam / Priya - Tech screen @ Tue Nov 10, 2026 2pm - 3pm (EST) (sam@mail.example)', 'Updated invitation: Sam and Joel - Panel @ Wed Dec 2, 2026 10am - 11am (GMT)', 'Accepted: Sam / Wren - Intro call @ Mon Oct 5, 2026 9am']) {
      const got = companyOf({ from: 'Priya Nand <priya@example.net>', subject, text: 'You have been invited to the following event.\n\nJoin with Google Meet' });
      expect(['Sam', 'Priya', 'Joel', 'Wren']).not.toContain(got);
    }
  });

  it('still reads a company beside the title in an ordinary subject', () => {
    expect(companyOf({ from: 'Ola <ola@example.net>', subject: 'Harrowgate Freight - Data Analyst', text: 'Hi Sam,\n\nThanks for your application.\n\nOla' })).toBe('Harrowgate Freight');
  });
});
