import { describe, expect, it } from 'vitest';
import type { Contact } from '../../shared/domain/analysis.ts';
import { extract } from '../../shared/extract/index.ts';
import { isRoleAddress, isTeamMailbox } from '../../shared/extract/robots.ts';
import { findSignature } from '../../shared/extract/signature.ts';
import { message, type MessageParts } from './message-builder.ts';

/** The human the user should write to: the first named, writable contact who arranged things. */
function personToWrite(parts: MessageParts): string | null {
  const contacts: readonly Contact[] = extract(message(parts), { timeZone: 'UTC', kind: 'interview' }).contacts;
  return contacts.find((c) => !c.robot && c.name !== '' && c.part === 'arranged' && !/team|talent|recruit/i.test(c.name))?.name ?? null;
}

describe('sign-offs', () => {
  it('reads closings written as "thanks & regards" and "with best wishes"', () => {
    expect(findSignature(['We will be in touch shortly.', 'Thanks & Regards,', 'Moira Quennell', 'Talent Acquisition | Ostrava Digital'])?.name).toBe('Moira Quennell');
    expect(findSignature(['The panel meets on Monday.', 'With kind wishes,', 'Tobias Renner', 'Recruitment Officer'])?.name).toBe('Tobias Renner');
  });

  it('reads closings written as "with thanks" and "with many thanks"', () => {
    expect(findSignature(['Your file has gone to the panel.', '', 'With thanks,', 'Orla Penhaligon', 'Clinical Lead, Westerby Trust'])?.name).toBe('Orla Penhaligon');
    expect(findSignature(['We hope to see you again.', 'With many thanks', 'Kasimir Adeyemi'])?.name).toBe('Kasimir Adeyemi');
  });

  it('takes a department signing off for a team, not a person', () => {
    for (const unit of ['Faculty Relations', 'Student Affairs', 'Clinical Resourcing', 'Employee Relations']) {
      const signature = findSignature(['The committee has finished its review.', 'Sincerely,', unit, 'Harrowgate College']);
      expect(signature?.name ?? null, unit).toBeNull();
    }
  });

  it('reads a name written on the closing line itself', () => {
    expect(findSignature(['Looking forward to Thursday.', '', 'Best, Ines'])?.name).toBe('Ines');
    expect(findSignature(['Speak soon.', 'Cheers – Rafe Dunmore', 'Engineering Manager'])).toMatchObject({ name: 'Rafe Dunmore', title: 'Engineering Manager' });
  });

  it('does not take a thank-you to the reader at the top for a sign-off', () => {
    const lines = ['Thanks, Sam!', 'Your portfolio came through and the team is reviewing it.', 'We expect to decide by Friday.', 'There are three of you on the shortlist.', 'A coding task may follow.', 'Please keep an eye on your inbox.'];
    expect(findSignature(lines)).toBeNull();
    expect(findSignature(['Thanks for the call.', 'Best, the hiring team'])).toBeNull();
  });
});

describe('team inboxes', () => {
  it('reads a shared inbox by its mailbox name in other languages and after a unit prefix', () => {
    for (const address of ['bewerbung@kranich-optik.de', 'reclutamiento@farmacias-sol.mx', 'recrutement@atelier-brun.fr', 'graduates@holloway-audit.co.uk', 'geo-recruitment@northfield.ac.uk', 'uk.careers@brightmoor.example']) {
      expect(isRoleAddress(address), address).toBe(true);
    }
    expect(isRoleAddress('hannah.kirsch@kranich-optik.de')).toBe(false);
  });

  it('takes an organisation on a shared inbox for a team, not a person', () => {
    expect(isTeamMailbox('Lindqvist Savings Bank', 'jobs@lsb.example')).toBe(true);
    expect(isTeamMailbox('Harrow Valley Credit Union', 'jobs@hvcu.example')).toBe(true);
    expect(isTeamMailbox('Kranich Optik GmbH – Personalabteilung', 'info@kranich.example')).toBe(true);
    expect(isTeamMailbox('Hannah Kirsch', 'bewerbung@kranich.example')).toBe(false);
  });

  it('writes to the signer, not to an employer-named shared inbox', () => {
    const text = 'Leider haben wir uns für eine andere Bewerbung entschieden.\nKind regards\nHannah Kirsch\nPersonalabteilung\nKranich Optik GmbH';
    expect(personToWrite({ from: 'Kranich Optik GmbH <bewerbung@kranich-optik.de>', text })).toBe('Hannah Kirsch');
    expect(personToWrite({ from: 'Farmacias del Sol <reclutamiento@farmaciasdelsol.mx>', text: 'La vacante ya fue cubierta. Gracias por tu interés.' })).toBeNull();
  });
});

describe('signatures written on one line', () => {
  it('reads "name | title | employer" at the end of a template with no closing', () => {
    const lines = ['Thanks for applying to the Analyst role. We will be in touch.', '', 'Jordan Pike | Talent Partner | Corvina Foods', 'jordan.pike@corvina.example'];
    expect(findSignature(lines)).toEqual({ name: 'Jordan Pike', title: 'Talent Partner', company: 'Corvina Foods', email: 'jordan.pike@corvina.example' });
  });

  it('does not take a list of interviewers for a signature', () => {
    expect(findSignature(['Your panel on Tuesday:', 'Ana Ruiz – Engineering Manager', 'Tom Lee – Staff Engineer'])).toBeNull();
    expect(findSignature(['See you on Tuesday.', 'Interviewers:', 'Ana Ruiz – Engineering Manager'])).toBeNull();
  });
});
