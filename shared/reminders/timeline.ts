import type { ApplicationEvent } from '../domain/application.ts';
import type { EventKind } from '../domain/kinds.ts';
import { singleLine, truncate } from '../mailer/header-value.ts';
import type { TimelineEntry } from './email-document.ts';
import { dateTimeLabel, inZone } from './local-time.ts';

/** Newest emails shown in a reminder's timeline; older ones are counted, not listed. */
export const MAX_TIMELINE_ENTRIES = 12;
/** Longest subject shown per timeline line. */
const MAX_TIMELINE_SUBJECT = 140;

const KIND_LABELS: Record<EventKind, string> = {
  confirmation: 'Application received',
  interview: 'Interview invitation',
  rejection: 'Rejection',
  other: 'Other email',
};

/** The application's emails, oldest first (by the original Date), in the user's zone. */
export function timelineEntries(
  events: readonly ApplicationEvent[],
  applicationId: string,
  zone: string,
  locale?: string,
): { entries: TimelineEntry[]; omitted: number } {
  const own = events
    .filter((event) => event.applicationId === applicationId)
    .map((event) => ({ event, at: inZone(event.occurredAt, zone, locale) ?? inZone(event.receivedAt, zone, locale) }))
    .sort((a, b) => (a.at?.toMillis() ?? 0) - (b.at?.toMillis() ?? 0));
  const shown = own.slice(-MAX_TIMELINE_ENTRIES);
  const entries = shown.map(({ event, at }) => {
    const interviewAt = event.kind === 'interview' && event.interviewAt ? inZone(event.interviewAt, zone, locale) : null;
    return {
      when: at ? dateTimeLabel(at) : 'date unknown',
      what: KIND_LABELS[event.kind],
      subject: truncate(singleLine(event.subject), MAX_TIMELINE_SUBJECT) || '(no subject)',
      detail: interviewAt ? `Interview time: ${dateTimeLabel(interviewAt)}` : null,
    };
  });
  return { entries, omitted: own.length - shown.length };
}
