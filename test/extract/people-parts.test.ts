import { describe, expect, it } from 'vitest';
import type { Contact } from '../../shared/domain/analysis.ts';
import { extract } from '../../shared/extract/index.ts';
import { findPeople } from '../../shared/extract/contacts.ts';
import { readDisplayName } from '../../shared/extract/person-name.ts';
import { isRobotAddress, isTeamMailbox } from '../../shared/extract/robots.ts';
import { ics, message, type MessageParts } from './message-builder.ts';

const context = { timeZone: 'America/New_York', kind: 'interview' } as const;
const contactsOf = (parts: MessageParts): readonly Contact[] => extract(message(parts), context).contacts;
/** The human who arranged things: who a follow-up goes to. */
const writeTo = (contacts: readonly Contact[]): string | null =>
  contacts.find((c) => !c.robot && c.part === 'arranged' && c.name !== '' && !isTeamMailbox(c.name, c.email))?.name ?? null;
const interviewers = (contacts: readonly Contact[]): string[] => contacts.filter((c) => c.part === 'interviewer').map((c) => c.name);

describe('display names', () => {
  it('turns a directory-style "Last, First [tag]" round', () => {
    expect(readDisplayName('Wakman, Yama [US-US]')).toBe('Yama Wakman');
    expect(readDisplayName('"OKAFOR, Benedikt (Contractor)"')).toBe('Benedikt Okafor');
    expect(readDisplayName('Lindqvist, Mara J.')).toBe('Mara J. Lindqvist');
  });

  it('drops a relay and an employer written after the name, but leaves a company name alone', () => {
    expect(readDisplayName('Priya Raman via Greenhouse')).toBe('Priya Raman');
    expect(readDisplayName('Priya Raman (Quillfeather Labs)')).toBe('Priya Raman');
    expect(readDisplayName('Priya Raman | Quillfeather Labs')).toBe('Priya Raman');
    expect(readDisplayName('Priya Raman on behalf of Quillfeather Labs')).toBe('Priya Raman');
    expect(readDisplayName('Quillfeather Labs, Inc.')).toBe('Quillfeather Labs, Inc.');
  });

  it('records the flipped name as the contact', () => {
    const contacts = contactsOf({ from: 'Wakman, Yama [US-US] <yama.wakman@ostrander.example>', text: 'Could we talk on Friday?' });
    expect(writeTo(contacts)).toBe('Yama Wakman');
  });
});

describe('one entry per person', () => {
  it('never takes an inline image reference for an address, and lists the signer once', () => {
    const contacts = contactsOf({
      from: 'Dorian Vell <dorian.vell@ostrander.example>',
      text: 'Looking forward to it.\n\nBest regards,\nDorian Vell\nTalent Partner\n[cid:image001.png@01DB5A2B.9E3C4D50]\n',
    });
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({ name: 'Dorian Vell', email: 'dorian.vell@ostrander.example', part: 'arranged' });
  });

  it('merges a sender and a signature that write the address differently', () => {
    const contacts = contactsOf({
      from: 'Vell, Dorian <dvell@ostrander.example>',
      text: 'See you then.\n\nThanks,\nDorian Vell\nRecruiter\ndorian.vell@ostrander.example',
    });
    expect(contacts.map((c) => c.name)).toEqual(['Dorian Vell']);
  });

  it('names a nameless sender from the signature, and merges a first-name signature into the full name', () => {
    expect(contactsOf({ from: 'dvell@ostrander.example', text: 'See you then.\n\nBest,\nDorian Vell\nRecruiter' }).map((c) => [c.name, c.email])).toEqual([
      ['Dorian Vell', 'dvell@ostrander.example'],
    ]);
    expect(contactsOf({ from: 'Dorian Vell <dorian@ostrander.example>', text: 'Talk soon.\n\nThanks,\nDorian' }).map((c) => c.name)).toEqual(['Dorian Vell']);
  });
});

