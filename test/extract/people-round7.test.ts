import { describe, expect, it } from 'vitest';
import type { Contact } from '../../shared/domain/analysis.ts';
import { extract } from '../../shared/extract/index.ts';
import { findInterviewerNames } from '../../shared/extract/interviewers.ts';
import { looksLikeFullName } from '../../shared/extract/person-name.ts';
import { isTeamMailbox } from '../../shared/extract/robots.ts';
import { ics, message, type MessageParts } from './message-builder.ts';

/** Round 7 of #10: interviewers named in passing, scheduling bots and booking pages, and who to write to. */

const context = { timeZone: 'America/New_York', kind: 'interview' } as const;
const contactsOf = (parts: MessageParts): readonly Contact[] => extract(message(parts), context).contacts;
const writeTo = (contacts: readonly Contact[]): string | null =>
  contacts.find((c) => !c.robot && c.part === 'arranged' && c.name !== '' && !isTeamMailbox(c.name, c.email))?.name ?? null;
/** Everyone the user will meet: named interviewers and whoever arranged it and says they are in it too. */
const meets = (contacts: readonly Contact[]): string[] => contacts.filter((c) => c.part === 'interviewer' || c.alsoInterviewer === true).map((c) => c.name);

describe('interviewers named in passing', () => {
  it('reads someone who will "sit in" or "be there", with their role before or after the name', () => {
    expect(findInterviewerNames('Come by the depot on Monday at 9. I am going to ask our plant manager, Oskar Lindgren, to sit in for the last half hour.')).toEqual(['Oskar Lindgren']);
    expect(findInterviewerNames('The chat is at 2pm. Wren Calloway from our analytics group will also be there, so bring questions about the data.')).toEqual(['Wren Calloway']);
    expect(findInterviewerNames("We'll meet at the studio at 10. Our art director, Paz Ibarra, will be in the room too.")).toEqual(['Paz Ibarra']);
  });

  it('reads "joining me will be …" and the people to ask for at a front desk', () => {
    expect(findInterviewerNames('Joining me will be Ines Vidal (Head of Risk) and Tomasz Nowak, who runs the desk.')).toEqual(['Ines Vidal', 'Tomasz Nowak']);
    expect(findInterviewerNames('The interview is in person on Friday. Please ask for Gideon Marsh at reception when you arrive.')).toEqual(['Gideon Marsh']);
  });

  it('reads a sequence of sessions written with "then" and a "Last, First (title)" in running text', () => {
    expect(findInterviewerNames('The afternoon is three sessions back to back (Odile Fabre, then Kofi Mensah, then Saoirse Lynch).')).toEqual(['Odile Fabre', 'Kofi Mensah', 'Saoirse Lynch']);
    expect(findInterviewerNames('On the day you will meet Achterberg, Femke (Claims Lead) and Rui Soares (Analyst).')).toEqual(['Femke Achterberg', 'Rui Soares']);
  });

  it('reads "Who:", "Guests:", "Staff:" and German "Gesprächspartner:" labels, even when the next paragraph ran on', () => {
    const who = 'When: Monday 3pm\nWho: Dr. Halima Yusuf, Head of Actuarial, and Bram Kessler, Pricing Lead Expect a short case study on reserving and a chat about the team. Bring a calculator.\nWhere: our office';
    expect(findInterviewerNames(who)).toEqual(['Halima Yusuf', 'Bram Kessler']);
    expect(findInterviewerNames('Interview – Analyst\nGuests: Nadia Petrov - organizer\nLuca Bianchi\nsam.seeker@example.net')).toEqual(['Nadia Petrov', 'Luca Bianchi']);
    expect(findInterviewerNames('Your booking is confirmed.\nService: Interview\nStaff: Eamon Doyle\nLocation: Teams')).toEqual(['Eamon Doyle']);
    expect(findInterviewerNames('Termin: Montag, 14:00 Uhr\nGesprächspartner: Herr Jonas Ebert (Entwicklung) und Frau Lena Voigt (Personal)')).toEqual(['Jonas Ebert', 'Lena Voigt']);
  });

  it('reads an itinerary of clock times without a heading, and skips the breaks', () => {
    const itinerary = 'Your onsite is confirmed for Thursday.\n\n9:00 AM - 9:45 AM: Architecture - Yara Haddad\n10:00 AM - 10:30 AM: Coffee break\n10:30 – Debugging — Felix Braun and Mina Cho\n11:30 AM - 12:00 PM: Office tour';
    expect(findInterviewerNames(itinerary)).toEqual(['Yara Haddad', 'Felix Braun', 'Mina Cho']);
  });

  it('reads a "Name – Title" line standing alone in the details, but not the signer\'s own line', () => {
    const details = 'Thanks for making time to interview with us.\n\nMonday, 4 May\n2:00 PM - 2:45 PM\n\nHenrik Solberg - Director, Supply Planning\n\nJoin on Zoom: https://zoom.example/j/1\n\nBest,\nAmira Nasser\nRecruiter';
    expect(findInterviewerNames(details)).toEqual(['Henrik Solberg']);
    const signed = 'Looking forward to our call on Monday.\n\nBest,\n\nAmira Nasser - Talent Partner\nacme.example';
    expect(findInterviewerNames(signed)).toEqual([]);
  });

  it('reads a list introduced at the end of a long paragraph', () => {
    const text = 'Your interview will be held on Tuesday at 10:00am in the main building and will run for approximately forty-five minutes, including a short exercise. The selection committee will be:\nMaeve Quinlan, Chair\nDaniel Osei, Team Leader\n\nPlease confirm by Friday.';
    expect(findInterviewerNames(text)).toEqual(['Maeve Quinlan', 'Daniel Osei']);
  });

  it('reads attendees of an invite and a table column of interviewers', () => {
    const invite = ics(['DTSTART:20261202T150000Z', 'SUMMARY:Interview', 'ORGANIZER;CN=Ruth Adler:mailto:ruth.adler@acme-corp.com', 'ATTENDEE;CN=Kenji Mori:mailto:kenji.mori@acme-corp.com', 'ATTENDEE;CN=Sam Seeker:mailto:sam.seeker@example.net']);
    expect(meets(contactsOf({ from: 'Ruth Adler <ruth.adler@acme-corp.com>', text: 'Invitation attached.', calendars: [invite] }))).toContain('Kenji Mori');
    const table = 'Here is the plan for the day:\n\nTime | Interviewer | Focus\n10:00 | Petra Novak | Systems\n11:00 | Idris Bello | Coding';
    expect(findInterviewerNames(table)).toEqual(['Petra Novak', 'Idris Bello']);
  });

  it('never takes a department, a desk or a role word for a person', () => {
    expect(looksLikeFullName('Intensive Care')).toBe(false);
    expect(looksLikeFullName('Reception Desk')).toBe(false);
    expect(findInterviewerNames('8:00 AM - 9:00 AM: Ward round - Intensive Care\n9:00 AM - 9:30 AM: Meet - Nursing Unit')).toEqual([]);
    expect(findInterviewerNames('You will meet the Hiring Manager and Talent Partner on Monday.')).toEqual([]);
    expect(findInterviewerNames('The panel will be:\n- Orla Byrne, Director, Water Policy (Chair)\n- Sean Daly, Manager, Risk and Compliance')).toEqual(['Orla Byrne', 'Sean Daly']);
  });
});

