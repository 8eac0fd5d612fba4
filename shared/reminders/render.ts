import { formatLocaleOf } from '../config/locale.ts';
import type { UserSettings } from '../config/settings.ts';
import type { DateTime } from 'luxon';
import type { ApplicationEvent, ApplicationRecord, ReminderRecord } from '../domain/application.ts';
import { singleLine, subjectHeaderValue, truncate } from '../mailer/header-value.ts';
import type { Block, EmailDocument, Section } from './email-document.ts';
import { layoutHtml } from './html-layout.ts';
import { interviewCalendar } from './interview-ics.ts';
import { calendarDateLabel, inZone } from './local-time.ts';
import { contactBlock, namedPeople } from './people.ts';
import type { RenderedAttachment, RenderedEmail } from './rendered-email.ts';
import { articlesLabel, sourceNumbers } from './rule-sources.ts';
import { RULE_CONTENT, type RuleContext } from './rules/index.ts';
import { meetingLines } from './rules/prepare.ts';
import { layoutText } from './text-layout.ts';
import { timelineEntries } from './timeline.ts';

/** Longest company or role shown: a hostile or mangled value must not swamp the subject. */
export const MAX_LABEL_LENGTH = 60;

/** Reply commands, as the email-commands parser reads them. */
export const REPLY_HINT =
  'Reply to this email with "done", "snooze 3d", "stop" (no more reminders for this application) ' +
  'or "wrong: interview|rejection|confirmation|other" (jobnudge misread what the email was).';

export interface RenderReminderInput {
  readonly application: ApplicationRecord;
  readonly timeline: readonly ApplicationEvent[];
  readonly reminder: ReminderRecord;
  readonly settings: UserSettings;
  readonly now: Date;
}

function label(value: string | null): string | null {
  if (value === null) return null;
  const line = truncate(singleLine(value), MAX_LABEL_LENGTH);
  return line === '' ? null : line;
}

function confirmations(input: RenderReminderInput, zone: string, locale: string): DateTime[] {
  return input.timeline
    .filter((e) => e.applicationId === input.application.id && e.kind === 'confirmation')
    .map((e) => inZone(e.occurredAt, zone, locale))
    .filter((d) => d !== null)
    .sort((a, b) => a.toMillis() - b.toMillis());
}

function ruleContext(input: RenderReminderInput): RuleContext {
  const zone = input.settings.timeZone;
  const locale = formatLocaleOf(input.settings);
  const now = inZone(input.now, zone, locale);
  if (!now) throw new RangeError('renderReminder: `now` is not a valid date');
  const people = namedPeople(input.application, input.settings);
  const confirmed = confirmations(input, zone, locale);
  return {
    application: input.application,
    reminder: input.reminder,
    settings: input.settings,
    zone,
    locale,
    now,
    company: label(input.application.company) ?? 'the employer',
    role: label(input.application.role),
    people,
    contactBlock: contactBlock(input.application, people),
    interviewAt: input.application.interviewAt ? inZone(input.application.interviewAt, zone, locale) : null,
    appliedAt: confirmed[0] ?? inZone(input.application.createdAt, zone, locale),
    confirmedAt: confirmed[confirmed.length - 1] ?? null,
    nextStepByLabel: input.application.nextStepBy ? calendarDateLabel(input.application.nextStepBy, zone, locale) : null,
    meeting: input.application.meeting ?? null,
  };
}

/** The reminder email for one fired reminder: subject, text, HTML and (for `prepare`) the interview .ics. */
export function renderReminder(input: RenderReminderInput): RenderedEmail {
  const ctx = ruleContext(input);
  const content = RULE_CONTENT[input.reminder.rule](ctx);
  const subject = subjectHeaderValue(content.subject);
  const timeline = timelineEntries(input.timeline, input.application.id, ctx.zone, ctx.locale);
  const sources = content.sources ? [...content.sources] : sourceNumbers(input.reminder.rule, input.reminder.source);
  const reason = plannedBecause(input.reminder, content.variantReason);

  const todo: Block[] = [
    ...content.todo.map((text, index): Block => ({ kind: 'paragraph', text, strong: index === 0 })),
    ...(content.checklist.length > 0 ? [{ kind: 'list', items: content.checklist } as const] : []),
  ];
  const sections: Section[] = [
    { heading: 'What to do now', blocks: todo },
    ...content.drafts.map((draft): Section => ({ heading: draft.title, blocks: [{ kind: 'draft', draft }] })),
    {
      heading: 'What happened so far',
      blocks:
        timeline.entries.length > 0
          ? [{ kind: 'timeline', entries: timeline.entries, omitted: timeline.omitted }]
          : [{ kind: 'paragraph', text: 'No emails are recorded for this application yet.' }],
    },
    {
      heading: 'Why this reminder',
      blocks: [
        { kind: 'paragraph', text: content.why },
        ...(reason ? [{ kind: 'paragraph', text: `Planned because: ${reason}` } as const] : []),
        { kind: 'paragraph', text: `Rule: ${input.reminder.rule}, from jobnudge's follow-up policy, which rests on ${articlesLabel(sources)}.` },
      ],
    },
  ];
  const doc: EmailDocument = {
    subject,
    preheader: content.todo[0] ?? subject,
    context: ctx.role ? `${ctx.company} — ${ctx.role}` : ctx.company,
    sections,
    footer: [REPLY_HINT, `Reminder ${input.reminder.reminderId} for application ${input.application.id}.`],
  };

  const attachments: RenderedAttachment[] = [];
  if (input.reminder.rule === 'prepare' && ctx.interviewAt) {
    attachments.push({
      filename: 'interview.ics',
      contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
      content: interviewCalendar({
        applicationId: input.application.id,
        round: input.reminder.round,
        start: ctx.interviewAt.toJSDate(),
        company: ctx.company,
        role: ctx.role,
        now: input.now,
        description: calendarDescription(meetingLines(ctx.meeting)),
        durationMinutes: ctx.meeting?.durationMinutes ?? null,
        location: ctx.meeting?.location ?? ctx.meeting?.link ?? ctx.meeting?.dialIn ?? null,
        url: ctx.meeting?.link ?? null,
      }),
    });
  }
  return { subject, text: layoutText(doc), html: layoutHtml(doc), attachments };
}

/**
 * "Planned because", in words that agree with what the reminder says: the planner's reason names
 * the rule's usual advice, so a variant (nobody to write to) keeps only the timing and gives its own why.
 */
function plannedBecause(reminder: ReminderRecord, variantReason: string | undefined): string {
  const recorded = singleLine(reminder.reason);
  if (variantReason === undefined) return recorded;
  // The planner writes "<why> Planned <when>.": keep the when.
  const at = recorded.indexOf('Planned ');
  const timing = at >= 0 ? recorded.slice(at) : '';
  const because = variantReason.charAt(0).toUpperCase() + variantReason.slice(1);
  return timing === '' ? because : `${because} ${timing}`;
}

function calendarDescription(meeting: readonly string[]): string {
  const intro = 'Added by jobnudge from your interview invitation.';
  return meeting.length > 0 ? [intro, ...meeting].join('\n') : `${intro} Check the original email for the link or address.`;
}
