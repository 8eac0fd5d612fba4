import { describe, expect, it } from 'vitest';
import { MAX_SUBJECT_LENGTH, singleLine, subjectHeaderValue, truncate } from '../../shared/mailer/header-value.ts';

describe('header values from emails', () => {
  it('turns line breaks, control and direction-override characters into single spaces', () => {
    expect(subjectHeaderValue('Acme\r\nBcc: x@evil.example')).toBe('Acme Bcc: x@evil.example');
    expect(singleLine('a\u0000b\u0085c\u2028d\u202ee\u2066f\tg')).toBe('a b c d e f g');
  });

  it('bounds a subject’s length and cuts at a word when one is near', () => {
    const long = subjectHeaderValue('word '.repeat(100));
    expect(Array.from(long).length).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);
    expect(long.endsWith('word…')).toBe(true);
    expect(truncate('abcdefghij', 5)).toBe('abcd…');
    expect(truncate('short', 5)).toBe('short');
  });
});
