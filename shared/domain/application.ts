import type { Contact, InterviewFormat, Signal } from './analysis.ts';
import type { EventKind, Outcome, Stage } from './kinds.ts';
import type { RuleId } from '../policy/rule-ids.ts';

/** One job at one employer (company + role). Every processed email is attached to one. */
export interface ApplicationRecord {
  readonly id: string;
  readonly company: string;
  /** Normalized company name used for correlation ("Acme, Inc." → "acme"). */
  readonly companyKey: string;
  readonly role: string | null;
  readonly roleKey: string | null;
  readonly stage: Stage;
  readonly contacts: readonly Contact[];
  /** Interview round reached (0 = none yet); a new invite for a later time starts a new round. */
  readonly interviewRound: number;
  /** The current round's confirmed interview time (ISO-8601 with offset), if known. */
  readonly interviewAt: string | null;
  /** Date (yyyy-mm-dd) the employer said it would be in touch by. */
  readonly nextStepBy: string | null;
  readonly doNotContact: boolean;
  /**
   * Where and how the current round's interview takes place, as its emails said; absent on
   * applications stored before it was read.
   */
  readonly meeting?: MeetingDetails | null;
  /** Original Date of the newest event applied (ISO): events are ordered by this, not by arrival. */
  readonly lastEventAt: string;
  /** The user said "stop": no more reminders for this application. */
  readonly remindersStopped: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Optimistic-locking counter: every write is conditional on the version read. */
  readonly version: number;
  /**
   * What later emails are matched against besides the company (shared/applications/correlate.ts).
   * Absent on applications stored before it was kept.
   */
  readonly evidence?: ApplicationEvidence;
  /**
   * The company is a stand-in (the sender's organisation, or "Unknown employer — <subject>"): it is
   * not matched on, the first email that names the employer replaces it, and the user is asked once.
   */
  readonly companyGuessed?: boolean;
}

/** Ids, addresses and keys of the emails attached to an application (newest last, capped). */
export interface ApplicationEvidence {
  /** Message-IDs of its emails and of the thread they belong to (In-Reply-To/References). */
  readonly messageIds: readonly string[];
  /** Human senders (no robots or team inboxes). */
  readonly senderAddresses: readonly string[];
  /** Employer domains its emails came from (no free mail, no hiring platforms). */
  readonly senderDomains: readonly string[];
  /** ATS requisition ids, normalised ("R20417"). */
  readonly requisitionIds: readonly string[];
  /** Subjects without Re:/Fwd:, lower case. */
  readonly subjectKeys: readonly string[];
}

/** Where and how an interview takes place, as the invitation said (reminders and the .ics repeat it). */
export interface MeetingDetails {
  readonly format: InterviewFormat;
  /** Video-meeting link. */
  readonly link: string | null;
  /** Address or room, as written. */
  readonly location: string | null;
  /** Dial-in number with its meeting id or passcode, as written. */
  readonly dialIn: string | null;
  /** Stated length; null when the invitation gave none. */
  readonly durationMinutes: number | null;
}

/** What one processed email said, without its body. */
export interface ApplicationEvent {
  readonly applicationId: string;
  /** SES messageId (or the local inbox's id) of the message that carried it. */
  readonly messageId: string;
  /** The forwarded original's Message-ID, or a stable hash of its headers when it had none. */
  readonly originalId: string;
  readonly kind: EventKind;
  readonly confidence: number;
  readonly signals: readonly Signal[];
  /** The original email's Date (ISO); arrival time is `receivedAt`. */
  readonly occurredAt: string;
  readonly receivedAt: string;
  readonly subject: string;
  readonly fromName: string | null;
  readonly fromAddress: string | null;
  readonly rawKey: string;
  readonly interviewAt: string | null;
  readonly nextStepBy: string | null;
  readonly doNotContact: boolean;
  /** An interview email's meeting details; absent on other kinds and on events stored before it was read. */
  readonly meeting?: MeetingDetails | null;
}

export const REMINDER_STATUSES = ['pending', 'sent', 'cancelled', 'dropped', 'done'] as const;
export type ReminderStatus = (typeof REMINDER_STATUSES)[number];

/** A reminder the policy planned for an application, stored beside it. */
export interface ReminderRecord {
  readonly applicationId: string;
  /** `<rule>.<round>`: deterministic, so re-planning finds the same reminder. */
  readonly reminderId: string;
  readonly rule: RuleId;
  readonly round: number;
  /** Instant (ISO-8601 with the user's offset) it fires at. */
  readonly fireAt: string;
  /** The user's IANA zone the fire time was planned in. */
  readonly zone: string;
  readonly status: ReminderStatus;
  /** Why it exists, in the project's words, and the seed article(s) the rule comes from. */
  readonly reason: string;
  readonly source: readonly string[];
  /** Deterministic EventBridge Scheduler schedule name (or local timer id). */
  readonly scheduleName: string;
  /** Application version it was planned against. */
  readonly plannedAtVersion: number;
  readonly statusReason: string | null;
  readonly sentAt: string | null;
}

/** The one recorded end of an inbound message. */
export interface MessageOutcome {
  readonly messageId: string;
  readonly outcome: Outcome;
  readonly reason: string;
  readonly applicationId: string | null;
  readonly rawKey: string;
  readonly recordedAt: string;
}

/** Something the user must be told that is not a follow-up reminder. */
export interface Notice {
  readonly noticeId: string;
  readonly kind: 'forwarding-verification' | 'unreadable-forward' | 'command-help';
  readonly messageId: string;
  /** Only what the notice needs (a confirmation code/link, a reason) — never a body. */
  readonly details: Readonly<Record<string, string>>;
  readonly status: 'pending' | 'sent';
  readonly createdAt: string;
}
