import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract/index.ts';
import { titleShapes } from '../../shared/extract/role/title-shape.ts';
import { message } from './message-builder.ts';

const context = { timeZone: 'America/New_York', kind: 'interview' } as const;
const roleOf = (text: string, subject = 'Hello'): string | null =>
  extract(message({ from: 'Mira Tan <mira.tan@kelpwise.com>', subject, text: `Hi Sam,\n\n${text}\n\nMira` }), context).role;

describe('role: a capitalised phrase ending in a job noun after a lead word', () => {
  it('reads a title after "for", "hiring a", "looking for a", "opening for a"', () => {
    expect(roleOf('The team reviewed your application and would like to move you forward for Senior UX Researcher.')).toBe('Senior UX Researcher');
    expect(roleOf("We're hiring a Lead Machine Learning Engineer and your background caught my eye.")).toBe('Lead Machine Learning Engineer');
    expect(roleOf('Our client is looking for a Biomedical Technician in Denver.')).toBe('Biomedical Technician');
    expect(roleOf("Since you're interviewing for Principal Security Architect next week, here are some notes.")).toBe('Principal Security Architect');
    expect(roleOf('Congratulations on moving to the next stage for Customer Success Manager!')).toBe('Customer Success Manager');
  });

  it('keeps a level, a specialty after a comma or colon, and a bracket that follows the noun', () => {
    expect(roleOf("I'm reaching out about our opening for a Staff Product Designer (Growth). Your portfolio stood out.")).toBe('Staff Product Designer (Growth)');
    expect(titleShapes('we are hiring for Software Engineer II in Austin')).toEqual(['Software Engineer II']);
    expect(titleShapes('moving you forward for Director, Revenue Operations, and we will call')).toEqual(['Director, Revenue Operations']);
    expect(titleShapes('considered for Analyst: Store Planning.')).toEqual(['Analyst: Store Planning']);
    expect(titleShapes('we are hiring a Head of Data Engineering this spring')).toEqual(['Head of Data Engineering']);
  });

  it('cuts the run at its last job noun and at a sentence end', () => {
    expect(titleShapes('thanks for the Customer Success Manager Interview Loop')).toEqual(['Customer Success Manager']);
    expect(titleShapes('we are hiring a Data Analyst. Monday works')).toEqual(['Data Analyst']);
    expect(titleShapes('thanks for applying as a Sr. Backend Engineer.')).toEqual(['Sr. Backend Engineer']);
  });

  it('takes no person, day or clause for a title', () => {
    expect(titleShapes('please ask for Sarah Jones, Talent Partner, at the desk')).toEqual([]);
    expect(titleShapes('thanks for Tuesday, it was great')).toEqual([]);
    expect(titleShapes('applying for Data Analyst, Monday works for me')).toEqual(['Data Analyst']);
    expect(titleShapes('an opening for a Designer (which we discussed)')).toEqual(['Designer']);
  });

  it('never reads a signature title as a lead ("Recruiting Lead") and never a lone generic word', () => {
    expect(roleOf('Thanks for your time.\n\nYusuf Adeyemi | Recruiting Lead | Copperline')).toBeNull();
    expect(roleOf('Thanks for your interest in the role. We would like to discuss the position further.')).toBeNull();
  });

  it('loses to an explicit statement of the full title', () => {
    expect(roleOf('We have received your application for Analyst: Retail Planning & Allocation and will be in touch.')).toBe('Analyst: Retail Planning & Allocation');
  });
});
