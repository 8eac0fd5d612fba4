import { calendarDaysBetween } from '../local-time.ts';
import { roleSuffix } from './phrasing.ts';
import type { RuleContent, RuleContext } from './rule-context.ts';

// Sources: 004 and 002 (after weeks of silence, put the effort into new applications).
const WHY =
  'Employers who want to move forward usually answer within a few weeks. After a month of silence the odds are low, ' +
  'and effort spent on new applications pays off more than waiting on this one.';

export function keepApplying(ctx: RuleContext): RuleContent {
  // Calendar days from the confirmation the reminder was planned from: the same count as its "Planned N days after".
  const since = ctx.confirmedAt ?? ctx.appliedAt;
  const days = since ? calendarDaysBetween(since, ctx.now) : null;
  const span = days !== null && days > 0 ? `${days} ${days === 1 ? 'day' : 'days'}` : null;
  const what = ctx.confirmedAt ? `${ctx.company} confirmed your application` : `you applied to ${ctx.company}`;
  return {
    subject: span ? `No reply from ${ctx.company} in ${span}: keep applying${roleSuffix(ctx)}` : `No reply from ${ctx.company}: keep applying${roleSuffix(ctx)}`,
    todo: [
      `${span ? `It has been ${span} since ${what}` : `You applied to ${ctx.company} some time ago`} and nothing has followed. It is fine to stop waiting for this one and spend the time on new applications.`,
      `jobnudge now treats this application as stale. If ${ctx.company} writes after all, forward the email here as usual.`,
    ],
    checklist: [],
    drafts: [],
    why: WHY,
  };
}
