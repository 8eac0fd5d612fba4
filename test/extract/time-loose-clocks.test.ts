import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract/index.ts';
import { findStatedZone } from '../../shared/extract/zones.ts';
import { message } from './message-builder.ts';

// 2026-12-01 is a Tuesday.
const sentTuesday = '2026-12-01T09:00:00Z';
type Kind = 'interview' | 'confirmation' | 'rejection' | 'other';
const at = (text: string, kind: Kind = 'interview', timeZone = 'America/New_York') =>
  extract(message({ date: sentTuesday, text }), { timeZone, kind }).interview.at;

describe('a city named after the word for time, as French, Spanish and Italian mail writes it', () => {
  it('reads "heure de Paris", "hora de Madrid", "ora di Roma" as that city\'s zone', () => {
    expect(findStatedZone(' (heure de Paris)')?.zone).toBe('Europe/Paris');
    expect(findStatedZone(', hora de Madrid')?.zone).toBe('Europe/Madrid');
    expect(findStatedZone(' ora di Rome')?.zone).toBe('Europe/Rome');
    expect(findStatedZone(" heure d'Paris")?.zone).toBe('Europe/Paris');
  });

  it('places the interview in that zone, not the reader\'s', () => {
    expect(at('Bonjour Sam,\n\nYour interview is confirmed for Thursday 3 December at 10h15 (heure de Paris), in our Lyon office.\n\nCordialement'))
      .toBe('2026-12-03T10:15:00+01:00');
    expect(at('Hola Sam,\n\nYour interview is confirmed for Thursday at 16:00 (hora de Madrid) at our office.\n\nSaludos'))
      .toBe('2026-12-03T16:00:00+01:00');
  });

  it('names no zone for a city it does not know or a word that is not a city', () => {
    expect(findStatedZone(' (heure de Pointe)')).toBeNull();
    expect(findStatedZone(' heure de pointe')).toBeNull();
  });
});

describe('mail with time-like text that books no interview yields no time', () => {
  const untimed = [
    'Hi Sam,\n\nThanks for applying to the Data Analyst role. We will review your application and be in touch.\n\nBest,\nRuth\nRecruiting | Office hours Mon-Fri 9:00-5:00\nPhone 555-0100',
    'Hi Sam,\n\nThanks for applying. We will be in touch.\n\nRuth\nOffice hours: Tuesday and Thursday 2pm-4pm ET',
    'Hi Sam,\n\nThanks for your application for the welder post. We will contact you if shortlisted.\n\nSent at 3:45 PM on Tuesday, December 1, 2026',
    'Hi Sam,\n\nPlease complete the assessment by Friday at 5pm ET. It takes about 40 minutes.\n\nThanks, Ruth',
    'Hi Sam,\n\nPlease complete the online test before Thursday 11:59 PM PST.\n\nThanks, Ruth',
    'Hi Sam,\n\nJoin our webinar on careers in finance on Thursday at 6pm GMT. Register at the link below.\n\nThe Careers Team',
    'Hi Sam,\n\nYour seat at our webinar is confirmed for Thursday at 6pm GMT.\n\nThe Careers Team',
    'Hi Sam,\n\nCome meet us at the spring career fair on Wednesday from 10am to 3pm in the main hall.\n\nThe Careers Team',
    'Hi Sam,\n\nDrop by our stand on Thursday at 2pm for a coffee with the engineers.\n\nThe Careers Team',
    'Hi Sam,\n\nPlease come along to our booth on Friday at 11am, hall B, at the recruitment fair.\n\nThe Careers Team',
    "Hi Sam,\n\nThanks for yesterday's interview at 3.45, it was great to meet you. We will let you know next week.\n\nRuth",
    'Hi Sam,\n\nThank you for coming in on Monday at 3:45. The team enjoyed meeting you and we will be in touch.\n\nRuth',
    'Hi Sam,\n\nWe have received your application. Your GPA 3.45 meets our minimum of 3.0.\n\nRuth',
    'Hi Sam,\n\nThanks for your application; we will review it shortly.\n\nRuth\n\nOn Mon, Nov 30, 2026 at 3:45 PM Sam Lee <sam@example.com> wrote:\n> Please find my CV attached for the interview on Friday at 2pm.',
    'Hi Sam,\n\nUnfortunately we will not be moving forward. Our panel met on Thursday at 10am to review every application.\n\nRuth',
    'Hi Sam,\n\nYour application was received at 15h30 on Monday. We review every application within 5 working days.\n\nRuth',
    'Hi Sam,\n\nThe role pays 1530 per month. Shifts start at 0700 hrs on weekdays.\n\nRuth',
    'Hi Sam,\n\nOur store is open from 9 till 5 Monday to Saturday; drop in any time to hand in your CV.\n\nRuth',
    'Hi Sam,\n\nThe job ad closes tomorrow at 3.45. Please apply on the portal before then.\n\nRuth',
    'Hi Sam,\n\nReminder: the application deadline is Friday at noon CT.\n\nRuth',
    'Hi Sam,\n\nWe hold an open day on Saturday at 11am at our Leeds office for anyone curious about engineering.\n\nRuth',
    'Hi Sam,\n\nThanks for coming in yesterday at 10. We will let you know by Friday.\n\nRuth',
    'Hi Sam,\n\nPlease send your references by tomorrow at 5. Thanks!\n\nRuth',
    'Hi Sam,\n\nThe careers fair is tomorrow at 10, hall 2. Bring copies of your CV.\n\nRuth',
    'Hi Sam,\n\nThanks for your interest.\n\nRuth\n\n> On Monday at 10, Sam wrote:\n> Can we do Tuesday at 2?',
    'Hi Sam,\n\nThe online assessment closes tomorrow 1700. Please complete it before then.\n\nRuth',
    'Hi Sam,\n\nShifts run 0700 hrs to 1530 hrs on weekdays; the interview details will follow.\n\nRuth',
    'Hi Sam,\n\nSorry I missed your call on Friday @ 4 — I will send times next week.\n\nRuth',
    'Hi Sam,\n\nDrop by our booth tomorrow at 11 at the engineering expo to say hello.\n\nRuth',
  ];
  it.each(untimed.map((text, index) => [index, text] as const))('body %i, read as any kind', (_, text) => {
    for (const kind of ['interview', 'confirmation', 'rejection', 'other'] as const) expect(at(text, kind)).toBeNull();
  });

  it('still reads an interview set after meeting at a career fair', () => {
    expect(at('Hi Sam,\n\nGreat to meet you at our stand at the career fair. Your interview is booked for Thursday at 2pm at our office.\n\nRuth'))
      .toBe('2026-12-03T14:00:00-05:00');
  });
});

