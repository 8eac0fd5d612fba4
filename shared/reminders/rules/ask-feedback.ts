import { addressLine, arranger } from '../people.ts';
import { keepWaiting } from './keep-waiting.ts';
import { greeting, roleSuffix, signOff } from './phrasing.ts';
import type { RuleContent, RuleContext } from './rule-context.ts';

// Source: 002 (ask once, briefly, and only after interviewing).
const WHY =
  'After interviews, a short request for feedback can sharpen your next ones. It is optional and worth asking only once; ' +
  'after a rejection at the application stage it is not worth it, so jobnudge does not suggest it then.';

export function askFeedback(ctx: RuleContext): RuleContent {
  // The person who handled the application (who most likely sent the decision), once.
  const to = arranger(ctx.people);
  if (ctx.contactBlock !== null || to === null) return keepWaiting(ctx);
  return {
    subject: `Optional: ask ${ctx.company} for feedback${roleSuffix(ctx)}`,
    todo: [
      `If you would like to, send ${to.name} one brief email asking what would have made you a stronger candidate.`,
      'Ask once; if no answer comes, let it go.',
    ],
    checklist: [],
    drafts: [
      {
        title: 'Draft: feedback request',
        note: null,
        to: addressLine(to),
        subject: ctx.role ? `${ctx.role}: thank you` : 'Thank you',
        parts: [
          greeting(to),
          { kind: 'lines', lines: [`Thank you for letting me know, and for the time you and the team at ${ctx.company} spent with me.`] },
          { kind: 'lines', lines: ['If you have a moment, I would value a line or two on what would have made me a stronger candidate.'] },
          signOff(ctx, 'Best regards,'),
        ],
      },
    ],
    why: WHY,
  };
}
