import { describe, expect, it } from 'vitest';
import { personToWrite as chosenPerson } from '../../shared/bench/reading-score.ts';
import type { Contact } from '../../shared/domain/analysis.ts';
import { extract } from '../../shared/extract/index.ts';
import { findSignature } from '../../shared/extract/signature.ts';
import { message, type MessageParts } from './message-builder.ts';

const contactsOf = (parts: MessageParts): readonly Contact[] => extract(message(parts), { timeZone: 'UTC', kind: 'interview' }).contacts;
/** The human the user should write to, as the reading bench picks it. */
const personToWrite = (parts: MessageParts): string | null => chosenPerson(contactsOf(parts));
const signer = (text: string): string | null => findSignature(text.split('\n'))?.name ?? null;

describe('people: a name signed in lower case', () => {
  it('reads a texting sign-off when the writer introduced themself by that name', () => {
    expect(signer("hey sam its marco from the deli, can u come in sat at 10 instead?\nthx!! marco")).toBe('Marco');
    expect(signer("hi, this is lena at harbor books. we'd like to meet u friday\nthanks, lena")).toBe('Lena');
    expect(signer("Hey Sam, it's deshawn from the gym front desk. still good for 3pm?\n- deshawn\nSent from a scheduling app")).toBe('Deshawn');
  });

  it('reads it run into the end of a text written as one paragraph', () => {
    const text = "hey sam im tariq from northside auto, the manager wants to move ur interview to wed 2pm, reply if that doesnt work cheers tariq";
    expect(signer(text)).toBe('Tariq');
    expect(personToWrite({ from: 'Northside Auto <no-reply@northsideauto.example>', subject: 'interview', text })).toBe('Tariq');
  });

  it('takes no lower-case word the writer never introduced themself by', () => {
    expect(signer('see u at 4 then\nthx!! priya')).toBeNull();
    expect(signer("it's ok if you're late, just text\nthanks ok")).toBeNull();
    expect(signer('hi its jo from the cafe, see you friday\nthanks, joanne')).toBeNull();
  });
});

describe('people: a degree title before the signer', () => {
  it('reads Spanish and Portuguese degree titles as titles, not names', () => {
    expect(signer('Saludos cordiales,\nLic. Andrea Campos Vera\nReclutamiento')).toBe('Andrea Campos Vera');
    expect(signer('Best regards,\nIng. Tomás Peña\nPlant Manager')).toBe('Tomás Peña');
    expect(signer('Atenciosamente,\nDra. Beatriz Lacerda\nRecursos Humanos')).toBe('Beatriz Lacerda');
  });

  it('keeps "Sr." as the start of a job title, not a name', () => {
    expect(signer('Thanks,\nSr. Product Manager\nAcme')).not.toBe('Product Manager');
  });

  it('makes the titled signer the person to write to', () => {
    expect(personToWrite({ from: 'Talento Norteño <no-reply@nortenio.example>', subject: 'Interview', text: 'Hello Sam,\n\nSee you on Monday.\n\nBest regards,\nMtra. Paula Ibarra Soto\nTalent Acquisition\nNorteño Foods' })).toBe('Paula Ibarra Soto');
  });
});

describe('people: who to reach, with a number or address after the name', () => {
  it('reads a given name the mail completes elsewhere', () => {
    const text = 'Your interview is booked.\nWho: Dana Whitfield, Store Manager\nWhen: Saturday 11am\nQuestions? Text Dana at 763-555-0117.';
    expect(personToWrite({ from: 'Hiring Assistant <bot@hire.example>', subject: 'Booked', text })).toBe('Dana Whitfield');
  });

  it('reads a full name with an address or a phone number', () => {
    expect(personToWrite({ from: 'Careers <no-reply@careers.example>', subject: 'Next steps', text: 'Thanks for applying.\nFor questions, email Rhea Castillo at rhea.castillo@brightwater.example any time.' })).toBe('Rhea Castillo');
    expect(personToWrite({ from: 'Careers <no-reply@careers.example>', subject: 'Next steps', text: 'Thanks for applying.\nIf you are running late, call Omar Siddiqui on +44 20 7946 0000.' })).toBe('Omar Siddiqui');
  });

  it('takes no day, command word or name without a number or address after it', () => {
    expect(personToWrite({ from: 'Careers <no-reply@careers.example>', subject: 'Booked', text: 'We will call Monday at 9am.' })).toBeNull();
    expect(personToWrite({ from: 'Careers <no-reply@careers.example>', subject: 'Booked', text: 'To move it, text RESCHEDULE to 555-0100.' })).toBeNull();
    expect(personToWrite({ from: 'Careers <no-reply@careers.example>', subject: 'Booked', text: 'You can text Dana about parking.\nWho: Dana Whitfield' })).toBeNull();
  });
});
