import { describe, expect, it } from 'vitest';
import type { Contact } from '../../shared/domain/analysis.ts';
import { extract } from '../../shared/extract/index.ts';
import { message, type MessageParts } from './message-builder.ts';

/** The human the user should write to: the first named, writable contact who arranged things. */
function personToWrite(parts: MessageParts): string | null {
  const contacts: readonly Contact[] = extract(message(parts), { timeZone: 'UTC', kind: 'interview' }).contacts;
  return contacts.find((c) => !c.robot && c.name !== '' && c.part === 'arranged' && !/team|talent|recruit/i.test(c.name))?.name ?? null;
}

describe('people the text names as the one to write to', () => {
  it('reads a platform\'s recruiter row, turning "Last, First" round and keeping the address beside it', () => {
    const contacts = extract(
      message({ from: 'Oakhurst Dairy <oakhurst@myworkday.com>', text: 'Thanks for applying.\n\nRequisition: R-1182\nRecruiter: Lindqvist, Maren (maren.lindqvist@oakhurst.example)\nLocation: Boise, ID' }),
      { timeZone: 'UTC', kind: 'confirmation' },
    ).contacts;
    expect(contacts.find((c) => !c.robot)).toMatchObject({ name: 'Maren Lindqvist', email: 'maren.lindqvist@oakhurst.example', part: 'arranged' });
    expect(personToWrite({ from: 'Talent <no-reply@ashbyhq.com>', text: 'Your recruiting contact: Okafor, Chidi' })).toBe('Chidi Okafor');
    expect(personToWrite({ from: 'Scheduling <no-reply@calendly.com>', text: 'Host: Ines Carvalho, Head of Design, Rio Lume' })).toBe('Ines Carvalho');
  });

  it('reads the recruiter or coordinator a robot\'s mail names in a sentence', () => {
    expect(personToWrite({ from: 'Careers <noreply@icims.com>', text: 'Your recruiter for this position is Tomasz Wrona. He will be in touch soon.' })).toBe('Tomasz Wrona');
    expect(personToWrite({ from: 'Recruiting <scheduling@goodtime.io>', text: 'Need a different time? Reply here and your coordinator, Bea Lindholm, will sort it out.' })).toBe('Bea Lindholm');
    expect(personToWrite({ from: 'Hiring <no-reply@greenhouse.io>', text: 'Please reach out to Odile Marchetti if anything changes.' })).toBe('Odile Marchetti');
    expect(personToWrite({ from: 'Talent <talent@fernbrook.example>', text: 'Questions? Contact Rufus Abernathy, Talent Coordinator, on 555-0134.' })).toBe('Rufus Abernathy');
    expect(personToWrite({ from: 'Scheduling <notifications@calendly.com>', text: "You're scheduled with Mirela Costa." })).toBe('Mirela Costa');
  });

  it('reads a recruiter a platform writes for ("X from Acme would like to …")', () => {
    expect(personToWrite({ from: 'Bramblewood Recruiting <scheduling@goodtime.io>', text: 'Hi Sam,\nGwen Tallis from Bramblewood would like to set up a 20 minute call with you.' })).toBe('Gwen Tallis');
    expect(personToWrite({ from: 'Bramblewood Recruiting <scheduling@goodtime.io>', text: 'Monday Morning from the team would like to hear from you.' })).toBeNull();
  });

  it('takes a name spelled by an address the text asks the user to reply to', () => {
    expect(personToWrite({ from: 'Ashcombe Labs <do-not-reply@ashcombe.example>', text: 'To move the interview, please reply to lorna.pettigrew@ashcombe.example, not to this message.' })).toBe('Lorna Pettigrew');
    expect(personToWrite({ from: 'Ashcombe Labs <do-not-reply@ashcombe.example>', text: 'For questions, write to careers@ashcombe.example.' })).toBeNull();
  });

  it('does not take a department, a day or a company after a contact word', () => {
    expect(personToWrite({ from: 'Careers <noreply@icims.com>', text: 'Please contact Human Resources with any questions. Contact Monday Recruiting or reach out to Acme Corp.' })).toBeNull();
  });

  it('writes to the colleague the sender copies in and hands the process to', () => {
    const text = 'Thanks for the CV, it looks promising.\nI have copied Ilse Brandauer, who coordinates our hiring; please write to her from now on.\nBest regards,\nMatteo Ricci';
    const contacts = extract(message({ from: 'Matteo Ricci <m.ricci@lanterna.example>', cc: ['Ilse Brandauer <i.brandauer@lanterna.example>'], text }), { timeZone: 'UTC', kind: 'other' }).contacts;
    expect(contacts.map((c) => [c.name, c.part])).toEqual([['Ilse Brandauer', 'arranged'], ['Matteo Ricci', 'arranged']]);
  });

  it('keeps the sender first when a copied colleague is only copied', () => {
    const text = 'I have copied Ilse Brandauer for visibility. Could you send me your availability for next week?\nBest regards,\nMatteo Ricci';
    const contacts = extract(message({ from: 'Matteo Ricci <m.ricci@lanterna.example>', cc: ['Ilse Brandauer <i.brandauer@lanterna.example>'], text }), { timeZone: 'UTC', kind: 'other' }).contacts;
    expect(contacts.map((c) => [c.name, c.part])).toEqual([['Matteo Ricci', 'arranged'], ['Ilse Brandauer', 'copied']]);
  });

  it('reads the person a platform footer says sent the mail', () => {
    expect(personToWrite({ from: 'Tallow & Finch <no-reply@greenhouse.io>', text: 'Thanks for applying.\nThis message was sent by Corinne Habibi on behalf of Tallow & Finch.' })).toBe('Corinne Habibi');
  });
});

describe('recruiters writing through a hiring platform', () => {
  const text = 'Hi Sam, thanks for applying to Wexford Mills. I will look at your portfolio this week.';
  it('keeps a person\'s name on an employer\'s platform address as a person, without the platform\'s address', () => {
    for (const from of ['Hallie Brennan <wexford@myworkday.com>', 'Hallie Brennan <wexford+r8812@talent.icims.com>']) {
      const contacts = extract(message({ from, subject: 'Your application to Wexford Mills', text }), { timeZone: 'UTC', kind: 'confirmation' }).contacts;
      expect(contacts, from).toEqual([{ name: 'Hallie Brennan', email: null, robot: false, source: 'from', part: 'arranged' }]);
    }
  });

  it('keeps the employer\'s own name on its platform address a robot', () => {
    const contacts = extract(message({ from: 'Wexford Mills <wexford@myworkday.com>', subject: 'Your application to Wexford Mills', text }), { timeZone: 'UTC', kind: 'confirmation' }).contacts;
    expect(contacts.map((c) => c.robot)).toEqual([true]);
  });
});
