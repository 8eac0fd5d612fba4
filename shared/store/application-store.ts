import type {
  ApplicationEvent,
  ApplicationRecord,
  MessageOutcome,
  Notice,
  ReminderRecord,
  ReminderStatus,
} from '../domain/application.ts';

/** Which message first claimed a forwarded original, and the application it was attached to. */
export interface OriginalClaim {
  readonly originalId: string;
  readonly messageId: string;
  readonly applicationId: string;
  readonly claimedAt: string;
}

export type ClaimResult =
  | { readonly claimed: true; readonly claim: OriginalClaim }
  /** Someone claimed it before: `claim.messageId` says who (it may be this very message, retried). */
  | { readonly claimed: false; readonly claim: OriginalClaim };

/** The marker that one digest (a week's, or a `status` reply's rate-limit window) was sent. */
export interface DigestClaim {
  /** `weekly.<ISO week>` or `status.<window start>`: deterministic, so a retry finds it taken. */
  readonly digestId: string;
  /** What asked for it: `schedule`, or the messageId of the `status` reply. */
  readonly requestedBy: string;
  readonly claimedAt: string;
}

export type RecordOutcomeResult =
  | { readonly recorded: true; readonly outcome: MessageOutcome }
  /** An outcome was already there (a retry or a concurrent twin): it is returned unchanged. */
  | { readonly recorded: false; readonly outcome: MessageOutcome };

export interface ReminderStatusChange {
  /** The change happens only while the stored status is one of these. */
  readonly from: readonly ReminderStatus[];
  readonly to: ReminderStatus;
  readonly statusReason?: string | null;
  readonly sentAt?: string | null;
}

/**
 * Persistence of applications and everything hanging off them. Every write is either idempotent by
 * key or conditional, so Lambda retries and concurrent duplicates converge without transactions.
 * Implementations: DynamoDbApplicationStore (AWS, dynalite) and MemoryApplicationStore.
 */
export interface ApplicationStore {
  getApplication(applicationId: string): Promise<ApplicationRecord | null>;
  /** Every application (a single user's table is small). */
  listApplications(): Promise<ApplicationRecord[]>;
  /** Applications whose normalized company is `companyKey`, for correlation. */
  findApplicationsByCompany(companyKey: string): Promise<ApplicationRecord[]>;
  /** Create; throws ApplicationExistsError when the id is taken. */
  createApplication(application: ApplicationRecord): Promise<ApplicationRecord>;
  /**
   * Replace the application if its stored version is still `expectedVersion`; the stored copy gets
   * version `expectedVersion + 1` (returned). Throws VersionConflictError otherwise.
   */
  updateApplication(application: ApplicationRecord, expectedVersion: number): Promise<ApplicationRecord>;
  /**
   * Remove an application with its events and reminders (after it was merged into another).
   * Idempotent: removing one that is gone does nothing.
   */
  deleteApplication(applicationId: string): Promise<void>;

  /** Idempotent: the key is derived from the event, so writing it again changes nothing. */
  putEvent(event: ApplicationEvent): Promise<void>;
  /** Oldest first by the original email's Date (then messageId). */
  listEvents(applicationId: string): Promise<ApplicationEvent[]>;

  /** Conditional create of the dedupe marker of a forwarded original. */
  claimOriginal(claim: OriginalClaim): Promise<ClaimResult>;
  getOriginalClaim(originalId: string): Promise<OriginalClaim | null>;

  /** Conditional create: the first outcome for a messageId wins and is never overwritten. */
  recordOutcome(outcome: MessageOutcome): Promise<RecordOutcomeResult>;
  getOutcome(messageId: string): Promise<MessageOutcome | null>;

  /** Conditional create of a digest's marker: the claim wins, or the existing claim is returned. */
  claimDigest(claim: DigestClaim): Promise<{ readonly claimed: boolean; readonly claim: DigestClaim }>;
  /** Remove a claim whose email could not be sent, so a retry may send it. */
  releaseDigest(digestId: string): Promise<void>;

