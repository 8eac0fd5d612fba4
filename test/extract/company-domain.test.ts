import { describe, expect, it } from 'vitest';
import { domainLabel } from '../../shared/extract/company/sender.ts';
import { extract } from '../../shared/extract/index.ts';
import { message } from './message-builder.ts';

const context = { timeZone: 'Europe/London', kind: 'confirmation' } as const;
const companyOf = (parts: Parameters<typeof message>[0]): string | null => extract(message(parts), context).company;

describe('sender domain label', () => {
  it('passes over the reserved "example" label wherever it stands', () => {
    expect(domainLabel('brindlewood.example.co.uk')).toBe('brindlewood');
    expect(domainLabel('careers.quayfold.example.ie')).toBe('quayfold');
    expect(domainLabel('mail.tarnhollow.example.com.au')).toBe('tarnhollow');
    expect(domainLabel('example.com')).toBeNull();
    expect(domainLabel('example.org')).toBeNull();
    expect(domainLabel('quillhq.example')).toBe('quillhq');
  });

  it('reads a university under an edu second level like one under ac or co', () => {
    expect(domainLabel('recruitment.mvu.edu.au')).toBe('mvu');
    expect(domainLabel('hr.lionsgate-poly.edu.sg')).toBe('lionsgate-poly');
    expect(domainLabel('jobs.harrowfield.ac.uk')).toBe('harrowfield');
  });

  it('leaves ordinary domains as they were', () => {
    expect(domainLabel('careers.acme-corp.co.uk')).toBe('acme-corp');
    expect(domainLabel('jobs.brightmoor.com')).toBe('brightmoor');
    expect(domainLabel('northhalstead.edu')).toBe('northhalstead');
  });
});

describe('company from a person writing at a placeholder domain', () => {
  it('names the organisation the domain spells, not the placeholder', () => {
    const text = 'Hi Sam,\n\nThanks for speaking with us on Tuesday. We would like to invite you back for a second conversation next week.\n\nBest wishes,\nMarta\n\nMarta Lenz\nPeople Partner';
    expect(companyOf({ from: 'Marta Lenz <marta.lenz@quayfold.example.de>', subject: 'Next conversation', text: `${text}\nQuayfold` })).toBe('Quayfold');
    expect(companyOf({ from: 'Marta Lenz <marta.lenz@quayfold.example.de>', subject: 'Next conversation', text })).not.toBe('Example');
    expect(companyOf({ from: 'Owen Price <owen@example.com>', subject: 'Quick question', text: 'Hi Sam,\nAre you free for a call?\nOwen' })).toBeNull();
  });
});
