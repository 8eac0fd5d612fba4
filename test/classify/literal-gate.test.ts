import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gateFor, requiredLiterals, TextFingerprint } from '../../shared/classify/literal-gate.ts';
import { ALL_RULES } from '../../shared/classify/index.ts';
import { normalizeMessage } from '../../shared/classify/normalize.ts';
import { buildMessage } from './build-message.ts';

describe('requiredLiterals', () => {
  it('turns a plain phrase with alternatives into the strings a match must contain', () => {
    const clauses = requiredLiterals(/\bthank(?:s| you) for applying\b/);
    expect(clauses[0]).toEqual(expect.arrayContaining(['thanks for applying', 'thank you for applying']));
  });

  it('keeps a clause for each rare part of a sequence, so all of them must be present', () => {
    const clauses = requiredLiterals(/\bhackathon\b[^.;]{0,40}\bsponsorship\b/);
    expect(clauses.flat()).toEqual(expect.arrayContaining(['hackathon', 'sponsorship']));
    expect(clauses.length).toBeGreaterThanOrEqual(2);
  });

  it('keeps only the shortest forms of a clause: a string holding another of the clause adds nothing', () => {
    const clauses = requiredLiterals(/\b(?:we have|we've|have) received your (?:cv|resume)\b/);
    const phrases = clauses.find((clause) => clause.some((literal) => literal.endsWith(' cv')));
    expect([...(phrases ?? [])].sort()).toEqual(['have received your cv', 'have received your resume', "we've received your cv", "we've received your resume"]);
    for (const rule of ALL_RULES) {
      for (const literals of requiredLiterals(rule.pattern)) {
        expect(literals.filter((literal) => literals.some((other) => other !== literal && literal.includes(other)))).toEqual([]);
      }
    }
  });

  it('gives up on flags and syntax it does not analyse instead of guessing', () => {
    expect(requiredLiterals(/interview/i)).toEqual([]);
    expect(requiredLiterals(/(a)\1/)).toEqual([]);
    expect(requiredLiterals(/\p{L}+/u)).toEqual([]);
  });

  it('derives nothing from a pattern whose literal parts are optional or shorter than three characters', () => {
    expect(requiredLiterals(/(?:hackathon)?x/)).toEqual([]);
    expect(requiredLiterals(/\d+(?:cv|ok)/)).toEqual([]);
  });
});

describe('TextFingerprint', () => {
  it('never rules out a string that occurs in the text', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 3, maxLength: 200 }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % (text.length - 2);
        const end = Math.min(text.length, start + 3 + (b % 20));
        const gate = gateFor(new RegExp(text.slice(start, end).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')));
        expect(gate(new TextFingerprint(text))).toBe(true);
      }),
    );
  });
});

describe('gateFor', () => {
  it('closes for a text without the required words and opens when one appears', () => {
    const gate = gateFor(/\b(?:webinar|masterclass)\b/);
    expect(gate(new TextFingerprint('we would like to invite you to an interview'))).toBe(false);
    expect(gate(new TextFingerprint('join our masterclass on tuesday'))).toBe(true);
  });

  it('is sound for every classifier rule on sentences built from the rule vocabulary', () => {
    const words = [...new Set(ALL_RULES.flatMap((rule) => requiredLiterals(rule.pattern).flat()))].slice(0, 400);
    const filler = ['we', 'you', 'the', 'not', 'your', 'application', 'interview', 'to', 'with', 'a', 'is', 'for', 'have'];
    const vocabulary = [...words, ...filler];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 14 }), (parts) => {
        const sentence = parts.join(' ');
        const print = new TextFingerprint(sentence);
        for (const rule of ALL_RULES) {
          if (rule.pattern.test(sentence)) expect(gateFor(rule.pattern)(print), rule.tag).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lets every rule that matches a normalized test message through its gate', () => {
    const message = normalizeMessage(
      buildMessage({
        subject: 'Interview invitation',
        text: 'Thank you for applying. Unfortunately we have decided to move forward with other candidates. We would like to schedule a phone interview; please share your availability.',
      }),
    );
    const print = new TextFingerprint(message.sentenceText);
    const matching = ALL_RULES.filter((rule) => rule.where === 'body' && message.sentences.some((s) => rule.pattern.test(s)));
    expect(matching.length).toBeGreaterThan(3);
    for (const rule of matching) expect(gateFor(rule.pattern)(print), rule.tag).toBe(true);
  });
});
