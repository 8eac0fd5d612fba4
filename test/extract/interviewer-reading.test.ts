import { describe, expect, it } from 'vitest';
import { mergeContacts } from '../../shared/applications/apply-event.ts';
import type { Contact } from '../../shared/domain/analysis.ts';
import { extract } from '../../shared/extract/index.ts';
import { message } from './message-builder.ts';

/** Interviewers as the extractor reads them: the writer counts when they say they are in it. */
const context = { timeZone: 'Europe/Oslo', kind: 'interview' } as const;
const WRITER = 'Linnea Voss <linnea.voss@brightfield.example>';
const contactsOf = (text: string, from = WRITER): readonly Contact[] => extract(message({ from, text }), context).contacts;
/** Everyone the user meets: named interviewers, and the writer when they are one. */
const meets = (text: string): string[] => contactsOf(text).filter((c) => c.part === 'interviewer' || c.alsoInterviewer === true).map((c) => c.name);
const addressOf = (text: string, name: string): string | null | undefined => contactsOf(text).find((c) => c.name === name)?.email;

describe('the writer as an interviewer', () => {
  it('reads "me" beside another name, before or after it, as the writer being in the interview', () => {
    expect(meets('On Friday you will sit down with me and Priya Natarajan from our analytics group.')).toEqual(['Linnea Voss', 'Priya Natarajan']);
    expect(meets('The call on Tuesday will be with Idris Kovac and me.')).toEqual(['Linnea Voss', 'Idris Kovac']);
    expect(meets('quick one: thurs 3pm w/ me + Tamsin Orr, link to follow')).toEqual(['Linnea Voss', 'Tamsin Orr']);
    expect(meets('Lorenzo Bianchi and I will interview you next Wednesday at 14:00.')).toEqual(['Linnea Voss', 'Lorenzo Bianchi']);
  });

  it('reads a meeting word before "me", and the writer saying so in the first person', () => {
    expect(meets("You'll be meeting with me on Tuesday at 2pm to walk through your portfolio.")).toEqual(['Linnea Voss']);
    expect(meets('I will be interviewing you myself on Monday; expect about an hour.')).toEqual(['Linnea Voss']);
    expect(meets("I'll be on the panel too, alongside two people from the lab.")).toEqual(['Linnea Voss']);
  });

  it('keeps the writer as the one who arranged it', () => {
    const writer = contactsOf('On Friday you will sit down with me and Priya Natarajan.').find((c) => c.name === 'Linnea Voss');
    expect(writer).toMatchObject({ part: 'arranged', alsoInterviewer: true, email: 'linnea.voss@brightfield.example' });
  });

  it('does not take a past conversation or an ordinary "with me" for the interview ahead', () => {
    expect(meets('Thank you for speaking with me yesterday. Next you will meet Idris Kovac.')).toEqual(['Idris Kovac']);
    expect(meets('Please share your availability with me by Friday so we can book the interview.')).toEqual([]);
    expect(meets('It was a pleasure to chat with me and the team last week; the next step is a call with Hugo Lindgren.')).not.toContain('Linnea Voss');
    expect(meets('I will be in touch about the interview date soon.')).toEqual([]);
  });

  it('does not make the user an interviewer when the user forwarded their own mail', () => {
    const own = 'Sam Seeker <sam.seeker@example.net>';
    const contacts = extract(message({ from: own, to: [WRITER], text: 'Looking forward to speaking with me and Priya Natarajan.' }), { ...context, userAddresses: ['sam.seeker@example.net'] }).contacts;
    expect(contacts.filter((c) => c.alsoInterviewer === true)).toEqual([]);
  });
});

describe('honorifics before an interviewer\'s name', () => {
  it('drops Dr., Prof., Mr., Ms. and Mx. from the name and keeps the person', () => {
    expect(meets('You will meet with Prof. Amara Nwosu and Mr Felix Brandt in the east wing.')).toEqual(['Amara Nwosu', 'Felix Brandt']);
    expect(meets('Dr Helena Sorby will interview you on Thursday.')).toEqual(['Helena Sorby']);
    expect(meets('Your interview is with Ms. Keiko Tanabe, our Head of Research.')).toEqual(['Keiko Tanabe']);
    expect(meets('The panel will be Dr. Jonas Erikson and Mx. Rowan Pike.')).toEqual(['Jonas Erikson', 'Rowan Pike']);
  });

  it('drops a nursing "Sister" and a cleric\'s "Revd" too', () => {
    expect(meets('The panel will be Sister Orla Quinn (Ward Sister) and Tomas Berg.')).toEqual(['Orla Quinn', 'Tomas Berg']);
    expect(meets('You will meet with Revd Imogen Hale and Sister Bridget Lowe on Monday.')).toEqual(['Imogen Hale', 'Bridget Lowe']);
  });

  it('reads a given name written with a lower-case hyphenated part', () => {
    expect(meets('Dr. Min-jun Seo will interview you over video.')).toEqual(['Min-jun Seo']);
    expect(meets('You will speak with Hye-won Kang, our design lead.')).toEqual(['Hye-won Kang']);
  });
});

