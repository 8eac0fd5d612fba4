import type { CorpusItem } from '../bench/corpus.ts';
import type { Mailbox, OriginalMessage } from '../domain/message.ts';

/** Reads a From value written as `Name <addr>`, `"Name" <addr>` or a bare address. */
export function parseMailbox(value: string): Mailbox | null {
  const text = value.trim();
  if (text === '') return null;
  const angle = /^(.*?)<([^<>]*)>\s*$/.exec(text);
  if (angle) {
    const name = (angle[1] ?? '').trim().replace(/^"(.*)"$/, '$1').trim();
    return { name, address: (angle[2] ?? '').trim().toLowerCase() };
  }
  if (/^\S+@\S+$/.test(text)) return { name: '', address: text.toLowerCase() };
  return { name: text, address: '' };
}

/** A labeled corpus item as the classifier sees a forwarded original (no date, no calendar). */
export function corpusItemToMessage(item: CorpusItem): OriginalMessage {
  return {
    from: parseMailbox(item.from),
    to: [],
    cc: [],
    replyTo: [],
    date: null,
    subject: item.subject,
    messageId: null,
    text: item.body,
    calendars: [],
  };
}
