import { describe, expect, it } from 'vitest';
import type { EventKind } from '../../shared/domain/kinds.ts';
import { extract } from '../../shared/extract/index.ts';
import { message } from './message-builder.ts';

type Parts = Parameters<typeof message>[0] & { kind?: Exclude<EventKind, 'other'> };
const companyOf = ({ kind, ...parts }: Parts): string | null => extract(message(parts), { timeZone: 'America/New_York', kind: kind ?? 'confirmation' }).company;

describe('company: a hiring platform’s own mail domain is no agency', () => {
  it('reads the tenant from the display name although the domain sounds like recruiting', () => {
    expect(companyOf({ from: 'Ostwind Kälte <noreply@recruiteemail.com>', subject: 'Your application', text: 'Dear Sam,\n\nThank you for applying. We will get back to you soon.\n\nKind regards,\nTeam Ostwind Kälte' })).toBe('Ostwind Kälte');
    expect(companyOf({ from: 'Brockhurst Farms <no-reply@recruiteemail.com>', subject: 'Application received', text: 'Hi Sam,\n\nWe have your application and will review it this week.\n\nBest wishes,\nTeam Brockhurst Farms' })).toBe('Brockhurst Farms');
  });
});

describe('company: an organisation line under a signed first name', () => {
  it('reads the display name when it signs under the recruiter’s first name', () => {
    expect(companyOf({ from: 'Lindqvist Marine <noreply@workablemail.com>', subject: 'Interview confirmed – Deck Officer', text: 'Hi Sam,\n\nYour interview is confirmed for Tuesday.\n\nBest,\nAstrid\nLindqvist Marine', kind: 'interview' })).toBe('Lindqvist Marine');
    expect(companyOf({ from: 'Harlow Pines <noreply@workablemail.com>', subject: 'Next steps', text: 'Hello Sam,\n\nWe would like to meet you on Friday.\n\nCheers,\nOwen\nHarlow Pines', kind: 'interview' })).toBe('Harlow Pines');
  });

  it('still treats a display name that signs alone as the person', () => {
    expect(companyOf({ from: 'Lena Marsh <noreply@workablemail.com>', subject: 'Next steps', text: 'Hello Sam,\n\nWe would like to meet you on Friday.\n\nBest,\nLena Marsh', kind: 'interview' })).toBeNull();
  });
});

describe('company: a tool or relay signing for the employer', () => {
  it('prefers the employer a sign-off writes for over the tool that sends', () => {
    expect(companyOf({ from: 'Clipcast Interviews <noreply@clipcast.example>', subject: 'Your recorded interview', text: 'Hello Sam,\n\nPlease record your answers by Friday.\n\nThe Clipcast team, on behalf of Ambergate Insurance', kind: 'interview' })).toBe('Ambergate Insurance');
    expect(companyOf({ from: 'Slotwise Scheduling <hello@slotwise.example>', subject: 'Pick a time', text: 'Hi Sam,\n\nChoose a slot for your first call using the link.\n\nSent by Slotwise on behalf of Corrie Lane Bakeries', kind: 'interview' })).toBe('Corrie Lane Bakeries');
  });

  it('reads an employer that invites the candidate', () => {
    expect(companyOf({ from: 'Greenhouse <no-reply@greenhouse.io>', subject: 'Video interview', text: 'Hi Sam,\n\nBaystone Capital has invited you to a one-way video interview for the Analyst role.\n\nGood luck!', kind: 'interview' })).toBe('Baystone Capital');
    expect(companyOf({ from: 'Assessments <noreply@testhub.example>', subject: 'Assessment', text: 'Dear Sam,\n\nThe team at Norcross Utilities have invited you to complete an online assessment.\n\nTesthub' })).toBe('Norcross Utilities');
  });

  it('counts a display name written as a web address no more than the address it restates', () => {
    expect(companyOf({ from: 'jobsnearyou.example <alerts@jobsnearyou.example>', subject: 'A message from Kelda Water', text: 'Hi Sam,\n\nKelda Water have viewed your application.\n\nThe jobsnearyou team' })).toBe('Kelda Water');
  });

  it('reads "Title @ Company" in a description line', () => {
    expect(companyOf({ from: 'Mo Reyes <calendar-notification@google.com>', subject: 'Invitation: Sam / Mo @ Mon Dec 7, 2026 2pm - 3pm (EST)', text: 'You have been invited to the following event.\n\nDescription:\nLooking forward to it! – Mo, Recruiting @ Pellham Ridge', kind: 'interview' })).toBe('Pellham Ridge');
  });
});

