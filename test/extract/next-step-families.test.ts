import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract/index.ts';
import { findNextStep, findNextStepBy } from '../../shared/extract/next-step.ts';
import { message } from './message-builder.ts';

const ZONE = 'America/New_York';
const context = { timeZone: ZONE, kind: 'confirmation' } as const;
// Tuesday 2026-12-01, 10:00 in New York.
const SENT = '2026-12-01T15:00:00Z';
const nextStepOf = (text: string, date: string = SENT): string | null => extract(message({ date, text }), context).nextStepBy;
// An invite sent Tuesday 1 December for Thursday 10 December, 14:00 New York.
const INTERVIEW = '2026-12-10T14:00:00-05:00';
const inInvite = (text: string): string | null => findNextStepBy(text, new Date(SENT), ZONE, { interviewAt: INTERVIEW })?.value ?? null;

describe('next-step date: spans', () => {
  it('reads a promise made to every candidate, not only to "you"', () => {
    expect(nextStepOf('We aim to get back to every candidate within two weeks of the closing date.')).toBe('2026-12-15');
  });

  it('counts business days and hours', () => {
    expect(nextStepOf('Our recruiters will contact you within 5 business days.')).toBe('2026-12-08');
    expect(nextStepOf('Expect an email from us with next steps within 48 hours.')).toBe('2026-12-03');
  });

  it('takes the longer end of "a week or two" and of "please allow up to 10 days"', () => {
    expect(nextStepOf('We will be in touch in a week or two.')).toBe('2026-12-15');
    expect(nextStepOf('Please allow up to 10 days for us to respond to you.')).toBe('2026-12-11');
  });
});

describe('next-step date: weeks and months', () => {
  it('reads early, mid and end of next week as Tuesday, Wednesday and Friday', () => {
    expect(nextStepOf('We hope to get back to you early next week.')).toBe('2026-12-08');
    expect(nextStepOf('You should hear from the team mid next week.')).toBe('2026-12-09');
    expect(nextStepOf('We will let you know by the end of next week.')).toBe('2026-12-11');
  });

  it('reads the end of this month and a part of a named month', () => {
    expect(nextStepOf('We expect to make a decision by end of month.')).toBe('2026-12-31');
    expect(nextStepOf('We will update you in mid-January once the hiring freeze lifts.')).toBe('2027-01-15');
    expect(nextStepOf('Decisions will be made by the end of January.')).toBe('2027-01-31');
  });

  it('reads "the week of" a date as the end of that week', () => {
    expect(nextStepOf('We plan to reach out to shortlisted candidates the week of December 14.')).toBe('2026-12-18');
  });
});

describe('next-step date: named days', () => {
  it('reads a written day and month, in the year it next falls', () => {
    expect(nextStepOf('You will hear from us by 20 November.', '2026-11-05T14:00:00Z')).toBe('2026-11-20');
  });

  it('reads "by close of business Thursday"', () => {
    expect(nextStepOf('We will come back to you by close of business Thursday.')).toBe('2026-12-03');
  });
});

describe('next-step date: more ways of saying it', () => {
  it('reads decisions being made over a span, a fortnight, and the employer\'s own review by a date', () => {
    expect(nextStepOf('The panel is making decisions over the next couple of weeks.')).toBe('2026-12-15');
    expect(nextStepOf('We will respond to all applicants within a fortnight.')).toBe('2026-12-15');
    expect(nextStepOf('We expect to complete our first review by the end of the month, and we will contact you then.')).toBe('2026-12-31');
  });

  it('reads a day named after the promise without "by", and "by the 20th"', () => {
    expect(nextStepOf("I'll get back to you tomorrow.")).toBe('2026-12-02');
    expect(nextStepOf('We will notify you by the 20th.')).toBe('2026-12-20');
  });
});

