import { dayLabel } from '../local-time.ts';
import { addressLine, arranger } from '../people.ts';
import { keepWaiting } from './keep-waiting.ts';
import { greeting, roleSuffix, signOff, theRole } from './phrasing.ts';
import type { RuleContent, RuleContext } from './rule-context.ts';

// Source: 002 (one polite email about status, never a call, to whoever arranged it); 003 would ask after a week (configurable delay).
const WHY =
  'Once the date they gave has passed, or about two weeks went by without one, a single polite email about the timeline is reasonable. ' +
  'Email rather than phone, only once per interview round, and only to the person who arranged the interview. ' +
  'Some advisers suggest asking after one week; you can change the delay in your settings.';

export function statusCheck(ctx: RuleContext): RuleContent {
  // One check, to the one person who arranged things (a staffing agency's recruiter included).
  const to = arranger(ctx.people);
  const waitSubject = `Still waiting on ${ctx.company}: keep applying${roleSuffix(ctx)}`;
  if (ctx.contactBlock !== null || to === null) return keepWaiting(ctx, waitSubject);
  const context = ctx.nextStepByLabel
    ? `They said they would be in touch by ${ctx.nextStepByLabel}, and that date has passed.`
    : ctx.interviewAt
      ? `Your interview was on ${dayLabel(ctx.interviewAt)} and nothing has come since.`
      : 'Nothing has come since the interview invitation.';
  const on = ctx.interviewAt ? ` on ${dayLabel(ctx.interviewAt)}` : '';
  // Someone who arranged the interview but was not in it is thanked for arranging it, not for meeting.
  const thanks = to.interviewer
    ? `Thank you again for meeting with me${on} about ${theRole(ctx)}.`
    : `Thank you again for arranging my interview with ${ctx.company}${on} for ${theRole(ctx)}.`;
  return {
    subject: `Today: ask ${ctx.company} where things stand${roleSuffix(ctx)}`,
    todo: [
      `${context} Send ${to.name}${to.agency ? ' (your recruiter)' : ''} one polite email: thank them again, say you are still interested, and ask about next steps and timing.`,
      'Email only, no phone call, and just this once for this round.',
    ],
    checklist: [],
    drafts: [
      {
        title: 'Draft: status check',
        note: null,
        to: addressLine(to),
        subject: ctx.role ? `${ctx.role}: checking in` : 'Checking in',
        parts: [
          greeting(to),
          { kind: 'lines', lines: [thanks, `I remain very interested in joining ${ctx.company} [and one reason why, in a few words].`] },
          { kind: 'lines', lines: ['Could you tell me where things stand, and when I might expect to hear about next steps?'] },
          signOff(ctx, 'Kind regards,'),
        ],
      },
    ],
    why: WHY,
  };
}
