import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract/index.ts';
import { message } from './message-builder.ts';

// 2026-12-01 is a Tuesday.
const nextStepOf = (text: string): string | null =>
  extract(message({ date: '2026-12-01T15:00:00Z', text }), { timeZone: 'America/New_York', kind: 'confirmation' }).nextStepBy;

describe('the employer hearing from candidates is no promise to the user', () => {
  it('reads no date when "we" or "I" are the ones to hear', () => {
    expect(nextStepOf('Hi Sam,\n\nPlease send your availability. We keep Monday afternoons free, and we will pick a slot once we hear from everyone.\n\nBest')).toBeNull();
    expect(nextStepOf('Hi Sam,\n\nI can set it up on Friday once I hear back from the panel.\n\nBest')).toBeNull();
  });

  it('still reads the date when the user is the one to hear', () => {
    expect(nextStepOf('Hi Sam,\n\nThanks for applying. You will hear from us by Friday.\n\nBest')).toBe('2026-12-04');
    expect(nextStepOf('Hi Sam,\n\nThanks for applying. Expect to hear back from the team by Thursday.\n\nBest')).toBe('2026-12-03');
  });
});

describe('a promise of contact in its -ing form, or by phone', () => {
  it('reads "contacting / notifying / emailing candidates by <date>"', () => {
    expect(nextStepOf('Dear Sam,\n\nThank you for applying. We expect to be contacting shortlisted applicants by December 11, 2026.\n\nHR')).toBe('2026-12-11');
    expect(nextStepOf('Dear Sam,\n\nThank you for applying. The panel plans on notifying candidates by 9 December.\n\nHR')).toBe('2026-12-09');
  });

  it('reads "I\'ll phone you on Monday" and "we\'ll ring you by Thursday"', () => {
    expect(nextStepOf('Hi Sam,\n\nGot your CV, cheers. I\'ll phone you on Monday about the role.\n\nBo')).toBe('2026-12-07');
    expect(nextStepOf('Hi Sam,\n\nThanks for dropping your CV in. We\'ll ring you by Thursday.\n\nBo')).toBe('2026-12-03');
  });

  it('reads no promise when the user is asked to phone', () => {
    expect(nextStepOf('Hi Sam,\n\nThanks for applying. Please phone the office on Monday to book a slot.\n\nBo')).toBeNull();
  });
});

describe('a stage expected to complete is no task for the user', () => {
  it('reads the date of a stage that is "expected / set to complete by …" before the promise', () => {
    expect(nextStepOf('Dear Sam,\n\nThe review of applications is expected to complete by 18 December 2026, and we will contact you after that.\n\nHR')).toBe('2026-12-18');
    expect(nextStepOf('Dear Sam,\n\nScreening is set to complete by December 11; we will update you then.\n\nHR')).toBe('2026-12-11');
  });

  it('still reads "complete … by" as the user\'s task', () => {
    expect(nextStepOf('Dear Sam,\n\nPlease complete the online test by Friday, and we will update you once we have your results.\n\nHR')).toBeNull();
  });
});
