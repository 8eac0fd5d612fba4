import type { RuleId } from '../policy/rule-ids.ts';
import type { Stage } from '../domain/kinds.ts';
import type { EventKind } from '../domain/kinds.ts';
import type { DigestWindow } from './digest-week.ts';

/**
 * What one digest says, before layout: plain values (instants as ISO strings), so the text, the
 * HTML and the tests all read the same model. Built by build-digest.ts, laid out by render-digest.ts.
 */
export interface Digest {
  /** `weekly`: the scheduled one; `status`: asked for by a `status` reply. */
  readonly kind: 'weekly' | 'status';
  readonly window: DigestWindow;
  readonly open: readonly OpenApplication[];
  readonly changes: Changes;
  readonly coming: Coming;
  readonly quiet: readonly QuietApplication[];
  readonly skipped: Skipped;
}

export interface ApplicationLabel {
  readonly applicationId: string;
  /** "Acme — Data Engineer", or just the company when the role is unknown; already one safe line. */
  readonly label: string;
}

export interface OpenApplication extends ApplicationLabel {
  readonly stage: Stage;
  readonly lastEmail: { readonly at: string; readonly kind: EventKind; readonly subject: string } | null;
  readonly nextReminder: { readonly at: string; readonly rule: RuleId } | null;
}

export interface Changes {
  /** Applications whose first email falls in the window. */
  readonly newApplications: readonly (ApplicationLabel & { readonly at: string })[];
  /** Interview invitations received in the window. */
  readonly interviews: readonly (ApplicationLabel & { readonly at: string; readonly interviewAt: string | null })[];
  readonly rejections: readonly (ApplicationLabel & { readonly at: string })[];
}

export interface Coming {
  readonly interviews: readonly (ApplicationLabel & { readonly at: string })[];
  readonly reminders: readonly (ApplicationLabel & { readonly at: string; readonly rule: RuleId })[];
}

export interface QuietApplication extends ApplicationLabel {
  /** The newest email's Date. */
  readonly lastEventAt: string;
  readonly quietDays: number;
}

/** Messages that ended ignored or quarantined in the window, grouped by the recorded reason. */
export interface Skipped {
  readonly total: number;
  readonly reasons: readonly { readonly outcome: 'ignored' | 'quarantined'; readonly reason: string; readonly count: number }[];
}
