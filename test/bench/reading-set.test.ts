import { describe, expect, it } from 'vitest';
import { expectedInstant } from '../../shared/bench/interview-time-eval.ts';
import { hardWrap } from '../../shared/bench/reading-eml.ts';
import { loadReadingSet, READING_USER_ZONE, TUNE_SOURCES } from '../../shared/bench/reading-set.ts';
import { normalizeCompany, personToWrite, samePerson } from '../../shared/bench/reading-score.ts';

const set = loadReadingSet();

describe('the labelled reading set', () => {
  it('holds at least 150 items from tune and check writers, each split with every kind', () => {
    expect(set.length).toBeGreaterThanOrEqual(150);
    for (const split of ['tune', 'check'] as const) {
      const items = set.filter(({ source }) => TUNE_SOURCES.has(source) === (split === 'tune'));
      expect(new Set(items.map(({ item }) => item.expect.kind))).toEqual(new Set(['confirmation', 'interview', 'rejection', 'other']));
    }
  });

  it('covers each phrasing family the reading issue names in both splits', () => {
    const families = ['time:wrapped-paragraph', 'time:zone-next-line', 'time:reschedule', 'time:range', 'time:ics', 'notime:slots', 'notime:scheduling-link',
      'company:agency-client', 'company:ats-tenant', 'role:comma', 'role:req-id', 'people:last-first-tag', 'people:ats-relay', 'next:within-weeks', 'next:after-interview',
      'kind:personal-confirmation', 'kind:call-request', 'kind:position-cancelled', 'kind:portal-housekeeping'];
    for (const tune of [true, false]) {
      const seen = new Set(set.filter(({ source }) => TUNE_SOURCES.has(source) === tune).flatMap(({ item }) => item.families));
      expect(families.filter((family) => !seen.has(family))).toEqual([]);
    }
  });

  it('labels interview times only on interviews, and only times that exist in their zone', () => {
    for (const { item } of set) {
      if (item.expect.interviewAt === null) continue;
      expect(item.expect.kind, item.id).toBe('interview');
      expect(() => expectedInstant(item.expect.interviewAt!, READING_USER_ZONE), item.id).not.toThrow();
    }
  });
});

describe('scoring helpers', () => {
  it('compares company names the way a reader would', () => {
    expect(normalizeCompany('The Bramblewood Institute, Inc.')).toBe(normalizeCompany('Bramblewood Institute'));
    expect(normalizeCompany('Kettle & Finch')).toBe(normalizeCompany('Kettle and Finch'));
    expect(normalizeCompany('Acme Analytics')).not.toBe(normalizeCompany('Acme'));
    // A legal form is not part of which employer it is, dotted or not.
    expect(normalizeCompany('Corvina Logistics, S.A.')).toBe(normalizeCompany('Corvina Logistics'));
    expect(normalizeCompany('Tallis Pay Pte. Ltd.')).toBe(normalizeCompany('Tallis Pay'));
    expect(normalizeCompany('Oranmore Bio DAC')).toBe(normalizeCompany('Oranmore Bio'));
    // Descriptors are kept: the bench asks for the name, not the application key.
    expect(normalizeCompany('Acme Group')).not.toBe(normalizeCompany('Acme'));
  });

  it('counts a first name alone as a different answer from the full name', () => {
    expect(samePerson('Emily', 'Emily Garner')).toBe(false);
    expect(samePerson('emily  garner', 'Emily Garner')).toBe(true);
  });

  it('picks the person who wrote, never a robot or a team inbox', () => {
    const contacts = [
      { name: 'Corvale Careers', email: 'careers@corvale.example', robot: false, source: 'from' as const },
      { name: 'Workday', email: 'no-reply@myworkday.com', robot: true, source: 'from' as const },
      { name: 'Hana Kobayashi', email: 'hana@corvale.example', robot: false, source: 'signature' as const },
    ];
    expect(personToWrite(contacts)).toBe('Hana Kobayashi');
  });

  it('hard-wraps long lines at the last space and leaves short ones alone', () => {
    expect(hardWrap('one two three four', 9)).toBe('one two\nthree\nfour');
    expect(hardWrap('short\nlines', 9)).toBe('short\nlines');
  });
});
