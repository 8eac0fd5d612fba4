import { MERGE_SUGGESTION, NAME_EMPLOYER } from '../applications/filing-notice.ts';
import { ACKNOWLEDGED } from '../commands/acknowledgement.ts';
import { MAX_SNOOZE_DAYS } from '../commands/snooze-time.ts';
import { formatLocaleOf } from '../config/locale.ts';
import type { UserSettings } from '../config/settings.ts';
import type { Notice } from '../domain/application.ts';
import { singleLine, subjectHeaderValue, truncate } from '../mailer/header-value.ts';
import type { Block, EmailDocument, Section } from './email-document.ts';
import { layoutHtml } from './html-layout.ts';
import { dateTimeLabel, inZone } from './local-time.ts';
import type { RenderedEmail } from './rendered-email.ts';
import { layoutText } from './text-layout.ts';

/** Longest detail value shown (a reason, a subject, a command): details are short by contract. */
const MAX_DETAIL_LENGTH = 160;
/** Gmail's confirmation codes are digits; anything longer than this is not one. */
const MAX_CODE_LENGTH = 32;

/** The reply commands, shown in the help notice. */
export const COMMAND_HELP: readonly string[] = [
  'done — you did what the reminder asked; it is marked done.',
  'snooze 3d — remind you again in 3 days (any number of days).',
  'snooze until 2026-12-01 — remind you again on that date.',
  'stop — no more reminders for this application.',
  'wrong: interview (or rejection, confirmation, other) — jobnudge misread the email; it re-reads it as that and re-plans.',
  'same as Acme — Data Engineer — this email belongs to that application; the two are joined.',
  '#company Acme Corp — name the employer of this application.',
];

function detail(notice: Notice, key: string): string | null {
  const value = notice.details[key];
  if (typeof value !== 'string') return null;
  const line = truncate(singleLine(value), MAX_DETAIL_LENGTH);
  return line === '' ? null : line;
}

/**
 * A confirmation link is shown as a link only when it points at Google over https: the mail it came
 * from is not the user's own, so a forged "verification" must not hand the user an arbitrary link.
 */
export function isGoogleLink(link: string): boolean {
  try {
    const url = new URL(link);
    return url.protocol === 'https:' && (url.hostname === 'google.com' || url.hostname.endsWith('.google.com'));
  } catch {
    return false;
  }
}

function forwardingVerification(notice: Notice): { subject: string; sections: Section[] } {
  const code = (notice.details.code ?? '').replace(/[^A-Za-z0-9]/g, '').slice(0, MAX_CODE_LENGTH);
  const link = (notice.details.link ?? '').trim();
  const requestedBy = detail(notice, 'requestedBy');
  const steps: Block[] = [
    {
      kind: 'paragraph',
      strong: true,
      text: `Gmail wants to confirm that ${requestedBy ?? 'your Gmail account'} may forward mail to jobnudge. Forwarding stays off until you confirm.`,
    },
  ];
  if (code) {
    steps.push(
      { kind: 'code', label: 'Confirmation code', code },
      { kind: 'paragraph', text: 'In Gmail, open Settings → See all settings → Forwarding and POP/IMAP, enter this code and choose Verify.' },
    );
  }
  if (link && isGoogleLink(link)) {
    steps.push(
      { kind: 'paragraph', text: code ? 'Or open the confirmation link from Gmail:' : 'Open the confirmation link from Gmail:' },
      { kind: 'link', label: 'Confirm forwarding in Gmail', href: link },
    );
  } else if (link) {
    steps.push({ kind: 'paragraph', text: 'The message also had a link that does not point to Google, so jobnudge does not show it.' });
  }
  if (!code && !(link && isGoogleLink(link))) {
    steps.push({ kind: 'paragraph', text: 'jobnudge could not find the code or link in that message. Start the forwarding set-up again in Gmail to get a new one.' });
  }
  steps.push(
    { kind: 'paragraph', text: 'Afterwards, add a filter in Gmail that forwards job emails here, or forward them one by one.' },
    { kind: 'paragraph', text: 'If you did not ask for this, ignore this email: nothing is forwarded until the code is entered.' },
  );
  return {
    subject: code ? `Gmail forwarding code ${code}: finish setting up jobnudge` : 'Finish setting up Gmail forwarding to jobnudge',
    sections: [{ heading: 'What to do now', blocks: steps }],
  };
}

