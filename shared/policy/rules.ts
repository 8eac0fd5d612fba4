import type { RuleId } from './rule-ids.ts';
import type { SeedId } from './seed-articles.ts';

/**
 * The follow-up rules as data: when each fires, what it asks, why, and which seed article it comes
 * from (file names in seed-articles.ts). Defaults follow the project's policy table; every number
 * here is a default the user can change per rule (settings.rules).
 *
 * Wording is the project's own. A rule with `contactsSomeone` asks the user to reach a person at the
 * employer: it is not planned when contact is not allowed (contact-permission.ts), except
 * `status-check`, which then turns into its `no-contact` variant (wait, keep applying).
 */

/** How a rule's fire time is worked out. Only `days-after` reminders shift (weekends, quiet hours). */
export type RuleTiming =
  /** `days` calendar days after the anchor, at a fixed local hour ('user' = settings.localHour). */
  | { readonly kind: 'days-after'; readonly days: number; readonly hour: number | 'user' }
  /** `days` calendar days before the interview at a fixed local hour; tied to the interview, never shifted. */
  | { readonly kind: 'days-before-interview'; readonly days: number; readonly hour: number; readonly minLeadHours: number }
  /** `hours` after the interview's start; tied to the interview, never shifted. */
  | { readonly kind: 'hours-after-interview'; readonly hours: number };

/** What the rule's time counts from. */
export type RuleAnchor =
  | 'confirmation'
  | 'interview'
  /** Next-step date if the employer gave one, else the interview time, else the invite's Date. */
  | 'next-step-or-interview'
  | 'status-check-fired'
  | 'rejection';

export interface RuleDefinition {
  readonly id: RuleId;
  /** When the rule applies, in a sentence. */
  readonly trigger: string;
  readonly anchor: RuleAnchor;
  readonly timing: RuleTiming;
  /** What the reminder asks the user to do. */
  readonly action: string;
  /** What a `no-contact` variant asks instead, for rules that keep one. */
  readonly noContactAction?: string;
  /** Why, for the reminder's "why" line. */
  readonly why: string;
  /** Why, for the `no-contact` variant: it must not argue for the contact the variant drops. */
  readonly noContactWhy?: string;
  readonly source: readonly SeedId[];
  /** It asks the user to write to (or call) someone at the employer. */
  readonly contactsSomeone: boolean;
  /** When it fires, the application is closed as `stale` (unless settings say otherwise). */
  readonly closesAsStale: boolean;
  /** The policy calls the rule optional; it is planned unless turned off, like every rule. */
  readonly optional: boolean;
  /**
   * How late (hours after its planned time) it is still worth sending; null = always, late or not.
   * A reminder planned into the past fires at once when within this, and is skipped beyond it; the
   * same limit drops a reminder whose delivery was delayed (retries, a dead-letter redrive).
   */
  readonly lateLimitHours: number | null;
}

/** Status-check's other delay: days after the date the employer said it would be in touch by. */
export const STATUS_CHECK_AFTER_NEXT_STEP_DAYS = 7;

