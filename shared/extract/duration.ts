import ICAL from 'ical.js';
import type { CalendarPart } from '../domain/message.ts';

/**
 * How long an interview lasts, as the invitation says it: an attached invite's DTEND or DURATION,
 * else the text ("a 45-minute video call", "will last about an hour", "14:00–14:45").
 */

/** Shortest and longest lengths believed: outside them a number is something else (a 5-minute warning, a day of tests). */
const MIN_MINUTES = 10;
const MAX_MINUTES = 5 * 60;
/** Bigger calendar parts are not invites: skipped, as the calendar reader does. */
const MAX_CALENDAR_CHARS = 256 * 1024;

const WORD_NUMBERS: Readonly<Record<string, number>> = { an: 1, a: 1, one: 1, two: 2, three: 3, four: 4 };

/** "45 minutes", "45-minute", "30 mins", "1 hour", "1.5 hours", "an hour", "90 min". */
const AMOUNT = String.raw`(\d{1,3}(?:[.,]5)?|an|a|one|two|three|four)[ -]?(minutes?|mins?|hours?|hrs?)\b(?:[ -](and a half))?`;
/** A length that is about the meeting: "a 45-minute interview", "45 minutes long". */
const ABOUT_MEETING = new RegExp(
  String.raw`\b${AMOUNT}[ -]?(?:long |in length )?(?:(?:video |phone |virtual |technical |panel |onsite |on-site |in-person |zoom |teams |initial |first )?(?:interview|call|conversation|chat|meeting|session|screen|discussion)\b|long\b|in length\b)`,
  'i',
);
/** A length introduced as one: "will last 45 minutes", "Duration: 1 hour", "for about an hour". */
const INTRODUCED = new RegExp(String.raw`\b(?:last(?:s|ing)?|take(?:s)?|duration:?|length:?|scheduled for|(?:meet|speak|talk|chat) for|allow|block(?:ed)? (?:out )?)[ ]{1,3}(?:about |around |approximately |roughly |up to |an estimated )?${AMOUNT}`, 'i');
/** "14:00–14:45", "2:00 - 2:45 pm", "10am to 11am": a stated start and end. */
const TIME_RANGE = /\b(\d{1,2})(?:[:.](\d{2}))? ?([ap]\.?m\.?)? ?(?:-|–|—|to|until) ?(\d{1,2})(?:[:.](\d{2}))? ?([ap]\.?m\.?)?(?![\d:])/i;

function amountMinutes(count: string, unit: string, half: string | undefined): number | null {
  const number = WORD_NUMBERS[count.toLowerCase()] ?? Number(count.replace(',', '.'));
  if (!Number.isFinite(number)) return null;
  const minutes = (/^h/i.test(unit) ? number * 60 : number) + (half ? 30 : 0);
  return plausible(minutes);
}

function plausible(minutes: number): number | null {
  return Number.isInteger(minutes) && minutes >= MIN_MINUTES && minutes <= MAX_MINUTES ? minutes : null;
}

function hour24(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toLowerCase().startsWith('p');
  return (hour % 12) + (pm ? 12 : 0);
}

function rangeMinutes(match: RegExpExecArray): number | null {
  const [, h1, m1 = '00', ap1, h2, m2 = '00', ap2] = match;
  // A bare "3-4" is a count or a date, not a time range: one side needs minutes or am/pm.
  if (!match[2] && !match[5] && !ap1 && !ap2) return null;
  const start = hour24(Number(h1), ap1 ?? ap2) * 60 + Number(m1);
  const end = hour24(Number(h2), ap2 ?? ap1) * 60 + Number(m2);
  return Number(h1) > 24 || Number(h2) > 24 || Number(m1) > 59 || Number(m2) > 59 ? null : plausible(end - start);
}

/** The length the text states, in minutes, or null. */
export function statedDurationMinutes(text: string): number | null {
  for (const pattern of [INTRODUCED, ABOUT_MEETING]) {
    const match = pattern.exec(text);
    if (match?.[1] && match[2]) {
      const minutes = amountMinutes(match[1], match[2], match[3]);
      if (minutes !== null) return minutes;
    }
  }
  const range = TIME_RANGE.exec(text);
  return range ? rangeMinutes(range) : null;
}

/** DTEND − DTSTART (or DURATION) of the first event of the attached invites that has both. */
export function calendarDurationMinutes(parts: readonly CalendarPart[]): number | null {
  for (const part of parts) {
    if (part.content.length > MAX_CALENDAR_CHARS) continue;
    try {
      const root = new ICAL.Component(ICAL.parse(part.content) as unknown[]);
      for (const vevent of root.getAllSubcomponents('vevent')) {
        if (!vevent.hasProperty('dtend') && !vevent.hasProperty('duration')) continue;
        const event = new ICAL.Event(vevent);
        if (event.startDate.isDate) continue;
        const minutes = plausible(Math.round(event.duration.toSeconds() / 60));
        if (minutes !== null) return minutes;
      }
    } catch {
      // An unreadable part is the calendar reader's to report; here it only gives no length.
    }
  }
  return null;
}
