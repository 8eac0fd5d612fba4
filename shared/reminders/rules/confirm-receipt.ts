import { dayLabel } from '../local-time.ts';
import { keepWaiting } from './keep-waiting.ts';
import { greeting, names, roleSuffix, signOff, theRole } from './phrasing.ts';
import type { RuleContent, RuleContext } from './rule-context.ts';

// Source: 003 (a short check with the named person); 000 and 004 advise against chasing anonymous HR.
const WHY =
  'You sent this application to a named person rather than through an online form. One brief check about a week later that it arrived is welcome; ' +
  'chasing an anonymous HR inbox is not, so jobnudge only suggests this when someone is named.';

export function confirmReceipt(ctx: RuleContext): RuleContent {
  if (ctx.contactBlock !== null || ctx.people.length === 0) return keepWaiting(ctx);
  const sent = ctx.appliedAt ? ` on ${dayLabel(ctx.appliedAt)}` : '';
  return {
    subject: `Today: check that ${ctx.company} received your application${roleSuffix(ctx)}`,
    todo: [`Send ${names(ctx.people)} one short email (or make a quick call) to make sure your résumé arrived. Two or three sentences are enough.`],
    checklist: [],
    draft: {
      title: 'Draft: a short check-in',
      note: null,
      to: names(ctx.people),
      subject: ctx.role ? `My application for ${ctx.role}` : 'My application',
      parts: [
        greeting(ctx.people, 'Hello'),
        { kind: 'lines', lines: [`I sent my application for ${theRole(ctx)}${sent} and wanted to make sure my résumé reached you.`] },
        signOff(ctx, 'Thank you,'),
      ],
    },
    why: WHY,
  };
}
