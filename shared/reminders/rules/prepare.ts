import { dayLabel, relativeDay, timeLabel } from '../local-time.ts';
import { names, roleSuffix } from './phrasing.ts';
import type { RuleContent, RuleContext } from './rule-context.ts';

// Sources: 003 (collect cards, ask about next steps and follow-up) and 004 (expect to be looked up online).
const WHY =
  'Leaving the interview with names, contact details and a clear idea of the next step makes a timely, personal follow-up easy. ' +
  'Interviewers also often look candidates up online beforehand.';

export function prepare(ctx: RuleContext): RuleContent {
  const at = ctx.interviewAt;
  const when = at ? relativeDay(at, ctx.now) : null;
  const subject =
    at && (when === 'today' || when === 'tomorrow')
      ? `${when === 'today' ? 'Today' : 'Tomorrow'} ${timeLabel(at)}: prepare for your ${ctx.company} interview${roleSuffix(ctx)}`
      : `Prepare for your ${ctx.company} interview${roleSuffix(ctx)}`;
  const todo = [
    at
      ? `Your interview with ${ctx.company} is ${when === 'today' || when === 'tomorrow' ? `${when}, ${dayLabel(at)},` : when} at ${timeLabel(at)} (${ctx.zone} time). The calendar file is attached.`
      : `Your interview with ${ctx.company} is coming up; jobnudge does not know the exact time yet.`,
    'Have these ready so you leave knowing who you met and what happens next:',
  ];
  const checklist = [
    ctx.people.length > 0
      ? `Ask each interviewer for a business card or email address (known so far: ${names(ctx.people)}), and check how the names are spelled.`
      : 'Ask each interviewer for a business card or email address, and check how the names are spelled.',
    'Ask what happens next and roughly when you will hear from them.',
    ctx.contactBlock === 'do-not-contact'
      ? `${ctx.company} asked not to be contacted, so ask at the interview when news will come rather than planning to follow up.`
      : 'Ask whether it is all right to follow up, and whether they prefer email or phone.',
    'Search for your own name online: they may do the same, so check what they will find.',
  ];
  return { subject, todo, checklist, draft: null, why: WHY };
}
