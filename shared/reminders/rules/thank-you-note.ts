import { keepWaiting } from './keep-waiting.ts';
import { greeting, names, roleSuffix, signatureName } from './phrasing.ts';
import type { RuleContent, RuleContext } from './rule-context.ts';

// Sources: 004 (handwritten, one per interviewer, each different) and 003 (names spelled right).
const WHY =
  'Few candidates send a handwritten card, so one stands out, and a different card for each interviewer shows the thanks is personal. ' +
  'This reminder is optional: set rules.thank-you-note.enabled to false in your settings to stop it.';

export function thankYouNote(ctx: RuleContext): RuleContent {
  if (ctx.contactBlock !== null) return keepWaiting(ctx);
  const recipients = ctx.people.length > 0 ? names(ctx.people) : 'each person who interviewed you';
  return {
    subject: `Today: post thank-you cards for your ${ctx.company} interview${roleSuffix(ctx)}`,
    todo: [`Handwrite a short card to ${recipients} and post it today.`, 'Make each card different, and double-check how every name is spelled.'],
    checklist: [],
    draft: {
      title: 'Card outline',
      note: ctx.people.length > 1 ? 'One card per person; change the middle lines for each.' : null,
      to: null,
      subject: null,
      parts: [
        greeting(ctx.people),
        {
          kind: 'lines',
          lines: ['Thank you for [something this person did: their time, the tour, a clear answer].', 'I especially enjoyed [a topic you discussed with this person].'],
        },
        { kind: 'lines', lines: ['With best wishes,', signatureName(ctx)] },
      ],
    },
    why: WHY,
  };
}
