import ICAL from 'ical.js';
import { singleLine, truncate } from '../mailer/header-value.ts';

/** Length written to the calendar when the invitation gave none: most first interviews fit an hour. */
export const DEFAULT_INTERVIEW_MINUTES = 60;
/** Longest LOCATION: an address or a link, never a paragraph. */
const MAX_LOCATION_LENGTH = 300;
/** Longest SUMMARY: calendar apps show one line. */
const MAX_SUMMARY_LENGTH = 120;

export interface InterviewCalendarInput {
  readonly applicationId: string;
  readonly round: number;
  readonly start: Date;
  readonly company: string;
  readonly role: string | null;
  /** DTSTAMP: when the file was made. */
  readonly now: Date;
  readonly description?: string;
  /** The length the invitation stated; DEFAULT_INTERVIEW_MINUTES when it gave none. */
  readonly durationMinutes?: number | null;
  /** LOCATION: the address, else the video link or dial-in, so a calendar app offers it on the day. */
  readonly location?: string | null;
  /** URL: the meeting link (https only). */
  readonly url?: string | null;
}

/** "Interview: Acme — Data Engineer" (one line, as calendar apps show it). */
export function interviewSummary(company: string, role: string | null): string {
  return truncate(singleLine(role ? `Interview: ${company} — ${role}` : `Interview: ${company}`), MAX_SUMMARY_LENGTH);
}

/** UID stays the same for an application's round, so a re-sent file updates the event instead of adding one. */
export function interviewUid(applicationId: string, round: number): string {
  return `interview-${applicationId.replace(/[^A-Za-z0-9_-]/g, (c) => `=${c.charCodeAt(0).toString(16)}`)}-${round}@jobnudge`;
}

/** An iCalendar (RFC 5545) file with one event at the interview's instant, written in UTC. */
export function interviewCalendar(input: InterviewCalendarInput): string {
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.updatePropertyWithValue('prodid', '-//jobnudge//interview reminder//EN');
  calendar.updatePropertyWithValue('version', '2.0');
  calendar.updatePropertyWithValue('calscale', 'GREGORIAN');
  calendar.updatePropertyWithValue('method', 'PUBLISH');
  const component = new ICAL.Component('vevent');
  const event = new ICAL.Event(component);
  event.uid = interviewUid(input.applicationId, input.round);
  event.summary = interviewSummary(input.company, input.role);
  event.startDate = ICAL.Time.fromJSDate(input.start, true);
  const minutes = input.durationMinutes ?? DEFAULT_INTERVIEW_MINUTES;
  event.endDate = ICAL.Time.fromJSDate(new Date(input.start.getTime() + minutes * 60_000), true);
  if (input.description) event.description = input.description.replace(/\r\n?/g, '\n');
  if (input.location) event.location = truncate(singleLine(input.location), MAX_LOCATION_LENGTH);
  // Only an https link becomes the event's URL: the calendar app opens it with one tap.
  if (input.url && input.url.startsWith('https://') && !/\s/.test(input.url)) component.updatePropertyWithValue('url', input.url);
  component.updatePropertyWithValue('dtstamp', ICAL.Time.fromJSDate(input.now, true));
  component.updatePropertyWithValue('sequence', input.round);
  calendar.addSubcomponent(component);
  return `${calendar.toString()}\r\n`;
}
