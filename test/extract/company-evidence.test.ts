import { describe, expect, it } from 'vitest';
import { readBody } from '../../shared/extract/body-text.ts';
import { ATS_LINK_PATTERNS } from '../../shared/extract/company/ats.ts';
import { findCompany } from '../../shared/extract/company.ts';
import { extract } from '../../shared/extract/index.ts';
import { findSignature } from '../../shared/extract/signature.ts';
import { message } from './message-builder.ts';

const context = { timeZone: 'America/New_York', kind: 'interview' } as const;
const companyOf = (parts: Parameters<typeof message>[0]): string | null => extract(message(parts), context).company;

function findIn(parts: Parameters<typeof message>[0]) {
  const original = message(parts);
  const body = readBody(original.text);
  return findCompany(original, body, findSignature(body.lines));
}

describe('company: the sender', () => {
  it('reads the organisation a display name puts in brackets, not the person', () => {
    expect(companyOf({ from: 'Emily Garner (Rookwell Institute) <egarner@rookwell.example>', subject: 'Next steps', text: 'Hi Sam, can we talk on Monday?' })).toBe('Rookwell Institute');
  });

  it('ignores a directory tag in brackets and reads the employer elsewhere', () => {
    const text = 'Hi Sam, please see the invite below.\n\nKind regards,\nAdaeze\n\nAdaeze Okonkwo\nTalent Partner | Harrowgate Marine Insurance';
    expect(companyOf({ from: 'Okonkwo, Adaeze [GB-LON] <adaeze.okonkwo@harrowgatemarine.example>', subject: 'Interview', text })).toBe('Harrowgate Marine Insurance');
  });

  it('reads the tenant of a hiring-platform sender address', () => {
    expect(companyOf({ from: 'Thornfield Robotics <thornfieldrobotics@myworkday.com>', subject: 'Application update', text: 'Thank you for applying to Thornfield Robotics.' })).toBe('Thornfield Robotics');
    expect(companyOf({ from: 'noreply <lindqvist+a1b2c3@talent.icims.com>', subject: 'Application update', text: 'We will review the Lindqvist application shortly.' })).toBe('Lindqvist');
    expect(companyOf({ from: 'Notifications <notifications@brindlecove.comeet-notifications.com>', subject: 'Update', text: 'Thanks for your time.' })).toBe('Brindlecove');
  });

  it('reads a relay whose display name is the employer', () => {
    expect(companyOf({ from: 'Stonemoor Credit Union <notification@jobvite.com>', subject: 'Your application status', text: 'Dear Sam,\nThank you for your interest.\nHuman Resources' })).toBe('Stonemoor Credit Union');
  });

  it('reads a name the sender domain spells without spaces, with "&", initials or a suffix', () => {
    expect(companyOf({ from: 'Bron A <bron@larkandfinch.example>', subject: 'Reminder', text: 'Hi Sam, see you tomorrow.\n\nBron\nPeople Lead\nLark & Finch' })).toBe('Lark & Finch');
    expect(companyOf({ from: 'Talent Team <talent@eastgatebs.example>', subject: 'Update', text: 'Dear Sam,\nWe are reviewing applications.\n\nThe Talent Team\nEastgate Building Society' })).toBe('Eastgate Building Society');
    expect(companyOf({ from: 'Gus M <gus@quillhq.example>', subject: 'hello', text: 'hey Sam - does Thursday work?\n\ngus' })).toBe('Quill');
    expect(companyOf({ from: 'Yael B <yael@wrenfieldgames.example>', subject: 'hello', text: 'Hi Sam, could you send your availability?\n\nYael' })).toBe('Wrenfield Games');
  });
});

