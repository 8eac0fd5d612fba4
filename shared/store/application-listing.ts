import type { ApplicationRecord, ReminderRecord } from '../domain/application.ts';

/** Where a page of applications starts or ends: the application's own creation time and id. */
export interface ApplicationCursor {
  readonly createdAt: string;
  readonly id: string;
}

export interface ApplicationPage {
  /** Newest first. */
  readonly applications: readonly ApplicationRecord[];
  /** Cursor for the next (older) page, or null when this is the last. */
  readonly older: ApplicationCursor | null;
  /** Cursor for the previous (newer) page, or null when this is the first. */
  readonly newer: ApplicationCursor | null;
}

export interface ApplicationPageRequest {
  readonly limit: number;
  /** Applications older than this one (the next page). */
  readonly after?: ApplicationCursor;
  /** Applications newer than this one (the previous page). */
  readonly before?: ApplicationCursor;
}

/** One BatchGetItem reads at most 100 keys; the page asks for fewer. */
export const MAX_APPLICATIONS_PER_READ = 100;

/**
 * What a page of the local overview reads, each in one call whatever the number of applications:
 * a page of applications, the soonest pending reminders, and the applications they belong to. No
 * count of all applications: counting reads every one of them, which is what a page must not do.
 */
export interface ApplicationListing {
  listApplicationPage(request: ApplicationPageRequest): Promise<ApplicationPage>;
  /** Pending reminders, soonest first, at most `limit`. */
  listPendingReminders(limit: number): Promise<ReminderRecord[]>;
  /** The applications with these ids that exist, in one read (at most MAX_APPLICATIONS_PER_READ). */
  getApplications(ids: readonly string[]): Promise<ApplicationRecord[]>;
}
