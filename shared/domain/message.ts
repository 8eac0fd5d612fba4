/** A mailbox as written in a header: display name (may be empty) and address (lower-cased). */
export interface Mailbox {
  readonly name: string;
  readonly address: string;
}

/** An attached or inline `text/calendar` part, kept as text for the calendar reader. */
export interface CalendarPart {
  readonly filename: string | null;
  readonly content: string;
}

/**
 * The message the user forwarded (or the message itself when it was not a forward).
 * Bodies stay in memory only: they are never stored or logged above DEBUG.
 */
export interface OriginalMessage {
  readonly from: Mailbox | null;
  readonly to: readonly Mailbox[];
  readonly cc: readonly Mailbox[];
  readonly replyTo: readonly Mailbox[];
  /** The original Date header, or null when a forward did not carry a parseable one. */
  readonly date: Date | null;
  /** The UTC offset (minutes) the sender's Date was written with, when it is known. */
  readonly dateOffsetMinutes?: number | null;
  readonly subject: string;
  /** The original Message-ID without angle brackets, when recoverable. */
  readonly messageId: string | null;
  /** The Message-ID it replies to, when its headers survived (an attached or automatic forward). */
  readonly inReplyTo?: string | null;
  /** Its thread's earlier Message-IDs (References), oldest first, when its headers survived. */
  readonly references?: readonly string[];
  /** Plain-text body (HTML converted to text when there was no text part). */
  readonly text: string;
  readonly calendars: readonly CalendarPart[];
}

export type ForwardFormat =
  | 'gmail'
  | 'outlook-desktop'
  | 'outlook-web'
  | 'apple-mail'
  | 'thunderbird'
  | 'rfc822-attachment'
  | 'generic';

/** The outer envelope of what reached the inbox, as far as trust and dedupe need it. */
export interface OuterMessage {
  readonly from: Mailbox | null;
  readonly date: Date | null;
  readonly subject: string;
  readonly messageId: string | null;
  readonly inReplyTo: string | null;
  readonly references: readonly string[];
}

export interface UnwrappedMail {
  readonly outer: OuterMessage;
  /** null when the message was not a forward and is itself the original. */
  readonly forwardFormat: ForwardFormat | null;
  /** How many forward layers were peeled (0 = not a forward). */
  readonly depth: number;
  /** The user's own text above the forwarded block (empty when none). */
  readonly note: string;
  /** The text above the forwarded block of every peeled layer, outermost first (`notes[0]` is `note`). */
  readonly notes: readonly string[];
  readonly original: OriginalMessage;
}
