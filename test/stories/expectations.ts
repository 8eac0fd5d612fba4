/**
 * What each story in story-mail.ts must produce, written from shared/policy.md (the rules table
 * and its invariants) before the stories were run. The user is in America/New_York, reminders at
 * 09:00, weekends kept; every story runs to 2026-12-31. Times are New York wall-clock (-05:00 all
 * November and December 2026).
 *
 * Policy lines used:
 *   keep-applying: confirmation + 30 days, 09:00; cancelled by an interview; closes as stale.
 *   confirm-receipt: only when the application went to a named contact (no-reply and team inboxes are not).
 *   prepare: interview − 1 day, 18:00. thank-you-email: interview + 2 h. thank-you-note: + 2 days, 09:00.
 *   status-check: interview + 14 days, 09:00 (no date promised), only to the person who arranged it.
 *   move-on: status-check + 7 days, 09:00. ask-feedback: rejection + 1 day, stay-in-touch: + 2 days, 09:00,
 *   only after an interview. A rejection cancels everything pending.
 *
 * `recipients` (addresses) is given where the policy names who the email goes to: thank-you to each
 * interviewer, status-check to the one who arranged it. Greeting wording is A2's to test.
 */

export type ReminderState = 'pending' | 'sent' | 'cancelled' | 'dropped' | 'done';

export interface ExpectedReminder {
  /** `Company — Role` as the user knows it. */
  readonly application: string;
  readonly rule: string;
  /** New York wall-clock, `YYYY-MM-DD HH:mm`. */
  readonly at: string;
  readonly state: ReminderState;
  readonly recipients?: readonly string[];
}

export interface StoryExpectation {
  /** Every application the story ends with (`Company — Role`), and no other. */
  readonly applications: readonly string[];
  /** Every reminder record the story ends with, and no other. */
  readonly reminders: readonly ExpectedReminder[];
  /** Notices the user gets about filing (merge suggestion, name the employer), by kind and count. */
  readonly filingNotices: Readonly<Record<string, number>>;
  /** The final stage of applications, where the story is about it. */
  readonly stages?: Readonly<Record<string, string>>;
}

const HALCYON = 'Halcyon Analytics — Data Analyst';
const NORVALE = 'Norvale Energy — Project Coordinator';
const QUILL = 'Quill Metrics — Backend Engineer';
const LUMEN = 'Lumenforge — Product Designer';
const ORBITAL = 'Orbital Bank — Software Engineer';
const TESSELLATE = 'Tessellate Partners';
const CRESTLINE = 'Crestline Health — Data Engineer';
const KESTREL = 'Kestrel Robotics — Firmware Engineer';
const PINE_PLATFORM = 'Pinecrest — Platform Engineer';
const PINE_SRE = 'Pinecrest — Site Reliability Engineer';
const VANTAGE_LOM = 'Vantage Bio — Lab Operations Manager';
const VANTAGE_RA = 'Vantage Bio — Research Associate';