describe('next-step date: promises with no "you" to contact', () => {
  // SENT is Tuesday 1 December 2026.
  it('reads what the employer aims to do without an object: "aims to respond", "typically reply", "hope to get back"', () => {
    expect(nextStepOf('Every CV is read by a person and we try to respond within 7 business days.')).toBe('2026-12-10');
    expect(nextStepOf('The hiring team usually replies within two weeks, sometimes sooner.')).toBe('2026-12-15');
    expect(nextStepOf('Hiring managers typically reply within two weeks of the posting closing.')).toBe('2026-12-15');
    expect(nextStepOf('We hope to get back within ten days of your call.')).toBe('2026-12-11');
  });

  it('reads something to be confirmed, communicated or sent by a date', () => {
    expect(nextStepOf('Panel slots will be confirmed by 11 December 2026, once every assessor has replied.')).toBe('2026-12-11');
    expect(nextStepOf('Outcomes are to be communicated to all shortlisted people within three weeks.')).toBe('2026-12-22');
    expect(nextStepOf('Contracts will be issued before December 18.')).toBe('2026-12-18');
  });

  it('reads details the sender will send by a date, but not a day the details are for', () => {
    expect(nextStepOf("I'm lining up the panel now and will send you two or three time options by Thursday.")).toBe('2026-12-03');
    expect(nextStepOf('Let me talk to the directors; I will send over possible dates before Friday.')).toBe('2026-12-04');
    expect(nextStepOf("I'll send you the details for Wednesday in a separate email.")).toBeNull();
  });

  it('does not read the user being asked to respond', () => {
    expect(nextStepOf('Please respond within 5 days to hold your place.')).toBeNull();
    expect(nextStepOf('Kindly send us your availability by Friday.')).toBeNull();
  });
});

describe('next-step date in a rejection', () => {
  const inRejection = (text: string): string | null => extract(message({ date: SENT, text }), { timeZone: ZONE, kind: 'rejection' }).nextStepBy;

  it('gives nothing for a promise about other openings', () => {
    expect(inRejection("The client has gone with someone else, I'm afraid. I have a couple of similar roles open and will be in touch later this week.")).toBeNull();
    expect(inRejection('We will not be moving forward. Our team will reach out within two weeks if another fitting vacancy opens.')).toBeNull();
  });

  it('still reads the feedback the employer promised', () => {
    expect(inRejection("We won't be progressing your application. You'll receive written feedback from the panel within a week.")).toBe('2026-12-08');
  });
});

describe('next-step date: what is not a promise', () => {
  it('gives nothing for a promise that waits on something that may never happen', () => {
    expect(nextStepOf("I'm expecting new openings over the next few weeks and will call you as soon as anything lands.")).toBeNull();
  });

  it('gives nothing for "soon" or "in the coming days"', () => {
    expect(nextStepOf('We will be in touch soon.')).toBeNull();
    expect(nextStepOf('You will hear from us in the coming days.')).toBeNull();
  });

  it('skips the user\'s own deadline in the same sentence and keeps the promise', () => {
    expect(nextStepOf('Please complete the assessment by Friday, and we will get back to you within a week.')).toBe('2026-12-08');
  });

  it('does not read an invitation to the user to reach out as a promise', () => {
    expect(nextStepOf('Feel free to reach out by Friday if you have any questions.')).toBeNull();
  });
});

describe('next-step date in an interview invite', () => {
  it('reads "by Friday" as the first Friday after the interview, not the one before it', () => {
    expect(inInvite("After we meet, we'll get back to you by Friday.")).toBe('2026-12-11');
  });

  it('counts a span said to follow the interview from the interview day', () => {
    expect(inInvite('You will hear from us within a week after your interview.')).toBe('2026-12-17');
  });

  it('does not take the interview day itself for the next step', () => {
    expect(inInvite('Next steps: your interview is on Thursday, December 10 at 2pm.')).toBeNull();
  });

  it('keeps the old three-argument call and reads against the mail date alone', () => {
    expect(findNextStepBy("We'll get back to you by Friday.", new Date(SENT), ZONE)?.value).toBe('2026-12-04');
  });

  it('explains the choice with candidates', () => {
    const { found, candidates } = findNextStep("After we meet, we'll get back to you by Friday.", new Date(SENT), ZONE, { interviewAt: INTERVIEW });
    expect(found?.value).toBe('2026-12-11');
    expect(candidates.find((candidate) => candidate.chosen)).toMatchObject({ field: 'nextStepBy', value: '2026-12-11' });
    expect(candidates.find((candidate) => candidate.chosen)?.evidence).toContain('anchor:interview-day');
  });
});
