import type { PhraseRule } from '../phrase-rule.ts';

/** Mail that is not about a hiring decision at all: accounts, commerce, events, newsletters, OOO. */
export const NOTICE_RULES: readonly PhraseRule[] = [
  {
    tag: 'other:forwarding-verification',
    kind: 'other',
    weight: 12,
    pattern: /\bforwarding (?:confirmation|verification)\b|\bhas requested to automatically forward mail\b|\bconfirm (?:the )?forwarding\b/,
    where: 'full',
  },
  {
    tag: 'subject:forwarding-verification',
    kind: 'other',
    weight: 12,
    pattern: /\bforwarding confirmation\b|\bconfirm (?:your )?forwarding\b/,
    where: 'subject',
  },
  {
    tag: 'other:auto-reply',
    kind: 'other',
    weight: 8,
    pattern:
      /\b(?:i am|i'm|i will be|i'll be) (?:currently )?(?:out of (?:the )?office|away from (?:the office|my desk)|on (?:annual |parental |maternity |paternity )?(?:leave|vacation|holiday|pto))\b|\blimited access to (?:my )?e-?mail\b|\bwill (?:respond|reply|get back to you) (?:to your (?:e-?mail|message) )?(?:upon|when i|once i|after i)\b/,
    where: 'body',
  },
  {
    tag: 'subject:auto-reply',
    kind: 'other',
    weight: 8,
    pattern: /^(?:automatic reply|auto(?:matic)?[- ]?reply|autoreply|out of (?:the )?office|ooo\b|abwesenheit|absence)/,
    where: 'subject',
  },
  {
    tag: 'other:withdrawal',
    kind: 'other',
    weight: 6,
    pattern:
      /\bwithdr[ae]w\w*\b[^.;]{0,30}?\b(?:application|candidacy)\b|\b(?:application|candidacy) (?:has been |was |is )?(?:successfully )?withdrawn\b/,
    where: 'body',
    whenConditional: 'drop',
    condition: 'any',
  },
  {
    // Closed because the candidate asked ("removed at your own request"): whatever the same sentence
    // says about the opening, and however warmly it wishes them well, the employer declined nothing.
    tag: 'other:withdrawn-on-request',
    kind: 'other',
    weight: 6,
    pattern: /\b(?:withdrawn|withdrew|removed|closed|cancel+ed)\b[^.;]{0,40}?\b(?:at|per|following|upon|on) your (?:own )?request\b/,
    where: 'body',
    whenConditional: 'drop',
    condition: 'any',
  },
  {
    tag: 'other:non-job-application',
    kind: 'other',
    weight: 5,
    pattern:
      /\b(?:applying|application|apply|applied|enrol\w*|registering)\b[^.;]{0,40}?\b(?:bootcamp|boot camp|(?:online |training )?course|cohort|scholarship|beta (?:program|programme|test|testers?|access)|waitlist|wait list|early access|loan|credit card|apartment|rental|tenancy|mortgage|degree program|admission|visa application)\b/,
    where: 'body',
  },
  {
    tag: 'other:account',
    kind: 'other',
    weight: 4,
    pattern:
      /\b(?:verify|confirm|validate) your (?:e-?mail|account|address|identity|phone)\b|\b(?:reset|change|set|create) (?:your|a new) password\b|\bpassword (?:reset|change)\b|\baccount (?:has been |was |is )?(?:created|activated|verified|registered|locked|updated|deleted)\b|\bactivate your account\b|\b(?:candidate |user |applicant )?(?:account|profile) (?:has been|was|is) (?:successfully )?(?:created|activated|set up)\b|\b(?:verification|security|one-time|login|sign-in|confirmation) (?:code|link|pin)\b|\bnew (?:sign-?in|login|device)\b|\bsign(?:ed)? in (?:from|on) a new\b|\bthank(?:s| you) for (?:creating|registering|signing up|joining)\b/,
    where: 'body',
  },
  {
    // "The password on your candidate account was changed": the same family, said after the fact.
    tag: 'other:account',
    kind: 'other',
    weight: 4,
    pattern: /\bpassword\b[^.;]{0,60}?\b(?:changed|reset)\b/,
    where: 'body',
  },
  // The portal's own upkeep: "a request to reset the password", "your profile will be deleted in 30
  // days", "your candidate account has been inactive". About the account, never an application.
  // Separate patterns only so that each stays provably linear (test/hardening/redos.test.ts).
  ...[
    /\b(?:reset|change|recover) the password\b/,
    /\b(?:account|profile)(?: and (?:any |all |your )?(?:uploaded )?(?:documents|files|data|attachments)(?: you uploaded)?)? (?:will be|has been|was|is being|are being|is scheduled to be) (?:permanently |automatically )?(?:deleted|removed|purged|deactivated|closed|archived)\b/,
    /\b(?:account|profile) (?:has been|is|was) (?:inactive|dormant)\b/,
  ].map((pattern): PhraseRule => ({ tag: 'other:account', kind: 'other', weight: 4, pattern, where: 'body' })),
  {
    tag: 'other:commerce',
    kind: 'other',
    weight: 4,
    pattern:
      /\byour (?:order|purchase|subscription|invoice|receipt|payment|booking|reservation|ticket|shipment|package)\b|\border (?:number|#|no\.?|confirmation|id)\b|\b(?:has|have) (?:been )?shipped\b|\btracking number\b|\bpayment (?:received|confirmation|confirmed)\b/,
    where: 'body',
  },
  {
    tag: 'other:event',
    kind: 'other',
    weight: 3,
    pattern:
      /\b(?:webinar|workshop|career (?:fair|day|expo)|open house|info(?:rmation)? session|hackathon|meetup|summit|masterclass|bootcamp|online courses?|certification course|enroll now)\b|\b(?:you(?:'re| are) registered|registration (?:is )?(?:confirmed|complete)|rsvp)\b/,
    where: 'body',
  },
  {
    tag: 'other:newsletter',
    kind: 'other',
    weight: 3,
    pattern: /\b(?:interview|resume|résumé|cv|career|job search|job-hunting|salary) (?:tips|advice|questions you|guide|mistakes|hacks|trends|secrets)\b|\bnewsletter\b|\b(?:this|last) (?:week|month)'s\b|\bread (?:more|the full)\b|\b(?:blog|podcast|article|edition|issue #?\d+)\b|\bin this (?:issue|edition)\b/,
    where: 'full',
  },
  {
    tag: 'subject:career-advice',
    kind: 'other',
    weight: 4,
    // "interview season tips": one word may sit between the topic and the tips.
    pattern: /\b(?:interview|resume|résumé|cv|career|job search|salary) (?:tips|advice|questions|guide|mistakes|hacks|trends|secrets|checklist)\b|\b(?:interview|resume|cv|career) [a-z-]+ (?:tips|hacks)\b|\b\d+ (?:tips|ways|questions|mistakes)\b/,
    where: 'subject',
  },
  {
    // A site asking for a review of an interview already held: "share your interview experience".
    tag: 'other:interview-review',
    kind: 'other',
    weight: 5,
    pattern: /\b(?:share|review|rate) your (?:recent )?interview(?: experience)?\b|\bhow was your (?:recent )?interview\b|\byour interview experience\b/,
    where: 'full',
  },
  {
    // The employer answering the candidate's own chaser ("thank you for your follow-up mail", "thanks
    // for checking in"): what follows is a status, not a receipt (decide.ts sets the receipt talk aside).
    tag: 'other:answers-chase',
    kind: 'other',
    weight: 2,
    pattern:
      /\bthank(?:s| you)\b[^.;!?]{0,15}?\bfor (?:your |the )?(?:follow(?:ing)?[- ]?up|checking in|chasing|(?:kind )?reminder|nudge|chaser)\b/,
    where: 'body',
  },
  {
    tag: 'other:employment-ended',
    kind: 'other',
    weight: 7,
    pattern: /\b(?:terminat\w*|end|ending|conclude|concluding) (?:of )?your (?:employment|contract|assignment)\b|\byour (?:employment|contract|assignment) (?:with us )?(?:will|has been|is being|is) (?:terminated|ended|end|concluded)\b|\b(?:laid off|layoffs?|redundan\w+|reduction in force)\b/,
    where: 'body',
  },
  {
    tag: 'other:employment-admin',
    kind: 'other',
    weight: 4,
    pattern:
      /\b(?:termination|terminated|severance|resignation|payroll|payslip|pay stub|timesheet|onboarding (?:documents|paperwork|tasks)|background check|reference check|referee (?:check|details|reports?)|contact your referees|i-9|w-?4|benefits enrollment|performance review|first day)\b/,
    where: 'body',
  },
];
