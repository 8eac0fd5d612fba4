import { describe, expect, it } from 'vitest';
import { corpusAvailable, loadCorpus, splitBySource, type CorpusItem } from '../../shared/bench/corpus.ts';
import { formatReport, scoreClassification, type ClassificationScore } from '../../shared/bench/metrics.ts';
import { corpusItemToMessage } from '../../shared/classify/corpus-message.ts';
import { classify } from '../../shared/classify/index.ts';

/** Floors below the measured figures, so that a regression fails while small rule edits do not. */
const MIN_MACRO_F1_ALL = 0.93;
const MIN_MACRO_F1_CHECK = 0.92;
const MIN_REJECTION_PRECISION = 0.98;

function score(items: readonly CorpusItem[]): ClassificationScore {
  // Only labels and predictions leave this function: never bodies or addresses.
  return scoreClassification(items.map((item) => ({ expected: item.label, actual: classify(corpusItemToMessage(item)).kind })));
}

describe.skipIf(!corpusAvailable())('classifier on the labeled corpus (skipped: corpus absent)', () => {
  const items = corpusAvailable() ? loadCorpus() : [];
  const { tune, check } = splitBySource(items);
  const all = score(items);
  const checkScore = score(check);
  console.log([formatReport(all, 'all'), formatReport(score(tune), 'tune'), formatReport(checkScore, 'check')].join('\n\n'));

  it('keeps macro-F1 over the whole corpus above its floor', () => {
    expect(all.macroF1).toBeGreaterThanOrEqual(MIN_MACRO_F1_ALL);
  });

  it('almost never calls something a rejection that is not one', () => {
    expect(all.perClass.rejection.precision).toBeGreaterThanOrEqual(MIN_REJECTION_PRECISION);
  });

  it('keeps macro-F1 on the check split (senders the rules were not tuned on) above its floor', () => {
    expect(checkScore.macroF1).toBeGreaterThanOrEqual(MIN_MACRO_F1_CHECK);
  });
});