  /** Upsert (re-planning writes the same deterministic reminderId). */
  putReminder(reminder: ReminderRecord): Promise<void>;
  /** Create only if absent; returns false when a reminder with that id already exists. */
  createReminder(reminder: ReminderRecord): Promise<boolean>;
  getReminder(applicationId: string, reminderId: string): Promise<ReminderRecord | null>;
  listReminders(applicationId: string): Promise<ReminderRecord[]>;
  /** Reminders of every application, optionally only those in `status` (for a local run-due). */
  listAllReminders(status?: ReminderStatus): Promise<ReminderRecord[]>;
  /**
   * Compare-and-set of a reminder's status (e.g. pending → sent): the guard against sending twice.
   * Throws ReminderStatusConflictError when the stored status is not in `change.from`, and
   * ReminderNotFoundError when there is no such reminder.
   */
  updateReminderStatus(applicationId: string, reminderId: string, change: ReminderStatusChange): Promise<ReminderRecord>;

  /** Conditional create; returns the stored notice and whether this call created it. */
  putNotice(notice: Notice): Promise<{ readonly created: boolean; readonly notice: Notice }>;
  getNotice(noticeId: string): Promise<Notice | null>;
  /** Oldest first; optionally only `pending` or `sent`. */
  listNotices(status?: Notice['status']): Promise<Notice[]>;
  /** pending → sent; returns false when it was already sent (someone else sent it). */
  markNoticeSent(noticeId: string): Promise<boolean>;
}

export class ApplicationExistsError extends Error {
  override readonly name = 'ApplicationExistsError';
  constructor(readonly applicationId: string) {
    super(`Application ${applicationId} already exists`);
  }
}

export class VersionConflictError extends Error {
  override readonly name = 'VersionConflictError';
  constructor(
    readonly applicationId: string,
    readonly expectedVersion: number,
  ) {
    super(`Application ${applicationId} is no longer at version ${expectedVersion} (or does not exist)`);
  }
}

export class ReminderNotFoundError extends Error {
  override readonly name = 'ReminderNotFoundError';
  constructor(
    readonly applicationId: string,
    readonly reminderId: string,
  ) {
    super(`No reminder ${reminderId} on application ${applicationId}`);
  }
}

export class ReminderStatusConflictError extends Error {
  override readonly name = 'ReminderStatusConflictError';
  constructor(
    readonly applicationId: string,
    readonly reminderId: string,
    readonly expected: readonly string[],
    readonly actual: string,
  ) {
    super(`Reminder ${reminderId} on ${applicationId} is ${actual}, not ${expected.join(' or ')}`);
  }
}

export class NoticeNotFoundError extends Error {
  override readonly name = 'NoticeNotFoundError';
  constructor(readonly noticeId: string) {
    super(`No notice ${noticeId}`);
  }
}

/** An item read back from the table did not have the shape this code writes. */
export class CorruptItemError extends Error {
  override readonly name = 'CorruptItemError';
  constructor(
    readonly itemKey: string,
    readonly problems: readonly string[],
  ) {
    super(`Stored item ${itemKey} is malformed:\n  - ${problems.join('\n  - ')}`);
  }
}

/** Stable ordering of events: by original Date, then messageId (the same on every adapter). */
export function compareEvents(a: ApplicationEvent, b: ApplicationEvent): number {
  const byTime = Date.parse(a.occurredAt) - Date.parse(b.occurredAt);
  if (byTime !== 0) return byTime;
  return a.messageId < b.messageId ? -1 : a.messageId > b.messageId ? 1 : 0;
}

/** Listing order of applications on every adapter: oldest first, then by id. */
export function compareApplications(a: ApplicationRecord, b: ApplicationRecord): number {
  const byTime = Date.parse(a.createdAt) - Date.parse(b.createdAt);
  if (byTime !== 0) return byTime;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