describe("an address written beside an interviewer's name", () => {
  it('is that person\'s address, in parentheses or angle brackets', () => {
    expect(addressOf("You'll meet with Amara Nwosu (amara.nwosu@brightfield.example), who runs the lab.", 'Amara Nwosu')).toBe('amara.nwosu@brightfield.example');
    const two = 'Your interview is with Dr. Felix Brandt <F.Brandt@brightfield.example>, Director of Analytics, and Keiko Tanabe (keiko@brightfield.example).';
    expect(addressOf(two, 'Felix Brandt')).toBe('f.brandt@brightfield.example');
    expect(addressOf(two, 'Keiko Tanabe')).toBe('keiko@brightfield.example');
    expect(addressOf('Helena Sorby (h.sorby@brightfield.example) will interview you.', 'Helena Sorby')).toBe('h.sorby@brightfield.example');
  });

  it('is read when the list starts on the next line, after a title that follows the address', () => {
    const text = 'We would like to see you on Monday at 10:00 with\nDr. Jonas Erikson (jonas.erikson@brightfield.example), Head of Quality.';
    expect(meets(text)).toEqual(['Jonas Erikson']);
    expect(addressOf(text, 'Jonas Erikson')).toBe('jonas.erikson@brightfield.example');
  });

  it('keeps reading the list after an address and a title', () => {
    expect(meets('You will meet Amara Nwosu (amara@brightfield.example), our lab manager, and Felix Brandt.')).toEqual(['Amara Nwosu', 'Felix Brandt']);
  });

  it('is never an address that is not written right after the name', () => {
    expect(addressOf('You will meet Amara Nwosu on site. Questions? Write to recruiting@brightfield.example.', 'Amara Nwosu')).toBeNull();
  });
});

describe('other ways mail names the panel', () => {
  it('reads "the panel will be / is / includes" without a colon', () => {
    expect(meets('The panel will be Sunniva Berg and Oskar Lind.')).toEqual(['Sunniva Berg', 'Oskar Lind']);
    expect(meets('Your panel includes Sunniva Berg, Oskar Lind and Maren Dahl.')).toEqual(['Sunniva Berg', 'Oskar Lind', 'Maren Dahl']);
  });

  it('reads a panel listed in brackets after the word', () => {
    expect(meets('A short presentation, then questions from the panel (Professor Saga Holm, Ivar Moe and someone from HR).')).toEqual(['Saga Holm', 'Ivar Moe']);
    expect(meets('You will present to the panel (Dr Nils Aune and Kari Vik) in room 2.')).toEqual(['Nils Aune', 'Kari Vik']);
  });

  it('reads people introduced by how many of a group they are', () => {
    expect(meets("I'd like you to meet two of my peers for the Support Lead role, Ines Moreau and Karl Weber, early next week.")).toEqual(['Ines Moreau', 'Karl Weber']);
    expect(meets('Next you will speak with three of our analysts, Eva Dahl, Jon Moe and Siri Aas.')).toEqual(['Eva Dahl', 'Jon Moe', 'Siri Aas']);
  });

  it('reads the one who chairs the panel', () => {
    expect(meets('We have to move your interview. Dr Ayo Bello, who chairs the panel, is away this week.')).toEqual(['Ayo Bello']);
    expect(meets('Marit Solberg, who will chair the interview panel, asked for a short presentation.')).toEqual(['Marit Solberg']);
    expect(meets('Sorry for the notice. Sadly Dr Ayo Bello, who chairs the panel, is unwell.')).toEqual(['Ayo Bello']);
    expect(meets('Apologies. Regrettably Prof. Lene Aas will interview you next month instead.')).toEqual(['Lene Aas']);
  });

  it('reads a titled name in mail about a final round that never says "interview"', () => {
    expect(meets("We'd like to set up the final round next week. Astrid Holm, our VP Marketing, is free on Tuesday.")).toEqual(['Astrid Holm']);
  });
});

