import type { OriginalMessage } from '../domain/message.ts';
import { isRobotAddress } from './robots.ts';

export interface ContactPreference {
  /** The employer asked not to be contacted (calls, emails or inquiries). */
  readonly doNotContact: boolean;
  readonly signals: readonly string[];
}

/**
 * "Do not contact us", "no phone calls please", "we are unable to respond to inquiries".
 * The object of "do not …" matters: "do not hesitate to contact us" is the opposite, and
 * "do not reply to this email" only says this address is unattended.
 */
const ASKS_NOT_TO_BE_CONTACTED: readonly RegExp[] = [
  /(?<!\b(?:if you|you|who|they|we|i)\s)\b(?:please |kindly )?(?:do not|don['’]t|not to)\s+(?:contact|call|phone|telephone|visit|follow up with|reach out to)\b(?!\s+(?:this|the)\s+(?:e-?mail|address|mailbox|message)\b)/i,
  /\b(?:please |kindly )?(?:do not|don['’]t)\s+(?:e-?mail)\s+(?:us|the hiring|our|any)\b/i,
  /\bno (?:phone )?calls?(?:,? (?:or|and) (?:e-?mails?|emails|messages|visits))?,? please\b/i,
  /\bplease,? no (?:phone )?calls\b/i,
  /\b(?:unable|not able|cannot|can['’]t|can not|will not be able)\s+(?:to\s+)?(?:respond|reply)\s+to\s+(?:any\s+|individual\s+|your\s+|all\s+|such\s+)?(?:inquiries|enquiries|questions|queries|calls|phone calls|e-?mails|follow[- ]ups?|status requests)\b/i,
  /\bplease refrain from (?:contacting|calling|e-?mailing|following up)\b/i,
  /\b(?:we (?:will|do) not|we are not able to|we['’]re not able to)\s+(?:accept|respond to|return|answer)\s+(?:phone calls|calls|follow[- ]up|inquiries|enquiries)\b/i,
];
/** A notice that this address is not read: do not reply HERE, not "do not contact". */
const NO_REPLY_NOTICE = /\b(?:(?:please )?(?:do not|don['’]t) (?:reply|respond)(?: to)?(?: this)?|not (?:being )?monitored|unmonitored|unattended mailbox|automated (?:message|e-?mail|notification|response)|auto-?generated|no-?reply)\b/i;

export function findContactPreference(original: OriginalMessage, body: string): ContactPreference {
  const signals: string[] = [];
  const robotSender = original.from !== null && isRobotAddress(original.from.address);
  if (robotSender || NO_REPLY_NOTICE.test(body)) signals.push('no-reply-sender');
  const asked = ASKS_NOT_TO_BE_CONTACTED.some((pattern) => pattern.test(body));
  if (asked) signals.push('do-not-contact:asked');
  return { doNotContact: asked, signals };
}
