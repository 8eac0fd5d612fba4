import type { EventKind } from '../domain/kinds.ts';
import { isNegatedAt, isSelectionConditional, isSupposedAt } from './context.ts';
import { gateFor, OPEN_GATE, TextFingerprint, type Gate } from './literal-gate.ts';
import type { NormalizedMessage } from './normalize.ts';

/** How much a subject rule still counts when the subject is a reply (`Re: Interview …`). */
const REPLY_SUBJECT_FACTOR = 0.5;

/** One piece of evidence: a tag naming it, the kind it speaks for, and how much it weighs. */
export interface Evidence {
  readonly tag: string;
  readonly kind: EventKind;
  readonly weight: number;
  /**
   * The family whose match was rerouted into this evidence ("we will not invite you to interview" is
   * `rejection:negated-interview` via `interview:invite`), so a signal names the rule that fired.
   */
  readonly via?: string;
}

/** How a piece of evidence reads in the signals: its tag, and the family it came through when rerouted. */
export function signalOf(evidence: Evidence): string {
  return evidence.via === undefined ? evidence.tag : `${evidence.tag}(${evidence.via})`;
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

/** A rule made ready to run: its gate derived once, so a message pays only for rules that can match. */
interface CompiledRule {
  readonly rule: PhraseRule;
  readonly gate: Gate;
}

/** Rules compiled on first use; keyed by identity, so the rule tables are compiled once per process. */
const compiled = new WeakMap<PhraseRule, CompiledRule>();

function compile(rule: PhraseRule): CompiledRule {
  let ready = compiled.get(rule);
  if (ready === undefined) {
    // A subject rule runs on the short subject line unguarded: deriving its gate would be wasted.
    ready = { rule, gate: rule.where === 'subject' ? OPEN_GATE : gateFor(rule.pattern) };
    compiled.set(rule, ready);
  }
  return ready;
}

/** Fingerprints of the message's texts, each made on first use. */
class Fingerprints {
  private fullPrint: TextFingerprint | undefined;
  private sentencePrint: TextFingerprint | undefined;
  private readonly sentencePrints: (TextFingerprint | undefined)[] = [];
  constructor(private readonly message: NormalizedMessage) {}

  full(): TextFingerprint {
    return (this.fullPrint ??= new TextFingerprint(this.message.full));
  }

  sentences(): TextFingerprint {
    return (this.sentencePrint ??= new TextFingerprint(this.message.sentenceText));
  }

  /** One sentence's own: a gate that holds for the whole text can still rule out most sentences. */
  sentence(index: number): TextFingerprint {
    return (this.sentencePrints[index] ??= new TextFingerprint(this.message.sentences[index] ?? ''));
  }
}

/** Per-message memo of the sentence-level context checks that several rules ask about. */
class SentenceContext {
  private readonly conditional = new Map<string, boolean>();

  isSelectionConditional(sentence: string): boolean {
    let known = this.conditional.get(sentence);
    if (known === undefined) {
      known = isSelectionConditional(sentence);
      this.conditional.set(sentence, known);
    }
    return known;
  }
}

function evidenceFor(rule: PhraseRule, sentence: string, index: number, context: SentenceContext): Evidence | null {
  if (rule.whenNegated && isNegatedAt(sentence, index)) {
    return rule.whenNegated === 'drop' ? null : { ...rule.whenNegated, via: rule.tag };
  }
  if (rule.whenConditional) {
    const supposed = rule.condition === 'any' && isSupposedAt(sentence, index);
    if (supposed || context.isSelectionConditional(sentence)) {
      return rule.whenConditional === 'drop' ? null : { ...rule.whenConditional, via: rule.tag };
    }
  }
  return rule;
}

/**
 * The rule's evidence from the sender's own sentences: the first asserted match, else the first
 * rerouted one. A sentence its gate rules out is not searched.
 */
function bodyEvidence(rule: PhraseRule, gate: Gate, sentences: readonly string[], prints: Fingerprints, context: SentenceContext): Evidence | null {
  let fallback: Evidence | null = null;
  for (const [index, sentence] of sentences.entries()) {
    if (gate !== OPEN_GATE && !gate(prints.sentence(index))) continue;
    const match = rule.pattern.exec(sentence);
    if (!match) continue;
    const evidence = evidenceFor(rule, sentence, match.index, context);
    if (evidence === rule) return evidence;
    fallback ??= evidence;
  }
  return fallback;
}

/**
 * Every piece of evidence the rules find. A rule counts once per message even when it matches
 * several sentences: its first match that survives negation and conditions wins, so one asserted
 * "we'd like to schedule an interview" outweighs a conditional mention elsewhere. A rule whose gate
 * finds none of its required words in the text is skipped without running its pattern.
 */
export function collectEvidence(message: NormalizedMessage, rules: readonly PhraseRule[]): Evidence[] {
  const found: Evidence[] = [];
  const context = new SentenceContext();
  const prints = new Fingerprints(message);
  for (const rule of rules) {
    const { gate } = compile(rule);
    if (rule.where === 'subject') {
      // A reply's subject names the thread's topic, not what this message says.
      if (rule.pattern.test(message.subject)) {
        found.push(message.isReply ? { ...rule, weight: rule.weight * REPLY_SUBJECT_FACTOR } : rule);
      }
      continue;
    }
    if (rule.where === 'full') {
      if (gate(prints.full()) && rule.pattern.test(message.full)) found.push(rule);
      continue;
    }
    if (!gate(prints.sentences())) continue;
    const evidence = bodyEvidence(rule, gate, message.sentences, prints, context);
    if (evidence) found.push(evidence);
  }
  return found;
}