describe('company: words a name pattern catches that are not names', () => {
  it('never takes a pronoun opening a sentence as the employer', () => {
    expect(companyOf({ from: 'Pat Ng <pat@searchlight-talent.example.com>', subject: 'Intro', text: 'Hi Sam,\n\nThey would like to talk to you on Monday.\n\nPat', kind: 'interview' })).not.toBe('They');
    expect(companyOf({ from: 'Pat Ng <pat@searchlight-talent.example.com>', subject: 'Intro', text: 'Hi Sam,\n\nWe would like to talk to you on Monday.\n\nPat', kind: 'interview' })).not.toBe('We');
  });

  it('does not take the addressee greeted by first name as the employer', () => {
    expect(companyOf({ from: 'Ava Lind <ava.lind@kittering.example>', subject: 'Interview', text: 'Hi Sam,\n\nSee you Thursday.\n\nAva\n\nTopic: Interview – Sam Carter – Analyst\nTime: Dec 10, 2026 02:00 PM', kind: 'interview' })).not.toBe('Sam Carter');
  });
});

describe('company: the employer acting after a sentence adverb', () => {
  it('reads the full name after "Unfortunately", "Happily", "Sadly"', () => {
    expect(companyOf({ from: 'Cara Voss <cara@brightpathrecruitment.example.com>', subject: 'Update', text: 'Hi Sam,\n\nUnfortunately Redmoor Logistics have decided to go with someone else.\n\nCara', kind: 'rejection' })).toBe('Redmoor Logistics');
    expect(companyOf({ from: 'Cara Voss <cara@brightpathrecruitment.example.com>', subject: 'Update', text: 'Hi Sam,\n\nHappily Ferrow Analytics would like to meet you again next week.\n\nCara', kind: 'interview' })).toBe('Ferrow Analytics');
  });
});

describe('company: events named for the employer', () => {
  it('reads a Zoom topic and a scheduling tool’s event type', () => {
    expect(companyOf({ from: 'Ines Roa <ines.roa@quillfield.example>', subject: 'Ines Roa is inviting you to a scheduled Zoom meeting', text: 'Ines Roa is inviting you to a scheduled Zoom meeting.\n\nTopic: Quillfield Robotics - Technical interview\nTime: Dec 10, 2026 02:00 PM Eastern Time', kind: 'interview' })).toBe('Quillfield Robotics');
    expect(companyOf({ from: 'Calendly <notifications@calendly.com>', subject: 'New Event: Sam Seeker', text: 'Your event has been scheduled.\n\nEvent Type: Dunmore Credit Union Intro Call\nDate/Time: 10:00am - 10:30am, Thursday, December 11, 2026 (Eastern Time)', kind: 'interview' })).toBe('Dunmore Credit Union');
  });
});

describe('company: managers and agencies saying where they work or whom they send to', () => {
  it('reads "I lead engineering at X" and "I run the design team at X"', () => {
    expect(companyOf({ from: 'Jo Kerr <jokerr@gmail.com>', subject: 'hello', text: 'Hi Sam,\n\nI lead engineering at Tamsin Health and saw your profile. Fancy a call?\n\nJo', kind: 'interview' })).toBe('Tamsin Health');
    expect(companyOf({ from: 'Jo Kerr <jokerr@gmail.com>', subject: 'hello', text: 'Hi Sam,\n\nI run the design team at Ottery Games. Fancy a call?\n\nJo', kind: 'interview' })).toBe('Ottery Games');
  });

  it('reads the client an agency put the candidate forward to', () => {
    expect(companyOf({ from: 'Ria Shah <ria@fieldhouse-staffing.example.com>', subject: 'Done', text: 'Hi Sam,\n\nI have put you forward to Brackley Engineering Group this morning.\n\nRia' })).toBe('Brackley Engineering Group');
    expect(companyOf({ from: 'Ria Shah <ria@fieldhouse-staffing.example.com>', subject: 'Done', text: 'Hi Sam,\n\nWe submitted you to Larkhill Foods for the planner post.\n\nRia' })).toBe('Larkhill Foods');
  });

  it('knows an agency by its talk of "my client" whatever its domain is called', () => {
    expect(companyOf({ from: 'Tom Ode <tom@bluewharf.example.com>', subject: 'Role', text: 'Hi Sam,\n\nMy client is a growing insurer in Leeds and would rather not be named yet.\n\nTom Ode\nBlue Wharf' })).toBeNull();
    expect(companyOf({ from: 'Tom Ode <tom@bluewharf.example.com>', subject: 'Role', text: 'Hi Sam,\n\nMy client, Pennock Insurance, would like to meet you.\n\nTom Ode\nBlue Wharf', kind: 'interview' })).toBe('Pennock Insurance');
  });

  it('reads a client an agency writes in lower case', () => {
    expect(companyOf({ from: 'Sal <sal@hirewell-talent.example.com>', subject: 'job', text: 'hi sam, my client, ferngate, is hiring a barista. u free tmrw?\nsal' })?.toLowerCase()).toBe('ferngate');
    expect(companyOf({ from: 'Sal <sal@hirewell-talent.example.com>', subject: 'job', text: 'hi sam, im sending u to my client oak-lane dairy for the driver spot.\nsal' })?.toLowerCase()).toBe('oak-lane dairy');
    expect(companyOf({ from: 'Sal <sal@hirewell-talent.example.com>', subject: 'job', text: 'Hi Sam,\n\nI recruit for tidepool, a small studio in Bristol.\n\nSal' })?.toLowerCase()).toBe('tidepool');
  });

  it('does not read the words of the sentence after "my client" as its name', () => {
    expect(companyOf({ from: 'Sal <sal@hirewell-talent.example.com>', subject: 'job', text: 'hi sam, my client is hiring a barista. u free tmrw?\nsal' })).toBeNull();
  });
});

