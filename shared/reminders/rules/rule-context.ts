import type { DateTime } from 'luxon';
import type { UserSettings } from '../../config/settings.ts';
import type { ApplicationRecord, ReminderRecord } from '../../domain/application.ts';
import type { Draft } from '../email-document.ts';
import type { ContactBlock, Person } from '../people.ts';

/** Everything a rule's content builder may use; strings are already one safe line. */
export interface RuleContext {
  readonly application: ApplicationRecord;
  readonly reminder: ReminderRecord;
  readonly settings: UserSettings;
  readonly zone: string;
  readonly now: DateTime;
  readonly company: string;
  readonly role: string | null;
  /** Named humans known for the application (never robots, never the user). */
  readonly people: readonly Person[];
  readonly contactBlock: ContactBlock;
  /** The current round's interview time, in the user's zone. */
  readonly interviewAt: DateTime | null;
  /** When the application was first confirmed (or created), in the user's zone. */
  readonly appliedAt: DateTime | null;
  /** The date the employer said it would be in touch by, as "Tue 3 Nov". */
  readonly nextStepByLabel: string | null;
}

/** What one rule's reminder says; the layout adds timeline, sources and footer. */
export interface RuleContent {
  readonly subject: string;
  /** What to do now: one or two sentences. */
  readonly todo: readonly string[];
  /** Optional short checklist under the todo. */
  readonly checklist: readonly string[];
  readonly draft: Draft | null;
  /** Why, in jobnudge's own words. */
  readonly why: string;
}

export type RuleContentBuilder = (ctx: RuleContext) => RuleContent;
