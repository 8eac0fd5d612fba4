import { roleSuffix } from './phrasing.ts';
import type { RuleContent, RuleContext } from './rule-context.ts';

// Source: 002 (after one follow-up with no answer, move on).
const WHY =
  'After one follow-up with no answer, more chasing rarely changes the outcome, and the time is better spent on other openings.';

export function moveOn(ctx: RuleContext): RuleContent {
  return {
    subject: `No news from ${ctx.company}: time to move on${roleSuffix(ctx)}`,
    todo: [
      `A week has passed since the last reminder about ${ctx.company} and there is still no news. Stop waiting on this one and keep your search moving.`,
      `jobnudge now treats this application as stale. If ${ctx.company} replies later, forward the email here as usual.`,
    ],
    checklist: [],
    drafts: [],
    why: WHY,
  };
}
