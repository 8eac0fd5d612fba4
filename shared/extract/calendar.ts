import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import type { InterviewFormat } from '../domain/analysis.ts';
import type { CalendarPart } from '../domain/message.ts';
import type { CalendarPerson } from './contacts.ts';
import { findConferenceLink, formatFromText } from './meeting-place.ts';
import { findStatedZone, wallClockToIso, zoneFromTzid } from './zones.ts';

/** Bigger calendar parts are not invites (a whole exported calendar): skipped to bound parse time. */
const MAX_CALENDAR_CHARS = 256 * 1024;

export interface CalendarInterview {
  /** ISO-8601 with the zone's offset, or null for an all-day event. */
  readonly at: string | null;
  readonly zone: string;
  readonly format: InterviewFormat;
  readonly link: string | null;
  readonly location: string | null;
  readonly people: readonly CalendarPerson[];
}

export interface CalendarReading {
  readonly interview: CalendarInterview | null;
  readonly signals: readonly string[];
}

/**
 * The first usable event of the attached invites. Cancellations (METHOD:CANCEL, STATUS:CANCELLED)
 * are skipped; a recurring event counts by its first occurrence; unreadable parts only add a signal.
 */
export function readCalendars(parts: readonly CalendarPart[], userZone: string): CalendarReading {
  const signals: string[] = [];
  for (const part of parts) {
    if (part.content.length > MAX_CALENDAR_CHARS) {
      signals.push('calendar:too-large');
      continue;
    }
    let root: ICAL.Component;
    try {
      root = new ICAL.Component(ICAL.parse(part.content) as unknown[]);
    } catch {
      signals.push('calendar:unreadable');
      continue;
    }
    if (root.name !== 'vcalendar') {
      signals.push('calendar:unreadable');
      continue;
    }
    const method = String(root.getFirstPropertyValue('method') ?? '').toUpperCase();
    if (method === 'CANCEL') {
      signals.push('calendar:cancelled');
      continue;
    }
    // Google and Apple name the calendar's zone once: a start without TZID is in it, not floating.
    const calendarZone = zoneFromTzid(String(root.getFirstPropertyValue('x-wr-timezone') ?? ''));
    const timezones = new Map<string, ICAL.Timezone>();
    for (const vtimezone of root.getAllSubcomponents('vtimezone')) {
      const tzid = String(vtimezone.getFirstPropertyValue('tzid') ?? '');
      if (tzid !== '') timezones.set(tzid, new ICAL.Timezone(vtimezone));
    }
    for (const vevent of root.getAllSubcomponents('vevent')) {
      if (String(vevent.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') {
        signals.push('calendar:cancelled');
        continue;
      }
      try {
        const interview = readEvent(vevent, timezones, userZone, calendarZone, signals);
        if (interview) {
          signals.push('calendar:event');
          return { interview, signals };
        }
      } catch {
        signals.push('calendar:unreadable-event');
      }
    }
  }
  return { interview: null, signals };
}

function readEvent(
  vevent: ICAL.Component,
  timezones: ReadonlyMap<string, ICAL.Timezone>,
  userZone: string,
  calendarZone: string | null,
  signals: string[],
): CalendarInterview | null {
  const dtstart = vevent.getFirstProperty('dtstart');
  if (!dtstart) {
    signals.push('calendar:no-start');
    return null;
  }
  const event = new ICAL.Event(vevent);
  let start = event.startDate;
  if (event.isRecurring()) {
    const first = event.iterator().next();
    if (first) start = first;
    signals.push('calendar:recurring-first');
  }
  const tzid = dtstart.getParameter('tzid');
  const { at, zone } = resolveStart(start, typeof tzid === 'string' ? tzid : null, timezones, userZone, calendarZone, signals);
  const text = [
    vevent.getFirstPropertyValue('x-google-conference'),
    vevent.getFirstPropertyValue('conference'),
    vevent.getFirstPropertyValue('url'),
    vevent.getFirstPropertyValue('location'),
    vevent.getFirstPropertyValue('description'),
    vevent.getFirstPropertyValue('x-microsoft-skypeteamsmeetingurl'),
  ]
    .filter((value) => value !== null && value !== undefined)
    .map((value) => String(value))
    .join('\n');
  const rawLocation = String(vevent.getFirstPropertyValue('location') ?? '').trim();
  const link = findConferenceLink(text) ?? urlOf(String(vevent.getFirstPropertyValue('url') ?? ''));
  const location = rawLocation !== '' && !/^https?:\/\//i.test(rawLocation) ? rawLocation : null;
  const format: InterviewFormat = link ? 'video' : formatFromText(`${rawLocation}\n${text}`, location !== null);
  return { at, zone, format, link, location, people: peopleOf(vevent) };
}

function resolveStart(
  start: ICAL.Time,
  tzid: string | null,
  timezones: ReadonlyMap<string, ICAL.Timezone>,
  userZone: string,
  calendarZone: string | null,
  signals: string[],
): { at: string | null; zone: string } {
  if (start.isDate) {
    signals.push('calendar:all-day');
    return { at: null, zone: userZone };
  }
  const wall = { year: start.year, month: start.month, day: start.day, hour: start.hour, minute: start.minute };
  if (start.zone === ICAL.Timezone.utcTimezone) {
    signals.push('calendar:utc');
    const instant = DateTime.fromObject(wall, { zone: 'UTC' }).setZone(userZone);
    return { at: instant.toISO({ suppressMilliseconds: true }), zone: userZone };
  }
  if (tzid) {
    const zone = zoneFromTzid(tzid);
    if (zone) {
      signals.push('calendar:tzid');
      return { at: wallClockToIso(wall, zone), zone };
    }
    const definition = timezones.get(tzid);
    if (definition) {
      // A zone only the invite defines: let ical.js apply its rules, then show it in the user's zone.
      signals.push('calendar:custom-vtimezone');
      const time = ICAL.Time.fromData({ ...wall, second: 0, isDate: false }, definition);
      const instant = DateTime.fromSeconds(time.toUnixTime(), { zone: userZone });
      return { at: instant.toISO({ suppressMilliseconds: true }), zone: userZone };
    }
    // A display name as a TZID: "(UTC-05:00) Eastern Time (US & Canada)".
    const named = findStatedZone(tzid);
    if (named) {
      signals.push('calendar:tzid-named');
      return { at: wallClockToIso(wall, named.zone), zone: named.zone };
    }
    signals.push('calendar:unknown-tzid');
  } else if (calendarZone) {
    signals.push('calendar:x-wr-timezone');
    return { at: wallClockToIso(wall, calendarZone), zone: calendarZone };
  } else {
    signals.push('calendar:floating');
  }
  return { at: wallClockToIso(wall, userZone), zone: userZone };
}

function urlOf(value: string): string | null {
  return /^https?:\/\/\S+$/i.test(value.trim()) ? value.trim() : null;
}

function peopleOf(vevent: ICAL.Component): CalendarPerson[] {
  const people: CalendarPerson[] = [];
  const organizer = vevent.getFirstProperty('organizer');
  if (organizer) people.push({ ...personOf(organizer), organizer: true });
  for (const attendee of vevent.getAllProperties('attendee')) {
    const cutype = String(attendee.getParameter('cutype') ?? 'INDIVIDUAL').toUpperCase();
    if (cutype !== 'INDIVIDUAL') continue;
    people.push(personOf(attendee));
  }
  return people;
}

function personOf(property: ICAL.Property): CalendarPerson {
  const cn = property.getParameter('cn');
  const value = String(property.getFirstValue() ?? '');
  const email = /^mailto:/i.test(value) ? value.slice('mailto:'.length).trim().toLowerCase() : null;
  const name = typeof cn === 'string' && cn.trim() !== '' ? cn.trim().replace(/^"|"$/g, '') : null;
  return { name: name && name.toLowerCase() !== email ? name : null, email: email && email.includes('@') ? email : null };
}
