import type { DateTime } from 'luxon';
import type { UserSettings } from '../../config/settings.ts';
import type { ApplicationRecord, MeetingDetails, ReminderRecord } from '../../domain/application.ts';
import type { SeedId } from '../../policy/seed-articles.ts';
import type { Draft } from '../email-document.ts';
import type { ContactBlock, Person } from '../people.ts';

/** Everything a rule's content builder may use; strings are already one safe line. */
export interface RuleContext {
  readonly application: ApplicationRecord;
  readonly reminder: ReminderRecord;
  readonly settings: UserSettings;
  readonly zone: string;
  /** The locale dates are written in (settings.locale, else the zone's). */
  readonly locale: string;
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
  /** The newest confirmation's Date: what keep-applying counts its days from. */
  readonly confirmedAt: DateTime | null;
  /** The date the employer said it would be in touch by, as "Tue 3 Nov". */
  readonly nextStepByLabel: string | null;
  /** Where and how the current round's interview takes place, as its emails said. */
  readonly meeting: MeetingDetails | null;
}

/** What one rule's reminder says; the layout adds timeline, sources and footer. */
export interface RuleContent {
  readonly subject: string;
  /** What to do now: one or two sentences. */
  readonly todo: readonly string[];
  /** Optional short checklist under the todo. */
  readonly checklist: readonly string[];
  /** Drafts to start from: one per person when each gets their own (thank-you to each interviewer). */
  readonly drafts: readonly Draft[];
  /** Why, in jobnudge's own words. */
  readonly why: string;
  /**
   * Set when the reminder says something other than its rule's usual advice (the "wait, keep
   * applying" variant): the planner's reason names the usual advice, so this replaces it.
   */
  readonly variantReason?: string;
  /** The articles this wording rests on, when not the rule's own (the variant's). */
  readonly sources?: readonly SeedId[];
}

export type RuleContentBuilder = (ctx: RuleContext) => RuleContent;