describe('robots, team inboxes and relayed recruiters', () => {
  it('treats do_not_reply and no_reply mailboxes as robots', () => {
    expect(isRobotAddress('do_not_reply@ostrander.example')).toBe(true);
    expect(isRobotAddress('no_reply@ostrander.example')).toBe(true);
    expect(isRobotAddress('dorian.vell@ostrander.example')).toBe(false);
  });

  it('keeps a recruiter who writes through an ATS relay as a person, but not the employer\'s own relay name', () => {
    const relayed = contactsOf({ from: 'Mara Lindqvist <mara.lindqvist+7fk2@talent.icims.com>', text: 'Are you free Thursday?' });
    expect(relayed[0]).toMatchObject({ name: 'Mara Lindqvist', robot: false, part: 'arranged' });
    const payroll = contactsOf({ from: 'Mara Lindqvist <recruiting+a81x@mail.paylocity.com>', text: 'Are you free Thursday?' });
    expect(writeTo(payroll)).toBe('Mara Lindqvist');
    const tenant = contactsOf({ from: 'Ostrander Careers <ostrander+a81x@talent.icims.com>', text: 'Thank you for applying.' });
    expect(tenant[0]?.robot).toBe(true);
    expect(writeTo(tenant)).toBeNull();
  });

  it('writes to the signer, not the team inbox that sent the mail', () => {
    const contacts = contactsOf({ from: 'Ostrander Recruiting <recruiting@ostrander.example>', text: 'We would like to meet you.\n\nKind regards,\nDorian Vell\nRecruiting Coordinator' });
    expect(writeTo(contacts)).toBe('Dorian Vell');
  });
});

describe('parts', () => {
  it('marks Cc people as copied, unless the text says the user will meet them', () => {
    const contacts = contactsOf({
      from: 'Dorian Vell <dorian.vell@ostrander.example>',
      cc: ['Mara Lindqvist <mara.lindqvist@ostrander.example>', 'Tomas Brenner <tomas.brenner@ostrander.example>'],
      text: 'On the day you will meet with Tomas Brenner, our Head of Data.',
    });
    expect(contacts.map((c) => [c.name, c.part])).toEqual([
      ['Dorian Vell', 'arranged'],
      ['Mara Lindqvist', 'copied'],
      ['Tomas Brenner', 'interviewer'],
    ]);
  });

  it('takes the invite organizer as the arranger and its attendees as interviewers', () => {
    const invite = ics([
      'DTSTART:20261210T190000Z',
      'DTEND:20261210T200000Z',
      'SUMMARY:Interview',
      'ORGANIZER;CN=Dorian Vell:mailto:dorian.vell@ostrander.example',
      'ATTENDEE;CN=Tomas Brenner:mailto:tomas.brenner@ostrander.example',
      'ATTENDEE;CN=Sam Seeker:mailto:sam.seeker@example.net',
    ]);
    const contacts = contactsOf({ from: 'Ostrander Scheduling <scheduling@ostrander.example>', calendars: [invite], text: 'Your interview is confirmed.' });
    expect(writeTo(contacts)).toBe('Dorian Vell');
    expect(interviewers(contacts)).toEqual(['Tomas Brenner']);
  });
});

describe('interviewers named in the text', () => {
  const named = (text: string): string[] => interviewers(contactsOf({ text }));

  it('reads "you\'ll meet A and B" and a list with titles between the names', () => {
    expect(named("You'll meet Bill Zito and Brian Hinman in the afternoon.")).toEqual(['Bill Zito', 'Brian Hinman']);
    expect(named('You will be speaking with Ana Ruiz, Staff Engineer, and Ben Okafor (Product Lead).')).toEqual(['Ana Ruiz', 'Ben Okafor']);
  });

  it('reads a panel line, a role before the name, and a name before "will interview you"', () => {
    expect(named('Your panel: Ana Ruiz, Ben Okafor and Chiara De Luca.')).toEqual(['Ana Ruiz', 'Ben Okafor', 'Chiara De Luca']);
    expect(named('You will chat with our CTO, Ana Ruiz, about the platform.')).toEqual(['Ana Ruiz']);
    expect(named('On Thursday, Ana Ruiz and Ben Okafor will interview you.')).toEqual(['Ana Ruiz', 'Ben Okafor']);
  });

  it('reads one person per line of a schedule under its intro line', () => {
    const text = 'Here is who you will meet:\n- 10:00 - 10:45am: Ana Ruiz, Engineering Manager\n- 11:00 - 11:45am: Systems design with Ben Okafor\n\nSee you then.';
    expect(named(text)).toEqual(['Ana Ruiz', 'Ben Okafor']);
  });

  it('takes no team, tool, title or company for a person', () => {
    expect(named('You will meet the Data Science team over Google Meet and speak with Hiring Manager.')).toEqual([]);
    expect(named('You will be interviewing with Ostrander Analytics for the Staff Engineer role.')).toEqual([]);
  });
});

describe('the person to write to', () => {
  it('lists every contact as a candidate and marks the chosen one with its evidence', () => {
    const original = message({ from: 'Mara Lindqvist <recruiting+a81x@mail.paylocity.com>', cc: ['Tomas Brenner <tomas.brenner@ostrander.example>'] });
    const { candidates } = findPeople({ original, body: '', signature: null, calendarPeople: [], userAddresses: [], company: null });
    const chosen = candidates.filter((c) => c.chosen);
    expect(chosen).toHaveLength(1);
    expect(chosen[0]).toMatchObject({ field: 'person', value: 'Mara Lindqvist' });
    expect(chosen[0]?.evidence).toContain('address:ats-relay-person');
  });
});