export const EXPECTATIONS: Readonly<Record<string, StoryExpectation>> = {
  'one-employer-three-senders': {
    applications: [HALCYON],
    reminders: [
      { application: HALCYON, rule: 'keep-applying', at: '2026-12-02 09:00', state: 'cancelled' },
      { application: HALCYON, rule: 'prepare', at: '2026-11-16 18:00', state: 'sent' },
      { application: HALCYON, rule: 'thank-you-email', at: '2026-11-17 16:00', state: 'sent', recipients: ['marcus.webb@halcyonanalytics.com'] },
      { application: HALCYON, rule: 'thank-you-note', at: '2026-11-19 09:00', state: 'sent', recipients: ['marcus.webb@halcyonanalytics.com'] },
      { application: HALCYON, rule: 'status-check', at: '2026-12-01 09:00', state: 'cancelled' },
      { application: HALCYON, rule: 'ask-feedback', at: '2026-11-20 09:00', state: 'sent' },
      { application: HALCYON, rule: 'stay-in-touch', at: '2026-11-21 09:00', state: 'sent' },
    ],
    filingNotices: {},
    stages: { [HALCYON]: 'rejected' },
  },
  'staffing-agency': {
    applications: [NORVALE],
    reminders: [
      { application: NORVALE, rule: 'prepare', at: '2026-11-11 18:00', state: 'sent' },
      { application: NORVALE, rule: 'thank-you-email', at: '2026-11-12 12:00', state: 'sent', recipients: ['helen.cho@norvaleenergy.com'] },
      { application: NORVALE, rule: 'thank-you-note', at: '2026-11-14 09:00', state: 'sent', recipients: ['helen.cho@norvaleenergy.com'] },
      { application: NORVALE, rule: 'status-check', at: '2026-11-26 09:00', state: 'cancelled' },
      { application: NORVALE, rule: 'ask-feedback', at: '2026-11-17 09:00', state: 'sent' },
      { application: NORVALE, rule: 'stay-in-touch', at: '2026-11-18 09:00', state: 'sent' },
    ],
    filingNotices: {},
    stages: { [NORVALE]: 'rejected' },
  },
  reschedule: {
    applications: [QUILL],
    reminders: [
      { application: QUILL, rule: 'keep-applying', at: '2026-12-02 09:00', state: 'cancelled' },
      { application: QUILL, rule: 'prepare', at: '2026-11-11 18:00', state: 'sent' },
      { application: QUILL, rule: 'thank-you-email', at: '2026-11-12 13:00', state: 'sent', recipients: ['ana.ruiz@quillmetrics.com'] },
      { application: QUILL, rule: 'status-check', at: '2026-11-26 09:00', state: 'sent', recipients: ['tom.becker@quillmetrics.com'] },
      { application: QUILL, rule: 'move-on', at: '2026-12-03 09:00', state: 'sent' },
    ],
    filingNotices: {},
    stages: { [QUILL]: 'stale' },
  },
  'link-and-duration': {
    applications: [LUMEN],
    reminders: [
      { application: LUMEN, rule: 'prepare', at: '2026-11-08 18:00', state: 'sent' },
      { application: LUMEN, rule: 'thank-you-email', at: '2026-11-09 15:00', state: 'sent', recipients: ['rachel.kim@lumenforge.io', 'omar.haddad@lumenforge.io'] },
      { application: LUMEN, rule: 'status-check', at: '2026-11-23 09:00', state: 'sent', recipients: ['rachel.kim@lumenforge.io'] },
      { application: LUMEN, rule: 'move-on', at: '2026-11-30 09:00', state: 'sent' },
    ],
    filingNotices: {},
  },
  'two-interviewers': {
    applications: [ORBITAL],
    reminders: [
      { application: ORBITAL, rule: 'prepare', at: '2026-11-10 18:00', state: 'sent' },
      { application: ORBITAL, rule: 'thank-you-email', at: '2026-11-11 11:30', state: 'sent', recipients: ['ben.alvarez@orbitalbank.com', 'sofia.marsh@orbitalbank.com'] },
      { application: ORBITAL, rule: 'thank-you-note', at: '2026-11-13 09:00', state: 'sent', recipients: ['ben.alvarez@orbitalbank.com', 'sofia.marsh@orbitalbank.com'] },
      { application: ORBITAL, rule: 'status-check', at: '2026-11-25 09:00', state: 'sent', recipients: ['grace.liu@orbitalbank.com'] },
      { application: ORBITAL, rule: 'move-on', at: '2026-12-02 09:00', state: 'sent' },
    ],
    filingNotices: {},
  },
  'forward-without-company': {
    applications: [TESSELLATE],
    reminders: [
      { application: TESSELLATE, rule: 'prepare', at: '2026-11-12 18:00', state: 'sent' },
      { application: TESSELLATE, rule: 'thank-you-email', at: '2026-11-13 18:00', state: 'sent', recipients: ['jordan.ellis.hires@gmail.com'] },
      { application: TESSELLATE, rule: 'status-check', at: '2026-11-27 09:00', state: 'sent', recipients: ['jordan.ellis.hires@gmail.com'] },
      { application: TESSELLATE, rule: 'move-on', at: '2026-12-04 09:00', state: 'sent' },
    ],
    filingNotices: { 'name-employer': 1 },
  },
  'rejection-stops-status-check': {
    applications: [CRESTLINE],
    reminders: [
      { application: CRESTLINE, rule: 'prepare', at: '2026-11-04 18:00', state: 'sent' },
      { application: CRESTLINE, rule: 'thank-you-email', at: '2026-11-05 16:00', state: 'sent', recipients: ['wes.park@crestlinehealth.org'] },
      { application: CRESTLINE, rule: 'status-check', at: '2026-11-19 09:00', state: 'cancelled' },
      { application: CRESTLINE, rule: 'ask-feedback', at: '2026-11-14 09:00', state: 'sent' },
      { application: CRESTLINE, rule: 'stay-in-touch', at: '2026-11-15 09:00', state: 'sent' },
    ],
    filingNotices: {},
    stages: { [CRESTLINE]: 'rejected' },
  },
  'thread-reply-only': {
    applications: [KESTREL],
    reminders: [
      { application: KESTREL, rule: 'prepare', at: '2026-11-05 18:00', state: 'sent' },
      { application: KESTREL, rule: 'thank-you-email', at: '2026-11-06 13:00', state: 'sent' },
      { application: KESTREL, rule: 'status-check', at: '2026-11-20 09:00', state: 'cancelled' },
      { application: KESTREL, rule: 'ask-feedback', at: '2026-11-13 09:00', state: 'sent' },
      { application: KESTREL, rule: 'stay-in-touch', at: '2026-11-14 09:00', state: 'sent' },
    ],
    filingNotices: {},
    stages: { [KESTREL]: 'rejected' },
  },
  'same-as-merge': {
    applications: [PINE_PLATFORM, PINE_SRE],
    reminders: [
      { application: PINE_PLATFORM, rule: 'keep-applying', at: '2026-12-02 09:00', state: 'sent' },
      { application: PINE_SRE, rule: 'keep-applying', at: '2026-12-03 09:00', state: 'cancelled' },
    ],
    filingNotices: { 'merge-suggestion': 1 },
    stages: { [PINE_PLATFORM]: 'stale', [PINE_SRE]: 'rejected' },
  },
  'two-roles-stay-apart': {
    applications: [VANTAGE_LOM, VANTAGE_RA],
    reminders: [
      { application: VANTAGE_LOM, rule: 'prepare', at: '2026-11-08 18:00', state: 'sent' },
      { application: VANTAGE_LOM, rule: 'thank-you-email', at: '2026-11-09 12:00', state: 'sent', recipients: ['raj.patel@vantagebio.com'] },
      { application: VANTAGE_LOM, rule: 'status-check', at: '2026-11-23 09:00', state: 'sent', recipients: ['jane.doyle@vantagebio.com'] },
      { application: VANTAGE_LOM, rule: 'move-on', at: '2026-11-30 09:00', state: 'sent' },
      { application: VANTAGE_RA, rule: 'prepare', at: '2026-11-09 18:00', state: 'sent' },
      { application: VANTAGE_RA, rule: 'thank-you-email', at: '2026-11-10 17:00', state: 'sent', recipients: ['mia.chen@vantagebio.com'] },
      { application: VANTAGE_RA, rule: 'status-check', at: '2026-11-24 09:00', state: 'sent', recipients: ['jane.doyle@vantagebio.com'] },
      { application: VANTAGE_RA, rule: 'move-on', at: '2026-12-01 09:00', state: 'sent' },
    ],
    filingNotices: {},
  },
};
