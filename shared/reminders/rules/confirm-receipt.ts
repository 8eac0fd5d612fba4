import { dayLabel } from '../local-time.ts';
import { addressLine, arranger } from '../people.ts';
import { keepWaiting } from './keep-waiting.ts';
import { greeting, roleSuffix, signOff, theRole } from './phrasing.ts';
import type { RuleContent, RuleContext } from './rule-context.ts';

// Source: 003 (a short check with the named person); 000 and 004 advise against chasing anonymous HR.
const WHY =
  'You sent this application to a named person rather than through an online form. One brief check about a week later that it arrived is welcome; ' +
  'chasing an anonymous HR inbox is not, so jobnudge only suggests this when someone is named.';

export function confirmReceipt(ctx: RuleContext): RuleContent {
  // One person: the one the application went to (or who wrote about it), never a team inbox.
  const to = arranger(ctx.people);
  if (ctx.contactBlock !== null || to === null) return keepWaiting(ctx);
  const sent = ctx.appliedAt ? ` on ${dayLabel(ctx.appliedAt)}` : '';
  const at = to.agency ? ` at ${ctx.company}` : '';
  return {
    subject: `Today: check that ${ctx.company} received your application${roleSuffix(ctx)}`,
    todo: [`Send ${to.name} one short email (or make a quick call) to make sure your résumé arrived. Two or three sentences are enough.`],
    checklist: [],
    drafts: [
      {
        title: 'Draft: a short check-in',
        note: null,
        to: addressLine(to),
        subject: ctx.role ? `My application for ${ctx.role}` : 'My application',
        parts: [
          greeting(to, 'Hello'),
          { kind: 'lines', lines: [`I sent my application for ${theRole(ctx)}${at}${sent} and wanted to make sure my résumé reached you.`] },
          signOff(ctx, 'Thank you,'),
        ],
      },
    ],
    why: WHY,
  };
}
