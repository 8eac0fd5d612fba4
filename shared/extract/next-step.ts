import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import { sentenceAt } from './body-text.ts';
import type { Found } from './company.ts';

/** Sentences in which the employer says when the user will hear back. */
const HEAR_BACK_ANYWHERE = /\b(?:hear (?:back )?from (?:us|me|the team|them)|be in touch|get (?:back )?in touch|get back to you|contact you|reach out|update you|let you know|follow up with you|be in contact|respond to you|(?:make|reach|have) a decision|notify you|provide (?:you with )?(?:an )?update|an answer|feedback)\b/gi;
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, couple: 2, 'a couple': 2, 'a couple of': 2,
  few: 3, 'a few': 3,
};
const AMOUNT = String.raw`(\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|(?:a )?couple(?: of)?|(?:a )?few)`;
const WITHIN = new RegExp(
  String.raw`\b(?:within|in|over|during)(?: the)?(?: next| coming)? ${AMOUNT}(?:\s*(?:-|–|to|or)\s*${AMOUNT})? (business |working )?(days?|weeks?|months?)\b`,
  'i',
);
const WITHIN_THE_WEEK = /\b(?:within|by) the (?:end of (?:the|this) )?week\b|\bby (?:the )?end of (?:the |this )?week\b|\bthis week\b/i;
const NEXT_WEEK = /\b(?:by (?:the )?end of )?next week\b/i;
const END_OF_MONTH = /\bby (?:the )?end of (?:the |this )?month\b/i;
const BY_DATE = /\b(?:by|before|no later than|on or before|until)\s+/gi;
/** What a sentence needs for any of the readings below: a span, a week or month, a "by …". */
const SPAN_OR_DATE = /\b(?:days?|weeks?|months?|by|before|until|later)\b/i;
/** Longest date read after "by": "Friday, December 4, 2026" fits well within it. */
const BY_DATE_WINDOW_CHARS = 60;
/** A weekday, month, digit or relative day word: what a date after "by" starts with. */
const DATE_START = /^(?:the\s+)?(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|tomorrow|today|tonight|next|this|end|mid|early|late)/i;

/**
 * The date (yyyy-mm-dd, in the user's zone) by which the employer said it would be in touch.
 * Relative phrases need the mail's date; without it only a fully written date is used.
 */
export function findNextStepBy(body: string, reference: Date | null, userZone: string): Found<string> | null {
  let sentenceEnd = -1;
  HEAR_BACK_ANYWHERE.lastIndex = 0;
  // Only the sentences that promise contact are read, and the date maths only once one is found.
  for (const promise of body.matchAll(HEAR_BACK_ANYWHERE)) {
    if (promise.index < sentenceEnd) continue;
    const sentence = sentenceAt(body, promise.index);
    sentenceEnd = sentence.end;
    const found = fromSentence(sentence.text.replace(/\n/g, ' '), reference, userZone);
    if (found) return found;
  }
  return null;
}

function fromSentence(text: string, reference: Date | null, userZone: string): Found<string> | null {
  // luxon's zone maths is the costly part: done only for a sentence that names a span or a date.
  if (!SPAN_OR_DATE.test(text)) return null;
  const today = reference ? DateTime.fromJSDate(reference, { zone: userZone }).startOf('day') : null;
  const within = WITHIN.exec(text);
  if (within && today) {
    const amount = amountOf(within[2] ?? within[1] ?? '');
    const business = within[3] !== undefined;
    const unit = (within[4] ?? 'day').toLowerCase().replace(/s$/, '');
    if (amount !== null) {
      const date =
        unit === 'day' && business ? addBusinessDays(today, amount)
        : unit === 'week' ? today.plus({ weeks: amount })
        : unit === 'month' ? today.plus({ months: amount })
        : today.plus({ days: amount });
      return { value: date.toISODate() ?? '', signal: `next-step:within-${unit}${business ? '-business' : ''}` };
    }
  }
  if (today && NEXT_WEEK.test(text)) return { value: friday(today.plus({ weeks: 1 })).toISODate() ?? '', signal: 'next-step:next-week' };
  if (today && WITHIN_THE_WEEK.test(text)) return { value: friday(today).toISODate() ?? '', signal: 'next-step:this-week' };
  if (today && END_OF_MONTH.test(text)) return { value: today.endOf('month').toISODate() ?? '', signal: 'next-step:end-of-month' };
  for (const by of text.matchAll(BY_DATE)) {
    const rest = text.slice(by.index + by[0].length, by.index + by[0].length + BY_DATE_WINDOW_CHARS);
    // chrono is the costly part: only a rest that starts like a date is worth parsing.
    if (!DATE_START.test(rest)) continue;
    const instant = reference ?? new Date(Date.UTC(2000, 0, 1));
    const parsed = chrono.parse(rest, { instant, timezone: DateTime.fromJSDate(instant, { zone: userZone }).offset }, { forwardDate: true })[0];
    if (!parsed || parsed.index !== 0) continue;
    const { start } = parsed;
    const absolute = start.isCertain('year') && start.isCertain('month') && start.isCertain('day');
    if (!absolute && (!reference || !(start.isCertain('day') || start.isCertain('weekday')))) continue;
    const year = start.get('year');
    const month = start.get('month');
    const day = start.get('day');
    if (year === null || month === null || day === null) continue;
    const date = DateTime.fromObject({ year, month, day }, { zone: userZone });
    if (date.isValid) return { value: date.toISODate() ?? '', signal: 'next-step:by-date' };
  }
  return null;
}

function amountOf(word: string): number | null {
  const normalized = word.toLowerCase().trim();
  if (/^\d+$/.test(normalized)) return Number(normalized);
  return NUMBER_WORDS[normalized] ?? null;
}

function addBusinessDays(start: DateTime, days: number): DateTime {
  let date = start;
  let left = days;
  while (left > 0) {
    date = date.plus({ days: 1 });
    if (date.weekday <= 5) left--;
  }
  return date;
}

/** Friday of the week holding `date` (ISO weeks start on Monday). */
function friday(date: DateTime): DateTime {
  return date.set({ weekday: 5 });
}
