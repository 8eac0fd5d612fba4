import type { CommandEffect } from '../commands/handle-reply.ts';
import type { ApplicationEvent, ApplicationRecord, Notice } from '../domain/application.ts';
import type { EventKind } from '../domain/kinds.ts';
import type { ForwardFormat } from '../domain/message.ts';

/** What the analysis decided, without any mail content: for logs, the CLI and the planner. */
export interface AnalysisSummary {
  readonly kind: EventKind;
  readonly confidence: number;
  readonly signals: readonly string[];
  readonly company: string | null;
  readonly role: string | null;
  readonly interviewAt: string | null;
  readonly nextStepBy: string | null;
  readonly doNotContact: boolean;
  readonly forwardFormat: ForwardFormat | null;
  readonly originalId: string;
  /** The original email's Date (ISO), or the arrival time when it had none. */
  readonly occurredAt: string;
  /** Override tags in the user's note that could not be read. */
  readonly overrideProblems: readonly string[];
}

interface ResultBase {
  readonly messageId: string;
  readonly rawKey: string;
  readonly reason: string;
  /** Notices this message produced (to be mailed to the user by the reminders side). */
  readonly notices: readonly Notice[];
  /**
   * True when the message had been handled before (a Lambda retry or a concurrent duplicate
   * delivery): the result is rebuilt from what is stored, and nothing was written this time.
   */
  readonly replayed: boolean;
}

export interface ProcessedResult extends ResultBase {
  readonly outcome: 'processed';
  /** The application before this email (null when it created it, or on a replay). */
  readonly applicationBefore: ApplicationRecord | null;
  /** The application after this email; null for mail that concerns no application (verification). */
  readonly application: ApplicationRecord | null;
  readonly event: ApplicationEvent | null;
  /** Null on a replay (the analysis is not stored). */
  readonly analysis: AnalysisSummary | null;
  /**
   * Set when the message was a reply command to a reminder (reason `command: …`); then `event` is
   * null and nothing was classified. Its diff is already stored: apply it to the scheduler like a
   * planner diff. On a replay it holds the application's pending reminders to schedule again.
   */
  readonly command?: CommandEffect;
}

export interface DuplicateResult extends ResultBase {
  readonly outcome: 'duplicate';
  /** The application the first copy went to. */
  readonly applicationId: string | null;
}

export interface IgnoredResult extends ResultBase {
  readonly outcome: 'ignored';
  /** Trust turned it away but it claims to be the user's: recorded for them (skipped-mail.ts). */
  readonly listedForUser?: boolean;
}

export interface QuarantinedResult extends ResultBase {
  readonly outcome: 'quarantined';
  readonly listedForUser?: boolean;
}

/** The one end of an inbound message; `outcome` tells the variants apart. */
export type IngestResult = ProcessedResult | DuplicateResult | IgnoredResult | QuarantinedResult;
