import * as chrono from 'chrono-node';
import { DateTime } from 'luxon';
import { sentences } from './body-text.ts';
import type { Found } from './company.ts';

/** Sentences in which the employer says when the user will hear back. */
const HEAR_BACK = /\b(?:hear (?:back )?from (?:us|me|the team|them)|be in touch|get (?:back )?in touch|get back to you|contact you|reach out|update you|let you know|follow up with you|be in contact|respond to you|(?:make|reach|have) a decision|notify you|provide (?:you with )?(?:an )?update|an answer|feedback)\b/i;
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

/**
 * The date (yyyy-mm-dd, in the user's zone) by which the employer said it would be in touch.
 * Relative phrases need the mail's date; without it only a fully written date is used.
 */
export function findNextStepBy(body: string, reference: Date | null, userZone: string): Found<string> | null {
  const today = reference ? DateTime.fromJSDate(reference, { zone: userZone }).startOf('day') : null;
  for (const sentence of sentences(body)) {
    if (!HEAR_BACK.test(sentence.text)) continue;
    const found = fromSentence(sentence.text, today, reference, userZone);
    if (found) return found;
  }
  return null;
}

function fromSentence(text: string, today: DateTime | null, reference: Date | null, userZone: string): Found<string> | null {
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
    const rest = text.slice(by.index + by[0].length);
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
