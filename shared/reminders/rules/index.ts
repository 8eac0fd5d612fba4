import type { RuleId } from '../../policy/rule-ids.ts';
import { askFeedback } from './ask-feedback.ts';
import { confirmReceipt } from './confirm-receipt.ts';
import { keepApplying } from './keep-applying.ts';
import { moveOn } from './move-on.ts';
import { prepare } from './prepare.ts';
import type { RuleContentBuilder } from './rule-context.ts';
import { statusCheck } from './status-check.ts';
import { stayInTouch } from './stay-in-touch.ts';
import { thankYouEmail } from './thank-you-email.ts';
import { thankYouNote } from './thank-you-note.ts';

/** One content builder per rule id: the Record type makes a missing rule a compile error. */
export const RULE_CONTENT: Readonly<Record<RuleId, RuleContentBuilder>> = {
  'confirm-receipt': confirmReceipt,
  'keep-applying': keepApplying,
  prepare,
  'thank-you-email': thankYouEmail,
  'thank-you-note': thankYouNote,
  'status-check': statusCheck,
  'move-on': moveOn,
  'ask-feedback': askFeedback,
  'stay-in-touch': stayInTouch,
};

export type { RuleContent, RuleContext } from './rule-context.ts';
