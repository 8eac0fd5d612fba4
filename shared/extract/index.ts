import type { Extraction, InterviewDetails } from '../domain/analysis.ts';
import type { Candidate } from './evidence.ts';
import type { EventKind } from '../domain/kinds.ts';
import type { OriginalMessage } from '../domain/message.ts';
import { readBody, type BodyText } from './body-text.ts';
import { readCalendars, type CalendarInterview } from './calendar.ts';
import { readCompany } from './company.ts';
import { findPeople } from './contacts.ts';
import { findDialIn } from './dial-in.ts';
import { findContactPreference } from './do-not-contact.ts';
import { calendarDurationMinutes, statedDurationMinutes } from './duration.ts';
import { findForwardingVerification } from './forwarding-verification.ts';
import { findConferenceLink, findLocationLine, formatFromText } from './meeting-place.ts';
import { findNextStep } from './next-step.ts';
import { findRole } from './role.ts';
import { findSignature } from './signature.ts';
import { findInterviewTime } from './text-time.ts';

export interface ExtractionContext {
  /** The user's IANA zone: dates in text without a zone are read in it. */
  readonly timeZone: string;
  readonly kind: EventKind;
  /** The user's own addresses, when known: never listed as contacts (the original's To is assumed to be the user). */
  readonly userAddresses?: readonly string[];
}

/** Longest body read: job mails are short, and the text parsers' work grows with length. */
const MAX_BODY_CHARS = 100_000;

const NO_INTERVIEW: InterviewDetails = { at: null, zone: null, source: null, proposedSlots: [], format: 'unknown', link: null, location: null };

/** Everything the message says about the application, read without I/O. Never throws on odd input. */
export function extract(original: OriginalMessage, context: ExtractionContext): Extraction {
  const forwardingVerification = findForwardingVerification(original);
  if (forwardingVerification) {
    // Google's set-up mail is not about a job: naming "Google" as the employer would be wrong.
    return { company: null, role: null, contacts: [], interview: NO_INTERVIEW, nextStepBy: null, doNotContact: false, forwardingVerification, signals: ['forwarding-verification:gmail'], candidates: [] };
  }
  const signals: string[] = [];
  // Split once: every extractor below reads these same lines and texts.
  const text = readBody(original.text.slice(0, MAX_BODY_CHARS));
  const body = text.text;
  const signature = findSignature(text.lines);
  if (signature) signals.push('signature:found');

  // Mail the user wrote (a reply they forwarded) names the employer in its text, never in its From:
  // the user's own domain is not a company.
  const fromUser = original.from !== null && (context.userAddresses ?? []).some((a) => a.toLowerCase() === original.from?.address);
  const companyReading = readCompany(fromUser ? { ...original, from: null } : original, text, signature);
  const company = companyReading.found;
  if (company) signals.push(company.signal);
  const role = findRole(original.subject, text.flowing, company?.value ?? null);
  if (role) signals.push(role.signal);

  const calendar = context.kind === 'interview' ? readCalendars(original.calendars, context.timeZone) : null;
  if (calendar) signals.push(...calendar.signals);
  const candidates: Candidate[] = [...companyReading.candidates, ...(role?.candidates ?? [])];
  const interview = readInterview(original, text, context, calendar?.interview ?? null, signals, candidates);
  const calendarPeople = calendar?.interview?.people ?? [];
  const people = findPeople({
    original,
    body: text.flowing,
    signature,
    calendarPeople,
    userAddresses: context.userAddresses ?? [],
    company: company?.value ?? null,
  });
  candidates.push(...people.candidates);

  // Spans and weekdays in an invite count from the interview it arranges ("back to you by Friday").
  const nextStep = findNextStep(text.flowing, original.date, context.timeZone, { interviewAt: interview.at, kind: context.kind });
  if (nextStep.found) signals.push(nextStep.found.signal);
  candidates.push(...nextStep.candidates);
  const preference = findContactPreference(original, body);
  signals.push(...preference.signals);

  return {
    company: company?.value ?? null,
    role: role?.value ?? null,
    contacts: people.contacts,
    interview,
    nextStepBy: nextStep.found?.value ?? null,
    doNotContact: preference.doNotContact,
    forwardingVerification: null,
    signals,
    candidates,
  };
}
/** An attached invite wins over the text; only interview mails are read for a time at all. */
function readInterview(
  original: OriginalMessage,
  text: BodyText,
  context: ExtractionContext,
  calendar: CalendarInterview | null,
  signals: string[],
  candidates: Candidate[],
): InterviewDetails {
  if (context.kind !== 'interview') return NO_INTERVIEW;
  // Length and dial-in: the invite's own end time first, then what the text says.
  const said = { durationMinutes: (calendar ? calendarDurationMinutes(original.calendars) : null) ?? statedDurationMinutes(text.flowing), dialIn: findDialIn(text.text) };
  if (calendar) {
    const { at, zone, format, link, location } = calendar;
    if (at) candidates.push({ field: 'interviewAt', value: at, score: 1, evidence: ['calendar:attached-invite'], chosen: true });
    return { at, zone: at ? zone : null, source: 'calendar', proposedSlots: [], format, link, location, ...said };
  }
  const body = text.text;
  const time = findInterviewTime(text, original.date, context.timeZone, original.subject, {
    senderOffsetMinutes: original.dateOffsetMinutes ?? null,
    senderAddresses: [original.from, ...original.replyTo].flatMap((mailbox) => (mailbox ? [mailbox.address] : [])),
  });
  signals.push(...time.signals);
  candidates.push(...time.candidates);
  const link = findConferenceLink(body);
  const location = findLocationLine(body);
  return {
    at: time.at,
    zone: time.zone,
    source: time.at ? 'text' : null,
    proposedSlots: time.proposedSlots,
    format: link ? 'video' : formatFromText(`${original.subject}\n${body}`, location !== null),
    link,
    location,
    ...said,
  };
}
