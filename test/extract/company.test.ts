import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract/index.ts';
import { message } from './message-builder.ts';

const context = { timeZone: 'America/New_York', kind: 'confirmation' } as const;
const companyOf = (parts: Parameters<typeof message>[0]): string | null => extract(message(parts), context).company;

describe('company', () => {
  it('reads the employer from "thank you for applying to X" even when an ATS sent the mail', () => {
    expect(
      companyOf({
        from: 'Greenhouse <no-reply@greenhouse.io>',
        subject: 'Thank you for applying',
        text: 'Hi Sam,\n\nThank you for applying to Northwind Traders! We have received your application.',
      }),
    ).toBe('Northwind Traders');
  });

  it('keeps a legal suffix as displayed and drops trailing punctuation', () => {
    expect(companyOf({ from: 'no-reply@myworkday.com', text: 'Thank you for your application to Globex, Inc.. We will review it.' })).toBe('Globex, Inc.');
    expect(companyOf({ from: 'no-reply@lever.co', text: 'We appreciate your interest in the analyst position at Initech.' })).toBe('Initech');
  });

  it('prefers "position at X" over a later mention of a job board', () => {
    expect(
      companyOf({ from: 'LinkedIn <jobs-noreply@linkedin.com>', text: 'Your application was sent via LinkedIn.\nYou applied for the Designer position at Umbrella Health.' }),
    ).toBe('Umbrella Health');
  });

  it('never returns a job board or ATS as the company', () => {
    expect(companyOf({ from: 'LinkedIn <jobs-noreply@linkedin.com>', subject: 'Your application was sent', text: 'Your application was sent to the employer.' })).toBeNull();
    expect(companyOf({ from: 'Indeed Apply <indeedapply@indeed.com>', text: 'Thank you for applying on Indeed.' })).toBeNull();
  });

  it('reads "the X recruiting team" and "X Talent Acquisition"', () => {
    expect(companyOf({ from: 'no-reply@greenhouse.io', text: 'We will be in touch.\n\nBest,\nThe Stark Industries Recruiting Team' })).toBe('Stark Industries');
    expect(companyOf({ from: 'no-reply@icims.com', text: 'Kind regards,\nWayne Enterprises Talent Acquisition' })).toBe('Wayne Enterprises');
  });

  it('reads the sender display name minus department words', () => {
    expect(companyOf({ from: 'Hooli Careers <careers@mail.hooli.example>', text: 'We received your application.' })).toBe('Hooli');
    expect(companyOf({ from: 'Pied Piper via Greenhouse <no-reply@greenhouse.io>', text: 'We received your application.' })).toBe('Pied Piper');
  });

  it('does not take a person\'s display name for the company and falls back to the domain', () => {
    expect(companyOf({ from: 'Jane Smith <jane.smith@acme-corp.com>', text: 'Hi Sam, quick note.' })).toBe('Acme Corp');
  });

  it('uses the casing the body shows for a domain label', () => {
    expect(companyOf({ from: 'Jane Smith <jane@brightwave.io>', text: 'Hi Sam, the BrightWave hiring process has three steps.' })).toBe('BrightWave');
  });

  it('ignores free-mail domains', () => {
    expect(companyOf({ from: 'Jane Smith <jane.smith1987@gmail.com>', text: 'Hi, quick note.' })).toBeNull();
  });

  it('falls back to the employer named in an ATS link', () => {
    expect(companyOf({ from: 'no-reply@myworkday.com', text: 'View your application: https://contoso.wd5.myworkdayjobs.com/en-US/careers/job/123' })).toBe('Contoso');
    expect(companyOf({ from: 'no-reply@lever.co', text: 'See https://jobs.lever.co/tailspin-toys/abc-123 for details.' })).toBe('Tailspin Toys');
  });

  it('reads the company from a signature line after the title', () => {
    expect(
      companyOf({ from: 'Jane Smith <jane.smith1987@gmail.com>', text: 'Looking forward to it.\n\nBest regards,\nJane Smith\nTalent Partner | Vandelay Industries\n' }),
    ).toBe('Vandelay Industries');
  });

  it('reads a name the mail program wrapped onto the next line', () => {
    const text = 'Thank you for your interest in the Data Analyst position at Quillmont Marine\nSurveyors. We will review your application shortly.';
    expect(companyOf({ from: 'no-reply@greenhouse.io', text })).toBe('Quillmont Marine Surveyors');
  });

  it('does not run a name into the next sentence when a line lost its full stop', () => {
    const text = 'We are happy to confirm your interview for the role at Ostrander Labs\nPlease bring a photo ID and arrive ten minutes early.';
    expect(companyOf({ from: 'no-reply@greenhouse.io', text })).toBe('Ostrander Labs');
  });

  it('prefers the fuller name the mail writes over a name cut short by the domain or a department word', () => {
    // The domain gives "Pellucid"; the sign-off and the subject give the whole name.
    expect(companyOf({ from: 'Ida Brenner <ida@pellucid.example>', subject: 'Interview: Level Designer - Pellucid Studios', text: 'Hi Sam, see you soon.\n\nIda Brenner\nRecruiter, Pellucid Studios' })).toBe('Pellucid Studios');
    // The display name gives "Marlowe Ridge" (minus "Careers"); the body says where the job is.
    expect(companyOf({ from: 'Marlowe Ridge Careers <careers@marloweridge.example>', text: 'Thanks for applying for the Actuary position (Req 88) at Marlowe Ridge Assurance.' })).toBe('Marlowe Ridge Assurance');
  });

  it('adds the legal suffix the text writes after the name, without the full stop after it', () => {
    expect(companyOf({ from: 'Jo Keller <jo@tannhof-werke.example>', text: 'Thank you for your application for the position of Welder at\nTannhof Werke GmbH. We will be in touch.' })).toBe('Tannhof Werke GmbH');
  });

  it('does not take a product or programme named in the subject for a fuller name', () => {
    expect(companyOf({ from: 'Lia Moss <lia@brisklane.example>', subject: 'Coffee chat — Brisklane Fellows Program', text: 'Hi Sam, shall we talk next week?' })).toBe('Brisklane');
  });

  it('keeps a whole organisation display name when its tail matches a shared jobs domain', () => {
    const body = 'Dear Sam,\n\nWe have your application and will be in touch after the closing date.\n\nRegards';
    expect(companyOf({ from: 'Bramblemoor Community Health NHS Trust <noreply@jobs.nhs.uk>', text: body })).toBe('Bramblemoor Community Health NHS Trust');
    expect(companyOf({ from: 'Kestrel Valley Hospitals NHS Foundation Trust <no-reply@jobs.nhs.uk>', text: body })).toBe('Kestrel Valley Hospitals NHS Foundation Trust');
    // A person's name before the tail still gives way to the organisation the domain names.
    expect(companyOf({ from: 'Priya Raman Tidewell Analytics <priya@tidewellanalytics.com>', text: body })).toBe('Tidewell Analytics');
  });

  it('reads a school or practice front desk as the institution it belongs to', () => {
    const body = 'Dear Sam,\n\nThank you for applying. Please pick an interview slot.\n\nKind regards';
    expect(companyOf({ from: 'Larchwood Primary School Office <office@larchwoodprimary.sch.uk>', text: body })).toBe('Larchwood Primary School');
    expect(companyOf({ from: 'Fenbridge Academy Reception <reception@fenbridgeacademy.org.uk>', text: body })).toBe('Fenbridge Academy');
    expect(companyOf({ from: 'Hollins Lane Surgery Admin <admin@hollinslanesurgery.co.uk>', text: body })).toBe('Hollins Lane Surgery');
  });

  it('reads a Japanese company written with its legal form', () => {
    expect(companyOf({ from: '採用担当 <saiyo@hoshizora.example>', text: 'この度は、星空システム株式会社の求人にご応募いただきありがとうございます。' })).toBe('星空システム株式会社');
  });
});
