import { describe, expect, it } from 'vitest';
import { classify } from '../../shared/classify/index.ts';
import { parentOf } from '../../shared/extract/company-name.ts';
import { extract } from '../../shared/extract/index.ts';
import { findStatedZone } from '../../shared/extract/zones.ts';
import { message, type MessageParts } from './message-builder.ts';

/**
 * Phrasing families of the reading issue (#10) seen in mail from outside the US and from phones:
 * zone names worldwide, shorthand days, held slots, units of an employer, public portals and
 * agencies that keep their client unnamed. Each text is written for this test.
 */
const USER_ZONE = 'America/New_York';

function read(parts: MessageParts) {
  const original = message(parts);
  const kind = classify(original).kind;
  const found = extract(original, { timeZone: USER_ZONE, kind });
  return { kind, company: found.company, role: found.role, at: found.interview.at };
}

describe('zone names worldwide', () => {
  it.each([
    ['3pm MYT', 'Asia/Kuala_Lumpur'],
    ['14:00 (TRT, Istanbul)', 'Europe/Istanbul'],
    ['16:00 UYT', 'America/Montevideo'],
    ['11:15 AM NPT', 'Asia/Kathmandu'],
    ['12:00 CLST', 'America/Santiago'],
    ['1:30 p.m. Atlantic time', 'America/Halifax'],
    ['10am Gulf Standard Time', 'Asia/Dubai'],
    ['9am South African time', 'Africa/Johannesburg'],
    ['2pm New Zealand time', 'Pacific/Auckland'],
  ])('reads the zone in "%s"', (text, zone) => {
    const after = text.replace(/^[\d:. ]+(?:[ap]\.?m\.?)?\s*/i, ' ');
    expect(findStatedZone(after, { adjacent: true })?.zone).toBe(zone);
  });

  it('places a dotted 24-hour clock before a zone ("13.00 WIB")', () => {
    const at = read({
      from: 'Dewi Santoso <dewi@kopiteknologi.id>',
      date: '2026-12-02T03:00:00Z',
      subject: 'Re: Data Engineer',
      text: 'Hi Sam,\n\nThe interview with our CTO is on Wednesday 9 December at 13.00 WIB on Google Meet.\n\nDewi',
    }).at;
    expect(at).toBe('2026-12-09T13:00:00+07:00');
  });
});

describe('shorthand from a phone', () => {
  it('reads "tmrw 2pm MT still good?" as the held time, and the mail as an interview', () => {
    const result = read({
      from: 'Mo Haddad <mo@cedarcrestcoffee.com>',
      date: '2026-11-18T02:10:00Z',
      subject: 'Re: Shift Supervisor',
      text: 'tmrw 2pm MT still good? grabbed the back room for us\n\nSent from my iPhone',
    });
    expect(result.kind).toBe('interview');
    expect(result.at).toBe('2026-11-18T14:00:00-07:00');
  });

  it('reads "next wk tues 10am CT is locked in" as the Tuesday of the following week', () => {
    const result = read({
      from: 'Gus Lindgren <gus@northfieldgrain.coop>',
      date: '2026-11-19T21:00:00Z',
      subject: 'Re: Grain Elevator Operator',
      text: 'Sam, next wk tues 10am CT is locked in. Meet at the scale house.\n\nGus',
    });
    expect(result.kind).toBe('interview');
    expect(result.at).toBe('2026-11-24T10:00:00-06:00');
  });

  it('reads a colleague "can do 9am your time" on a named day as the time in the user zone', () => {
    const result = read({
      from: 'Ines Vidal <ines.vidal@marinhoapps.pt>',
      date: '2026-11-16T10:00:00Z',
      subject: 'Final round',
      text: "Hi Sam,\n\nWe'd like to do the final round this Thursday. Rui, our CTO, can do 9am your time. Please reply to confirm.\n\nInes",
    });
    expect(result.kind).toBe('interview');
    expect(result.at).toBe('2026-11-19T09:00:00-05:00');
  });

  it('still leaves a candidate saying "Thursday at 10am works for me" as their own reply', () => {
    expect(classify(message({ subject: 'Interview', text: 'Thursday at 10am works for me, thanks!' })).kind).toBe('other');
  });
});

