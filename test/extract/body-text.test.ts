import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBody } from '../../shared/extract/body-text.ts';
import { hardWrap } from '../../shared/bench/reading-eml.ts';

/** Our own bodies: one line per paragraph, with the line structure that carries meaning. */
const BODIES: readonly string[] = [
  [
    'Hi Dana,',
    '',
    'Thank you for taking the time to speak with our team last week about the Platform Reliability Engineer opening. We would like to invite you to a second conversation with our director of infrastructure on Thursday, November 12 at 11:15 a.m. Pacific Time, which will run for about forty-five minutes over a video call.',
    '',
    'Date: Thursday, November 12',
    'Time: 11:15 a.m. PT',
    '',
    'Please reply to confirm that this still suits you, and let me know if you need any accommodations.',
    '',
    'Best regards,',
    'Marisol Chen',
    'Technical Recruiter',
    'Kettle & Finch Software',
  ].join('\n'),
  [
    'Hello,',
    'Your application for Senior Manager, Threat Intel Research has reached our hiring committee, and we aim to get back to every candidate within two weeks of the closing date. In the meantime there is nothing else you need to do.',
    '- Applied: 2 November',
    '- Status: under review',
    'Thanks,',
    'The Bramblewood Institute careers team',
  ].join('\n'),
];

