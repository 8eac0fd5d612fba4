import { keepWaiting } from './keep-waiting.ts';
import { greeting, names, perPersonNote, roleSuffix, signatureName, theRole } from './phrasing.ts';
import type { RuleContent, RuleContext } from './rule-context.ts';

// Source: 003 (connect with the interviewers for future roles).
const WHY =
  'A rejection after interviews still leaves you with people who know your work. Keeping in touch can lead to later openings, there or elsewhere.';

export function stayInTouch(ctx: RuleContext): RuleContent {
  if (ctx.contactBlock !== null) return keepWaiting(ctx);
  const who = ctx.people.length > 0 ? names(ctx.people) : 'the people who interviewed you';
  return {
    subject: `Stay in touch with the people you met at ${ctx.company}${roleSuffix(ctx)}`,
    todo: [`Connect with ${who} (on LinkedIn, for example) and add a short personal note asking to keep in touch in case another role comes up.`],
    checklist: [],
    draft: {
      title: 'Draft: connection note',
      note: perPersonNote(ctx.people, 'note'),
      to: null,
      subject: null,
      parts: [
        greeting(ctx.people, 'Hi'),
        {
          kind: 'lines',
          lines: [
            `Thank you again for the conversations about ${theRole(ctx)}. I enjoyed meeting you and the team, and I would be glad to stay in touch in case a future role is a fit.`,
          ],
        },
        { kind: 'lines', lines: ['Best,', signatureName(ctx)] },
      ],
    },
    why: WHY,
  };
}
