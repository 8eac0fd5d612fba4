import { describe, expect, it } from 'vitest';
import { cleanCompany } from '../../shared/extract/company-name.ts';
import { cleanRole } from '../../shared/extract/role.ts';

/**
 * What a capture drags along past the name: a clock time after an at-sign ("Confirmed – Mon 12/14
 * @ 1pm EST") is when, not who; a title can run on into the sentence ("… and decided not to move
 * forward") or into the mail's own topic after a dash ("… – search outcome"). Our own wordings.
 */
describe('a company capture that is a time or a date', () => {
  it('is no company', () => {
    for (const raw of ['1pm EST', '10:30 CET', '9 a.m. PT', '14.00 GMT', '12/14 at 3']) expect({ raw, name: cleanCompany(raw) }).toEqual({ raw, name: null });
  });

  it('leaves names that start with a number alone', () => {
    for (const raw of ['84 Lumber', '3M', '7-Eleven', '23andMe']) expect(cleanCompany(raw)).toBe(raw);
  });
});

describe('a title that runs on', () => {
  it('ends before a clause the sentence goes on with', () => {
    expect(cleanRole('Payroll Analyst, EMEA and decided not to progress', null)).toBe('Payroll Analyst, EMEA');
    expect(cleanRole('Site Reliability Engineer and we have chosen another candidate', null)).toBe('Site Reliability Engineer');
    expect(cleanRole('Buyer and regret to tell you', null)).toBe('Buyer');
  });

  it('ends before a lower-case topic after a dash', () => {
    expect(cleanRole('Lecturer in History - next steps', null)).toBe('Lecturer in History');
    expect(cleanRole('Data Analyst – application update', null)).toBe('Data Analyst');
  });

  it('keeps "and" inside a title and a capitalised part after a dash', () => {
    expect(cleanRole('Research and Development Engineer', null)).toBe('Research and Development Engineer');
    expect(cleanRole('Warehouse Associate - Night Shift', null)).toBe('Warehouse Associate - Night Shift');
    expect(cleanRole('Health and Safety Adviser', null)).toBe('Health and Safety Adviser');
  });
});
