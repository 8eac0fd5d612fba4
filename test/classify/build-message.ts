import type { Mailbox, OriginalMessage } from '../../shared/domain/message.ts';

export interface MessageParts {
  readonly subject?: string;
  /** `Name <address>` or a bare address. */
  readonly from?: string;
  readonly text: string;
  readonly calendar?: string;
}

function mailbox(value: string | undefined): Mailbox | null {
  if (value === undefined) return null;
  const match = /^(.*)<(.+)>$/.exec(value);
  return match ? { name: (match[1] ?? '').trim(), address: (match[2] ?? '').trim().toLowerCase() } : { name: '', address: value.toLowerCase() };
}

/** An original message as the mail reader would hand it over, from the parts a test cares about. */
export function buildMessage(parts: MessageParts): OriginalMessage {
  return {
    from: mailbox(parts.from),
    to: [{ name: 'Sam Seeker', address: 'sam.seeker@example.org' }],
    cc: [],
    replyTo: [],
    date: new Date('2025-03-04T10:00:00Z'),
    subject: parts.subject ?? '',
    messageId: 'test@example.org',
    text: parts.text,
    calendars: parts.calendar === undefined ? [] : [{ filename: 'invite.ics', content: parts.calendar }],
  };
}

/** The text hard-wrapped at `width` columns, the way most plain-text mail arrives. */
export function hardWrap(text: string, width = 72): string {
  return text
    .split('\n')
    .map((paragraph) => {
      const lines: string[] = [];
      let line = '';
      for (const word of paragraph.split(' ')) {
        if (line !== '' && line.length + 1 + word.length > width) {
          lines.push(line);
          line = word;
        } else line = line === '' ? word : `${line} ${word}`;
      }
      lines.push(line);
      return lines.join('\n');
    })
    .join('\n');
}
