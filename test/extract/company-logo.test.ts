import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract/index.ts';
import { message } from './message-builder.ts';

const context = { timeZone: 'America/New_York', kind: 'interview' } as const;
const companyOf = (parts: Parameters<typeof message>[0]): string | null => extract(message(parts), context).company;
const robot = 'Hiring Team <no-reply@notify.hireplatform.example>';

describe('company: a header logo', () => {
  it('reads the employer from the logo above an ATS template that never names it', () => {
    const text = '[image: Tamsin Aerospace]\n\nYour interview is confirmed\n\nHi Sam, thanks for choosing a time. Details are below.';
    expect(companyOf({ from: robot, subject: 'Interview confirmed: Avionics Engineer', text })).toBe('Tamsin Aerospace');
  });

  it('drops the word "logo" from the alt text, however it is written', () => {
    for (const alt of ['Harrow & Vale logo', "Harrow & Vale's Logo", 'Logo of Harrow & Vale']) {
      const text = `[image: ${alt}]\n\nHi Sam,\n\nThank you for your application. We will be in touch.`;
      expect(companyOf({ from: robot, subject: 'We received your application', text }), alt).toBe('Harrow & Vale');
    }
  });

  it('ignores tool badges and logos far below the top', () => {
    const badge = '[image: Powered by Quarrymark]\n\nHi Sam, thank you for applying. We will be in touch.';
    expect(companyOf({ from: robot, subject: 'Application received', text: badge })).not.toMatch(/Quarrymark/);
    const footer = ['Hi Sam,', '', 'Thank you for applying.', 'We review every application.', 'You will hear from us soon.', '', 'Best,', 'The team', '', '[image: Partner Network Award]'].join('\n');
    expect(companyOf({ from: robot, subject: 'Application received', text: footer })).not.toMatch(/Partner Network/);
  });

  it('lets what the text says of the employer outweigh a logo', () => {
    const text = '[image: Beacon Group]\n\nHi Sam,\n\nThank you for applying for the Analyst position at Lorimer Freight. We will be in touch.';
    expect(companyOf({ from: robot, subject: 'Application received', text })).toBe('Lorimer Freight');
  });
});
