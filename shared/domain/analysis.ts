import type { Candidate } from '../extract/evidence.ts';
import type { EventKind } from './kinds.ts';
import type { Mailbox, UnwrappedMail } from './message.ts';

/** Why a decision was made: short machine-readable tags such as `subject:interview-invite`. */
export type Signal = string;

export interface Classification {
  readonly kind: EventKind;
  /** 0..1: how sure the classifier is. */
  readonly confidence: number;
  readonly signals: readonly Signal[];
}

export interface Contact {
  readonly name: string;
  readonly email: string | null;
  /** A no-reply or ATS robot address: never someone to follow up with. */
  readonly robot: boolean;
  /**
   * Where the contact was found: the From header, a signature, the calendar organizer…;
   * `mention`: named in the body as someone the user will meet ("you will meet with Priya Raman").
   */
  readonly source: 'from' | 'reply-to' | 'signature' | 'calendar' | 'cc' | 'to' | 'mention';
  /**
   * What the person does in this application; absent on contacts stored before it was read.
   * See `ContactPart`.
   */
  readonly part?: ContactPart;
  /**
   * Someone who arranged this and is also in the interview ("you will speak with me and …"): the
   * thank-you goes to them too. Absent (not false) when not said, as on contacts stored before.
   */
  readonly alsoInterviewer?: boolean;
}

/**
 * `arranged`: wrote or organised this (the one to write to); `interviewer`: the user will meet
 * them; `copied`: only in Cc.
 */
export type ContactPart = 'arranged' | 'interviewer' | 'copied';
export const CONTACT_PARTS: readonly ContactPart[] = ['arranged', 'interviewer', 'copied'];

export type InterviewFormat = 'video' | 'phone' | 'onsite' | 'unknown';

export interface InterviewDetails {
  /** ISO-8601 instant with the offset of `zone`, or null when no confirmed time is known. */
  readonly at: string | null;
  /**
   * IANA zone the time was stated in (or the user's zone when it was resolved against it); a fixed
   * offset such as `UTC+1` when the text gave only an offset ("(GMT+1)").
   */
  readonly zone: string | null;
  readonly source: 'calendar' | 'text' | 'override' | null;
  /** Proposed slots ("Tuesday 10am or Wednesday 2pm"): not a confirmed time. */
  readonly proposedSlots: readonly string[];
  readonly format: InterviewFormat;
  readonly link: string | null;
  readonly location: string | null;
  /** How long the invitation said it lasts ("45 minutes", DTEND − DTSTART); absent from older readers. */
  readonly durationMinutes?: number | null;
  /** A dial-in number (with its meeting id or passcode when given), as written. */
  readonly dialIn?: string | null;
}

/** A Gmail forwarding-verification mail: the user must see the code/link to finish set-up. */
export interface ForwardingVerification {
  readonly provider: 'gmail';
  readonly code: string | null;
  readonly link: string | null;
  readonly requestedBy: string | null;
}

export interface Extraction {
  readonly company: string | null;
  readonly role: string | null;
  readonly contacts: readonly Contact[];
  readonly interview: InterviewDetails;
  /** ISO date (yyyy-mm-dd) by which the employer said it would be in touch. */
  readonly nextStepBy: string | null;
  readonly doNotContact: boolean;
  readonly forwardingVerification: ForwardingVerification | null;
  readonly signals: readonly Signal[];
  /** Every value each reader weighed, with score and evidence (`classify --explain`). */
  readonly candidates: readonly Candidate[];
}

/** Tags from the user's note (`#interview`, `#company Acme`, …): they win over the machine. */
export interface Overrides {
  readonly kind: EventKind | null;
  readonly company: string | null;
  readonly role: string | null;
  /** ISO-8601 instant with offset, resolved in the user's zone. */
  readonly interviewAt: string | null;
  /** Tags that were present but could not be read, with why. */
  readonly problems: readonly string[];
}

/** Everything the parser learned about one message, before any storage. */
export interface Analysis {
  readonly mail: UnwrappedMail;
  readonly classification: Classification;
  readonly extraction: Extraction;
  readonly overrides: Overrides;
  /** The final decision after overrides: what the ingest use case acts on. */
  readonly kind: EventKind;
  readonly company: string | null;
  readonly role: string | null;
  readonly interviewAt: string | null;
  readonly contacts: readonly Contact[];
}

export type { Mailbox };
