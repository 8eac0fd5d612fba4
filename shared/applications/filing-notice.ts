import type { ApplicationRecord } from '../domain/application.ts';
import type { EventKind } from '../domain/kinds.ts';

/**
 * The two notices about how an email was filed (kind `command-help`, told apart by `problem`).
 * Their details carry the application they concern (`applicationId`), so a reply to them can act on it.
 */
/** An interview or rejection filed on its own while other applications matched about as well. */
export const MERGE_SUGGESTION = 'merge-suggestion';
/** An application filed under a stand-in company name: the user is asked, once, to name it. */
export const NAME_EMPLOYER = 'name-employer';

/** Applications offered in one merge suggestion: more is a list nobody reads. */
export const MAX_MERGE_CHOICES = 3;

/**
 * Kinds whose ambiguous filing the user is told about: a misfiled interview or rejection leaves the
 * wrong reminders running. A confirmation on its own is simply applying to another job.
 */
export const FILING_NOTICE_KINDS: ReadonlySet<EventKind> = new Set(['interview', 'rejection']);

/** "Acme — Data Engineer", or just the company: how the user names an application in a reply. */
export function applicationLabel(application: Pick<ApplicationRecord, 'company' | 'role'>): string {
  return application.role ? `${application.company} — ${application.role}` : application.company;
}