describe('the organiser and the person to write to', () => {
  it('takes a guest list\'s marked organiser as who arranged it, and as one of the people met', () => {
    const contacts = contactsOf({
      from: 'Brightmoor GmbH <calendar@brightmoor.example>',
      text: 'Reminder\n\nInterview Platform Engineer - Sam Seeker\nWed 4 Nov · 16:00–17:00\n\nParticipants: Frieda Lang (organiser), Moritz Hahn, Sam Seeker',
    });
    expect(writeTo(contacts)).toBe('Frieda Lang');
    expect(meets(contacts)).toEqual(expect.arrayContaining(['Frieda Lang', 'Moritz Hahn']));
    expect(contacts.map((c) => c.name)).not.toContain('Sam Seeker');
  });

  it('does not make a recruiter who only arranges an interviewer', () => {
    const contacts = contactsOf({
      from: 'Talia Brooks <talia.brooks@acme-corp.com>',
      text: 'Hi Sam,\n\nI have booked your interview with Ezra Klein, our Engineering Manager, for Tuesday at 2pm.\n\nBest,\nTalia Brooks\nRecruiter',
    });
    expect(writeTo(contacts)).toBe('Talia Brooks');
    expect(meets(contacts)).toEqual(['Ezra Klein']);
  });

  it('reads who to contact after a role written before the name', () => {
    const text = 'Dear Sam\n\nWe are pleased to invite you to interview on 3 December.\n\nIf you have any questions, please contact the hiring manager, Rosalind Achebe, on 01632 960 111.\n\nThis is an automated message.';
    expect(writeTo(contactsOf({ from: 'Jobs Portal <no-reply@jobsportal.example>', text }))).toBe('Rosalind Achebe');
    const chair = 'Your panel: Callum Reid (Chair), Ana Ruiz. For questions about the process contact the panel Chair, Callum Reid, by email.';
    expect(writeTo(contactsOf({ from: 'Recruitment <recruitment@council.example>', text: chair }))).toBe('Callum Reid');
  });

  it('completes a surname after a title, or a given name, from a full name the mail writes', () => {
    const vollmer = 'Your interviewers: Katja Brenner (HR) and Dr. Paul Weiss (Team Lead). If the date does not suit you, please contact Ms. Brenner at +49 30 5550 100.';
    expect(writeTo(contactsOf({ from: 'Karriere <karriere@weiss-ag.example>', text: vollmer }))).toBe('Katja Brenner');
    const given = 'Your in-person interview with Store Manager Lorna Pike is set for tomorrow at 10. Need to move it? Ring the branch on 0161 555 0100 and ask for Lorna.';
    expect(writeTo(contactsOf({ from: 'Greenleaf Grocers <greenleaf@talent.icims.com>', text: given }))).toBe('Lorna Pike');
    // A given name no full name completes names no one.
    expect(writeTo(contactsOf({ from: 'Greenleaf Grocers <greenleaf@talent.icims.com>', text: 'Need to move it? Call us and ask for Lorna.' }))).toBeNull();
    // Whom to ask for at a front desk is who the user meets, not who arranged it.
    const desk = contactsOf({ from: 'Tom Ashby <tom.ashby@agency.example>', text: 'You will meet Ingrid Holt, Head of Finance. Ask for Ingrid at reception.\nCall me after!\nTom Ashby' });
    expect(writeTo(desk)).toBe('Tom Ashby');
    expect(meets(desk)).toEqual(['Ingrid Holt']);
  });

  it('never takes the greeted user for a contact or an interviewer', () => {
    const contacts = contactsOf({
      from: 'Ops Calendar <calendar@ops.example>',
      text: 'Hi Sam Seeker,\n\nParticipants: Ilse Brandt (organiser), Tobias Kern, Sam Seeker',
      to: ['sam@example.net'],
    });
    expect(contacts.map((c) => c.name)).not.toContain('Sam Seeker');
  });
});

