import { describe, expect, it } from 'vitest';
import { formatReport, scoreClassification, type LabelPair } from '../../shared/bench/metrics.ts';

describe('scoreClassification', () => {
  const pairs: LabelPair[] = [
    { expected: 'rejection', actual: 'rejection' },
    { expected: 'rejection', actual: 'rejection' },
    { expected: 'rejection', actual: 'confirmation' },
    { expected: 'confirmation', actual: 'confirmation' },
    { expected: 'interview', actual: 'rejection' },
    { expected: 'other', actual: 'other' },
  ];

  it('computes accuracy, per-class precision/recall/F1 and the confusion matrix', () => {
    const score = scoreClassification(pairs);
    expect(score.total).toBe(6);
    expect(score.correct).toBe(4);
    expect(score.accuracy).toBeCloseTo(4 / 6);
    expect(score.perClass.rejection.precision).toBeCloseTo(2 / 3);
    expect(score.perClass.rejection.recall).toBeCloseTo(2 / 3);
    expect(score.perClass.confirmation.precision).toBeCloseTo(1 / 2);
    expect(score.perClass.confirmation.recall).toBe(1);
    expect(score.perClass.interview.recall).toBe(0);
    expect(score.perClass.interview.f1).toBe(0);
    expect(score.confusion.interview.rejection).toBe(1);
    expect(score.confusion.rejection.confirmation).toBe(1);
  });

  it('averages F1 over the kinds that occur, so an absent kind does not count as perfect or as zero', () => {
    const score = scoreClassification([
      { expected: 'confirmation', actual: 'confirmation' },
      { expected: 'other', actual: 'other' },
    ]);
    expect(score.macroF1).toBe(1);
  });

  it('reports zeros instead of NaN for an empty list', () => {
    const score = scoreClassification([]);
    expect(score.accuracy).toBe(0);
    expect(score.macroF1).toBe(0);
  });

  it('formats a table with the headline figures and a confusion row per kind', () => {
    const report = formatReport(scoreClassification(pairs), 'sample');
    expect(report).toContain('sample: n=6 accuracy=0.667');
    expect(report.split('\n').filter((line) => /^\s*(confirmation|interview|rejection|other)\s/.test(line))).toHaveLength(8);
  });
});
