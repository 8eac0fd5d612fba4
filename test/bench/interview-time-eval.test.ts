import { describe, expect, it } from 'vitest';
import {
  expectedInstant,
  judgeInterviewTime,
  loadInterviewTimeLabels,
  scoreInterviewTimes,
} from '../../shared/bench/interview-time-eval.ts';

const zone = 'America/New_York';

describe('interview-time scoring', () => {
  it('counts the same instant written with another offset as a match', () => {
    const verdict = judgeInterviewTime({
      id: 'a',
      expected: { local: '2026-12-03T14:00', zone: 'America/New_York' },
      userZone: zone,
      actual: '2026-12-03T19:00:00Z',
    });
    expect(verdict.outcome).toBe('correct-time');
  });

  it('tells a missed time from an invented one and from a wrong one', () => {
    const expected = { local: '2026-12-03T14:00', zone: null };
    const score = scoreInterviewTimes([
      { id: 'missed', expected, userZone: zone, actual: null },
      { id: 'invented', expected: null, userZone: zone, actual: '2026-12-03T14:00:00-05:00' },
      { id: 'wrong', expected, userZone: zone, actual: '2026-12-03T15:00:00-05:00' },
      { id: 'null', expected: null, userZone: zone, actual: null },
    ]);
    expect([score.missed, score.invented, score.wrongTimes, score.correctNulls]).toEqual([1, 1, 1, 1]);
    expect(score.exactMatchRate).toBe(0.25);
    expect(score.mistakes.map((m) => m.id)).toEqual(['missed', 'invented', 'wrong']);
  });

  it('reads an expected time without a zone in the user zone', () => {
    expect(expectedInstant({ local: '2026-07-01T09:00', zone: null }, 'Europe/Berlin')).toBe('2026-07-01T09:00:00+02:00');
  });

  it('rejects a label for a wall-clock time a daylight-saving change skips', () => {
    expect(() => expectedInstant({ local: '2026-03-08T02:30', zone: 'America/New_York' }, zone)).toThrow(RangeError);
  });

  it('ships labels that load and cover every fixture it names', () => {
    const labels = loadInterviewTimeLabels();
    expect(labels.fixtures.length).toBeGreaterThan(10);
    expect(labels.corpus.every((label) => label.id.length > 0)).toBe(true);
  });
});
