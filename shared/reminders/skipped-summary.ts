import { formatLocaleOf } from '../config/locale.ts';
import type { UserSettings } from '../config/settings.ts';
import type { Notice } from '../domain/application.ts';
import { singleLine, subjectHeaderValue, truncate } from '../mailer/header-value.ts';
import type { EmailDocument } from './email-document.ts';
import { layoutHtml } from './html-layout.ts';
import { dateTimeLabel, inZone } from './local-time.ts';
import type { RenderedEmail } from './rendered-email.ts';
import { layoutText } from './text-layout.ts';

/** Messages listed by name in one summary; the rest are counted (the page lists them all). */
export const MAX_SKIPPED_LISTED = 20;

/** "jobnudge skipped N messages, here is why": one email for the skipped-mail records of a day. */
export function renderSkippedSummary(skipped: readonly Notice[], settings: Pick<UserSettings, 'timeZone' | 'locale'>): RenderedEmail {
  // Written as reminders write dates: the locale setting, else the zone's own style.
  const locale = formatLocaleOf(settings);
  const items = skipped.slice(0, MAX_SKIPPED_LISTED).map((notice) => {
    const at = inZone(notice.details.receivedAt ?? notice.createdAt, settings.timeZone, locale);
    const reason = truncate(singleLine(notice.details.reason ?? 'not trusted'), 200);
    return `${at ? dateTimeLabel(at) : 'recently'}: ${notice.details.outcome ?? 'ignored'}, ${reason}`;
  });
  const more = skipped.length - items.length;
  const subject = subjectHeaderValue(`jobnudge skipped ${skipped.length} message${skipped.length === 1 ? '' : 's'}, here is why`);
  const doc: EmailDocument = {
    subject,
    preheader: 'Mail that looked like yours but could not be trusted was not acted on.',
    context: null,
    sections: [
      {
        heading: 'What was skipped',
        blocks: [
          { kind: 'paragraph', strong: true, text: 'These messages looked like your forwards but did not pass jobnudge\'s checks, so nothing was tracked from them:' },
          { kind: 'list', items: more > 0 ? [...items, `and ${more} more`] : items },
        ],
      },
      {
        heading: 'What to do now',
        blocks: [
          {
            kind: 'list',
            items: [
              'If these were yours, check the forwarding setup in the README (Gmail filters, Outlook rules, iCloud): the envelope sender must be your address.',
              'Or forward the emails again by hand, or use your secret ingest address.',
            ],
          },
        ],
      },
    ],
    footer: ['At most one of these a day. You get this because this address is set up to receive jobnudge messages.'],
  };
  return { subject, text: layoutText(doc), html: layoutHtml(doc), attachments: [] };
}
