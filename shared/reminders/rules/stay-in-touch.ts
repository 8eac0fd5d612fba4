import type { Draft } from '../email-document.ts';
import { addressLine, thankYouRecipients, type Person } from '../people.ts';
import { keepWaiting } from './keep-waiting.ts';
import { greeting, names, roleSuffix, signatureName, theRole } from './phrasing.ts';
import type { RuleContent, RuleContext } from './rule-context.ts';

// Source: 003 (connect with the interviewers for future roles).
const WHY =
  'A rejection after interviews still leaves you with people who know your work. Keeping in touch can lead to later openings, there or elsewhere.';

export function stayInTouch(ctx: RuleContext): RuleContent {
  if (ctx.contactBlock !== null) return keepWaiting(ctx);
  // The people met, else the one who arranged it: the same people a thank-you went to.
  const { people } = thankYouRecipients(ctx.people);
  const who = people.length > 0 ? names(people) : 'the people who interviewed you';
  return {
    subject: `Stay in touch with the people you met at ${ctx.company}${roleSuffix(ctx)}`,
    todo: [`Connect with ${who} (on LinkedIn, for example) and add a short personal note asking to keep in touch in case another role comes up.`],
    checklist: [],
    drafts: people.length > 0 ? people.map((person) => noteFor(ctx, person)) : [noteFor(ctx, null)],
    why: WHY,
  };
}

function noteFor(ctx: RuleContext, person: Person | null): Draft {
  return {
    title: person ? `Draft: connection note to ${person.name}` : 'Draft: connection note',
    note: null,
    to: person ? addressLine(person) : null,
    subject: null,
    parts: [
      greeting(person, 'Hi'),
      {
        kind: 'lines',
        lines: [
          `Thank you again for the conversations about ${theRole(ctx)}. I enjoyed meeting you and the team, and I would be glad to stay in touch in case a future role is a fit.`,
        ],
      },
      { kind: 'lines', lines: ['Best,', signatureName(ctx)] },
    ],
  };
}