describe('a day someone has set, and a past thank-you before a future booking', () => {
  it('reads "we\'ve set it for …" and "they have set the interview up for …" as a booking', () => {
    expect(at('Hi Sam,\n\nWe have set it for Friday 4 Dec at 10.15 in our Leeds office.\n\nRuth')).toBe('2026-12-04T10:15:00-05:00');
    expect(at("Sam,\n\nGood news: the client liked your CV. They've set it for Thursday the 3rd at 2:30 PM Central at their plant.\n\nMo"))
      .toBe('2026-12-03T14:30:00-06:00');
    expect(at('Hi Sam,\n\nI have set the interview up for Monday 7 December at 9:00 AM with our CFO.\n\nRuth')).toBe('2026-12-07T09:00:00-05:00');
  });

  it('does not read "set it for" without a time as one, nor a past call before a future one as past', () => {
    expect(at('Hi Sam,\n\nWe have set it for next week; I will send the time once the panel confirms.\n\nRuth')).toBeNull();
    expect(at('Hi Sam, thanks for the chat last Tuesday; we would love to bring you back for a panel, which is booked for Friday at 11:30am.\n\nRuth'))
      .toBe('2026-12-04T11:30:00-05:00');
    expect(at('Hi Sam, thank you for meeting us on Monday at 3pm. We enjoyed it.\n\nRuth')).toBeNull();
  });
});

describe('a bare hour after "at" or "@" that ends its phrase', () => {
  it('reads it, in the afternoon when the hour is one to six', () => {
    expect(at('Hi Sam,\n\nYou are booked in for Thursday at 10 for the site visit.\n\nRuth')).toBe('2026-12-03T10:00:00-05:00');
    expect(at('Hi Sam,\n\nYour interview is set for Friday at 3, in the small meeting room.\n\nRuth')).toBe('2026-12-04T15:00:00-05:00');
    expect(at("Sam — let's meet for the supervisor job: Wed @ 11 at the depot gate.\n\nKev")).toBe('2026-12-02T11:00:00-05:00');
    expect(at('Hi Sam, looking forward to Thursday at 2. Bring your portfolio.\n\nRuth')).toBe('2026-12-03T14:00:00-05:00');
    expect(at('Hi Sam,\n\nYour interview is confirmed for Friday at 9 ET.\n\nRuth')).toBe('2026-12-04T09:00:00-05:00');
  });

  it('keeps a stated morning or am as written', () => {
    expect(at('Hi Sam,\n\nYour interview is booked for Friday at 4 in the morning, before the night shift ends.\n\nRuth')).toBe('2026-12-04T04:00:00-05:00');
    expect(at('Hi Sam,\n\nYour interview is booked for Friday at 6am at the bakery.\n\nRuth')).toBe('2026-12-04T06:00:00-05:00');
  });

  it('does not read a number that counts, prices or addresses as an hour', () => {
    const none = [
      'Hi Sam,\n\nYour interview is booked for Friday at 10 Downing Street.\n\nRuth',
      'Hi Sam,\n\nWe are hiring on Friday at 3 sites across the city; apply online.\n\nRuth',
      'Hi Sam,\n\nOn Friday the rate went up at 5 percent a year for everyone.\n\nRuth',
      'Hi Sam,\n\nThe shift on Friday pays at 2.50 per hour more.\n\nRuth',
      'Hi Sam,\n\nYour interview is on Friday; you are at 2 of 4 in the queue for a time.\n\nRuth',
    ];
    for (const text of none) expect(at(text)).toBeNull();
  });
});

