import { describe, expect, it } from 'vitest';
import { readBody } from '../../shared/extract/body-text.ts';
import { findInterviewTime } from '../../shared/extract/text-time.ts';

/** The body size the extractor reads at most (index.ts). */
const BODY_CHARS = 100_000;
/** Generous for a shared 2-core machine: what is guarded against is seconds per body. */
const BUDGET_MS = 2_000;

const HOSTILE: Readonly<Record<string, string>> = {
  'clock times everywhere': 'Your interview is confirmed for Tuesday at 2pm ET, or Wed 3pm. ',
  'label lines': 'Time: 2pm\n',
  'zone words without times': 'W. Europe Standard Time (your time) Europe/ ',
  'moves without an end': 'moved your interview from Tuesday to ',
  'ordinals': 'Monday the 9th ',
  'one long run': 'a',
};

describe('interview time: cost stays bounded on hostile bodies', () => {
  for (const [name, unit] of Object.entries(HOSTILE)) {
    it(`reads a ${BODY_CHARS / 1000} KB body of ${name} within the budget`, () => {
      const body = readBody(`${unit.repeat(Math.ceil(BODY_CHARS / unit.length)).slice(0, BODY_CHARS - 20)} Tuesday at 2pm`);
      findInterviewTime(body, new Date('2026-11-05T15:00:00Z'), 'America/New_York');
      const started = performance.now();
      findInterviewTime(body, new Date('2026-11-05T15:00:00Z'), 'America/New_York');
      expect(performance.now() - started).toBeLessThan(BUDGET_MS);
    });
  }
});
