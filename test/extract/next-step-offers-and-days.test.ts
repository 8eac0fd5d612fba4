import { describe, expect, it } from 'vitest';
import { findNextStepBy } from '../../shared/extract/next-step.ts';

// 2026-11-04 is a Wednesday.
const SENT = new Date('2026-11-04T14:00:00Z');
const ZONE = 'America/New_York';

function nextStep(text: string, options: { kind?: string; interviewAt?: string } = {}): string | null {
  return findNextStepBy(text, SENT, ZONE, options)?.value ?? null;
}

describe('a weekday written with its day of the month', () => {
  it.each([
    ['We will get back to you by Friday 13th.', '2026-11-13'],
    ['You should hear from the panel before Tuesday the 1st.', '2026-12-01'],
    ['Expect an update from me no later than Monday 16th.', '2026-11-16'],
    ['We aim to let you know by Thursday, 5th.', '2026-11-05'],
  ])('dates the day written, not the next such weekday: %s', (text, date) => {
    expect(nextStep(text)).toBe(date);
  });

  it('still reads a weekday alone, and a weekday with its month, as before', () => {
    expect(nextStep('We will get back to you by Friday.')).toBe('2026-11-06');
    expect(nextStep('We will get back to you by Friday 20 November.')).toBe('2026-11-20');
  });
});

describe('"revert", Indian English for reply', () => {
  it.each([
    ['We will revert with the outcome on or before 9th November 2026.', '2026-11-09'],
    ["Our team shall revert by Monday regarding the next round.", '2026-11-09'],
    ['I will revert within 3 working days.', '2026-11-09'],
  ])('is a promise of news: %s', (text, date) => {
    expect(nextStep(text)).toBe(date);
  });

  it('is not read when the user is asked to revert', () => {
    expect(nextStep('Kindly revert with your notice period by Friday.')).toBeNull();
  });
});

describe('contact the user may take up, or that readies them for the interview', () => {
  it.each([
    "If you'd like more detailed feedback I'm happy to do a quick call next week.",
    'If you would like feedback on the exercise, we can talk it through early next week.',
    'If you want some pointers I can give you a call on Friday.',
  ])('an offer in a rejection dates nothing: %s', (text) => {
    expect(nextStep(text, { kind: 'rejection' })).toBeNull();
  });

  it('a rejection that promises feedback on a day still dates it', () => {
    expect(nextStep('We will send you written feedback by Friday.', { kind: 'rejection' })).toBe('2026-11-06');
  });

  it.each([
    "I'll call you Monday to prep properly.",
    "I'll give you a ring on Friday to prepare you for the panel.",
    "We'll have a quick prep call on Tuesday afternoon.",
  ])('a call to prepare for the interview is no next step: %s', (text) => {
    expect(nextStep(text, { kind: 'interview', interviewAt: '2026-11-12T14:00:00-05:00' })).toBeNull();
  });

  it('a call promised for the interview day itself is the interview, not news after it', () => {
    expect(nextStep("Just to confirm, I'll call you tomorrow at 10:30am for our intro chat.", { kind: 'interview', interviewAt: '2026-11-05T10:30:00-05:00' })).toBeNull();
    expect(nextStep("I'll call you tomorrow with the outcome.", { kind: 'interview', interviewAt: '2026-11-03T10:30:00-05:00' })).toBe('2026-11-05');
  });
});

describe('"back in touch"', () => {
  it.each([
    ['I will be back in touch with new dates by Wednesday this week.', '2026-11-04'],
    ["We'll get back in touch within two weeks.", '2026-11-18'],
    ['Someone from the team will be back in contact by Monday 9th.', '2026-11-09'],
  ])('is a promise of news: %s', (text, date) => {
    expect(nextStep(text)).toBe(date);
  });
});

describe('how long it might take, said as a possibility', () => {
  it.each([
    'We try to reply to everyone, though it can take a couple of weeks when things are busy.',
    'We will be in touch, but it may sometimes take three weeks.',
    'Our team will get back to you; this could take a few weeks over the holidays.',
  ])('dates no next step: %s', (text) => {
    expect(nextStep(text)).toBeNull();
  });

  it.each([
    ['We will get back to you, though it can take up to two weeks.', '2026-11-18'],
    ['We will get back to you; it usually takes two weeks.', '2026-11-18'],
  ])('a bound or a usual span still does: %s', (text, date) => {
    expect(nextStep(text)).toBe(date);
  });
});
