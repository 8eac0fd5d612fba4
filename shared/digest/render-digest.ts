import type { RuleId } from '../policy/rule-ids.ts';
import type { Stage } from '../domain/kinds.ts';
import type { EventKind } from '../domain/kinds.ts';
import { subjectHeaderValue } from '../mailer/header-value.ts';
import type { Block, EmailDocument, Section } from '../reminders/email-document.ts';
import { layoutHtml } from '../reminders/html-layout.ts';
import { dateTimeLabel, dayLabel, inZone } from '../reminders/local-time.ts';
import type { RenderedEmail } from '../reminders/rendered-email.ts';
import { layoutText } from '../reminders/text-layout.ts';
import { APPLICATIONS_CSV_CONTENT_TYPE, APPLICATIONS_CSV_FILENAME, applicationsCsv, type CsvRow } from './applications-csv.ts';
import type { Digest } from './digest.ts';
import { DIGEST_SPAN_DAYS } from './digest-week.ts';

/** What the user can reply to any jobnudge email to get this digest now. */
export const STATUS_HINT = 'Reply "status" to any jobnudge email to get this summary now.';

const STAGE_LABELS: Record<Stage, string> = {
  applied: 'Applied',
  interviewing: 'Interviewing',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  offer: 'Offer',
  stale: 'Closed (no answer)',
};

const KIND_LABELS: Record<EventKind, string> = {
  confirmation: 'application received',
  interview: 'interview invitation',
  rejection: 'rejection',
  other: 'other email',
};

/** What each reminder will ask, in a few words. */
const RULE_LABELS: Record<RuleId, string> = {
  'confirm-receipt': 'check the application arrived',
  'keep-applying': 'keep applying elsewhere',
  prepare: 'prepare for the interview',
  'thank-you-email': 'send a thank-you email',
  'thank-you-note': 'send a thank-you note',
  'status-check': 'ask where things stand',
  'move-on': 'decide whether to move on',
  'ask-feedback': 'ask for feedback',
  'stay-in-touch': 'stay in touch',
};

export interface RenderDigestInput {
  readonly digest: Digest;
  /** The CSV rows (applications-csv.ts): the attachment holds every application, open or closed. */
  readonly rows: readonly CsvRow[];
  readonly timeZone: string;
  /** How dates are written (settings.locale); the zone's own style when absent. */
  readonly locale?: string | undefined;
}

/** The digest email: subject, text and HTML laid out like reminders, and `applications.csv`. */
export function renderDigest(input: RenderDigestInput): RenderedEmail {
  const doc = digestDocument(input.digest, input.timeZone, input.locale);
  return {
    subject: doc.subject,
    text: layoutText(doc),
    html: layoutHtml(doc),
    attachments: [{ filename: APPLICATIONS_CSV_FILENAME, contentType: APPLICATIONS_CSV_CONTENT_TYPE, content: applicationsCsv(input.rows) }],
  };
}

export function digestDocument(digest: Digest, zone: string, locale?: string): EmailDocument {
  const when = (iso: string): string => {
    const dt = inZone(iso, zone, locale);
    return dt ? dateTimeLabel(dt) : 'date unknown';
  };
  const day = (iso: string): string => {
    const dt = inZone(iso, zone, locale);
    return dt ? dayLabel(dt) : 'date unknown';
  };
  const interviewsAhead = digest.coming.interviews.length;
  const summary = `${count(digest.open.length, 'open application')}, ${count(interviewsAhead, 'interview')} in the next ${DIGEST_SPAN_DAYS} days`;
  const subject = subjectHeaderValue(digest.kind === 'weekly' ? `Your job search this week: ${summary}` : `Where your job search stands: ${summary}`);

  const sections: Section[] = [
    {
      heading: `Open applications (${digest.open.length})`,
      blocks: listOr(
        digest.open.map((a) => {
          const last = a.lastEmail ? `last email ${day(a.lastEmail.at)} (${KIND_LABELS[a.lastEmail.kind]}: "${a.lastEmail.subject || 'no subject'}")` : 'no email yet';
          const next = a.nextReminder ? `next reminder ${when(a.nextReminder.at)}: ${RULE_LABELS[a.nextReminder.rule]}` : 'no reminder planned';
          return `${a.label} · ${STAGE_LABELS[a.stage]} · ${last} · ${next}`;
        }),
        'No open applications. Forward an application confirmation to start tracking one.',
      ),
    },
    {
      heading: `What changed in the last ${DIGEST_SPAN_DAYS} days`,
      blocks: grouped(
        [
          ['New applications', digest.changes.newApplications.map((c) => `${c.label} · ${day(c.at)}`)],
          [
            'Interview invitations',
            digest.changes.interviews.map((c) => `${c.label} · received ${day(c.at)}${c.interviewAt ? ` · interview ${when(c.interviewAt)}` : ''}`),
          ],
          ['Rejections', digest.changes.rejections.map((c) => `${c.label} · ${day(c.at)}`)],
        ],
        'No new applications, interviews or rejections.',
      ),
    },
    {
      heading: `Coming up in the next ${DIGEST_SPAN_DAYS} days`,
      blocks: grouped(
        [
          ['Interviews', digest.coming.interviews.map((c) => `${when(c.at)} · ${c.label}`)],
          ['Reminders', digest.coming.reminders.map((c) => `${when(c.at)} · ${c.label} · ${RULE_LABELS[c.rule]}`)],
        ],
        'No interviews or reminders.',
      ),
    },
    {
      heading: 'Gone quiet',
      blocks: listOr(
        digest.quiet.map((q) => `${q.label} · nothing for ${q.quietDays} days (last email ${day(q.lastEventAt)})`),
        'Every open application has heard something in the last two weeks.',
      ),
    },
    {
      heading: 'Skipped messages',
      blocks:
        digest.skipped.total === 0
          ? [{ kind: 'paragraph', text: `Nothing sent to jobnudge was skipped in the last ${DIGEST_SPAN_DAYS} days.` }]
          : [
              { kind: 'paragraph', text: `${count(digest.skipped.total, 'message')} sent to jobnudge ${digest.skipped.total === 1 ? 'was' : 'were'} not tracked, and why:` },
              { kind: 'list', items: digest.skipped.reasons.map((r) => `${r.count} × ${r.outcome}: ${r.reason}`) },
            ],
    },
  ];
  return {
    subject,
    preheader: summary,
    context: digest.kind === 'weekly' ? `Week ${digest.window.week}` : `As of ${when(digest.window.now.toISOString())}`,
    sections,
    footer: [`The attached ${APPLICATIONS_CSV_FILENAME} has one row per application, open or closed.`, STATUS_HINT],
  };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function listOr(items: readonly string[], empty: string): Block[] {
  return items.length > 0 ? [{ kind: 'list', items }] : [{ kind: 'paragraph', text: empty }];
}

/** Sub-lists under a bold label each; the empty ones left out, one sentence when all are empty. */
function grouped(groups: readonly (readonly [string, readonly string[]])[], empty: string): Block[] {
  const present = groups.filter(([, items]) => items.length > 0);
  if (present.length === 0) return [{ kind: 'paragraph', text: empty }];
  return present.flatMap(([title, items]): Block[] => [
    { kind: 'paragraph', text: `${title} (${items.length})`, strong: true },
    { kind: 'list', items },
  ]);
}
