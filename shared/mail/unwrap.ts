import type { CalendarPart, ForwardFormat, OriginalMessage } from '../domain/message.ts';
import { parseForwardDate } from './forward-date.ts';
import { forwardIntent, stripSubjectPrefixes } from './forward-markers.ts';
import { findInlineForward, type InlineForward } from './inline-forward.ts';
import { MAX_CALENDAR_PARTS, MAX_FORWARD_DEPTH } from './limits.ts';
import { plausibleMailDate } from './mail-date.ts';
import { mailboxesFromText } from './mailbox.ts';
import { headerOffsetMinutes, messageIds, type MimeLayer } from './parse-mime.ts';
import { firstReadableAttachedMessage } from './rfc822-forward.ts';

export interface UnwrapOptions {
  readonly timeZone: string;
}

export interface Unwrapped {
  readonly forwardFormat: ForwardFormat | null;
  readonly depth: number;
  /** The user's text of each peeled layer, outermost first. */
  readonly notes: readonly string[];
  readonly original: OriginalMessage;
}

/**
 * Peels forward layers until a message that is not a forward remains: that innermost message is the
 * original. Each layer is either written into the text (Gmail, Outlook, Apple Mail, Thunderbird) or
 * attached as message/rfc822. Calendar parts of every layer are kept: Gmail re-attaches an invite to
 * the forward, while an attached original carries its own.
 */
export async function unwrap(top: MimeLayer, options: UnwrapOptions): Promise<Unwrapped> {
  let layer = top;
  let format: ForwardFormat | null = null;
  const notes: string[] = [];
  const calendars: CalendarPart[] = [...top.calendars];
  while (notes.length < MAX_FORWARD_DEPTH) {
    const intent = forwardIntent(layer.subject);
    // What reached the inbox was sent on purpose, so only a reply subject casts doubt on an Outlook-style
    // block; deeper down a block may just be a quoted thread unless that layer says it was forwarded.
    const acceptAmbiguous = notes.length === 0 ? intent !== 'reply' : intent === 'forward';
    const inline = findInlineForward(layer.text, { acceptAmbiguous, htmlFlavor: layer.htmlFlavor });
    let next: MimeLayer | null = null;
    let note = '';
    let stepFormat: ForwardFormat = 'generic';
    if (inline !== null) {
      next = layerFromInline(inline, layer, top, options);
      note = inline.note;
      stepFormat = inline.format;
    } else if (layer.attachedMessages.length > 0 && (notes.length === 0 || intent === 'forward')) {
      next = await firstReadableAttachedMessage(layer.attachedMessages);
      note = layer.text.trim();
      stepFormat = 'rfc822-attachment';
    }
    if (next === null) break;
    notes.push(note);
    format ??= stepFormat;
    if (inline === null) calendars.push(...next.calendars);
    layer = next;
  }
  return {
    forwardFormat: format,
    depth: notes.length,
    notes,
    original: {
      from: layer.from,
      to: layer.to,
      cc: layer.cc,
      replyTo: layer.replyTo,
      date: layer.date,
      dateOffsetMinutes: layer.dateOffsetMinutes,
      subject: layer.subject,
      messageId: layer.messageId,
      inReplyTo: layer.inReplyTo,
      references: layer.references,
      text: layer.text,
      calendars: distinct(calendars).slice(0, MAX_CALENDAR_PARTS),
    },
  };
}

/** The forwarded message as a layer of its own; it keeps the carrier's attachments (clients re-attach them). */
function layerFromInline(inline: InlineForward, carrier: MimeLayer, top: MimeLayer, options: UnwrapOptions): MimeLayer {
  const { headers } = inline;
  const reference = carrier.date ?? top.date ?? new Date();
  return {
    from: headers.from === null ? null : (mailboxesFromText(headers.from)[0] ?? null),
    to: headers.to === null ? [] : mailboxesFromText(headers.to),
    cc: headers.cc === null ? [] : mailboxesFromText(headers.cc),
    replyTo: headers.replyTo === null ? [] : mailboxesFromText(headers.replyTo),
    date: headers.date === null ? null : plausibleMailDate(parseForwardDate(headers.date, { timeZone: options.timeZone, reference })),
    // A forward prints the date in the forwarder's zone (or an offset the date parser already used): the sender's own is lost.
    dateOffsetMinutes: headers.date === null ? null : headerOffsetMinutes(headers.date),
    subject: headers.subject ?? stripSubjectPrefixes(carrier.subject),
    messageId: headers.messageId === null ? null : (messageIds(headers.messageId)[0] ?? null),
    inReplyTo: null,
    references: [],
    text: inline.body,
    htmlFlavor: carrier.htmlFlavor,
    attachedMessages: carrier.attachedMessages,
    calendars: [],
  };
}

function distinct(parts: readonly CalendarPart[]): CalendarPart[] {
  const seen = new Set<string>();
  return parts.filter((part) => {
    const key = part.content.trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
