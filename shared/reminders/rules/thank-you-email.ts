import type { Draft } from '../email-document.ts';
import { relativeDay } from '../local-time.ts';
import { addressLine, thankYouRecipients, type Person } from '../people.ts';
import { keepWaiting } from './keep-waiting.ts';
import { greeting, names, roleSuffix, signOff, theRole } from './phrasing.ts';
import type { RuleContent, RuleContext } from './rule-context.ts';

// Sources: 004 (the brief thank-you with bullets and contact details, one per interviewer) and 003 (same day or next).
const WHY =
  "A brief thank-you sent the same day or the next keeps you in the interviewer's mind, and it is a chance to tie " +
  'what they said they need to what you have already done.';

/** Bullet slots the user fills: policy allows four or five; three leaves room to stop early. */
const BULLET_SLOT = '[how your experience with X fits their need for Y]';
const BULLET_SLOTS = 3;

export function thankYouEmail(ctx: RuleContext): RuleContent {
  if (ctx.contactBlock !== null) return keepWaiting(ctx);
  const { people, interviewersKnown } = thankYouRecipients(ctx.people);
  const meeting = ctx.interviewAt ? relativeDay(ctx.interviewAt, ctx.now) : 'recently';
  const subject = `Thank you for ${meeting === 'today' ? "today's" : 'the'} interview${ctx.role ? ` (${ctx.role})` : ''}`;
  const recipients = people.length === 0 ? 'each person who interviewed you' : names(people);
  const todo = [
    interviewersKnown || people.length === 0
      ? `Send a short thank-you email to ${recipients} today, or tomorrow at the latest${people.length > 1 ? ': one email each, each a little different' : ''}.`
      : `jobnudge does not know who interviewed you. Send ${recipients}, who arranged the interview, a short thank-you today, or tomorrow at the latest, and write to each interviewer too if you have their addresses.`,
    'Start from the draft: two lines of thanks, a few bullets that connect your experience to what they need, and your full contact details.',
  ];
  const drafts = people.length > 0 ? people.map((person) => draftFor(ctx, person, { subject, meeting, interviewer: interviewersKnown })) : [draftFor(ctx, null, { subject, meeting, interviewer: true })];
  return {
    subject: `Today: thank ${ctx.company} for your interview${roleSuffix(ctx)}`,
    todo,
    checklist: [],
    drafts,
    why: WHY,
  };
}

function draftFor(ctx: RuleContext, person: Person | null, options: { subject: string; meeting: string; interviewer: boolean }): Draft {
  // The arranger stands in only when no interviewer is known: thanked for arranging, asked to pass it on.
  const thanks = options.interviewer
    ? [
        `Thank you for meeting with me ${options.meeting} about ${theRole(ctx)} at ${ctx.company}.`,
        'I enjoyed hearing about [something specific from your conversation], and it made me even keener on the job.',
      ]
    : [
        `Thank you for arranging my interview ${options.meeting} for ${theRole(ctx)} at ${ctx.company}.`,
        'I enjoyed the conversation and would be grateful if you could pass my thanks on to the people I met.',
      ];
  return {
    title: person ? `Draft: thank-you email to ${person.name}` : 'Draft: thank-you email',
    note: 'Fill in the bullets (five at most) and delete the ones you do not need.',
    to: person ? addressLine(person) : "[interviewer's name and email address]",
    subject: options.subject,
    parts: [
      greeting(person),
      { kind: 'lines', lines: thanks },
      { kind: 'lines', lines: ['From what we discussed, here is how my experience fits what you need:'] },
      { kind: 'bullets', items: Array.from({ length: BULLET_SLOTS }, () => BULLET_SLOT) },
      { kind: 'lines', lines: ["I'm looking forward to next steps."] },
      signOff(ctx, 'Best regards,'),
    ],
  };
}
