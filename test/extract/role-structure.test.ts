import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract/index.ts';
import { jobCards } from '../../shared/extract/job-card.ts';
import { message } from './message-builder.ts';

const context = { timeZone: 'America/New_York', kind: 'interview' } as const;
const read = (parts: Parameters<typeof message>[0]) => extract(message(parts), context);
const roleOf = (parts: Parameters<typeof message>[0]): string | null => read(parts).role;

describe('role: subjects', () => {
  it('reads a bare title subject with its level, bracket and requisition', () => {
    expect(roleOf({ subject: 'RE: Lab Technician II (JR-4410)', text: 'Confirmed for Monday 9am.' })).toBe('Lab Technician II');
    expect(roleOf({ subject: 'Android Developer (Kotlin/Compose)', text: 'Hi Sam, we went with someone else.' })).toBe('Android Developer (Kotlin/Compose)');
  });

  it('keeps two titles joined by a slash as one post, and splits a topic from a title', () => {
    expect(roleOf({ subject: 'Your application for Staff Writer / Copy Editor', text: 'Dear Sam, thank you.' })).toBe('Staff Writer / Copy Editor');
    expect(roleOf({ subject: 'Final interview / Fleet Operations Manager', text: 'Dear Sam, we are pleased to invite you.' })).toBe('Fleet Operations Manager');
  });

  it('splits a subject at "@"', () => {
    expect(roleOf({ from: 'Mira Tan <mira.tan@tallowcrest.com>', subject: 'Sr. Backend Engineer @ Tallowcrest', text: 'Hi Sam,\n\nAre you free Tuesday?' })).toBe('Sr. Backend Engineer');
  });

  it('takes a stage or an interviewer out of an event name, never as the post', () => {
    expect(roleOf({ from: 'Calendly <notifications@calendly.com>', subject: 'Confirmed: Recruiter Screen – Wrenfield Games with Ana Ruiz', text: 'You are scheduled with Ana Ruiz.' })).toBeNull();
    expect(roleOf({ subject: 'Zoom: Halden Pay – Senior Data Analyst final interview', text: 'Topic: Halden Pay – Senior Data Analyst final interview\nTime: Nov 12, 2026 03:30 PM' })).toBe('Senior Data Analyst');
    expect(roleOf({ subject: 'Panel interview – Loan Officer', text: 'We have pencilled you in for a panel interview on Wednesday.' })).toBe('Loan Officer');
  });
});

describe('role: in running text', () => {
  it('prefers a title written out over a casual lower-case mention, which still counts alone', () => {
    expect(roleOf({ subject: 'Re: Machine Learning Engineer', text: 'Hi, thanks for application. I want a call about the ML engineer role next week.' })).toBe('Machine Learning Engineer');
    expect(roleOf({ subject: 'Re: barista job', text: 'ok, come by the shop friday' })).toBe('barista');
  });

  it('ends a title before "from" and a time', () => {
    expect(roleOf({ text: 'Our CFO has a conflict so we need to move your interview for Payroll Analyst from Tue 3pm to Wed 11am CET.' })).toBe('Payroll Analyst');
  });

  it('keeps a specialty after a comma in "the role of …"', () => {
    expect(roleOf({ text: 'I am recruiting for the role of Account Executive, Mid-Market. Would you be open to a call?' })).toBe('Account Executive, Mid-Market');
  });

  it('never takes a talent community or the writer\'s own title as the post', () => {
    expect(roleOf({ subject: 'Thank you for your application', text: 'Thank you for submitting a general application to our Talent Community.' })).toBeNull();
    const text = 'Thank you for the time you spent interviewing for Buyer, Outerwear.\n\nWarmly,\nCarly Dunn\nSenior Recruiter\n\nPeakline Outdoor Co. · Boulder, CO';
    expect(roleOf({ from: 'Peakline Outdoor <no-reply@hire.lever.co>', subject: 'Regarding your candidacy at Peakline Outdoor', text })).toBe('Buyer, Outerwear');
  });
});

describe('job-board cards', () => {
  it('reads the title and employer above a place line, blank lines between them', () => {
    const text = 'Hi Sam,\n\nGood news! Your application was submitted.\n\nWarehouse Lead II\n\nCopperfield Supply\n\nBoise, ID · Full-time\n\nThe Board Team';
    const reading = read({ from: 'Indeed <noreply@indeed.com>', subject: 'Your application was submitted', text });
    expect(reading.role).toBe('Warehouse Lead II');
    expect(reading.company).toBe('Copperfield Supply');
  });

  it('finds no card in a signature or without a place line', () => {
    expect(jobCards(['Best,', 'Ana Ruiz', 'Senior Recruiter', 'Copperfield Supply'])).toEqual([]);
    expect(jobCards(['Ana Ruiz', 'Senior Recruiter', 'Copperfield Supply · Boise, ID'])).toEqual([]);
    expect(jobCards(['Site Reliability Engineer', 'Copperfield Supply', 'Remote'])).toEqual([{ title: 'Site Reliability Engineer', employer: 'Copperfield Supply' }]);
  });
});