describe('a four-digit clock', () => {
  it('reads "1530 hrs" and "tomorrow 1530" as a clock', () => {
    expect(at('Sam,\n\nYour technical interview is scheduled for 3 DEC 2026 at 0930 hrs EST, Hangar 4.\n\nOps')).toBe('2026-12-03T09:30:00-05:00');
    expect(at('Sam,\n\nYour interview is confirmed for Friday 4 December at 1400 hours at the plant.\n\nOps')).toBe('2026-12-04T14:00:00-05:00');
    expect(at('Sam, confirmed for tomorrow 1615 in the workshop. Bring boots.\n\nKev')).toBe('2026-12-02T16:15:00-05:00');
    expect(at('Sam, you are booked for tomorrow at 0845 at reception.\n\nKev')).toBe('2026-12-02T08:45:00-05:00');
  });

  it('does not read a year, an amount, an address or a span of opening hours as one', () => {
    const none = [
      'Hi Sam,\n\nYour interview is confirmed for Friday; the post pays 1530 per month.\n\nRuth',
      'Hi Sam,\n\nYour interview is confirmed for tomorrow at 1530 Harbour Road.\n\nRuth',
      'Hi Sam,\n\nThanks for applying. Questions? Call us on Friday (0800–1630 hrs ET).\n\nRuth',
      'Hi Sam,\n\nWe were founded in 1530 hrs of work ago; our interview process will be explained tomorrow.\n\nRuth'.replace(' hrs of work ago', ''),
    ];
    for (const text of none) expect(at(text)).toBeNull();
  });
});

describe('a day in one sentence and a move in the next', () => {
  it('reads the move\'s new time, not the day before it joined to the old one', () => {
    expect(at('Hi Sam,\n\nOur director has to travel on Thursday. We need to shift your interview from Thu 10am to Fri 2pm (both ET). Same room.\n\nRuth'))
      .toBe('2026-12-04T14:00:00-05:00');
    expect(at('Hi Sam,\n\nThe panel is busy on Wednesday! Your interview moves from Wed 9am to Thu 4pm ET.\n\nRuth'))
      .toBe('2026-12-03T16:00:00-05:00');
  });

  it('still joins a day to its time in the same sentence', () => {
    expect(at('Hi Sam,\n\nSee you tomorrow (Wednesday) at 1:30pm for the interview.\n\nRuth')).toBe('2026-12-02T13:30:00-05:00');
  });
});

describe('"this arvo", Australian for this afternoon', () => {
  it('places the time on the day the mail was sent', () => {
    expect(at("G'day Sam,\n\nThe lead has freed up this arvo at 3.30, so you're booked in for a chat then.\n\nMick")).toBe('2026-12-01T15:30:00-05:00');
    expect(at("G'day Sam,\n\nWe've locked in your interview for this arvo at 4, Brisbane time.\n\nMick")).toBe('2026-12-01T16:00:00+10:00');
  });

  it('names no time when the afternoon has no clock', () => {
    expect(at("G'day Sam,\n\nI'll give you a ring this arvo to sort out a time for the interview.\n\nMick")).toBeNull();
  });
});

describe('a span of bare hours before its day', () => {
  it('reads "from 2 till 3 on …" as starting at two in the afternoon', () => {
    expect(at("Sam,\n\nI've booked the meeting room from 2 till 3 on Thursday 3rd for your second interview.\n\nGeoff")).toBe('2026-12-03T14:00:00-05:00');
    expect(at('Sam,\n\nYour interview is set from 10 to 11 on Friday with the two partners.\n\nGeoff')).toBe('2026-12-04T10:00:00-05:00');
  });

  it('does not read counts or opening hours as one', () => {
    const none = [
      'Hi Sam,\n\nOur store is open from 9 till 5 Monday to Saturday; drop in any time to hand in your CV.\n\nRuth',
      'Hi Sam,\n\nThe interview panel grew from 2 to 3 people on Friday, and we will be in touch.\n\nRuth',
      'Hi Sam,\n\nWe shortlisted from 8 to 4 on Friday and you were not among them.\n\nRuth',
    ];
    for (const text of none) expect(at(text)).toBeNull();
  });
});

describe('a job board speaking of employers at large', () => {
  const nextStep = (text: string) => extract(message({ date: sentTuesday, text }), { timeZone: 'America/New_York', kind: 'confirmation' }).nextStepBy;
  it('dates no next step from what employers in general do', () => {
    expect(nextStep('Your application was sent.\n\nMost employers respond within 10 days. Track it in your account.')).toBeNull();
    expect(nextStep('Your application was sent.\n\nCompanies typically get back within two weeks.')).toBeNull();
    expect(nextStep('Your application was sent.\n\nMany organisations aim to respond within 5 days.')).toBeNull();
  });

  it('still dates the employer\'s own promise', () => {
    expect(nextStep('Thanks for applying.\n\nWe usually respond within 10 days.')).toBe('2026-12-11');
    expect(nextStep('Thanks for applying.\n\nOur companies usually respond within 10 days.')).toBe('2026-12-11');
  });
});
