import { describe, expect, it } from 'vitest';
import { hasOnlyNameWords, readDisplayName } from '../../shared/extract/person-name.ts';

/** A sender's display name that names a public body, or a department, is not a person's name. */
describe('a place name before the kind of public body it names', () => {
  it('keeps the whole name, not the first two words as a person', () => {
    expect(readDisplayName('Maple Grove City Council')).toBe('Maple Grove City Council');
    expect(readDisplayName('Oak Park Public Schools')).toBe('Oak Park Public Schools');
    expect(readDisplayName('Rivermouth Water Board')).toBe('Rivermouth Water Board');
    expect(readDisplayName('Kauri Bay University')).toBe('Kauri Bay University');
    expect(readDisplayName('Pine Ridge Unified School District')).toBe('Pine Ridge Unified School District');
  });

  it('still takes the person before an employer written after the name', () => {
    expect(readDisplayName('Anjali Menon Trivector Labs')).toBe('Anjali Menon');
    expect(readDisplayName('Tom Baker Recruiting')).toBe('Tom Baker');
    expect(readDisplayName('Jane Doe University of Leeds')).toBe('Jane Doe');
  });
});

describe('a personnel office', () => {
  it('is not a name', () => {
    expect(hasOnlyNameWords('Classified Personnel')).toBe(false);
    expect(hasOnlyNameWords('Certificated Personnel')).toBe(false);
    expect(hasOnlyNameWords('Maria Personne')).toBe(true);
  });
});
