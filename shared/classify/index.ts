import type { Classification } from '../domain/analysis.ts';
import type { OriginalMessage } from '../domain/message.ts';
import { decide } from './decide.ts';
import { withKindFallback } from './fallback/index.ts';
import { normalizeMessage, type NormalizedMessage } from './normalize.ts';
import { collectEvidence, type Evidence, type PhraseRule } from './phrase-rule.ts';
import { senderEvidence } from './sender-evidence.ts';
import { AFTER_MEETING_RULES } from './signals/after-meeting.ts';
import { AGENCY_RULES } from './signals/agency.ts';
import { ASSESSMENT_RULES } from './signals/assessment.ts';
import { callQuestionEvidence } from './signals/call-question.ts';
import { CONFIRMATION_RULES } from './signals/confirmation.ts';
import { HOUSEKEEPING_RULES } from './signals/housekeeping.ts';
import { INTERVIEW_RULES } from './signals/interview.ts';
import { JOB_ALERT_RULES } from './signals/job-alert.ts';
import { MULTILINGUAL_RULES } from './signals/multilingual.ts';
import { NOTICE_RULES } from './signals/notices.ts';
import { OFFER_RULES } from './signals/offer.ts';
import { OUTREACH_RULES } from './signals/outreach.ts';
import { REJECTION_RULES } from './signals/rejection.ts';
import { voiceEvidence } from './signals/voice.ts';

/** Every phrase family the classifier runs, in evaluation order. */
export const ALL_RULES: readonly PhraseRule[] = [
  ...CONFIRMATION_RULES,
  ...INTERVIEW_RULES,
  ...REJECTION_RULES,
  ...OFFER_RULES,
  ...ASSESSMENT_RULES,
  ...JOB_ALERT_RULES,
  ...OUTREACH_RULES,
  ...AGENCY_RULES,
  ...AFTER_MEETING_RULES,
  ...NOTICE_RULES,
  ...HOUSEKEEPING_RULES,
  ...MULTILINGUAL_RULES,
];

/** The mail refers to an application the user made: then it is not cold outreach. */
const ABOUT_APPLICATION =
  /\byour (?:recent |job |online )?(?:application|candidacy)\b|\byou (?:recently )?applied\b|\bthank(?:s| you) for applying\b|\binterview(?:ed|ing)? with (?:us|me)\b/;

/**
 * Mail sent to a list: it offers a way off the list or says why the reader is on it. A job board's
 * bulk mail (a newsletter, a job agent) is then not a receipt for anything the user did.
 */
const BULK_MAIL =
  /\bunsubscribe\b|\b(?:manage|update) (?:your )?(?:email |e-mail |subscription |notification |mailing )?(?:preferences|subscriptions?)\b|\byou(?:'re| are) (?:receiving|getting) (?:this|these) (?:email|e-mail|message|newsletter|alert)s?\b|\babmelden\b|\bse d(?:é|e)sabonner\b|\bse d(?:é|e)sinscrire\b|\bdarse de baja\b|\bsie erhalten diese (?:e-mail|nachricht)\b/;

/**
 * What the original email says happened: confirmation, interview, rejection or other. Pure and
 * synchronous: phrase-family scoring over normalized text; when that finds nothing either way, a small
 * word model trained on the tune mail (fallback/) may name the kind. No I/O.
 */
export function classify(original: OriginalMessage): Classification {
  const { decided, evidence, message } = classifyByRules(original);
  return withKindFallback(decided, evidence, message, original);
}

/** The phrase families' decision alone, with the evidence and text it read (the fallback's training replays it). */
export function classifyByRules(original: OriginalMessage): { decided: Classification; evidence: Evidence[]; message: NormalizedMessage } {
  const message = normalizeMessage(original);
  const { sender, evidence: fromSender } = senderEvidence(message);
  const evidence = [...fromSender, ...collectEvidence(message, ALL_RULES), ...callQuestionEvidence(message), ...voiceEvidence(message)];
  const bulkMail = BULK_MAIL.test(message.full);
  const decided = decide({
    evidence,
    hiringSender: sender.ats !== null || (sender.board !== null && !sender.alertRobot && !bulkMail),
    aboutApplication: ABOUT_APPLICATION.test(message.main),
    bulkMail,
  });
  return { decided, evidence, message };
}
