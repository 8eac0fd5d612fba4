import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract/index.ts';
import { readInterviewers } from '../../shared/extract/interviewers.ts';
import { message } from './message-builder.ts';

/**
 * Families from writer-v/w's missed times and interviewers (#10), in sentences written for this
 * test: a confirmation whose only "request" is how to change or confirm the booked time, a move the
 * sender asks for with one new time, a subject that books the time the body never states, and
 * panels named as "it'll be myself and …" or by title in mail about a presentation.
 * 2026-12-01 is a Tuesday; the user is in New York.
 */

const SENT = '2026-12-01T14:00:00Z';

function readAt(text: string, subject = 'Interview'): string | null {
  const found = extract(message({ date: SENT, subject, text }), { timeZone: 'America/New_York', kind: 'interview' });
  return found.interview.at === null ? null : new Date(found.interview.at).toISOString();
}

const instant = (iso: string): string => new Date(iso).toISOString();
const names = (text: string): string[] => readInterviewers(text).people.map((person) => person.name);

describe('a request to change or confirm the booked time is no request to pick one', () => {
  it('keeps a confirmed schedule when the mail says how to ask for a new time', () => {
    const text = 'Hello Robin,\n\nYour interview with the Platform team at Orchard Mutual is confirmed.\n\n| Date | Time | Zone |\n| Wednesday, Dec 9, 2026 | 10:00 AM - 10:45 AM | Eastern Time |\n| Wednesday, Dec 9, 2026 | 10:45 AM - 11:30 AM | Eastern Time |\n\nUse the link in this message to request a different time, or reply to us.';
    expect(readAt(text)).toBe(instant('2026-12-09T10:00:00-05:00'));
  });

  it('keeps one labelled slot when the mail asks to confirm it at the candidate\'s convenience', () => {
    expect(readAt('Hi Robin,\n\nDate: Thursday 10/12/2026\nTime: 15:00 (New York time)\nVideo link to follow.\n\nKindly confirm at your earliest convenience.\n\nRegards'))
      .toBe(instant('2026-12-10T15:00:00-05:00'));
    expect(readAt('Hi Robin,\n\nYour interview for the Analyst role has been scheduled for Friday, December 11 at 1:00 PM ET. To reschedule or cancel, use the link below.\n\nThanks'))
      .toBe(instant('2026-12-11T13:00:00-05:00'));
  });

  it('still reads a booking link or a call for availability as no time yet', () => {
    expect(readAt('Hi Robin,\n\nWe would like to meet you next week, e.g. Thursday at 2pm. Please use the link below to book a time at your convenience.\n\nThanks')).toBeNull();
    expect(readAt('Hi Robin,\n\nPlease share your availability for a call. Our team is free Thursday at 2pm ET, or we can reschedule to suit.\n\nThanks')).toBeNull();
  });
});

describe('a move the sender asks for, with one new time', () => {
  it('takes the new time of "could we move … from … to …?"', () => {
    expect(readAt('Hi Robin,\n\nSomething came up on our side. Could we move your interview from Wednesday 2 December at 10:00 to Friday 4 December at 14:30 ET instead? Same link as before.\n\nThanks'))
      .toBe(instant('2026-12-04T14:30:00-05:00'));
    expect(readAt('Hi Robin,\n\nWould it be possible to push the call from Thursday 3 December, 9am ET, to Thursday 3 December, 1pm ET? The panel is the same.\n\nBest'))
      .toBe(instant('2026-12-03T13:00:00-05:00'));
    expect(readAt('Robin - can we shift our chat from Monday 7 December 4pm ET to Tuesday 8 December 11am ET? sorry for the shuffle'))
      .toBe(instant('2026-12-08T11:00:00-05:00'));
  });

  it('takes no time when the move offers two new times', () => {
    expect(readAt('Hi Robin,\n\nCould we move your interview from Wednesday at 10am ET to Friday 4 December at 9am or 2pm ET?\n\nThanks')).toBeNull();
  });
});

