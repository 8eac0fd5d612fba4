import type { Classification } from '../../domain/analysis.ts';
import type { OriginalMessage } from '../../domain/message.ts';
import type { NormalizedMessage } from '../normalize.ts';
import { MAX_SIGNALS } from '../decide.ts';
import type { Evidence } from '../phrase-rule.ts';
import { featuresOf } from './features.ts';
import { KIND_MODEL } from './kind-model.ts';
import { posteriorOf, type FittedKindModel } from './naive-bayes.ts';

/** The posterior a model kind gets as the classification's confidence is capped: a rule would say more. */
const MAX_MODEL_CONFIDENCE = 0.7;

/**
 * Words without which a mail is not about a job search at all: the model learned from job mail
 * only, so a meeting or appointment template elsewhere would read to it as an interview.
 */
const JOB_TALK = /\b(?:applications?|applied|applying|candidate|candidacy|positions?|roles?|jobs?|interview\w*|recruit\w*|hiring|resume|cv|vacanc(?:y|ies)|openings?)\b/;

/** `other` by default: no phrase family decided the kind, nothing spoke for `other`, and the mail talks of a job. */
export function reachesFallback(decided: Classification, evidence: readonly Evidence[], message: NormalizedMessage): boolean {
  if (decided.kind !== 'other' || evidence.some((item) => item.kind === 'other' && item.weight > 0)) return false;
  return JOB_TALK.test(message.subject) || JOB_TALK.test(message.main);
}

/**
 * Mail that is `other` only because no phrase family fired (no alert, outreach, test, offer or
 * account cue either): the learned model may then name the kind, when it is sure enough. Anything
 * a rule decided, or that evidence of `other` made other, is returned unchanged.
 */
export function withKindFallback(
  decided: Classification,
  evidence: readonly Evidence[],
  message: NormalizedMessage,
  original: OriginalMessage,
  model: FittedKindModel = KIND_MODEL,
): Classification {
  if (!reachesFallback(decided, evidence, message)) return decided;
  const guess = posteriorOf(model, featuresOf(message, original));
  const bar = guess.kind === 'rejection' ? model.rejectionThreshold : model.threshold;
  if (guess.kind === 'other' || bar === null || guess.probability < bar) return decided;
  return {
    kind: guess.kind,
    confidence: Math.min(MAX_MODEL_CONFIDENCE, Math.round(guess.probability * 100) / 100),
    signals: [`model:${guess.kind}`, `model-words:${guess.because.join('|')}`, ...decided.signals].slice(0, MAX_SIGNALS),
  };
}