describe('an application keeps what a later email says about a person', () => {
  it('marks a stored contact as an interviewer when a later email says they are in it', () => {
    const stored: Contact = { name: 'Linnea Voss', email: 'linnea.voss@brightfield.example', robot: false, source: 'from', part: 'arranged' };
    const merged = mergeContacts([stored], [{ ...stored, alsoInterviewer: true }]);
    expect(merged).toEqual([{ ...stored, alsoInterviewer: true }]);
    expect(mergeContacts([{ ...stored, alsoInterviewer: true }], [stored])).toEqual([{ ...stored, alsoInterviewer: true }]);
  });
});

describe('schedules, labels and tables that list the interviewers', () => {
  it('reads schedule lines led by a single clock time', () => {
    const text = 'Your agenda:\n09:30 Marit Solheim, Head of Data\n10:15 Kasper Lund, Forecasting\n11:00 Coffee with the team\n\nSee you then.';
    expect(meets(text)).toEqual(['Marit Solheim', 'Kasper Lund']);
  });

  it('reads a bare "Schedule" heading and entries a directory lists surname first', () => {
    const text = 'Your visit is booked.\n\nSchedule\n\n9:00 – 9:45 AM: Haugen, Ingvild — Team Lead\n9:45 – 10:30 AM: Berg, Jonas — Data Engineer\n\nSee you soon.';
    expect(meets(text)).toEqual(['Ingvild Haugen', 'Jonas Berg']);
    expect(meets('The interview is confirmed.\nInterviewers: Haugen, Ingvild; Berg, Jonas\nLocation: video')).toEqual(['Ingvild Haugen', 'Jonas Berg']);
  });

  it('reads an "Interviewers:" label and the names on the lines under it, and stops at the next label or a closing', () => {
    expect(meets('Your interview is confirmed.\n\nInterviewers: Marit Solheim – Head of Data\nKasper Lund – Analyst\n\nBring your laptop.')).toEqual(['Marit Solheim', 'Kasper Lund']);
    expect(meets('Your interview is confirmed.\nInterviewers: Marit Solheim\nLocation: Oslo office\nKasper Lund\nFacilities desk')).toEqual(['Marit Solheim']);
    expect(meets('Your interview is confirmed.\nInterviewers: Marit Solheim\nKasper Lund\n\nThanks,\nLinnea Voss')).toEqual(['Marit Solheim', 'Kasper Lund']);
    expect(meets('Your interview is confirmed.\nInterviewers: Marit Solheim\nBest wishes,\nTorunn Vik')).toEqual(['Marit Solheim']);
  });

  it('reads the interviewer column of a table, and nothing from a table without one', () => {
    expect(meets('Your interview is confirmed.\n\nStart | Interviewer | Topic\n10:00 | Ingvild Haugen | Modelling\n10:45 | Jonas Berg | SQL\n')).toEqual(['Ingvild Haugen', 'Jonas Berg']);
    expect(meets('Your interview is confirmed.\n\nStart | Room | Topic\n10:00 | Fjord Room | Modelling\n')).toEqual([]);
  });
});

describe('titles, initials and panel wording', () => {
  it('reads a name written right after a capitalised job title with no "our" or "the"', () => {
    expect(meets('Your on-site interview with Assistant Store Manager Priyanka Rowe is booked for Monday at nine.')).toEqual(['Priyanka Rowe']);
    expect(meets('Next week you will meet Engineering Director Tomasz Wiercinski in Bergen.')).toEqual(['Tomasz Wiercinski']);
    expect(meets('We are glad to set up a call with Practice Manager Elodie Fairbrother on Friday.')).toEqual(['Elodie Fairbrother']);
  });

  it('reads a titled name even when another title word stands just before it', () => {
    const text = 'Thanks for applying to Night Supervisor - Branch 22 at Harbour Grocers!\n\nYour interview with Assistant Store Manager Priyanka Rowe is booked for Monday at nine.';
    expect(meets(text)).toEqual(['Priyanka Rowe']);
  });

  it('reads initials and a surname after an honorific, and a panel that "will consist of" people', () => {
    expect(meets('The interview panel will consist of Mr. R. Balasubramanian (Works Manager) and Mrs. Kavita Deshmukh (HR Head).')).toEqual(['R. Balasubramanian', 'Kavita Deshmukh']);
    expect(meets('Your panel comprises Dr. A. K. Menon and Ms. Farida Osei.')).toEqual(['A. K. Menon', 'Farida Osei']);
    expect(meets('The interview panel will consist of senior staff from the plant.')).toEqual([]);
  });

  it('does not read initials without an honorific as a listed interviewer', () => {
    expect(meets('You will meet with R. Balasubramanian on Monday.')).toEqual([]);
  });
});
