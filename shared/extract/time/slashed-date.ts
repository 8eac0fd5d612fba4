import { countryForZone } from '../../config/zone-country.ts';
import type { Mention } from './mentions.ts';

/**
 * "9/12" is 12 September to an American and 9 December to nearly everyone else. chrono reads every
 * slashed date month first; this puts it day first when that is the reading the mail can mean:
 * when the month-first day is already past or many months off while the day-first one is near, or
 * when both are near and the zone the time is read in belongs to a day-first country.
 */

/** Countries that write the month first. */
const MONTH_FIRST_COUNTRIES = new Set(['US', 'CA', 'PH', 'FM', 'MH', 'PW', 'GU', 'AS', 'MP', 'PR', 'VI', 'UM']);
/** How far ahead an interview date is still plausible. */
const PLAUSIBLE_DAYS_AHEAD = 120;
const DAY_MS = 24 * 60 * 60_000;
/** A numeric day and month with slashes, and a year or not ("9/12", "07/12/2026"). */
const SLASHED = /(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\d/])/;
const WEEKDAY = /\b(sun|mon|tue|wed|thu|fri|sat)[a-z]{0,6}\b/i;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

export function slashedDateInLocaleOrder(mention: Mention, reference: Date | null, zone: string): Mention {
  if (reference === null || mention.evidence.includes('date:day-month-swapped')) return mention;
  const slashed = SLASHED.exec(mention.text);
  if (!slashed) return mention;
  const first = Number(slashed[1]);
  const second = Number(slashed[2]);
  const { wall } = mention;
  // Only a date chrono read month first, that would still be a date the other way round.
  if (wall.month !== first || wall.day !== second || second > 12 || first === second) return mention;
  const sentDay = Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate());
  const written = slashed[3] === undefined ? null : Number(slashed[3].length === 2 ? `20${slashed[3]}` : slashed[3]);
  let year = written ?? reference.getUTCFullYear();
  if (written === null && Date.UTC(year, second - 1, first) < sentDay) year++;
  const swapped = Date.UTC(year, second - 1, first);
  const weekday = WEEKDAY.exec(mention.text)?.[1]?.toLowerCase();
  if (weekday !== undefined && WEEKDAYS[new Date(swapped).getUTCDay()] !== weekday) return mention;
  const plausible = (day: number): boolean => day >= sentDay && day - sentDay <= PLAUSIBLE_DAYS_AHEAD * DAY_MS;
  const monthFirstNear = plausible(Date.UTC(wall.year, wall.month - 1, wall.day));
  const dayFirstNear = plausible(swapped);
  const country = countryForZone(zone);
  const dayFirstCountry = country !== null && !MONTH_FIRST_COUNTRIES.has(country);
  if (!dayFirstNear || (monthFirstNear && !dayFirstCountry)) return mention;
  return { ...mention, wall: { ...wall, year, month: second, day: first }, evidence: [...mention.evidence, 'date:day-first-slashes'] };
}