function unreadableForward(notice: Notice, settings: UserSettings): { subject: string; sections: Section[] } {
  const subject = detail(notice, 'subject');
  const reason = detail(notice, 'reason') ?? detail(notice, 'problem');
  const received = inZone(notice.createdAt, settings.timeZone, formatLocaleOf(settings));
  const what = subject ? `the message "${subject}"` : 'a message';
  return {
    subject: 'jobnudge could not read a message you forwarded',
    sections: [
      {
        heading: 'What happened',
        blocks: [
          {
            kind: 'paragraph',
            strong: true,
            text: `jobnudge received ${what} from you${received ? ` on ${dateTimeLabel(received)}` : ''} but could not find a job email in it.`,
          },
          ...(reason ? [{ kind: 'paragraph', text: `Reason: ${reason}` } as const] : []),
        ],
      },
      {
        heading: 'What to do now',
        blocks: [
          {
            kind: 'list',
            items: [
              'Forward the original email again, without editing the forwarded part.',
              'Or attach it as a file: in Gmail use ⋮ → Download message, then attach the .eml file to a new email to jobnudge.',
            ],
          },
        ],
      },
    ],
  };
}

/** Tags the user can put in the note above a forward (shared/extract/overrides.ts reads them). */
export const NOTE_TAG_HELP: readonly string[] = [
  '#interview, #rejection, #applied or #other — say what the email is.',
  '#company Acme — name the employer.',
  '#role Data Engineer — name the job.',
  '#at Dec 3 2pm — give the interview time (read in your time zone).',
];

function noteHelp(notice: Notice): { subject: string; sections: Section[] } {
  const problem = detail(notice, 'problem');
  const subject = detail(notice, 'subject');
  const tags = detail(notice, 'tags');
  const hint = detail(notice, 'hint');
  const what =
    problem === 'no-company'
      ? `jobnudge could not tell which company ${subject ? `"${subject}"` : 'a forwarded email'} is from, so it is not tracked yet.`
      : `jobnudge could not read some tags in your note${tags ? `: ${tags}` : ''}.`;
  return {
    subject: problem === 'no-company' ? 'jobnudge needs the company name for an email you forwarded' : 'jobnudge could not read a tag in your note',
    sections: [
      {
        heading: 'What to do now',
        blocks: [
          { kind: 'paragraph', strong: true, text: what },
          { kind: 'paragraph', text: hint ? `Tip: ${hint}.` : 'Forward the email again with a corrected note above it.' },
          { kind: 'paragraph', text: 'Tags you can use in the note above a forward:' },
          { kind: 'list', items: NOTE_TAG_HELP },
        ],
      },
    ],
  };
}

/**
 * How an email was filed, and the one reply that changes it: filed on its own while other
 * applications matched about as well (`same as …`), or filed under a stand-in name (`#company …`).
 */
function filingNotice(notice: Notice, problem: typeof MERGE_SUGGESTION | typeof NAME_EMPLOYER, settings: UserSettings): { subject: string; sections: Section[] } {
  const application = detail(notice, 'application') ?? 'a new application';
  const subject = detail(notice, 'subject');
  const email = subject ? `"${subject}"` : 'an email you forwarded';
  // The date the mailbox shows beside the email, written as the user's reminders write dates.
  const sent = notice.details.sentAt ? inZone(notice.details.sentAt, settings.timeZone, formatLocaleOf(settings)) : null;
  const emailSent = sent ? `${email} (sent ${dateTimeLabel(sent)})` : email;
  if (problem === NAME_EMPLOYER) {
    return {
      subject: `jobnudge: which employer sent ${email}?`,
      sections: [
        {
          heading: 'What to do now',
          blocks: [
            { kind: 'paragraph', strong: true, text: `jobnudge could not read the employer's name in ${emailSent}, so it is tracked as "${application}" and its reminders are planned as usual.` },
            { kind: 'paragraph', text: 'Reply to this email with the name on the first line, for example:' },
            { kind: 'code', label: 'Reply with', code: '#company Acme Corp' },
            { kind: 'paragraph', text: 'If you already track that employer for the same job, the two are joined.' },
          ],
        },
      ],
    };
  }
  const choices = (notice.details.choices ?? '')
    .split('\n')
    .map((choice) => truncate(singleLine(choice), MAX_DETAIL_LENGTH))
    .filter((choice) => choice !== '');
  return {
    subject: `jobnudge filed ${email} on its own`,
    sections: [
      {
        heading: 'What happened',
        blocks: [
          {
            kind: 'paragraph',
            strong: true,
            text: `${emailSent} could belong to more than one of your applications, so jobnudge filed it on its own as "${application}".`,
          },
        ],
      },
      {
        heading: 'What to do now',
        blocks: [
          { kind: 'paragraph', text: 'If it belongs to one of these, reply with that line; otherwise there is nothing to do:' },
          { kind: 'list', items: choices.map((choice) => `same as ${choice}`) },
        ],
      },
    ],
  };
}