export const RULES: Readonly<Record<RuleId, RuleDefinition>> = {
  'confirm-receipt': {
    id: 'confirm-receipt',
    trigger: 'A confirmation arrives for an application that went to a named person.',
    anchor: 'confirmation',
    timing: { kind: 'days-after', days: 7, hour: 'user' },
    action: 'Write (or ring) that person once, briefly, to check that your résumé reached them.',
    why: 'A résumé sent to a specific person is worth one check after a week; plain online applications get no such nudge.',
    // 003 (003_65f50e6ec05d6627.txt): a week, when the résumé went to a specific person.
    // 000 (000_19a6c2681b3f74a9.txt), 004 (004_cc73d508b1d52711.txt): do not chase online applications.
    source: ['003', '000', '004'],
    contactsSomeone: true,
    closesAsStale: false,
    optional: false,
    // A "did it arrive?" check two weeks after the week was up no longer helps anyone.
    lateLimitHours: 7 * 24,
  },
  'keep-applying': {
    id: 'keep-applying',
    trigger: 'A confirmation, then nothing else from the employer.',
    anchor: 'confirmation',
    timing: { kind: 'days-after', days: 30, hour: 'user' },
    action: 'A month without news: let this one go quietly and spend the effort on other applications.',
    why: 'Silence this long after an application usually is the answer; waiting on it costs momentum.',
    // 004 (004_cc73d508b1d52711.txt): no interview after an online application, move on.
    // 002 (002_d1c42f83825a8050.txt): keep searching while waiting.
    source: ['004', '002'],
    contactsSomeone: false,
    closesAsStale: true,
    optional: false,
    lateLimitHours: null,
  },
  prepare: {
    id: 'prepare',
    trigger: 'An interview with a known time.',
    anchor: 'interview',
    timing: { kind: 'days-before-interview', days: 1, hour: 18, minLeadHours: 3 },
    action:
      'For tomorrow: collect a card or email address from each interviewer, and before leaving ask what happens next, ' +
      'when you should hear, and whether and how you may follow up. Expect them to have looked you up online.',
    noContactAction:
      'For tomorrow: note each interviewer’s name and role, and ask what happens next and when you should hear. ' +
      'Expect them to have looked you up online.',
    why: 'Names, addresses and an agreed way to follow up make every later step easier and welcome.',
    noContactWhy: 'Knowing who you met and when news is due helps even when there will be no follow-up.',
    // 003 (003_65f50e6ec05d6627.txt): ask about next step, timing and how to follow up.
    // 004 (004_cc73d508b1d52711.txt): get interviewers' cards; candidates get searched online.
    source: ['003', '004'],
    contactsSomeone: false,
    closesAsStale: false,
    optional: false,
    // Special-cased: worth sending until the interview is minLeadHours away (see fire-time.ts).
    lateLimitHours: null,
  },
  'thank-you-email': {
    id: 'thank-you-email',
    trigger: 'An interview with a known time.',
    anchor: 'interview',
    timing: { kind: 'hours-after-interview', hours: 2 },
    action:
      'Send each interviewer a short thank-you email: two lines of thanks, at most five bullets linking what the job ' +
      'needs to your experience, a closing line looking forward to next steps, and your full contact details.',
    why: 'A brief, specific thank-you on the day (or the day after) keeps you in mind; a long one works against you.',
    // 004 (004_cc73d508b1d52711.txt): format and the day-of/day-after timing. 003 (003_65f50e6ec05d6627.txt): email too.
    source: ['004', '003'],
    contactsSomeone: true,
    closesAsStale: false,
    optional: false,
    // It must go out on the day or the day after: more than a day late, it is pointless.
    lateLimitHours: 24,
  },
  'thank-you-note': {
    id: 'thank-you-note',
    trigger: 'An interview with a known time.',
    anchor: 'interview',
    timing: { kind: 'days-after', days: 2, hour: 'user' },
    action: 'Optional: post a handwritten card to each interviewer, a different message for each, names spelled right.',
    why: 'A card arriving days after the email is a second, personal reminder of you. Turn this rule off if cards are not your style.',
    // 004 (004_cc73d508b1d52711.txt): a different card per person, two days after. 003 (003_65f50e6ec05d6627.txt): cards stand out.
    source: ['004', '003'],
    contactsSomeone: true,
    closesAsStale: false,
    optional: true,
    lateLimitHours: 3 * 24,
  },
  'status-check': {
    id: 'status-check',
    trigger: 'An interview, then nothing else from the employer.',
    anchor: 'next-step-or-interview',
    timing: { kind: 'days-after', days: 14, hour: 'user' },
    action:
      'Email the person who arranged the interview, once: thanks again, you are still interested, and what are the ' +
      'next steps and timing? Email only, no phone call.',
    noContactAction: 'No follow-up for this one: they asked not to be contacted, or no person is known. Keep applying elsewhere and let them come to you.',
    why: 'One polite check is fair a week after the date they gave, or two weeks after the interview when they gave none.',
    noContactWhy: 'There is nobody to check with here, so at the time a check would be due this says to keep applying and let them come to you.',
    // 002 (002_d1c42f83825a8050.txt): timing, email-only, once, only to whoever arranged it.
    // 003 (003_65f50e6ec05d6627.txt) would not wait longer than a week: the delay is a setting.
    source: ['002'],
    contactsSomeone: true,
    closesAsStale: false,
    optional: false,
    lateLimitHours: null,
  },
  'move-on': {
    id: 'move-on',
    trigger: 'The status check went out and still nothing came back.',
    anchor: 'status-check-fired',
    timing: { kind: 'days-after', days: 7, hour: 'user' },
    action: 'No reply to your check: stop waiting on this one and keep the search moving.',
    why: 'After one unanswered check, further chasing rarely changes the outcome.',
    // 002 (002_d1c42f83825a8050.txt): no answer after the one email, move on.
    source: ['002'],
    contactsSomeone: false,
    closesAsStale: true,
    optional: false,
    lateLimitHours: null,
  },
  'ask-feedback': {
    id: 'ask-feedback',
    trigger: 'A rejection after you had reached the interview stage.',
    anchor: 'rejection',
    timing: { kind: 'days-after', days: 1, hour: 'user' },
    action: 'If you want to, ask once and briefly what would have made you a stronger candidate.',
    why: 'After interviews a short feedback request is reasonable and sometimes answered; after an application-only rejection it is not worth it.',
    // 002 (002_d1c42f83825a8050.txt): the further you got, the more fitting the question.
    source: ['002'],
    contactsSomeone: true,
    closesAsStale: false,
    optional: false,
    // A feedback request weeks after the decision finds nobody who remembers.
    lateLimitHours: 7 * 24,
  },
  'stay-in-touch': {
    id: 'stay-in-touch',
    trigger: 'A rejection after you had reached the interview stage.',
    anchor: 'rejection',
    timing: { kind: 'days-after', days: 2, hour: 'user' },
    action: 'Connect with your interviewers (LinkedIn, for example) and ask whether you may keep in touch about future roles.',
    why: 'A good impression can lead to a later opening even when this one went to someone else.',
    // 003 (003_65f50e6ec05d6627.txt): add interviewers, ask to stay in touch.
    source: ['003'],
    contactsSomeone: true,
    closesAsStale: false,
    optional: false,
    lateLimitHours: 30 * 24,
  },
};
