import { describe, expect, it } from 'vitest';
import { cleanRole } from '../../shared/extract/role.ts';
import { extract } from '../../shared/extract/index.ts';
import { message } from './message-builder.ts';

const context = { timeZone: 'Europe/Berlin', kind: 'interview' } as const;
const roleOf = (parts: Parameters<typeof message>[0]): string | null => extract(message(parts), context).role;

describe('role: what follows a title is not part of it', () => {
  it('drops when the meeting happens', () => {
    expect(cleanRole('Backend Engineer today at 11:30', null)).toBe('Backend Engineer');
    expect(cleanRole('Warehouse Supervisor tomorrow morning', null)).toBe('Warehouse Supervisor');
    expect(cleanRole('Junior Accountant on Thursday', null)).toBe('Junior Accountant');
    expect(cleanRole('Line Cook at 9am', null)).toBe('Line Cook');
  });

  it('drops the stage an event names', () => {
    expect(cleanRole('Data Analyst, Round 2', null)).toBe('Data Analyst');
    expect(cleanRole('Pastry Chef interview & tasting', null)).toBe('Pastry Chef');
    expect(cleanRole('QA Tester screen with Priya', null)).toBe('QA Tester');
  });

  it('drops lower-case words that carry the sentence on', () => {
    expect(cleanRole('Night Porter come through', null)).toBe('Night Porter');
    expect(cleanRole('Store Manager just landed', null)).toBe('Store Manager');
  });

  it('keeps lower-case words that belong to the title', () => {
    expect(cleanRole('Head of Sales and marketing', null)).toBe('Head of Sales and marketing');
    expect(cleanRole('Director of operations', null)).toBe('Director of operations');
    expect(cleanRole('Software Engineer intern', null)).toBe('Software Engineer intern');
    expect(cleanRole('Interview Coordinator', null)).toBe('Interview Coordinator');
  });

  it('reads a title from a reminder subject and a casual note', () => {
    expect(roleOf({ from: 'Calendar <calendar@hollenfeld.de>', subject: 'Reminder: Interview Platform Engineer today at 14:00', text: 'Reminder\nPlatform Engineer interview with the team.' })).toBe('Platform Engineer');
    expect(roleOf({ from: 'Dana Reyes <dreyes@pinecrest-inn.com>', subject: 'Hello', text: 'Hi Sam,\n\nSaw your application for Front Desk Supervisor come through. Can you drop by Friday?\n\nDana' })).toBe('Front Desk Supervisor');
  });
});

describe('role: posting labels and job nouns', () => {
  it('reads a "Posting:" label without its reference', () => {
    const text = 'Dear Sam,\n\nYou applied to the following job posting:\n\nPosting: Resource Teacher – Secondary (Posting #ND-2026-117)\nClosing date: 30 Nov';
    expect(roleOf({ from: 'Portal <noreply@portal.example.org>', subject: 'Application Submitted', text })).toBe('Resource Teacher – Secondary');
  });

  it('knows physiotherapists and captains as job nouns', () => {
    expect(roleOf({ from: 'Harwick Health Recruitment <no-reply@harwickhealth.org>', subject: 'Senior Physiotherapist - update on your application', text: 'Dear Sam,\n\nThank you for applying.' })).toBe('Senior Physiotherapist');
    expect(roleOf({ from: 'Ostrander Hotels <careers@ostranderhotels.com>', subject: 'Bell Captain - update on your application', text: 'Dear Sam,\n\nThank you for applying.' })).toBe('Bell Captain');
  });
});