describe('scheduling bots and booking pages', () => {
  it('does not take a bot persona that signs the mail for a person', () => {
    const text = "Hi Sam!\n\nIt's Ava, the virtual assistant for Redline Logistics. I got your application for Forklift Operator.\n\nTalk soon,\nAva\nRedline Logistics Recruiting";
    expect(writeTo(contactsOf({ from: 'Ava at Redline Logistics <noreply@redline-careers.example>', text }))).toBeNull();
    const ai = "Hello Sam, I'm Max, your AI recruiting assistant at Orchard Foods.\n\nThanks,\nMax";
    expect(writeTo(contactsOf({ from: 'Orchard Foods <jobs@orchard.example>', text: ai }))).toBeNull();
  });

  it('takes the human a bot names, and the recruiter behind a scheduling tool', () => {
    const goodTime = 'Hi Sam,\n\nYour onsite is confirmed.\n\n10:00 AM - 10:45 AM: Coding - Priya Raman\n11:00 AM - 11:45 AM: Design - Tom Lee\n\nBest,\nJune Park\nRecruiting Coordinator';
    const contacts = contactsOf({ from: 'June Park via GoodTime <scheduling@goodtime.io>', replyTo: ['June Park <june.park@acme-corp.com>'], text: goodTime });
    expect(writeTo(contacts)).toBe('June Park');
    expect(meets(contacts)).toEqual(['Priya Raman', 'Tom Lee']);
  });

  it('takes the host of a booking page as who arranged it', () => {
    const willCall = 'A new event has been scheduled.\n\nEvent Type: 20 Minute Screen\nInvitee: Sam Seeker\nLocation: Phone call: Rhea Solano will call you.';
    const rhea = contactsOf({ from: 'Calendly <notifications@calendly.com>', text: willCall });
    expect(writeTo(rhea)).toBe('Rhea Solano');
    const questions = 'A new event has been scheduled.\n\nEvent Type: Site visit\n\nQuestions from Cormac Healy:\nBring boots, we will walk the yard.';
    expect(writeTo(contactsOf({ from: 'Calendly <notifications@calendly.com>', text: questions }))).toBe('Cormac Healy');
    const described = 'Your event has been scheduled.\n\nDescription: A quick intro with Noor Aziz, Head of Design at Fernleaf, about the designer opening.';
    expect(writeTo(contactsOf({ from: 'Calendly <notifications@calendly.com>', text: described }))).toBe('Noor Aziz');
  });

  it('keeps a booking with two people, or an ATS-scheduled interview, without a person to write to', () => {
    const two = 'A new event has been scheduled.\n\nDescription: Interview with Noor Aziz and Ben Okafor.';
    expect(writeTo(contactsOf({ from: 'Calendly <notifications@calendly.com>', text: two }))).toBeNull();
    const ats = 'Your interview is scheduled.\n\nDate: Thursday\nWith: Yusuf Aydin';
    const contacts = contactsOf({ from: 'Acme Hiring Team <no-reply@ashbyhq.com>', text: ats });
    expect(writeTo(contacts)).toBeNull();
    expect(meets(contacts)).toEqual(['Yusuf Aydin']);
  });

  it('reads the writer who introduces themself in a texted message sent through a tool', () => {
    const text = "Hi Sam, it's Dana Whitlock, GM at Copper Kettle Diner. You're booked for an interview with me on Tues at 3pm.\nReply C to confirm.";
    const contacts = contactsOf({ from: 'Copper Kettle Diner <messages@texting-tool.example>', text });
    expect(writeTo(contacts)).toBe('Dana Whitlock');
    expect(meets(contacts)).toContain('Dana Whitlock');
  });
});