/** A filing command that could not be applied. */
function filingProblemText(problem: string, command: string | null): string | null {
  switch (problem) {
    case 'merge-target-unknown':
      return command
        ? `"${command}" does not name exactly one of your applications. Write it as "same as Company — Role", as the application is listed.`
        : 'Say which application it belongs to: "same as Company — Role".';
    case 'company-name-unreadable':
      return `${command ? `"${command}"` : 'That'} does not read as an employer's name.`;
    default:
      return null;
  }
}

function commandHelp(notice: Notice, settings: UserSettings): { subject: string; sections: Section[] } {
  const problem = detail(notice, 'problem');
  if (problem === 'no-company' || problem === 'unreadable-tags') return noteHelp(notice);
  if (problem === MERGE_SUGGESTION || problem === NAME_EMPLOYER) return filingNotice(notice, problem, settings);
  const filingProblem = problem === null ? null : filingProblemText(problem, detail(notice, 'command'));
  if (filingProblem !== null) {
    return { subject: 'jobnudge: nothing was changed', sections: [{ heading: 'Not applied', blocks: [{ kind: 'paragraph', strong: true, text: filingProblem }] }] };
  }
  if (problem === ACKNOWLEDGED) {
    // A command that worked: the subject says it all, so the reply thread reads as a log.
    const text = detail(notice, 'text') ?? 'Done.';
    return { subject: `jobnudge: ${text}`, sections: [{ heading: 'Done', blocks: [{ kind: 'paragraph', strong: true, text }] }] };
  }
  const command = detail(notice, 'command');
  const snoozeProblem = problem === null ? null : snoozeProblemText(problem, command ?? 'snooze', detail(notice, 'reason'));
  if (snoozeProblem !== null) {
    return {
      subject: 'jobnudge: your snooze was not applied',
      sections: [
        {
          heading: 'Snooze not applied',
          blocks: [
            { kind: 'paragraph', strong: true, text: snoozeProblem },
            { kind: 'paragraph', text: 'The reminder is as it was. Reply to a reminder with one of these as the first line:' },
            { kind: 'list', items: COMMAND_HELP },
          ],
        },
      ],
    };
  }
  return {
    subject: 'jobnudge: commands you can reply with',
    sections: [
      {
        heading: 'Reply commands',
        blocks: [
          {
            kind: 'paragraph',
            strong: true,
            text: command ? `jobnudge did not understand "${command}".` : 'jobnudge did not understand your reply.',
          },
          { kind: 'paragraph', text: 'Reply to a reminder with one of these as the first line:' },
          { kind: 'list', items: COMMAND_HELP },
        ],
      },
    ],
  };
}

/** What went wrong with a snooze the user asked for, or null when the problem is not a snooze's. */
function snoozeProblemText(problem: string, command: string, reason: string | null): string | null {
  switch (problem) {
    case 'snooze-not-after-reply':
      return `"${command}" is not later than your reply, so nothing was changed.`;
    case 'snooze-too-far':
      return `"${command}" is more than ${MAX_SNOOZE_DAYS} days ahead, so nothing was changed.`;
    case 'snooze-would-not-fire':
      return `"${command}" was not applied: the reminder would not be sent then (${reason ?? 'it no longer applies'}).`;
    default:
      return null;
  }
}

/** A notice email (Gmail forwarding code, unreadable forward, reply-command help or acknowledgement). */
export function renderNotice(notice: Notice, settings: UserSettings): RenderedEmail {
  const body =
    notice.kind === 'forwarding-verification'
      ? forwardingVerification(notice)
      : notice.kind === 'unreadable-forward'
        ? unreadableForward(notice, settings)
        : commandHelp(notice, settings);
  const subject = subjectHeaderValue(body.subject);
  const first = body.sections[0]?.blocks[0];
  const doc: EmailDocument = {
    subject,
    preheader: first?.kind === 'paragraph' ? first.text : subject,
    context: null,
    sections: body.sections,
    footer: ['You get this because this address is set up to receive jobnudge messages.'],
  };
  return { subject, text: layoutText(doc), html: layoutHtml(doc), attachments: [] };
}