describe('the employer behind a unit, a portal or an agency', () => {
  it('takes the organisation under a department line in a sign-off', () => {
    const result = read({
      from: 'Omar Reyes <oreyes@bio.eastlake.edu>',
      subject: 'Lab Manager interview',
      text: 'Dear Sam,\n\nWe would like to invite you to interview for the Lab Manager position on Tuesday, December 8 at 10:00 AM Eastern.\n\nBest regards,\nOmar Reyes\nAssociate Professor\nDepartment of Microbiology\nEastlake University',
    });
    expect(result.company).toBe('Eastlake University');
  });

  it('names the parent of a possessive or academic unit', () => {
    expect(parentOf("Harbor Mills' Bakery Division")).toBe('Harbor Mills');
    expect(parentOf('Eastlake University School of Nursing')).toBe('Eastlake University');
    expect(parentOf('Department for Education')).toBe('Department for Education');
  });

  it('takes the agency after the post in a public-sector portal mail, never the portal', () => {
    const result = read({
      from: 'USAJOBS <no-reply@usajobs.gov>',
      subject: 'Application Status Update',
      text: 'The status of your application for Forestry Technician, announcement number FS-27-0042, with the Forest Service has been updated to: Received.\n\nThis is an automated message.',
    });
    expect(result.kind).toBe('confirmation');
    expect(result.company).toBe('Forest Service');
    expect(result.role).toBe('Forestry Technician');
  });

  it('reads a portal "Not Referred" status as a decline', () => {
    const text = 'The status of your application for Park Ranger with the National Park Service has been updated.\n\nNot Referred: you were not among the best qualified candidates.';
    expect(classify(message({ from: 'USAJOBS <no-reply@usajobs.gov>', subject: 'Application Status Update', text })).kind).toBe('rejection');
  });

  it('names no employer when an agency keeps its client confidential', () => {
    const result = read({
      from: 'Priya Shah <priya.shah@crestlinerecruitment.co.uk>',
      subject: 'Your application – Finance Director',
      text: "Hi Sam,\n\nThanks for applying for the Finance Director role. I'm running this search for a confidential client in consumer goods, so I can't share the name yet.\n\nKind regards,\nPriya Shah\nDirector | Crestline Recruitment",
    });
    expect(result.company).toBeNull();
  });
});

describe('roles where they stand', () => {
  it('reads "apply to be our next …" and "join us as a …"', () => {
    expect(read({ subject: 'Thanks for applying!', text: 'Hi Sam,\n\nThanks for applying to be our next Head of Partnerships. We will be in touch.' }).role).toBe('Head of Partnerships');
    expect(read({ subject: 'Update', text: "Hi Sam,\n\nWe've reviewed your application to join us as a Payroll Administrator, and unfortunately we won't be moving forward." }).role).toBe(
      'Payroll Administrator',
    );
  });

  it('reads a reply subject that is only a title, with a specialty after a comma', () => {
    expect(read({ subject: 'Re: Content Editor, Podcasts', text: 'Hi Sam,\n\nThanks for your note.' }).role).toBe('Content Editor, Podcasts');
    expect(read({ subject: 'Re: Parcelwise – Warehouse Lead', text: 'Hi Sam,\n\nThanks for your note.' }).role).toBe('Warehouse Lead');
  });

  it('keeps "IT Specialist" and "Team Leader" as titles', () => {
    expect(read({ subject: 'Interview schedule – Team Leader – Support', text: 'Hi Sam' }).role).toBe('Team Leader');
    expect(read({ subject: 'Application', text: 'Thank you for your application for IT Specialist (Network) with us.' }).role).toBe('IT Specialist');
  });
});
