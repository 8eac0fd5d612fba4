import { roleSuffix } from './phrasing.ts';
import type { RuleContent, RuleContext } from './rule-context.ts';

// Sources: 004 and 002 (after weeks of silence, put the effort into new applications).
const WHY =
  'Employers who want to move forward usually answer within a few weeks. After a month of silence the odds are low, ' +
  'and effort spent on new applications pays off more than waiting on this one.';

export function keepApplying(ctx: RuleContext): RuleContent {
  const days = ctx.appliedAt ? Math.floor(ctx.now.diff(ctx.appliedAt, 'days').days) : null;
  const since = days !== null && days > 0 ? `${days} days` : null;
  return {
    subject: since ? `No reply from ${ctx.company} in ${since}: keep applying${roleSuffix(ctx)}` : `No reply from ${ctx.company}: keep applying${roleSuffix(ctx)}`,
    todo: [
      `${since ? `It has been ${since} since you applied to ${ctx.company}` : `You applied to ${ctx.company} some time ago`} and nothing has followed. It is fine to stop waiting for this one and spend the time on new applications.`,
      `jobnudge now treats this application as stale. If ${ctx.company} writes after all, forward the email here as usual.`,
    ],
    checklist: [],
    draft: null,
    why: WHY,
  };
}