describe('company: what the text states', () => {
  it('reads the employer a job board sent the application to', () => {
    expect(companyOf({ from: 'LinkedIn <jobs-noreply@linkedin.com>', subject: 'Your application was sent', text: 'Your application was sent to Marrowfield Analytics.\nApplied on 2 December.' })).toBe('Marrowfield Analytics');
  });

  it("takes a staffing agency's client, not the agency", () => {
    const text = 'Hi Sam,\n\nI submitted your resume to our client, Calderon Energy, for the Planning Engineer role.\n\nDerek Vale\nSenior Technical Recruiter\nSummitpeak Staffing';
    expect(companyOf({ from: 'Derek Vale <dvale@summitpeakstaffing.example>', subject: 'Submitted!', text })).toBe('Calderon Energy');
  });

  it('reads the employer an agency recruiter writes about, over the agency', () => {
    const text = 'Great news - Corbel Logistics wants to meet you for the Supply Chain Analyst contract.\n\nDerek\nSenior Recruiter\nBluefin Staffing';
    expect(companyOf({ from: 'Derek Sz <dsz@bluefinstaffing.example>', subject: 'Interview confirmed w/ Corbel Logistics!!', text })).toBe('Corbel Logistics');
  });

  it('reads an acronym and the full name it stands for as one employer, shown in full', () => {
    const text = 'Dear Ms Seeker\n\nThe interview has moved to Friday.\n\nRegards\n\nThandi Mokoena\nHR Practitioner: Recruitment\nUmhlanga Metro Transit Agency (UMTA)';
    expect(companyOf({ from: 'UMTA Recruitment <recruitment@umta.example>', subject: 'Change of interview date – UMTA', text })).toBe('Umhlanga Metro Transit Agency');
  });

  it('reads the subject: "@ X", "X - Role", an event line beside a title', () => {
    expect(companyOf({ from: 'Lu Ma <no-reply@us.greenhouse-mail.io>', subject: 'Your application @ Orrin Grove', text: 'Thank you for applying.' })).toBe('Orrin Grove');
    expect(companyOf({ from: 'Calendly <notifications@calendly.com>', subject: 'Confirmed: Intro call with Marco Fell', text: 'A new event has been scheduled.\n\nEvent Type:\nIntro call - Tidepool Labs (Backend Engineer)\n\nHost:\nMarco Fell' })).toBe('Tidepool Labs');
    expect(companyOf({ from: 'Calendly <notifications@calendly.com>', subject: 'Confirmed: Intro chat with Ada Wrona', text: 'Your event is scheduled.\n\nEvent Type:\nIntro chat (Vistra Game Labs)\n\nHost:\nAda Wrona' })).toBe('Vistra Game Labs');
    expect(companyOf({ from: 'no-reply@us.greenhouse-mail.io', subject: 'Application received – Quillmere Interactive', text: 'Thanks for applying!' })).toBe('Quillmere Interactive');
    expect(companyOf({ from: 'Lena F <lena@quarrystone.example>', subject: 'Invitation: Quarrystone Technical Interview – Sam Seeker @ Thu Oct 29, 2026 11am - 12pm (EDT)', text: 'Join with Google Meet' })).toBe('Quarrystone');
  });

  it('reads the organisation line of a sign-off', () => {
    expect(companyOf({ from: 'Wen Tan <wen@lumenquay.example>', subject: 'Change of timing', text: 'Dear Sam,\nWe need to move your interview.\n\nThank you and regards,\nWen Tan\nSenior Talent Acquisition Specialist\nLumen Quay Pte. Ltd.' })).toBe('Lumen Quay Pte. Ltd.');
    expect(companyOf({ from: 'Ines C <ines@fernwork.example>', subject: 'Update on the role', text: 'Hi Sam, we stopped hiring.\n\nAll the best,\nInes\n\nInes Carvalho\nCo-founder & CEO, Fernwork' })).toBe('Fernwork');
  });
});