describe('company: team sign-offs and department lines', () => {
  it('drops a possessive in the writer’s language before the name', () => {
    expect(companyOf({ from: 'Jobs <noreply@personio.de>', subject: 'Ihre Bewerbung', text: 'Hallo Sam,\n\nvielen Dank für Ihre Bewerbung.\n\nViele Grüße\nIhr Falkenried Recruiting-Team' })).toBe('Falkenried');
    expect(companyOf({ from: 'Jobs <noreply@personio.de>', subject: 'Votre candidature', text: 'Bonjour Sam,\n\nMerci pour votre candidature.\n\nCordialement,\nVotre équipe Maison Berthelot\nMaison Berthelot' })).toBe('Maison Berthelot');
  });

  it('reads the organisation over a bare department line', () => {
    expect(companyOf({ from: 'Careers <careers@wexfordmutual.example>', subject: 'Your application', text: 'Dear Sam,\n\nThank you for applying.\n\nSincerely,\nWexford Mutual Insurance\nHuman Resources' })).toBe('Wexford Mutual Insurance');
    expect(companyOf({ from: 'Jobs <jobs@harrowby.example>', subject: 'Your application', text: 'Dear Sam,\n\nThank you for applying.\n\nRegards,\nHarrowby County Council\nTalent Acquisition Team' })).toBe('Harrowby County Council');
  });

  it('does not read a signer’s name over a department line as the organisation', () => {
    expect(companyOf({ from: 'Careers <careers@wexfordmutual.example>', subject: 'Your application', text: 'Dear Sam,\n\nThank you for applying.\n\nSincerely,\nMaria Lopez\nHuman Resources' })).not.toBe('Maria Lopez');
  });
});

describe('company: "interview with" an organisation, not a person', () => {
  it('reads an organisation and never an interviewer', () => {
    expect(companyOf({ from: 'Health Jobs <noreply@healthjobs.example>', subject: 'Interview', text: 'Dear Sam,\n\nYou are invited to an interview with Marlow Coast NHS Foundation Trust on 3 December.\n\nRecruitment', kind: 'interview' })).toBe('Marlow Coast NHS Foundation Trust');
    expect(companyOf({ from: 'Health Jobs <noreply@healthjobs.example>', subject: 'Interview', text: 'Dear Sam,\n\nYou are invited to an interview with Priya Malhotra on 3 December.\n\nRecruitment', kind: 'interview' })).not.toBe('Priya Malhotra');
    expect(companyOf({ from: 'Kit Ames <kit@crossway-recruitment.example.com>', subject: 'Set', text: 'Hi Sam,\n\nYour interview with Dana Holt at Pellworth Foods is on Monday.\n\nKit', kind: 'interview' })).toBe('Pellworth Foods');
  });
});

describe('company: a freemail signer repeating the full name above the firm', () => {
  it('reads the firm under the full name with letters after it', () => {
    expect(companyOf({ from: 'Nell Garrow <nellgarrow@outlook.com>', subject: 'Re: application', text: 'Hi Sam,\n\nSee you Tuesday at 10.\n\nNell\n\nNell Garrow MRICS\nGarrow Surveying', kind: 'interview' })).toBe('Garrow Surveying');
    expect(companyOf({ from: 'Ravi Dutt <ravi.dutt@gmail.com>', subject: 'Re: hello', text: 'Sam,\n\nLet us talk on Monday.\n\nRavi\nRavi Dutt, PhD\nDutt Acoustics', kind: 'interview' })).toBe('Dutt Acoustics');
  });

  it('keeps a partnership named for its trade', () => {
    expect(companyOf({ from: 'Kit Hale <kithale@outlook.com>', subject: 'Re: application', text: 'Hi Sam,\n\nSee you Friday.\n\nKit\nKit Hale RIBA\nHale & Mercer Architects', kind: 'interview' })).toBe('Hale & Mercer Architects');
    expect(companyOf({ from: 'Jo Pike <jopike@gmail.com>', subject: 'Re: role', text: 'Hi Sam,\n\nSee you Friday.\n\nJo\nPike and Rowe Consultants', kind: 'interview' })).toBe('Pike and Rowe Consultants');
  });
});