describe('role: what describes the opening is not the title', () => {
  it('drops lower-case words before a capitalised title', () => {
    const text = "Hi Sam,\n\nI'm the recruiter for our new Solutions Architect opening and I'd love to tell you more.\n\nRae Lin";
    expect(roleOf({ from: 'Rae Lin <rae.lin@corvex.io>', subject: 'Quick chat?', text })).toBe('Solutions Architect');
  });
});

describe('role: a lone rank and a bracketed title in a subject', () => {
  it('never takes a lone rank word for a title', () => {
    expect(roleOf({ subject: 'Re: Lead', text: 'Hi Sam, thanks.' })).toBeNull();
    expect(roleOf({ subject: 'Re: Paralegal', text: 'Hi Sam, thanks.' })).toBe('Paralegal');
  });

  it('reads a title in brackets beside the employer in a subject', () => {
    expect(roleOf({ from: 'Ines Moreau <ines@quaystone.fr>', subject: 'Quaystone (Logistics Coordinator)', text: 'Hi Sam, quick update.' })).toBe('Logistics Coordinator');
  });
});

describe('role: a "Position Title:" row', () => {
  it('reads the labelled title', () => {
    expect(roleOf({ from: 'Portal <noreply@jobs.example.gov>', subject: 'Application status', text: 'Organization: Riverton County Public Works\nPosition Title: Civil Engineer III' })).toBe('Civil Engineer III');
  });
});

describe('role: what a subject or a label adds around the title', () => {
  it('drops a topic before a colon, but keeps a title that has one', () => {
    expect(roleOf({ subject: 'New time: Claims Adjuster, Property interview', text: 'Hi Sam, can we move it?' })).toBe('Claims Adjuster, Property');
    expect(roleOf({ subject: 'Moved: Senior Buyer interview', text: 'Hi Sam, can we move it?' })).toBe('Senior Buyer');
    expect(roleOf({ subject: 'Analyst: Credit Risk interview', text: 'Hi Sam, can we move it?' })).toBe('Analyst: Credit Risk');
  });

  it('drops a stage run into the title in a split subject, not a title that starts with it', () => {
    expect(roleOf({ subject: 'Einladung / Invitation: Interview Quality Assurance Engineer', text: 'Hello Sam, see the invite.' })).toBe('Quality Assurance Engineer');
    expect(roleOf({ subject: 'Harwick Ltd - Video interview Payroll Administrator', text: 'Hello Sam, see the invite.' })).toBe('Payroll Administrator');
    expect(roleOf({ subject: 'Harwick Ltd - Interview Coordinator', text: 'Hello Sam, see the invite.' })).toBe('Interview Coordinator');
  });

  it('drops a reference code with slashes or dots after the title', () => {
    expect(roleOf({ subject: 'Interview', text: 'Dear Sam\n\nPost: Housing Officer (Level 3), ref HSG/OPS/0412\n\nThank you.' })).toBe("Housing Officer (Level 3)");
    expect(roleOf({ subject: 'Interview', text: 'Dear Sam\n\nRole: Payroll Clerk – Ref. KX.2026.18\n\nThank you.' })).toBe('Payroll Clerk');
    expect(roleOf({ subject: 'Interview', text: 'Dear Sam\n\nRole: Reference Data Analyst\n\nThank you.' })).toBe('Reference Data Analyst');
  });
});

describe('role: the signer\'s own title is not the post', () => {
  it('reads a name with post-nominals above the title as a sign-off', () => {
    for (const signer of ['Lee Park, P.E.', 'Lee Park, PhD', 'Lee Park']) {
      const text = `Sam, see you tomorrow at 10.\n\nLee\n\n${signer}\nPlant Manager\nBrask Automation · Leeds\n12 Mill Road`;
      expect(roleOf({ from: 'Lee Park <lee.park@braskautomation.com>', subject: 'Re: Tuesday', text })).toBeNull();
    }
  });
});

describe('role: a title followed by "and for …"', () => {
  it('ends the title before a second thing thanked for', () => {
    expect(roleOf({ subject: 'Your application', text: 'Dear Sam,\n\nthank you for your application as Data Steward Supply-Chain and for your interest in us.' })).toBe('Data Steward Supply-Chain');
    expect(roleOf({ subject: 'Your application', text: 'Dear Sam,\n\nthanks for applying as Research and Development Engineer and for the time you took.' })).toBe('Research and Development Engineer');
  });
});
