import type { Draft } from '../email-document.ts';
import { thankYouRecipients, type Person } from '../people.ts';
import { keepWaiting } from './keep-waiting.ts';
import { greeting, names, roleSuffix, signatureName } from './phrasing.ts';
import type { RuleContent, RuleContext } from './rule-context.ts';

// Sources: 004 (handwritten, one per interviewer, each different) and 003 (names spelled right).
const WHY =
  'Few candidates send a handwritten card, so one stands out, and a different card for each interviewer shows the thanks is personal. ' +
  'This reminder is optional: set rules.thank-you-note.enabled to false in your settings to stop it.';

export function thankYouNote(ctx: RuleContext): RuleContent {
  if (ctx.contactBlock !== null) return keepWaiting(ctx);
  const { people } = thankYouRecipients(ctx.people);
  const recipients = people.length > 0 ? names(people) : 'each person who interviewed you';
  // The interview's address is where a card reaches them; the invitation gave it when it was in person.
  const address = ctx.meeting?.location ?? null;
  return {
    subject: `Today: post thank-you cards for your ${ctx.company} interview${roleSuffix(ctx)}`,
    todo: [
      `Handwrite a short card to ${recipients} and post it today${address ? ` (to ${address})` : ''}.`,
      'Make each card different, and double-check how every name is spelled.',
    ],
    checklist: [],
    drafts: people.length > 0 ? people.map((person) => cardFor(ctx, person, address)) : [cardFor(ctx, null, address)],
    why: WHY,
  };
}

function cardFor(ctx: RuleContext, person: Person | null, address: string | null): Draft {
  return {
    title: person ? `Card outline for ${person.name}` : 'Card outline',
    note: null,
    to: person && address ? `${person.name}, ${ctx.company}, ${address}` : null,
    subject: null,
    parts: [
      greeting(person),
      {
        kind: 'lines',
        lines: ['Thank you for [something this person did: their time, the tour, a clear answer].', 'I especially enjoyed [a topic you discussed with this person].'],
      },
      { kind: 'lines', lines: ['With best wishes,', signatureName(ctx)] },
    ],
  };
}
