import { describe, expect, it } from 'vitest';
import { cleanRole } from '../../shared/extract/role.ts';

describe('role: a pay grade or vacancy number after the title is not part of it', () => {
  it('drops a grade, band or level after a comma, dash or in brackets', () => {
    expect(cleanRole('Housing Support Officer, Grade 5', null)).toBe('Housing Support Officer');
    expect(cleanRole('Records Assistant (NHS Band 3)', null)).toBe('Records Assistant');
    expect(cleanRole('Program Analyst (EL Level 1)', null)).toBe('Program Analyst');
    expect(cleanRole('Parks Ranger - Scale 4', null)).toBe('Parks Ranger');
  });

  it('drops a vacancy number written with slashes', () => {
    expect(cleanRole('Grants Officer (APS Level 5), Vacancy 31/0087', null)).toBe('Grants Officer');
    expect(cleanRole('Library Assistant, Job No. 2207/14', null)).toBe('Library Assistant');
  });

  it('keeps a grade written before the title and a level that is part of it', () => {
    expect(cleanRole('Band 7 Occupational Therapist', null)).toBe('Band 7 Occupational Therapist');
    expect(cleanRole('Research Associate II', null)).toBe('Research Associate II');
    expect(cleanRole('Senior Manager, Level Design', null)).toBe('Senior Manager, Level Design');
  });
});