describe('people introduced with their job title', () => {
  const named = (text: string): string[] => interviewers(contactsOf({ text }));

  it('reads a title before the name, with or without a comma or an honorific', () => {
    expect(named('Our Director of Field Operations, Wendell Marsh, would like to set up a video interview with you.')).toEqual(['Wendell Marsh']);
    expect(named('You would walk the site with me and our operations manager Ingrid Solberg before a short sit-down.')).toEqual(['Ingrid Solberg']);
    expect(named('The final round is with our CEO, Mr. Tobias Rendell.')).toEqual(['Tobias Rendell']);
    expect(named("I lined up an hour with Halden's hiring manager, Noor Qasim, on Monday.")).toEqual(['Noor Qasim']);
  });

  it('reads a title after the name in parentheses', () => {
    expect(named('I passed my notes to Ilse Marquardt (our head of analytics) and she would like to meet you.')).toEqual(['Ilse Marquardt']);
  });
});

describe('signers the sender header hides', () => {
  it('takes the host a scheduling tool names', () => {
    const contacts = contactsOf({ from: 'Calendly <notifications@calendly.com>', text: 'A new event has been scheduled.\n\nHost:\nWendell Marsh\n\nEvent Date/Time:\n1:00pm - 1:30pm' });
    expect(writeTo(contacts)).toBe('Wendell Marsh');
  });

  it('reads a bilingual closing and an accented name under it', () => {
    const contacts = contactsOf({
      from: 'Halden Werke GmbH <noreply@jobs.personio.de>',
      text: 'We have received your documents.\n\nViele Grüße / best regards\nLiv Åström\nPeople & Culture',
    });
    expect(writeTo(contacts)).toBe('Liv Åström');
  });

  it('keeps a recruiter whose name is on a no-reply address and who signs the mail', () => {
    const contacts = contactsOf({ from: 'Noor Qasim <no-reply@us.greenhouse-mail.io>', text: 'We decided not to move forward.\n\nAll the best,\nNoor Qasim\nRecruiting, Halden' });
    expect(writeTo(contacts)).toBe('Noor Qasim');
  });

  it('reads the signature under a "--" line and keeps the formal first name', () => {
    const contacts = contactsOf({ from: 'Rob Rendell <rob@haldenworks.example>', text: 'Thanks for the note, we are not hiring now.\n\nRob\n\n--\nRobert Rendell\nManaging Partner | Halden Works' });
    expect(contacts.map((c) => c.name)).toEqual(['Robert Rendell']);
  });

  it('reads a name written on one line with its title or its letters', () => {
    const robot = 'Halden Careers <no-reply@halden.example>';
    expect(writeTo(contactsOf({ from: robot, text: 'See you soon.\n\nBest,\nIngrid Solberg | Talent Partner | Halden' }))).toBe('Ingrid Solberg');
    expect(writeTo(contactsOf({ from: robot, text: 'See you soon.\n\nBest,\nIngrid Solberg, SHRM-CP\nTalent Partner' }))).toBe('Ingrid Solberg');
  });
});

describe('display names a forward or a convention changed', () => {
  it('drops an employer a forward ran into the name, and puts a capitalised family name last', () => {
    expect(readDisplayName('Noor Qasim Halden Analytics', 'noor.qasim@halden.example')).toBe('Noor Qasim');
    expect(readDisplayName('RENDELL Tobias')).toBe('Tobias Rendell');
  });

  it('takes no department name for a person, whatever the address', () => {
    expect(writeTo(contactsOf({ from: 'Halden Talent Acquisition <ta@halden.example>', text: 'We received your application.' }))).toBeNull();
    expect(writeTo(contactsOf({ from: 'Ingrid Solberg, Talent Acquisition <ta@halden.example>', text: 'We received your application.' }))).toBe('Ingrid Solberg');
  });
});


describe('hostile bodies', () => {
  it('reads a 100 KB body of names, titles and promises without running away', () => {
    const bodies = [
      'with Ana Ruiz, our Head of Data and '.repeat(3000),
      'Ana Ruiz (our head of '.repeat(5000),
      'Your schedule:\n' + '10:00 - 10:45 with Ana Ruiz with Ben Okafor\n'.repeat(2500),
      'we will get back to you within 2 weeks by Friday on Monday the 20th early next week '.repeat(1300),
    ];
    extract(message({ text: 'warm-up: we will be in touch by Friday with Ana Ruiz.' }), context);
    for (const text of bodies) {
      const started = performance.now();
      extract(message({ text }), context);
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });
});
