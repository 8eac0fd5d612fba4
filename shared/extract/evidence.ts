/**
 * Why a reader chose a value: every candidate it weighed, with its score and the evidence behind
 * it, so `jobnudge classify --explain` (and a newcomer reading a miss) sees the decision, not just
 * its outcome. Evidence names the rule or source ("subject:at-company", "zone:next-line"), never
 * the mail's wording beyond the candidate value itself.
 */
export type Field = 'company' | 'role' | 'person' | 'interviewAt' | 'nextStepBy';

export interface Candidate {
  readonly field: Field;
  /** The value as it would be recorded (an ISO instant or date for times). */
  readonly value: string;
  /** Higher wins; comparable only within one field. */
  readonly score: number;
  /** Short tags for where the candidate came from and what raised or lowered its score. */
  readonly evidence: readonly string[];
  readonly chosen: boolean;
}
