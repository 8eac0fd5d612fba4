import type { RuleContent, RuleContext } from './rule-context.ts';
import { roleSuffix } from './phrasing.ts';

/**
 * The "wait, keep applying" variant: used instead of any advice to write to someone when the
 * employer asked not to be contacted, only robots wrote, or no suitable person is known.
 */
// Sources: 000, 002 and 004 (do not chase an employer who asked not to be, nor a no-reply address).
const WAIT_WHY =
  'A follow-up only helps when it reaches someone who can answer. Writing to an employer who asked not to be contacted, ' +
  'or to an address nobody reads, does more harm than good; more applications are a better use of the time.';

export function keepWaiting(ctx: RuleContext, subject?: string): RuleContent {
  const because =
    ctx.contactBlock === 'do-not-contact'
      ? `${ctx.company} asked candidates not to contact them, so there is nobody to write to here.`
      : ctx.contactBlock === 'robots-only'
        ? `Only an automated address has written about this application and no person is named, so there is nobody to write to.`
        : `No person who could answer is known for this application, so there is nobody to write to.`;
  return {
    subject: subject ?? `No action needed for ${ctx.company}: keep applying${roleSuffix(ctx)}`,
    todo: [because, `Keep applying elsewhere while you wait. If ${ctx.company} gets in touch, forward their email here as usual.`],
    checklist: [],
    drafts: [],
    why: WAIT_WHY,
    // The planner's reason names the usual advice ("one polite check is fair"): this one replaces it.
    variantReason: 'there is nobody to write to about this application, so instead of a follow-up this reminder says to keep applying and wait.',
    sources: ['000', '002', '004'],
  };
}