describe('company: never', () => {
  it('takes a subject word, a date or the addressee for the employer', () => {
    expect(companyOf({ from: 'Jane Roe <jane@gmail.com>', subject: 'Urgent - Data Engineer', text: 'Hi Sam, please call me.' })).toBeNull();
    expect(companyOf({ from: 'Jane Roe <jane@gmail.com>', subject: 'Interview @ Thu Oct 29, 2026 11am', text: 'Hi Sam, see you then.' })).toBeNull();
    expect(companyOf({ from: 'Cal F <cal@saltmarsh-energy.example>', subject: 'RE: Grid Engineer - Sam Seeker', text: "G'day Sam,\nThanks for your application.\n\nCheers,\nCal" })).toBe('Saltmarsh Energy');
  });

  it('takes a subject about an order, a webinar or documents for an employer, or a department word as part of a name', () => {
    expect(companyOf({ from: 'Shop <orders@shop-mail.example>', subject: 'Reminder: Documents Due', text: 'Please upload your documents.' })).not.toBe('Documents Due');
    expect(companyOf({ from: 'Events <events@webinars.example>', subject: 'You are registered - Free Webinar Invitation', text: 'See you there.' })).not.toBe('Free Webinar Invitation');
    expect(companyOf({ from: 'no-reply@us.greenhouse-mail.io', subject: 'Trevane Recruiting - Thank you for applying!', text: 'Thanks for your application.' })).toBe('Trevane');
    expect(companyOf({ from: 'Calendly <notifications@calendly.com>', subject: 'Confirmed: Intro call - Tidepool Labs with Marco Fell on Thursday, November 5, 2026', text: 'A new event has been scheduled.' })).toBe('Tidepool Labs');
  });

  it('takes a department in a title line for the employer', () => {
    const text = 'Hi Sam, see you Monday.\n\nBest,\nSamira Haddad\nEngineering Manager, Data Infrastructure\nEmberline Quill';
    expect(companyOf({ from: 'Samira Haddad <samira@emberlinequill.example>', subject: 'Emberline Quill – final round', text })).toBe('Emberline Quill');
  });
});

describe('company: evidence', () => {
  it('returns every candidate with a score and evidence, the chosen one flagged', () => {
    const found = findIn({ from: 'Northway Careers <careers@northway.example>', subject: 'Interview at Northway', text: 'Thanks for applying to Northway. You will meet Ana.' });
    expect(found?.value).toBe('Northway');
    const chosen = found?.candidates?.filter((candidate) => candidate.chosen) ?? [];
    expect(chosen).toHaveLength(1);
    expect(chosen[0]?.field).toBe('company');
    expect(chosen[0]?.evidence).toEqual(expect.arrayContaining(['phrase:applying-to', 'subject:at']));
    expect(chosen[0]?.score).toBeGreaterThan(8);
  });

  it('lists what it rejected and why', () => {
    const found = findIn({ from: 'Jane Roe <jane@roe-consulting.example>', subject: 'Action Required - Data Analyst', text: 'Hi Sam.' });
    const rejected = found?.candidates?.find((candidate) => candidate.value === 'Action Required');
    expect(rejected?.evidence).toContain('rejected:subject-word');
    expect(rejected?.chosen).toBe(false);
  });
});

describe('company: cost', () => {
  it('bounds every host label in hiring-platform link patterns', () => {
    for (const pattern of ATS_LINK_PATTERNS) {
      // An unbounded run of a character class before a literal host is retried from every position.
      expect(pattern.source, pattern.source).not.toMatch(/\][+*]/);
    }
  });

  it('reads a 100 KB run of host-like letters in time linear in its length', () => {
    const body = (size: number): string => `Thanks for applying.\n${'a-'.repeat(size / 2)}.icims.com ${'b'.repeat(size / 4)}.wd1.myworkdayjobs.com`;
    const time = (text: string): number => {
      let best = Number.POSITIVE_INFINITY;
      for (let run = 0; run < 3; run++) {
        const started = performance.now();
        findIn({ from: 'no-reply@icims.com', subject: 'Application', text });
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    const small = time(body(10_000));
    const large = time(body(100_000));
    // Linear: about 10×; quadratic would be about 100×. Generous for a shared machine.
    expect(large).toBeLessThan(Math.max(small, 2) * 40);
  });
});
