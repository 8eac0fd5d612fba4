import { describe, expect, it } from 'vitest';
import { findInterviewerNames } from '../../shared/extract/interviewers.ts';
import { looksLikeFullName, readDisplayName } from '../../shared/extract/person-name.ts';

describe('display name: the employer first, the person after a dash or bar', () => {
  it('takes the person the address belongs to', () => {
    expect(readDisplayName('Harbourview Clinics – Tomasz Wrobel', 'twrobel@hvclinic.example')).toBe('Tomasz Wrobel');
    expect(readDisplayName('Bright Pine Talent | Ines Carvalho', 'ines.carvalho@brightpine.example')).toBe('Ines Carvalho');
    expect(readDisplayName('Copperline Foods — Odile Marchand', 'odile@copperline.example')).toBe('Odile Marchand');
  });

  it('still reads the person first when the employer follows', () => {
    expect(readDisplayName('Delia Fenn – Northgate Foods', 'delia.fenn@northgate.example')).toBe('Delia Fenn');
    expect(readDisplayName('Ravi Sood | Saltmarsh Studio', 'ravi@saltmarsh.example')).toBe('Ravi Sood');
  });
});

describe('display name: an acronym in capitals is not part of a person\'s name', () => {
  it('keeps a board or firm named with an acronym as written', () => {
    expect(readDisplayName('Fernbrook Valley CDSB', 'noreply@jobs.example')).toBe('Fernbrook Valley CDSB');
    expect(readDisplayName('Wrenfield Regional HSB', 'careers@wrenfield.example')).toBe('Wrenfield Regional HSB');
  });

  it('still reads a family name written in capitals', () => {
    expect(readDisplayName('Priya SHARMA', 'priya.sharma@firm.example')).toBe('Priya Sharma');
  });
});

describe('people: a family name that is also a hiring tool\'s name', () => {
  it('reads the person in a panel list', () => {
    expect(findInterviewerNames('You will be meeting with:\n\nOrla Ashby, Head of Data\nKenji Mori, Staff Engineer\n')).toEqual(['Orla Ashby', 'Kenji Mori']);
    expect(findInterviewerNames('You will speak with Tobias Lever and Nadia Osei.')).toEqual(['Tobias Lever', 'Nadia Osei']);
  });

  it('still takes the tool alone for no one', () => {
    expect(looksLikeFullName('Ashby Notifications')).toBe(false);
  });
});
