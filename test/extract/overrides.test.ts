import { describe, expect, it } from 'vitest';
import { parseOverrides } from '../../shared/extract/overrides.ts';

const context = { timeZone: 'America/New_York', reference: new Date('2026-11-25T15:00:00Z') };

describe('override tags', () => {
  it('reads kind tags and their aliases, in any case', () => {
    expect(parseOverrides('#Interview', context).kind).toBe('interview');
    expect(parseOverrides('#rejected', context).kind).toBe('rejection');
    expect(parseOverrides('#REJECTION', context).kind).toBe('rejection');
    expect(parseOverrides('#applied', context).kind).toBe('confirmation');
    expect(parseOverrides('#confirmation', context).kind).toBe('confirmation');
    expect(parseOverrides('#ignore', context).kind).toBe('other');
    expect(parseOverrides('#other', context).kind).toBe('other');
    expect(parseOverrides('nothing tagged here', context)).toEqual({ kind: null, company: null, role: null, interviewAt: null, problems: [] });
  });

  it('reads company and role values up to the end of the line or the next tag', () => {
    const result = parseOverrides('fyi #company Acme Corp #role Data Engineer\nthis line is just a note', context);
    expect(result.company).toBe('Acme Corp');
    expect(result.role).toBe('Data Engineer');
    expect(result.problems).toEqual([]);
  });

  it('reads #at as ISO-ish or natural text in the user\'s zone', () => {
    expect(parseOverrides('#at 2026-12-03 14:00', context).interviewAt).toBe('2026-12-03T14:00:00-05:00');
    expect(parseOverrides('#at Dec 3 2pm', context).interviewAt).toBe('2026-12-03T14:00:00-05:00');
    expect(parseOverrides('#at 2026-11-01 10:00', context).interviewAt).toBe('2026-11-01T10:00:00-05:00');
    expect(parseOverrides('#at 2026-12-03T19:00Z', context).interviewAt).toBe('2026-12-03T14:00:00-05:00');
  });

  it('reports unknown tags, missing values and unreadable times specifically', () => {
    expect(parseOverrides('#urgent', context).problems[0]).toMatch(/unknown tag #urgent/);
    expect(parseOverrides('#company', context).problems[0]).toMatch(/#company needs a value/);
    expect(parseOverrides('#at sometime soon', context).problems[0]).toMatch(/could not be read/);
    expect(parseOverrides('#at Dec 3', context).problems[0]).toMatch(/no time of day/);
    const impossible = parseOverrides('#at 2026-02-30 10:00', context);
    expect(impossible.interviewAt).toBeNull();
    expect(impossible.problems[0]).toMatch(/not a real date/);
  });

  it('reports conflicting kind tags and lets the last one win', () => {
    const result = parseOverrides('#interview oops #rejection', context);
    expect(result.kind).toBe('rejection');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/conflicts/);
  });

  it('does not read "C#" or "Req#12" as tags', () => {
    expect(parseOverrides('#role C# Developer Req#12', context)).toMatchObject({ role: 'C# Developer Req#12', problems: [] });
  });
});

describe('override tags on a long note', () => {
  it('caps the problems reported', () => {
    const result = parseOverrides(Array.from({ length: 30 }, (_, i) => `#tag${i}`).join(' '), context);
    expect(result.problems).toHaveLength(11);
    expect(result.problems.at(-1)).toMatch(/20 more/);
  });
});
