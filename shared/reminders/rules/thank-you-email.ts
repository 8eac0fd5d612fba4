import { relativeDay } from '../local-time.ts';
import { keepWaiting } from './keep-waiting.ts';
import { greeting, names, perPersonNote, roleSuffix, signOff, theRole } from './phrasing.ts';
import type { RuleContent, RuleContext } from './rule-context.ts';

// Sources: 004 (the brief thank-you with bullets and contact details) and 003 (same day or next).
const WHY =
  "A brief thank-you sent the same day or the next keeps you in the interviewer's mind, and it is a chance to tie " +
  'what they said they need to what you have already done.';

/** Bullet slots the user fills: policy allows four or five; three leaves room to stop early. */
const BULLET_SLOT = '[how your experience with X fits their need for Y]';
const BULLET_SLOTS = 3;

export function thankYouEmail(ctx: RuleContext): RuleContent {
  if (ctx.contactBlock !== null) return keepWaiting(ctx);
  const recipients = ctx.people.length > 0 ? names(ctx.people) : 'each person who interviewed you';
  const meeting = ctx.interviewAt ? relativeDay(ctx.interviewAt, ctx.now) : 'recently';
  return {
    subject: `Today: thank ${ctx.company} for your interview${roleSuffix(ctx)}`,
    todo: [
      `Send a short thank-you email to ${recipients} today, or tomorrow at the latest.`,
      'Start from the draft: two lines of thanks, a few bullets that connect your experience to what they need, and your full contact details.',
    ],
    checklist: [],
    draft: {
      title: 'Draft: thank-you email',
      note: [perPersonNote(ctx.people, 'email'), 'Fill in the bullets (five at most) and delete the ones you do not need.'].filter(Boolean).join(' '),
      to: ctx.people.length > 0 ? names(ctx.people) : "[interviewer's email]",
      subject: `Thank you for ${meeting === 'today' ? "today's" : 'the'} interview${ctx.role ? ` (${ctx.role})` : ''}`,
      parts: [
        greeting(ctx.people),
        {
          kind: 'lines',
          lines: [
            `Thank you for meeting with me ${meeting} about ${theRole(ctx)} at ${ctx.company}.`,
            'I enjoyed hearing about [something specific from your conversation], and it made me even keener on the job.',
          ],
        },
        { kind: 'lines', lines: ['From what we discussed, here is how my experience fits what you need:'] },
        { kind: 'bullets', items: Array.from({ length: BULLET_SLOTS }, () => BULLET_SLOT) },
        { kind: 'lines', lines: ["I'm looking forward to next steps."] },
        signOff(ctx, 'Best regards,'),
      ],
    },
    why: WHY,
  };
}
