import { describe, expect, it } from 'vitest';
import { parentLinks } from '../../shared/extract/company/parent.ts';
import { extract } from '../../shared/extract/index.ts';
import { message } from './message-builder.ts';

const context = { timeZone: 'America/New_York', kind: 'confirmation' } as const;
const companyOf = (parts: Parameters<typeof message>[0]): string | null => extract(message(parts), context).company;

describe('company: a brand or division and the group that owns it', () => {
  it('reads which name is the brand and which the owner', () => {
    expect(parentLinks('Thanks for your interest in Tamsin Optics, a division of Corvell Holdings.')).toEqual([{ brand: 'Tamsin Optics', parent: 'Corvell Holdings' }]);
    expect(parentLinks('Wexmoor Bikes, a Dunley Group company. Registered in Scotland.')).toEqual([{ brand: 'Wexmoor Bikes', parent: 'Dunley Group' }]);
    expect(parentLinks('Fallowby Foods is a wholly owned subsidiary of Harrow Brands plc')).toEqual([{ brand: 'Fallowby Foods', parent: 'Harrow Brands plc' }]);
    expect(parentLinks('We met at the fair, a great day for everyone.')).toEqual([]);
  });

  it('takes the brand the candidate applied to over the owner who sends and signs', () => {
    const division = 'Dear Sam,\n\nThank you for your application for Optical Technician with Tamsin Optics, a division of Corvell Holdings.\n\nSincerely,\nCorvell Holdings Talent Acquisition';
    expect(companyOf({ from: 'Corvell Holdings Talent Acquisition <talent@corvell.com>', subject: 'Application received', text: division })).toBe('Tamsin Optics');
    const footer = 'Hi Sam,\n\nThanks for applying for the Store Planner role at Wexmoor Bikes. We will be in touch.\n\nPeople Team\n\nWexmoor Bikes, a Dunley Group company. Dunley Group plc, registered in Scotland.';
    expect(companyOf({ from: 'Dunley Group Careers <careers@dunleygroup.com>', subject: 'Your application', text: footer })).toBe('Wexmoor Bikes');
  });

  it('leaves a mail that names no owner to its sender', () => {
    const text = 'Hi Sam,\n\nThanks for applying. We will be in touch.\n\nCorvell Holdings Talent Acquisition';
    expect(companyOf({ from: 'Corvell Holdings Talent Acquisition <talent@corvell.com>', subject: 'Application received', text })).toBe('Corvell Holdings');
  });
});

describe('company: a posting number, a length and a go-between are not the employer', () => {
  it('never takes "Requisition 4471" for a name', () => {
    const text = 'Dear Sam,\n\nThank you for applying to Requisition 4471, Lab Analyst, with Brannock Labs.\n\nRecruiting';
    expect(companyOf({ from: 'Careers <jobs@example-ats.com>', subject: 'Application received', text })).toBe('Brannock Labs');
  });

  it('reads a scheduling tool event whose name starts with its length', () => {
    for (const event of ['45 Minute Screen – Larkspur Dental Group', '20-min intro – Larkspur Dental Group', '1 hour interview - Larkspur Dental Group']) {
      const text = `Hi Sam,\n\nA new event has been scheduled.\n\nEvent Type:\n${event}\n\nInvitee:\nSam Lee`;
      expect(companyOf({ from: 'Scheduler <notifications@scheduler.example>', subject: 'New event', text })).toBe('Larkspur Dental Group');
    }
  });

  it('reads the client an agency passes word from', () => {
    const from = 'Orla Finch <orla.finch@brightmoorrecruitment.co.uk>';
    for (const line of ["I've had feedback from Tollgate Insurance on the Underwriter role.", 'Just heard back from Tollgate Insurance about your interview.', 'Tollgate Insurance want to see you again on Friday.']) {
      expect(companyOf({ from, subject: 'Update', text: `Hi Sam,\n\n${line}\n\nOrla Finch\nBrightmoor Recruitment` })).toBe('Tollgate Insurance');
    }
  });

  it('does not run "application … with" across a semicolon', () => {
    const text = "Hi Sam,\n\nI've heard back from Tollgate Insurance. They won't take your application further; they want someone with Lloyds Market experience.\n\nOrla\nBrightmoor Recruitment";
    expect(companyOf({ from: 'Orla Finch <orla.finch@brightmoorrecruitment.co.uk>', subject: 'Feedback', text })).toBe('Tollgate Insurance');
  });
});

describe('company: a place or an event of the employer is not the employer', () => {
  it('never takes a branch, store or site for the employer', () => {
    const from = 'Dana Ochoa <dochoa@fernbankbank.com>';
    for (const line of ['Thanks for applying for our Teller opening at the Millbrook branch!', 'Thanks for applying for the Shift Lead job with the Harbour Point store.']) {
      expect(companyOf({ from, subject: 'Quick call?', text: `Hi Sam,\n\n${line} Can we talk Friday?\n\nDana Ochoa\nRecruiter, Fernbank Savings Bank` })).toBe('Fernbank Savings Bank');
    }
  });

  it('never takes a careers fair or a careers page for a team sign-off', () => {
    for (const event of ['the Lakemoor University Career Fair on 3 March', 'the Lakemoor University Careers Day next week']) {
      const text = `Dear Sam,\n\nWe will not be taking your application further. We'll be at ${event} if you'd like to talk.\n\nSincerely,\nHuman Resources\nPennick Tools Ltd.`;
      expect(companyOf({ from: 'Careers <careers@ptools.com>', subject: 'Your application', text })).toBe('Pennick Tools Ltd.');
    }
  });
});

describe('company: a sender line and a sign-off that name a person or a post', () => {
  it('takes the side of "<Firm> – <Person>" the address does not echo', () => {
    expect(companyOf({ from: 'Copper Kettle Inns – Rosa Delgado <rdelgado@ckimail.com>', subject: 'Chat', text: 'Hi Sam,\n\nFree on Monday?\n\nRosa' })).toBe('Copper Kettle Inns');
    expect(companyOf({ from: 'Rosa Delgado – Copper Kettle Inns <rdelgado@ckimail.com>', subject: 'Chat', text: 'Hi Sam,\n\nFree on Monday?\n\nRosa' })).toBe('Copper Kettle Inns');
  });

  it('never reads a post "… hiring" in a signature as a team sign-off', () => {
    const text = 'Sam, see you tomorrow at 10.\n\nLee\n\nLee Park\nPlant Manager\nBrask Automation | Maintenance Technician hiring';
    expect(companyOf({ from: 'Lee Park <lee.park@brask-auto.com>', subject: 'Re: Tuesday', text })).toBe('Brask Automation');
  });
});
