import type { EventKind } from '../domain/kinds.ts';
import { isNegatedAt, isSelectionConditional, isSupposedAt } from './context.ts';
import type { NormalizedMessage } from './normalize.ts';

/** How much a subject rule still counts when the subject is a reply (`Re: Interview …`). */
const REPLY_SUBJECT_FACTOR = 0.5;

/** One piece of evidence: a tag naming it, the kind it speaks for, and how much it weighs. */
export interface Evidence {
  readonly tag: string;
  readonly kind: EventKind;
  readonly weight: number;
}

/** What a rule's match turns into when the sentence negates it or makes it conditional. */
export interface Reroute {
  readonly tag: string;
  readonly kind: EventKind;
  readonly weight: number;
}

/**
 * A phrase family: a pattern over normalized (lower-case) text and the evidence a match gives.
 * Body rules match sentence by sentence so that negation and conditions can be read around them.
 */
export interface PhraseRule {
  readonly tag: string;
  readonly kind: EventKind;
  readonly weight: number;
  readonly pattern: RegExp;
  /** `subject`, the sender's own `body` sentences, or the `full` body including footers. */
  readonly where: 'subject' | 'body' | 'full';
  /** Negated match ("we are unable to invite you"): dropped, or rerouted to another kind. */
  readonly whenNegated?: Reroute | 'drop';
  /** Match inside a selection condition ("if selected, …"): dropped, or rerouted. */
  readonly whenConditional?: Reroute | 'drop';
  /**
   * What counts as conditional: a `selection` condition only (default), or `any` supposition before
   * the phrase in its sentence (`if`, `in case`, `unless`…) as well.
   */
  readonly condition?: 'selection' | 'any';
}

function evidenceFor(rule: PhraseRule, sentence: string, index: number): Evidence | null {
  if (rule.whenNegated && isNegatedAt(sentence, index)) {
    return rule.whenNegated === 'drop' ? null : rule.whenNegated;
  }
  const supposed = rule.condition === 'any' && isSupposedAt(sentence, index);
  if (rule.whenConditional && (supposed || isSelectionConditional(sentence))) {
    return rule.whenConditional === 'drop' ? null : rule.whenConditional;
  }
  return rule;
}

/**
 * Every piece of evidence the rules find. A rule counts once per message even when it matches
 * several sentences: its first match that survives negation and conditions wins, so one asserted
 * "we'd like to schedule an interview" outweighs a conditional mention elsewhere.
 */
export function collectEvidence(message: NormalizedMessage, rules: readonly PhraseRule[]): Evidence[] {
  const found: Evidence[] = [];
  for (const rule of rules) {
    if (rule.where === 'subject') {
      // A reply's subject names the thread's topic, not what this message says.
      if (rule.pattern.test(message.subject)) found.push(message.isReply ? { ...rule, weight: rule.weight * REPLY_SUBJECT_FACTOR } : rule);
      continue;
    }
    if (rule.where === 'full') {
      if (rule.pattern.test(message.full)) found.push(rule);
      continue;
    }
    let fallback: Evidence | null = null;
    let asserted: Evidence | null = null;
    for (const sentence of message.sentences) {
      const match = rule.pattern.exec(sentence);
      if (!match) continue;
      const evidence = evidenceFor(rule, sentence, match.index);
      if (evidence === rule) {
        asserted = evidence;
        break;
      }
      fallback ??= evidence;
    }
    const chosen = asserted ?? fallback;
    if (chosen) found.push(chosen);
  }
  return found;
}
