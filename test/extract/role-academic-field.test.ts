import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract/index.ts';
import { message } from './message-builder.ts';

const context = { timeZone: 'Europe/London', kind: 'rejection' } as const;
const roleOf = (subject: string, text: string): string | null => extract(message({ subject, text }), context).role;

describe('role: an academic post keeps the field it names after "in"', () => {
  it('reads the field after a lecturer or fellow', () => {
    expect(roleOf('Update', 'Thank you for your interest in the post of Lecturer in Marine Biology in the Faculty of Science.')).toBe('Lecturer in Marine Biology');
    expect(roleOf('Update', 'We write to you about your interest in the position of Senior Research Fellow in Quantum Optics, which closed last week.')).toBe('Senior Research Fellow in Quantum Optics');
    expect(roleOf('Update', 'You applied for the position of Professor in Law and Society. Sadly we will not proceed.')).toBe('Professor in Law and Society');
  });

  it('stops the field at a lower-case word or a bracket', () => {
    expect(roleOf('Update', 'Thanks for applying to the post of Tutor in Mathematics (Part Time) at Fenwick College.')).toBe('Tutor in Mathematics');
    expect(roleOf('Update', 'Thank you for your interest in the position of Lecturer in Ethics in our School of Philosophy.')).toBe('Lecturer in Ethics');
  });

  it('still cuts other titles at "in"', () => {
    expect(roleOf('Update', 'Thank you for your interest in the position of Data Engineer in Leeds. We have chosen another applicant.')).toBe('Data Engineer');
    expect(roleOf('Update', 'Thank you for your interest in the role of Payroll Clerk in the Finance Department.')).toBe('Payroll Clerk');
  });
});
