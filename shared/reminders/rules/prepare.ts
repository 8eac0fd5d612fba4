import type { MeetingDetails } from '../../domain/application.ts';
import { dayLabel, relativeDay, timeLabel } from '../local-time.ts';
import { names, roleSuffix } from './phrasing.ts';
import type { RuleContent, RuleContext } from './rule-context.ts';

// Sources: 003 (collect cards, ask about next steps and follow-up) and 004 (expect to be looked up online).
const WHY =
  'Leaving the interview with names, contact details and a clear idea of the next step makes a timely, personal follow-up easy. ' +
  'Interviewers also often look candidates up online beforehand.';

const FORMAT_WORDS: Readonly<Record<MeetingDetails['format'], string | null>> = {
  video: 'a video call',
  phone: 'a phone call',
  onsite: 'in person',
  unknown: null,
};

/** "45 minutes", "1 hour", "1 hour 30 minutes". */
export function durationLabel(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [hours > 0 ? `${hours} hour${hours === 1 ? '' : 's'}` : '', rest > 0 ? `${rest} minute${rest === 1 ? '' : 's'}` : ''];
  return parts.filter(Boolean).join(' ');
}

/** Where and how to join, as the invitation said: the lines the user needs on the day. */
export function meetingLines(meeting: MeetingDetails | null): string[] {
  if (!meeting) return [];
  const lines: string[] = [];
  const how = FORMAT_WORDS[meeting.format];
  const length = meeting.durationMinutes !== null ? durationLabel(meeting.durationMinutes) : null;
  if (how || length) lines.push(`Format: ${[how, length ? `${length} as stated in the invitation` : null].filter(Boolean).join(', ')}.`);
  if (meeting.link) lines.push(`Meeting link: ${meeting.link}`);
  if (meeting.dialIn) lines.push(`Dial-in: ${meeting.dialIn}`);
  if (meeting.location) lines.push(`Place: ${meeting.location}`);
  return lines;
}

export function prepare(ctx: RuleContext): RuleContent {
  const at = ctx.interviewAt;
  const when = at ? relativeDay(at, ctx.now) : null;
  const subject =
    at && (when === 'today' || when === 'tomorrow')
      ? `${when === 'today' ? 'Today' : 'Tomorrow'} ${timeLabel(at)}: prepare for your ${ctx.company} interview${roleSuffix(ctx)}`
      : `Prepare for your ${ctx.company} interview${roleSuffix(ctx)}`;
  const place = meetingLines(ctx.meeting);
  const todo = [
    at
      ? `Your interview with ${ctx.company} is ${when === 'today' || when === 'tomorrow' ? `${when}, ${dayLabel(at)},` : when} at ${timeLabel(at)} (${ctx.zone} time). The calendar file is attached.`
      : `Your interview with ${ctx.company} is coming up; jobnudge does not know the exact time yet.`,
    ...place,
    'Have these ready so you leave knowing who you met and what happens next:',
  ];
  const interviewers = ctx.people.filter((p) => p.interviewer);
  const known = interviewers.length > 0 ? interviewers : ctx.people;
  const checklist = [
    known.length > 0
      ? `Ask each interviewer for a business card or email address (known so far: ${names(known)}), and check how the names are spelled.`
      : 'Ask each interviewer for a business card or email address, and check how the names are spelled.',
    'Ask what happens next and roughly when you will hear from them.',
    ctx.contactBlock === 'do-not-contact'
      ? `${ctx.company} asked not to be contacted, so ask at the interview when news will come rather than planning to follow up.`
      : 'Ask whether it is all right to follow up, and whether they prefer email or phone.',
    'Search for your own name online: they may do the same, so check what they will find.',
  ];
  return { subject, todo, checklist, drafts: [], why: WHY };
}