describe('a subject that books the time the body never states', () => {
  it('reads the time from a confirming subject when the body has none', () => {
    expect(readAt('Hi Robin,\n\nBoth partners have accepted, so the case presentation is all set. We are on the 4th floor; ask for me at reception.\n\nJo', 'Confirmed: Wed 12/9 2:00pm ET - case presentation'))
      .toBe(instant('2026-12-09T14:00:00-05:00'));
    expect(readAt('Hi Robin,\n\nSee the attached brief and bring a laptop.\n\nJo', 'Re: Portfolio review booked - Thursday 10 December, 11:30 AM ET'))
      .toBe(instant('2026-12-10T11:30:00-05:00'));
  });

  it('reads nothing from a subject that does not book, or that is unsettled', () => {
    expect(readAt('Hi Robin,\n\nCan you make it?\n\nJo', 'Case presentation - Wed 12/9 2:00pm ET?')).toBeNull();
    expect(readAt('Hi Robin,\n\nSorry about this.\n\nJo', 'Cancelled: Wed 12/9 2:00pm ET - case presentation')).toBeNull();
    expect(readAt('Hi Robin,\n\nWhich suits you?\n\nJo', 'Confirmed options: Wed 12/9 2pm ET or Thu 12/10 3pm ET')).toBeNull();
  });

  it('lets a body that states a time speak for itself', () => {
    expect(readAt('Hi Robin,\n\nYour interview is confirmed for Thursday 10 December at 9:00 AM ET.\n\nJo', 'Confirmed: Wed 12/9 2:00pm ET'))
      .toBe(instant('2026-12-10T09:00:00-05:00'));
  });
});

describe('the sender stating the plan', () => {
  it('takes the time of "we\'ll do it at … on …" and "I\'ll hold the call on …"', () => {
    expect(readAt('Hi Robin,\n\nNext step is meeting the crew. We\'ll do it at the workshop on Thursday at 3, informal, coffee after.\n\nJo'))
      .toBe(instant('2026-12-03T15:00:00-05:00'));
    expect(readAt('Robin, I\'ll hold the call on Friday 4 December at 10am ET, about half an hour.\n\nJo'))
      .toBe(instant('2026-12-04T10:00:00-05:00'));
    expect(readAt('Hi Robin,\n\nWe will have the interview in our Leeds office on Monday 7 December at 11:00 ET.\n\nJo'))
      .toBe(instant('2026-12-07T11:00:00-05:00'));
  });

  it('takes no time when the plan is a choice or only a question', () => {
    expect(readAt('Hi Robin,\n\nWe\'ll do it on Thursday at 3 or Friday at 10, whichever suits.\n\nJo')).toBeNull();
    expect(readAt('Hi Robin,\n\nShall we do it on Thursday at 3?\n\nJo')).toBeNull();
  });
});

describe('who will be there', () => {
  it('reads "it\'ll be myself and …" and "it\'s me and …" with the writer in the panel', () => {
    const read = readInterviewers('Come to the depot on Friday at ten. It\'ll be myself and Nuala Brennan, who runs the night shift.');
    expect(read.people.map((person) => person.name)).toEqual(['Nuala Brennan']);
    expect(read.writerMeets).toBe(true);
    expect(names('It will just be me and Tobias Lindgren from the data team.')).toEqual(['Tobias Lindgren']);
    expect(names('It\'s me, Petra Vogel and Ines Duarte on the call.')).toEqual(['Petra Vogel', 'Ines Duarte']);
  });

  it('does not read "it will be" before anything but the writer', () => {
    expect(names('It will be Monday at the Harbour Street office.')).toEqual([]);
    expect(readInterviewers('It\'s me again, with one more question about your notice period.').writerMeets).toBe(false);
  });

  it('reads titled people in mail about a case presentation or an assessment', () => {
    expect(names('Good news: Lena Sato (Principal) and Omar Haddad (Senior Manager) have accepted, so the case presentation is set.')).toEqual(['Lena Sato', 'Omar Haddad']);
    expect(names('The assessment will be marked by our Head of Finance, Bridget Okoye.')).toEqual(['Bridget Okoye']);
  });
});

describe('a booking tool\'s subject names the host when the body does not', () => {
  const contactsOf = (subject: string, text: string) =>
    extract(message({ date: SENT, from: 'Calendly <notifications@calendly.com>', subject, text }), { timeZone: 'America/New_York', kind: 'interview' }).contacts;
  const body = 'Hi Robin,\n\nA new event has been scheduled.\n\nEvent Type:\nIntro Call (30 min)\n\nEvent Date/Time:\n10:00am - 10:30am (Eastern Time - US & Canada), Thursday, December 3, 2026\n\nLocation:\nThey will phone you.';

  it('takes the person after "with" in the subject as the host', () => {
    const people = contactsOf('Confirmed: Northgate Intro Call with Priya Raman on Thursday, December 3, 2026', body).filter((contact) => !contact.robot);
    expect(people.map((contact) => contact.name)).toEqual(['Priya Raman']);
    expect(people[0]?.alsoInterviewer).toBe(true);
  });

  it('takes no company for a person, nor a subject without a name', () => {
    expect(contactsOf('Confirmed: Intro Call with Northgate Logistics Ltd on Thursday, December 3, 2026', body).filter((contact) => !contact.robot)).toEqual([]);
    expect(contactsOf('Confirmed: Intro Call on Thursday, December 3, 2026', body).filter((contact) => !contact.robot)).toEqual([]);
  });
});
