import type { Mailbox, OriginalMessage } from '../../shared/domain/message.ts';

/** Parses `"Jane Smith <jane@acme-corp.com>"` or a bare address into a Mailbox. */
export function mailbox(text: string): Mailbox {
  const match = /^\s*(?:"?([^"<]*?)"?\s*)?<([^>]+)>\s*$/.exec(text);
  if (match) return { name: (match[1] ?? '').trim(), address: (match[2] ?? '').toLowerCase() };
  return { name: '', address: text.trim().toLowerCase() };
}

export interface MessageParts {
  readonly from?: string | null;
  readonly to?: readonly string[];
  readonly cc?: readonly string[];
  readonly replyTo?: readonly string[];
  /** ISO string, or null for a forward that lost its Date header. */
  readonly date?: string | null;
  readonly subject?: string;
  readonly text?: string;
  readonly calendars?: readonly string[];
}

/** An OriginalMessage as the mail reader would hand it over, written directly for extractor tests. */
export function message(parts: MessageParts = {}): OriginalMessage {
  return {
    from: parts.from === null ? null : mailbox(parts.from ?? 'Jane Smith <jane.smith@acme-corp.com>'),
    to: (parts.to ?? ['Sam Seeker <sam.seeker@example.net>']).map(mailbox),
    cc: (parts.cc ?? []).map(mailbox),
    replyTo: (parts.replyTo ?? []).map(mailbox),
    date: parts.date === null ? null : new Date(parts.date ?? '2026-12-01T15:00:00Z'),
    subject: parts.subject ?? '',
    messageId: null,
    text: parts.text ?? '',
    calendars: (parts.calendars ?? []).map((content, index) => ({ filename: `invite-${index}.ics`, content })),
  };
}

/** A one-event calendar; `lines` go inside the VEVENT, `extra` before it (VTIMEZONE blocks). */
export function ics(lines: readonly string[], options: { method?: string; extra?: readonly string[] } = {}): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//jobnudge tests//EN',
    `METHOD:${options.method ?? 'REQUEST'}`,
    ...(options.extra ?? []),
    'BEGIN:VEVENT',
    'UID:test-event-1@jobnudge.test',
    'DTSTAMP:20261120T120000Z',
    ...lines,
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
}
