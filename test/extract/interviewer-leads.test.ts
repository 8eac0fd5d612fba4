import { describe, expect, it } from 'vitest';
import { findHostNames, readInterviewers } from '../../shared/extract/interviewers.ts';

/** Leads a panel is named after beyond "meet"/"with": who takes or chairs it, a committee, a label, "may join". */
const names = (text: string): string[] => readInterviewers(text).people.map((person) => person.name);

describe('interviewers named by how the panel is introduced', () => {
  it('reads the people an interview is "taken", "conducted" or "chaired" by', () => {
    expect(names('Your interview will be taken by Mr. Rakesh Menon, Chief Pharmacist.')).toEqual(['Rakesh Menon']);
    expect(names('The session is conducted by Dr Helen Ogawa and Farid Nasser.')).toEqual(['Helen Ogawa', 'Farid Nasser']);
    expect(names('The panel will be chaired by Prof. Gwen Ellory.')).toEqual(['Gwen Ellory']);
  });

  it('reads a committee listed like a panel, with the writer in it', () => {
    const read = readInterviewers('The committee is Professor Ruth Amadi (chair), Dr Peter Lowe and me.');
    expect(read.people.map((person) => person.name)).toEqual(['Ruth Amadi', 'Peter Lowe']);
    expect(read.writerMeets).toBe(true);
    expect(names('The selection committee comprises Dr Anya Kerr and Mr Tom Hale.')).toEqual(['Anya Kerr', 'Tom Hale']);
  });

  it('reads someone who "may" or "might" join, as well as someone who will', () => {
    expect(names('Our Maintenance Superintendent, Carl Benning, may also join the call.')).toEqual(['Carl Benning']);
    expect(names('Hugo Lind might join for the last ten minutes.')).toEqual(['Hugo Lind']);
  });

  it('reads a "Participants:" or "Attendees:" label as the list of people in the meeting', () => {
    expect(names('Design review, Thursday 14:00\nParticipants: Ines Vogel (organiser), Paul Roth')).toEqual(['Ines Vogel', 'Paul Roth']);
    expect(names('Video call\nAttendees: Mara Quist, Devon Pyle')).toEqual(['Mara Quist', 'Devon Pyle']);
  });

  it('leaves a name alone when no lead introduces it', () => {
    expect(names('The project was led by Priya Raman last year and we loved your write-up.')).toEqual([]);
    expect(names('Photo taken from our office, courtesy of Joel Marsh.')).toEqual([]);
  });
});

describe('the host a scheduling tool names', () => {
  it('reads the host with their title and employer after a comma', () => {
    expect(findHostNames('Host:\nTara Quinn, Talent Partner, Brightmoor')).toEqual(['Tara Quinn']);
    expect(findHostNames('Organizer: Bram Oduya, Engineering Manager')).toEqual(['Bram Oduya']);
    expect(findHostNames('Host: Tara Quinn')).toEqual(['Tara Quinn']);
  });
});
