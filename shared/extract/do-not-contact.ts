import type { OriginalMessage } from '../domain/message.ts';
import { isRobotAddress } from './robots.ts';

export interface ContactPreference {
  /** The employer asked not to be contacted (calls, emails or inquiries). */
  readonly doNotContact: boolean;
  readonly signals: readonly string[];
}

/**
 * "do not contact …", unless someone else is the subject ("if you do not call", "they don't
 * contact"): that check runs on each match, cheaper than a look-behind tried at every position.
 * The object of "do not …" matters: "do not hesitate to contact us" is the opposite, and
 * "do not reply to this email" only says this address is unattended.
 */
const DO_NOT_CONTACT = /\b(?:do not|don['’]t|not to)\s+(?:contact|call|phone|telephone|visit|follow up with|reach out to)\b(?!\s+(?:this|the)\s+(?:e-?mail|address|mailbox|message)\b)/gi;
const SOMEONE_ELSE_BEFORE = /\b(?:if you|you|who|they|we|i)\s$/i;
/** "no calls, please", "we are unable to respond to inquiries", …: one regex, one pass over the body. */
const ASKS_NOT_TO_BE_CONTACTED = new RegExp(
  [
    String.raw`\b(?:do not|don['’]t)\s+(?:e-?mail)\s+(?:us|the hiring|our|any)\b`,
    String.raw`\bno (?:phone )?calls?(?:,? (?:or|and) (?:e-?mails?|emails|messages|visits))?,? please\b`,
    String.raw`\bplease,? no (?:phone )?calls\b`,
    String.raw`\b(?:unable|not able|cannot|can['’]t|can not|will not be able)\s+(?:to\s+)?(?:respond|reply)\s+to\s+(?:any\s+|individual\s+|your\s+|all\s+|such\s+)?(?:inquiries|enquiries|questions|queries|calls|phone calls|e-?mails|follow[- ]ups?|status requests)\b`,
    String.raw`\bplease refrain from (?:contacting|calling|e-?mailing|following up)\b`,
    String.raw`\b(?:we (?:will|do) not|we are not able to|we['’]re not able to)\s+(?:accept|respond to|return|answer)\s+(?:phone calls|calls|follow[- ]up|inquiries|enquiries)\b`,
  ].map((pattern) => `(?:${pattern})`).join('|'),
  'i',
);
/** A notice that this address is not read: do not reply HERE, not "do not contact". */
const NO_REPLY_NOTICE = /\b(?:(?:please )?(?:do not|don['’]t) (?:reply|respond)(?: to)?(?: this)?|not (?:being )?monitored|unmonitored|unattended mailbox|automated (?:message|e-?mail|notification|response)|auto-?generated|no-?reply)\b/i;

export function findContactPreference(original: OriginalMessage, body: string): ContactPreference {
  const signals: string[] = [];
  const robotSender = original.from !== null && isRobotAddress(original.from.address);
  if (robotSender || NO_REPLY_NOTICE.test(body)) signals.push('no-reply-sender');
  const asked = asksDirectly(body) || ASKS_NOT_TO_BE_CONTACTED.test(body);
  if (asked) signals.push('do-not-contact:asked');
  return { doNotContact: asked, signals };
}

function asksDirectly(body: string): boolean {
  DO_NOT_CONTACT.lastIndex = 0;
  for (const match of body.matchAll(DO_NOT_CONTACT)) {
    if (!SOMEONE_ELSE_BEFORE.test(body.slice(Math.max(0, match.index - 8), match.index))) return true;
  }
  return false;
}
