import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract/index.ts';
import { stripRequisition } from '../../shared/extract/role.ts';
import { message } from './message-builder.ts';

const context = { timeZone: 'Europe/Berlin', kind: 'confirmation' } as const;
const roleOf = (parts: Parameters<typeof message>[0]): string | null => extract(message(parts), context).role;

describe('role', () => {
  it('reads "for the X position" from the body', () => {
    expect(roleOf({ text: 'Thank you for applying for the Senior Data Engineer position at Acme Corp.' })).toBe('Senior Data Engineer');
  });

  it('does not let an earlier "for the …" swallow the title', () => {
    expect(roleOf({ text: 'Thanks for the time you took for the Platform Engineer role.' })).toBe('Platform Engineer');
  });

  it('reads "your application for X at Y" without the company', () => {
    expect(roleOf({ text: 'We have received your application for Product Designer at Acme Corp. We will review it soon.' })).toBe('Product Designer');
  });

  it('reads subject patterns and strips requisition ids', () => {
    expect(roleOf({ subject: 'Interview request for Backend Developer (R-20431)', text: 'Hello.' })).toBe('Backend Developer');
    expect(roleOf({ subject: 'Your application: QA Analyst - Req #88123', text: 'Hello.' })).toBe('QA Analyst');
    expect(roleOf({ subject: 'Re: Fwd: Machine Learning Engineer - Acme Corp', text: 'Hello.' })).toBe('Machine Learning Engineer');
  });

  it('reads "the X role at Y"', () => {
    expect(roleOf({ text: 'I came across your profile and think the Staff Accountant role at Acme Corp fits.' })).toBe('Staff Accountant');
  });

  it('returns null when no title is stated rather than a sentence fragment', () => {
    expect(roleOf({ subject: 'Thank you for applying', text: 'Your application for the role has been received.' })).toBeNull();
    expect(roleOf({ subject: 'Thank you for applying to Acme Corp', text: 'We got it.' })).toBeNull();
  });

  it('strips the usual requisition id shapes', () => {
    expect(stripRequisition('Data Analyst (JR-2026-0042)')).toBe('Data Analyst');
    expect(stripRequisition('Data Analyst [40211]')).toBe('Data Analyst');
    expect(stripRequisition('Data Analyst, Job ID: 7781')).toBe('Data Analyst');
    expect(stripRequisition('Data Analyst - 557812')).toBe('Data Analyst');
    expect(stripRequisition('C# Developer')).toBe('C# Developer');
  });

  it('drops a preposition left at the end when the company sat on the next line', () => {
    expect(roleOf({ text: 'Thank you for applying for the position of Pipeline Engineer at\nTannhof Werke GmbH.' })).toBe('Pipeline Engineer');
  });

  it('reads a title the mail program wrapped onto the next line', () => {
    expect(roleOf({ text: 'Please find attached the invitation for your interview for the Gameplay\nProgrammer role. We look forward to it.' })).toBe('Gameplay Programmer');
  });

  it('drops the gender note German ads add to a title', () => {
    expect(roleOf({ subject: 'Your application: Warehouse Analyst (m/f/d)', text: 'Hello.' })).toBe('Warehouse Analyst');
  });

  it('reads "Ihre Bewerbung als X bei Y" in German mail', () => {
    expect(roleOf({ text: 'vielen Dank für Ihre Bewerbung als Systemadministrator (Linux) bei der Tannhof Werke GmbH.' })).toBe('Systemadministrator (Linux)');
  });
});