describe('readBody: one text model for every reader', () => {
  it('reads a hard-wrapped paragraph as the flat one, at any width from 40 to 100 columns', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BODIES), fc.integer({ min: 40, max: 100 }), (body, width) => {
        expect(readBody(hardWrap(body, width)).flowing).toBe(readBody(body).flowing);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps label lines, list items, greeting and signature on lines of their own', () => {
    const flowing = readBody(hardWrap(BODIES[0]!, 60)).flowing.split('\n');
    expect(flowing).toContain('Date: Thursday, November 12');
    expect(flowing).toContain('Time: 11:15 a.m. PT');
    expect(flowing).toContain('Hi Dana,');
    expect(flowing).toContain('Marisol Chen');
    expect(readBody(BODIES[1]!).flowing.split('\n')).toContain('- Status: under review');
  });

  it('keeps two sign-off lines apart in a flat body, even when the first is its widest wrappable line', () => {
    const paragraph = 'We have now reviewed every application we received for this vacancy and made our decision. Thank you for the time you gave it.';
    for (const [name, unit] of [
      ['Marsh Valley Water Authority (MVWA)', 'Customer Operations'],
      ['Department of Coastal Planning (DCP)', 'People Services'],
    ] as const) {
      const body = readBody(`Dear Applicant,\n\n${paragraph}\n\n${name}\n${unit}`);
      expect(body.lines.slice(-2)).toEqual([name, unit]);
    }
  });

  it('joins a time at a line end with the zone that starts the next line', () => {
    const wrapped = 'We have you down for a call with the hiring manager on Monday the 9th at 10:30am\nEastern, and I will send the dial-in details the day before the call itself.';
    expect(readBody(wrapped).flowing).toContain('10:30am Eastern, and');
  });

  it('keeps schedule rows that start with a clock time apart from the long line above them', () => {
    const body = 'Your panel is set for the afternoon of Tuesday and will run in the order shown below, with\n10:45 AM - Systems design with Ana Ruiz\n11:30 AM - Lunch with the team';
    expect(readBody(body).flowing.split('\n')).toContain('10:45 AM - Systems design with Ana Ruiz');
  });

  it('joins a lone last word with its colon to the sentence it ends, but keeps a label under a finished line', () => {
    const flat = 'Hi Sam,\n\nAs agreed on the phone, here is everything you need for your final interview for the role of Head of Customer Operations:\n\nMonday 7 December, 10:00 GMT';
    const wrapped = readBody(hardWrap(flat, 56)).flowing;
    expect(wrapped).toContain('Head of Customer Operations:');
    expect(wrapped).toContain('Operations:\n');
    const labelled = 'Hi Sam, thanks again for your patience while we lined up the whole panel for you.\nWhen:\nMonday 7 December, 10:00 GMT';
    expect(readBody(labelled).flowing.split('\n')).toContain('When:');
  });

  it('unwraps the first paragraph under a greeting typed without its comma', () => {
    const paragraph = 'I have just passed your CV to the hiring team at Northwind Logistics for the planner opening in Leeds, and I will update you as soon as they come back to me.';
    const wrapped = hardWrap(`Hello Priya\n${paragraph}\nBest\nOwen`, 60);
    expect(wrapped).not.toContain(paragraph);
    expect(readBody(wrapped).flowing).toContain(paragraph);
  });

  it('keeps flowing the same length as text, so an offset found in one is valid in the other', () => {
    const read = readBody(hardWrap(BODIES[0]!, 48));
    expect(read.flowing.length).toBe(read.text.length);
  });

  it("keeps a sign-off's town line apart from the name above it in a flat body", () => {
    for (const place of ['Boise, ID', 'Galway, Ireland', 'Red Deer, Alberta', 'Austin, TX 78701']) {
      const body = `Thank you for your interest in the Estimator position with Corvane Roofing & Gutters. We have received your application and will review it soon.\n\nBest of luck with your search!\n\nCorvane Roofing & Gutters\n${place}`;
      expect(readBody(body).flowing, place).toContain(`Corvane Roofing & Gutters\n${place}`);
    }
  });
  // Each case below is wrapped at a width that splits it where a rule has to decide; the flat body is the reference.
  const lines = (body: string, width: number): string[] => readBody(hardWrap(body, width)).flowing.split('\n');

  it('lets a "Label: value" row in a block of them wrap its tail, but not a sign-off title line', () => {
    const block = 'Please find the details of your assessment day:\n\nRole: Senior Pharmacist – Oncology Day Unit Services\nVenue: Room 4B, Larchmont Infirmary, Elm Row Campus\n\nRegards,\nOwen Tate';
    for (const width of [40, 44, 48]) {
      expect(lines(block, width), `width ${width}`).toContain('Role: Senior Pharmacist – Oncology Day Unit Services');
    }
    const signOff = 'We look forward to meeting you next week, and please let me know if anything changes on your side.\n\nKind regards\n\nPriya Das\nHR Officer: Talent & Onboarding\nHollin Valley Water Board';
    expect(lines(signOff, 40)).toContain('HR Officer: Talent & Onboarding');
    expect(lines(signOff, 40)).toContain('Hollin Valley Water Board');
    // Flat, the widest row gave the width: it says nothing of wrapping.
    const flat = 'A new booking was made.\n\nWhat: Payroll Lead – 30 min call\nWith: Ines Abara, Finance Director, Marrowgate Foods\nOpen the meeting link';
    expect(readBody(flat).flowing.split('\n')).toContain('With: Ines Abara, Finance Director, Marrowgate Foods');
  });

  it('joins a name to the honorific that ends the line above it', () => {
    const body = 'Thank you for applying to the ward. Your interview on Monday will be led by Mr. Tobias Wren, Charge Nurse, together with the matron. Please arrive ten minutes early.';
    let brokeAfterHonorific = 0;
    for (let width = 40; width <= 100; width++) {
      const wrapped = hardWrap(body, width);
      if (wrapped.includes('Mr.\n')) brokeAfterHonorific++;
      expect(readBody(wrapped).flowing, `width ${width}`).toContain('led by Mr. Tobias Wren');
    }
    expect(brokeAfterHonorific).toBeGreaterThan(0);
    expect(readBody('The clinic is at 14 Elm Dr.\nSpringfield, IL').flowing).toContain('Elm Dr.\nSpringfield, IL');
  });

  it('keeps listing rows and link bars whole, but joins a row that breaks off at a separator', () => {
    const alert = "Roles matching 'Payroll':\n\nPayroll Officer – Fenwick Mills – Leeds\nSenior Payroll Analyst – Brockley Cargo –\nHybrid (Bristol)\nPayroll Administrator – Orla Dental – Remote\n\nView all | Manage alerts | Unsubscribe\nJobpost Ltd";
    const read = readBody(alert).flowing.split('\n');
    expect(read).toContain('Payroll Officer – Fenwick Mills – Leeds');
    expect(read).toContain('Senior Payroll Analyst – Brockley Cargo – Hybrid (Bristol)');
    expect(read).toContain('View all | Manage alerts | Unsubscribe');
  });

  it('keeps the lines of a name block apart, even in a body wrapped throughout', () => {
    const body = 'We regret to tell you that the panel has chosen another candidate for this vacancy. We will keep your details on file for twelve months in line with our records policy.\n\nDepartment of Coastal and Marine Affairs (DCMA)\nPeople and Culture Branch';
    for (const width of [48, 52, 56]) {
      const read = lines(body, width);
      expect(read, `width ${width}`).toContain('Department of Coastal and Marine Affairs (DCMA)');
      expect(read, `width ${width}`).toContain('People and Culture Branch');
    }
  });

  it('finishes a sentence that a wrap leaves just before words that look like a label', () => {
    const bodies = [
      "Hi Sam,\n\nGreat chatting on Friday. Let's get you in to meet the team for the Head Chef position: Wednesday at 3pm at the Quayside kitchen. Bring your knives if you like.\n\nNoor",
      "Hello Ana,\n\nThanks again for the call. Here is the Teams link for our 2pm Eastern conversation about the Payroll Systems Lead role:\n\nhttps://teams.example.com/meet/123\n\nBest,\nCarl",
    ];
    for (const body of bodies) {
      const flat = readBody(body).flowing;
      for (const width of [44, 52, 60, 68]) {
        expect(readBody(hardWrap(body, width)).flowing.replace(/ /g, '\n').split('\n').join(' '), `width ${width}`).toBe(flat.replace(/ /g, '\n').split('\n').join(' '));
        const sentence = flat.split('\n').find((line) => line.includes('position:') || line.includes('role:'))!;
        expect(lines(body, width), `width ${width}`).toContain(sentence);
      }
    }
  });

  it('measures the wrap width in the characters the sender typed, two spaces after a stop included', () => {
    // Wrapped at 44: "Review" did not fit after the row as typed (38 characters), though it would after squashing (37).
    const body = 'Thanks for confirming. Your schedule for the\nday is below, with all times in Central.\n\n9:00 AM - 9:45 AM  Design Architecture\nReview with Iris Gant\n9:45 AM - 10:30 AM  Coding with Lev Moss';
    expect(readBody(body).flowing.split('\n')).toContain('9:00 AM - 9:45 AM Design Architecture Review with Iris Gant');
  });
  it('keeps a phone number that opens with a bracket on its own line under a sign-off', () => {
    for (const phone of ['(02) 5550 0188', '(815) 555-0142', '+44 (0)20 5550 1234']) {
      const body = `Thanks for your time on the phone today. We would love you to visit the clinic next week and meet the team.\n\nCheers,\nMo\n\nDr Maureen Oyelaran\nPractice Owner\nKestrel Park Animal Clinic\n${phone}`;
      expect(readBody(body).flowing.split('\n'), phone).toContain(phone);
    }
  });
  it('cuts at an underscore rule over a quoted header, not at one fencing a meeting block', () => {
    const rule = '_'.repeat(60);
    const own = `Hi Jo,\n\nYour panel is on Monday at 9:30 GMT.\n\n${rule}\nMicrosoft Teams meeting\nJoin on your computer or mobile app\nMeeting ID: 812 004 551\n${rule}\n\nKind regards,\nRuth Ebbe\nTalent Partner, Gorsey Labs`;
    expect(readBody(own).text).toContain('Ruth Ebbe\nTalent Partner, Gorsey Labs');
    for (const header of ['From: Ruth Ebbe <ruth@gorsey.example>', 'De : Ruth Ebbe', 'Von: Ruth Ebbe']) {
      const reply = `Thanks, Monday works.\n\n${rule}\n${header}\nSent: Friday\nSubject: Panel\n\nOld text about Tuesday at 4pm`;
      expect(readBody(reply).text, header).not.toContain('Tuesday');
    }
  });
});