describe('senders and signers that are organisations', () => {
  it('does not take an organisation\'s display name for a person', () => {
    expect(writeTo(contactsOf({ from: 'Juniper & Sage Bakery <hello@junipersage.example>', text: 'Thanks for applying!' }))).toBeNull();
    expect(writeTo(contactsOf({ from: 'Porto Claro Consultoria via Gupy <naoresponda@gupy.io>', text: 'Recebemos sua candidatura.' }))).toBeNull();
    expect(writeTo(contactsOf({ from: 'Lakeside Community Trust <bookings@lakesidetrust.example>', text: 'Your booking is confirmed.' }))).toBeNull();
    expect(writeTo(contactsOf({ from: 'Andes Telecom <andes@myworkdayjobs-mail.example>', text: 'We received your application.' }))).toBeNull();
  });

  it('reads a sign-off in te reo Māori or Portuguese, and a team signature in another language', () => {
    const maori = 'Kia ora Sam,\n\nYou will meet Aroha Ngata (Lead) on Friday.\n\nNgā mihi,\nMere Tapsell\nRecruitment Advisor';
    expect(writeTo(contactsOf({ from: 'Kōwhai Labs <no-reply@hire.lever.co>', text: maori }))).toBe('Mere Tapsell');
    const team = 'Olá Sam! Recebemos sua candidatura.\n\nAbraços,\nEquipe Porto Claro';
    expect(writeTo(contactsOf({ from: 'Porto Claro <vagas@portoclaro.example>', text: team }))).toBeNull();
  });

  it('reads a trade title before a name as a title', () => {
    const text = 'Your interview is confirmed!\n\nWith: Chef Marisa Quintero, Kitchen Manager\n\nQuestions? Write to Marisa at mquintero@brasa.example.';
    const contacts = contactsOf({ from: 'Brasa via Harri <no-reply@harri-mail.example>', text });
    expect(meets(contacts)).toEqual(['Marisa Quintero']);
  });

  it('does not drop a person whose given name the company reader took for the employer', () => {
    const text = 'Great chatting yesterday. Kirra Dunn (our design lead) can do 2pm today, so let us lock in your chat with her then.\n\nCheers,\nJase';
    const contacts = extract(message({ from: 'Jase Tran <jase@saltbush.example>', text }), context).contacts;
    expect(meets(contacts)).toEqual(['Kirra Dunn']);
  });
});
