import type { OuterMessage } from '../domain/message.ts';
import { parseJobnudgeMessageId } from '../mailer/message-id.ts';

/** References entries looked at, newest first: a thread's own ids are at the end, and a huge header is no reason to work hard. */
export const MAX_REFERENCES_SCANNED = 50;

export type ReplyTarget =
  | { readonly kind: 'reminder'; readonly applicationId: string; readonly reminderId: string }
  /** A reply to a jobnudge notice (help, forwarding code): there is no reminder to act on. */
  | { readonly kind: 'notice'; readonly noticeId: string };

/**
 * Which jobnudge email a message replies to, or null when it is not a reply to one. SES replaces
 * the Message-ID of what jobnudge sends, so In-Reply-To may carry only SES's id; the composer puts
 * jobnudge's own id into References as well, and a reply's References keeps it. In-Reply-To is
 * asked first (it names the very message replied to), then References from the newest end.
 */
export function findReplyTarget(outer: Pick<OuterMessage, 'inReplyTo' | 'references'>): ReplyTarget | null {
  const candidates = [...(outer.inReplyTo ? [outer.inReplyTo] : []), ...outer.references.slice(-MAX_REFERENCES_SCANNED).reverse()];
  let notice: ReplyTarget | null = null;
  for (const id of candidates) {
    const ref = parseJobnudgeMessageId(id);
    if (ref?.kind === 'reminder') return { kind: 'reminder', applicationId: ref.applicationId, reminderId: ref.reminderId };
    if (ref?.kind === 'notice') notice ??= { kind: 'notice', noticeId: ref.noticeId };
  }
  return notice;
}
