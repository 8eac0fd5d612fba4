import { DateTime } from 'luxon';
import { sentenceAt } from './body-text.ts';
import type { Found } from './company.ts';
import { casualEnglish } from './time/chrono-english.ts';
import type { Candidate } from './evidence.ts';

/**
 * The date by which the employer said it would be in touch: "within two weeks", "by Friday",
 * "early next week", "by the end of the month", "by 20 November". Only sentences that promise
 * contact are read, and only the date expressions in them that are not a task set for the user
 * ("please complete the assessment by Friday").
 */

/** Phrases in which the employer says when the user will hear back (not when the employer hears: "once we hear from all candidates"). */
const PROMISE = /\b(?:(?<!\b(?:we|i) )hear (?:back|from|more|something|again|the outcome)|(?:be|get) (?:back )?in (?:touch|contact)|(?:get|come|circle|revert) back to (?:you|all|every|each|everyone|candidates|applicants|the candidates|applicants|those)|(?:contact(?:ing)?|updat(?:e|ing)|notify(?:ing)?|inform(?:ing)?|reach out to|follow up with|respond to|write to|email(?:ing)?|call(?:ing)?|phon(?:e|ing)|ring) (?:you|all|every|each|everyone|candidates|applicants|successful|shortlisted|those)|reach out|let (?:you|all candidates|candidates|everyone) know|(?:make|making|reach|reaching|have|finali[sz]e|take|taking) (?:(?:a|our|the|any|final|hiring) ){0,2}decisions?|follow up\b|circle back\b|decisions? (?:will|should) be (?:made|communicated|shared|final)|(?:will|should|shall|is to|are to) be (?:confirmed|communicated|shared|sent|announced|notified|advised|released|emailed|issued)(?= (?:to (?:you|all|every|each|candidates|applicants|successful|shortlisted)(?: (?:shortlisted|successful|interviewed|candidates|applicants|people|of you)){0,2} )?(?:by|before|no later|within|in|over|on)\b)|\b(?:we|i)(?: will| shall| would|['’]ll)? revert\b|(?:aims?|hopes?|expects?|tr(?:y|ies)|endeavou?rs?|strives?|intends?|plans?|will|shall|['’]ll|usually|typically|normally|generally) (?:to )?(?:responds?|repl(?:y|ies)|reverts?|(?:get|come|circle)s? back)(?= (?:within|in|by|before|over|no later)\b)|send (?:you|over) (?:(?:a|an|the|some|couple|few|of|or|two|three|four|more|possible|proposed|new|available|interview|meeting|call|time|date|our|my|\d) ){0,4}(?:dates?|times?|options|slots|details|information)\b|(?:provide|give|send|share)(?: you)?(?: with)? (?:an? |the |our |some )?(?:update|feedback|answer|response|outcome|result|decision|next steps)|(?:an?|the|any|further|our) (?:updates?|answer|outcome|response|results?|news)\b|feedback|next steps?|you(?:['’]ll| will| should| can expect to| may) (?:hear|receive|get|know))/gi;

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, couple: 2, 'a couple': 2, 'a couple of': 2,
  few: 3, 'a few': 3,
};
const AMOUNT = String.raw`(\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|(?:a )?couple(?: of)?|(?:a )?few)`;
const UNIT = String.raw`(business |working )?(hours?|days?|weeks?|fortnights?|months?)`;
/** "within 2-3 weeks", "in the next 5 business days", "allow up to 48 hours", "a week or two". */
const WITHIN = new RegExp(
  String.raw`\b(?:within|in|over|during|up to|allow|takes?|about|approximately|roughly)(?: up to| about| approximately)?(?: the)?(?: next| coming| following)? ${AMOUNT}(?:\s*(?:-|–|to|or)\s*${AMOUNT})? ${UNIT}(?: or (two|three|so))?`,
  'gi',
);
/** A possibility before "take": "it can take", "this may sometimes take". */
const MAY_TAKE_BEFORE = /\b(?:can|may|might|could)(?: sometimes| occasionally| well)? $/i;
const MAY_TAKE_WINDOW_CHARS = 24;
/** "early next week" (Tuesday), "mid next week" (Wednesday), "end of next week" (Friday), "next week". */
const NEXT_WEEK = /\b(?:(early|beginning of|start of|mid|middle of|late|end of|the end of)[ -])?(?:the )?next week\b/gi;
/** "by the end of the week", "this week", "later this week". */
const THIS_WEEK = /\b(?:within|by) the (?:end of (?:the|this) )?week\b|\b(?:by )?(?:the )?end of (?:the |this )?week\b|\b(?:later )?this week\b/gi;
/** "by the end of the month", "end of next month", "early next month", "mid-December", "by the end of November". */
const MONTH_PART = /\b(early|beginning of|start of|mid|middle of|late|end of|the end of)[ -](?:(?:the |this )?(month)|(next month)|(january|february|march|april|may|june|july|august|september|october|november|december))\b/gi;
/** "by Friday", "by 20 November", "no later than Monday 14 December", "on Monday", "by COB Thursday". */
const BY_DATE = /\b(?:by|before|no later than|on or before|until|on|around)\s+(?:(?:the )?(?:close of business|end of (?:the )?(?:business )?day|end of business|cob|eod)(?:\s+on)?,?\s*)?/gi;
/** A day named right after the promise, with no "by": "I'll get back to you tomorrow", "we'll be in touch next Monday". */
const BARE_DAY = /^[^.;!?]{0,40}?\b((?:(?:this|next) )?(?:monday|tuesday|wednesday|thursday|friday)|tomorrow)\b/i;
/** "by the 20th": a day of this month, or of the next when it has passed. */
const ORDINAL_DAY = /^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i;
/** "the week of December 14": news by the end of that week. */
const WEEK_OF = /\b(?:the )?week of\s+/gi;
/** Something a reading below could turn into a date: a span unit, a "by/on" before a day, a part of a week or month. */
const DATE_HINT = /\b(?:hours?|days?|weeks?|fortnights?|months?)\b|\b(?:by|before|until|on|around|than)\s+(?:the\s+)?(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|tomorrow|next|this|close|end|cob|eod)|\b(?:early|mid|late|end of|beginning of|start of|middle of)[ -]|\b(?:next|this|the) week\b|\bweek of\b/i;
/** How much text either side of a promise is read: a real sentence fits; a stop-less body is cut. */
const MAX_SENTENCE_SIDE_CHARS = 300;
/** Most dates handed to chrono per sentence: each parse is costly, and a sentence names few dates. */
const MAX_PARSES_PER_SENTENCE = 4;
/** Most promise sentences read in one body: a mail that promises this often is not a job mail. */
const MAX_PROMISE_SENTENCES = 12;
/** Longest date read after "by": "Friday, December 4, 2026" fits well within it. */
const BY_DATE_WINDOW_CHARS = 60;
/** A weekday, month, digit or relative day word: what a date after "by" starts with. */
const DATE_START = /^(?:the\s+)?(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|tomorrow|next|this)/i;
/** What a sentence needs for any of the readings above: a span, a week or month, a "by …". */
const SPAN_OR_DATE = /\b(?:hours?|days?|weeks?|fortnights?|months?|by|before|until|on|around|of|early|mid|late|end|tomorrow|(?:mon|tues|wednes|thurs|fri)day)\b/i;
/**
 * A task set for the user: a date in the same clause is their deadline, not the employer's
 * promise ("please complete the assessment by Friday"). "Please allow two weeks" is not a task.
 */
const USER_TASK = /\b(?:please (?!allow|expect|note|bear|be\b|rest)|kindly|you (?:must|need to|have to)|(?<!\b(?:expected|set|scheduled|likely|going) to )complete|submit|confirm|return|sign|upload|book|select|choose|register|fill|send us|let us know|availability|apply|deadline|due|expires?|closes?)\b/i;
const EMPLOYER_SUBJECT = /\b(?:we|we['’](?:ll|re|d)|our|us|i|i['’](?:ll|m|d)|the (?:team|hiring manager|panel|recruiter))\b/i;
/** Where a clause starts: a date after it is read with that clause only. */
const CLAUSE_BREAK = /[,;:]|\b(?:and|but|so|then|once|after|while)\b/gi;
/** A promise that only names news ("next steps", "feedback"): a date "on Monday" near it is more likely the interview. */
const WEAK_PROMISE = /^(?:feedback|next|an?\b|the\b|any\b|further|our\b)/i;
/** "we'll send you date options": details to come, so only a "by …" or a span dates it, not "for Tuesday". */
const SENDS_DETAILS = /\b(?:dates?|times?|options|slots|details|information)$/i;
/** Words just before a contact phrase that make the user the one to act. */
const USER_ACTS_BEFORE = /\b(?:free to|please|hesitate to|you can|you may|if you|could you|can you|would you|you(?:['’]re| are) welcome to)\s+(?:\w+\s+)?$/i;
const USER_ACTS_WINDOW_CHARS = 30;
/** Employers at large, not this one, right before the promise ("our companies" are this one's). */
const GENERIC_SUBJECT_BEFORE = /(?<!\b(?:our|the|its|their|your) )\b(?:most |many |some |other )?(?:employers|companies|organi[sz]ations|businesses)\s+(?:\w+\s+)?$/i;
const CONDITIONAL_AFTER = /^\s*(?:as soon as|if|when|once|should) (?:anything|something|a (?:suitable|relevant|similar) (?:role|position|opening))\b|^\s*as soon as (?:i|we) (?:hear|have|know)\b/i;
/**
 * An offer the user may take up ("If you'd like more feedback I'm happy to call next week"): the
 * user decides, so its day is no promise of news.
 */
const OFFER_IF_USER_WANTS = /\bif you(?:['’]d| would)? (?:like|want|wish|prefer)\b[^.?!]{0,40}$/i;
const OFFER_WINDOW_CHARS = 60;
/** Contact to get the user ready for the interview ("I'll call you Monday to prep"): not news on the application. */
const PREP_PURPOSE = /\bto (?:prep|prepare you|brief you|get you ready)\b|\bprep(?:aration)? (?:call|chat|notes|session)\b/i;
/** "by Friday 13th", "before Tuesday the 3rd": a weekday with its day of the month (chrono reads only the weekday). */
const WEEKDAY_ORDINAL = /^(mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s{1,3}(?:the\s{1,3})?(\d{1,2})(?:st|nd|rd|th)\b(?!\s{0,3}(?:of\s{1,3})?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i;
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** How many months ahead a weekday with its day of the month is looked for. */
const WEEKDAY_ORDINAL_MONTHS = 3;
/** "after your interview", "following the call": spans count from the interview, not from the mail. */
const AFTER_INTERVIEW = /\b(?:after|following|of|post)[ -](?:the|your|our|each|all)? ?(?:interviews?|conversations?|calls?|meetings?|chats?|visit|onsite|final round|panel)\b/i;

export interface NextStepOptions {
  /**
   * The interview this mail arranges (ISO instant), if any: "we'll get back to you by Friday" in an
   * invite means the first Friday after the interview, and spans count from the interview.
   */
  readonly interviewAt?: string | null;
  /**
   * The mail's kind. A rejection closes the application: its "I'll reach out later this week" is
   * about other openings, so only a promise of feedback there dates a next step.
   */
  readonly kind?: string;
}

/** What a rejection may still promise about this application. */
const REJECTION_PROMISE = /feedback/i;

export interface NextStepFound {
  readonly found: Found<string> | null;
  /** Field `nextStepBy`: every date weighed, the first promise's best one chosen. */
  readonly candidates: Candidate[];
}

/**
 * The date (yyyy-mm-dd, in the user's zone) by which the employer said it would be in touch.
 * Relative phrases need the mail's date; without it only a fully written date is used.
 */
export function findNextStepBy(body: string, reference: Date | null, userZone: string, options: NextStepOptions = {}): Found<string> | null {
  return findNextStep(body, reference, userZone, options).found;
}

interface Reading {
  readonly date: DateTime;
  readonly signal: string;
  /** Where in the sentence the date expression starts. */
  readonly at: number;
  /** Whether it was resolved against the interview day. */
  readonly anchored: boolean;
  /** Read after "on" or "around": a day named, not a deadline. */
  readonly loose?: boolean;
}

export function findNextStep(body: string, reference: Date | null, userZone: string, options: NextStepOptions = {}): NextStepFound {
  const candidates: Candidate[] = [];
  let found: Found<string> | null = null;
  let sentenceEnd = -1;
  let sentencesRead = 0;
  PROMISE.lastIndex = 0;
  // Only the sentences that promise contact are read, and the date maths only once one is found.
  for (const promise of body.matchAll(PROMISE)) {
    if (promise.index < sentenceEnd) continue;
    if (++sentencesRead > MAX_PROMISE_SENTENCES) break;
    // "feel free to reach out", "please let us know": the user is the one to act.
    if (USER_ACTS_BEFORE.test(body.slice(Math.max(0, promise.index - USER_ACTS_WINDOW_CHARS), promise.index))) continue;
    // "will call you as soon as anything lands": a promise with no date of its own.
    if (CONDITIONAL_AFTER.test(body.slice(promise.index + promise[0].length, promise.index + promise[0].length + USER_ACTS_WINDOW_CHARS))) continue;
    // "If you'd like feedback, I'm happy to call next week": an offer, not a promise.
    if (OFFER_IF_USER_WANTS.test(body.slice(Math.max(0, promise.index - OFFER_WINDOW_CHARS), promise.index))) continue;
    const whole = sentenceAt(body, promise.index);
    sentenceEnd = whole.end;
    if (PREP_PURPOSE.test(body.slice(whole.start, whole.end))) continue;
    // "Employers usually respond within 14 days": a job board's word about employers at large.
    if (GENERIC_SUBJECT_BEFORE.test(body.slice(Math.max(whole.start, promise.index - USER_ACTS_WINDOW_CHARS), promise.index))) continue;
    // A "sentence" longer than any real one (a body without stops) is read only around the promise.
    const start = Math.max(whole.start, promise.index - MAX_SENTENCE_SIDE_CHARS);
    const text = body.slice(start, Math.min(whole.end, promise.index + MAX_SENTENCE_SIDE_CHARS)).replace(/\n/g, ' ');
    if (!SPAN_OR_DATE.test(text)) continue;
    if (options.kind === 'rejection' && !REJECTION_PROMISE.test(text)) continue;
    const promiseAt = promise.index - start;
    // luxon's zone maths is the costly part: only a sentence that holds a date expression is read.
    const sentenceReadings = DATE_HINT.test(text) ? readSentence(text, reference, userZone, options.interviewAt ?? null) : [];
    const weak = WEAK_PROMISE.test(promise[0]) || SENDS_DETAILS.test(promise[0]);
    if (sentenceReadings.length === 0 && !weak) sentenceReadings.push(...bareDay(text, promiseAt + promise[0].length, reference, userZone, options.interviewAt ?? null));
    const readings = sentenceReadings.filter(
      (reading) => !isUserTask(text, reading.at, promiseAt) && (!weak || !reading.loose),
    );
    if (readings.length === 0) continue;
    // The date nearest the promise, preferring one after it ("we'll get back to you by Friday").
    const ranked = [...readings].sort((a, b) => distance(a.at, promiseAt) - distance(b.at, promiseAt));
    for (const reading of ranked) {
      const chosen = reading === ranked[0];
      candidates.push({
        field: 'nextStepBy',
        value: reading.date.toISODate() ?? '',
        score: 10 - Math.min(9, Math.floor(distance(reading.at, promiseAt) / 20)),
        evidence: [reading.signal, ...(reading.anchored ? ['anchor:interview-day'] : [])],
        chosen,
      });
    }
    if (ranked[0]) {
      found = { value: ranked[0].date.toISODate() ?? '', signal: ranked[0].signal };
      // The first promise with a date decides; later ones are not read (the date maths is the cost).
      break;
    }
  }
  return { found, candidates };
}

/** Characters between a date and the promise; a date after the promise counts as nearer. */
function distance(at: number, promiseAt: number): number {
  return at >= promiseAt ? at - promiseAt : (promiseAt - at) * 2;
}

/** The date sits in a clause that sets the user a task and does not hold the promise. */
function isUserTask(text: string, at: number, promiseAt: number): boolean {
  let clauseStart = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (const brk of text.matchAll(CLAUSE_BREAK)) {
    if (brk.index >= at) break;
    clauseStart = brk.index + brk[0].length;
  }
  if (promiseAt >= clauseStart && promiseAt < at) return false;
  const clause = text.slice(clauseStart, at);
  // "we expect to complete our review by …": the employer's own task is a promise too.
  return USER_TASK.test(clause) && !EMPLOYER_SUBJECT.test(clause);
}

function readSentence(text: string, reference: Date | null, userZone: string, interviewAt: string | null): Reading[] {
  const readings: Reading[] = [];
  const today = reference ? DateTime.fromJSDate(reference, { zone: userZone }).startOf('day') : null;
  const interviewDay = interviewAt ? DateTime.fromISO(interviewAt, { setZone: true }).setZone(userZone).startOf('day') : null;
  const validInterview = interviewDay?.isValid && today && interviewDay > today ? interviewDay : null;
  // In an invite, relative dates run from the interview when the text says so, or when read from the
  // mail's own day they would fall before the interview has happened.
  const resolve = (read: (from: DateTime) => DateTime | null, signal: string, at: number, spanLike: boolean): void => {
    if (!today) return;
    const fromMail = read(today);
    if (!fromMail) return;
    const anchor = validInterview && (fromMail <= validInterview || (spanLike && AFTER_INTERVIEW.test(text)));
    const date = anchor ? read(validInterview) : fromMail;
    if (date?.isValid) readings.push({ date, signal, at, anchored: Boolean(anchor) });
  };

  for (const within of text.matchAll(WITHIN)) {
    // "it can take a couple of weeks": how long it might run, not a promise ("can take up to" still bounds it).
    if (/^takes? (?!up to)/i.test(within[0]) && MAY_TAKE_BEFORE.test(text.slice(Math.max(0, within.index - MAY_TAKE_WINDOW_CHARS), within.index))) continue;
    const low = amountOf(within[1] ?? '');
    const high = within[2] ? amountOf(within[2]) : null;
    const orMore = within[5] ? amountOf(within[5] === 'so' ? '' : within[5]) : null;
    const amount = orMore ?? high ?? low;
    const business = within[3] !== undefined;
    const unit = (within[4] ?? 'day').toLowerCase().replace(/s$/, '');
    if (amount === null || amount === 0) continue;
    resolve((from) => addSpan(from, amount, unit, business), `next-step:within-${unit}${business ? '-business' : ''}`, within.index, true);
  }
  for (const week of text.matchAll(NEXT_WEEK)) {
    const part = (week[1] ?? '').toLowerCase();
    const weekday = /early|beginning|start/.test(part) ? 2 : /mid/.test(part) ? 3 : 5;
    resolve((from) => from.plus({ weeks: 1 }).set({ weekday }), `next-step:next-week${part ? `-${part.split(' ')[0]}` : ''}`, week.index, false);
  }
  for (const week of text.matchAll(THIS_WEEK)) {
    resolve((from) => friday(from), 'next-step:this-week', week.index, false);
  }
  for (const month of text.matchAll(MONTH_PART)) {
    const part = (month[1] ?? '').toLowerCase();
    const name = month[4];
    resolve((from) => {
      const inMonth = month[3] ? from.plus({ months: 1 }) : name ? namedMonth(from, name) : from;
      return /early|beginning|start/.test(part) ? inMonth.set({ day: 10 }) : /mid/.test(part) ? inMonth.set({ day: 15 }) : inMonth.endOf('month').startOf('day');
    }, `next-step:${month[2] ? 'this-month' : month[3] ? 'next-month' : 'named-month'}-${part.split(' ').pop() ?? ''}`, month.index, false);
  }
  for (const week of text.matchAll(WEEK_OF)) {
    const date = chronoDate(text.slice(week.index + week[0].length, week.index + week[0].length + BY_DATE_WINDOW_CHARS), reference, userZone);
    if (date) readings.push({ date: friday(date), signal: 'next-step:week-of', at: week.index, anchored: false });
  }
  let parses = 0;
  for (const by of text.matchAll(BY_DATE)) {
    if (parses >= MAX_PARSES_PER_SENTENCE) break;
    const start = by.index + by[0].length;
    const rest = text.slice(start, start + BY_DATE_WINDOW_CHARS);
    // "by end of day" with no date after it: today.
    if (by[0].length > 4 && /close|end|cob|eod/i.test(by[0]) && !DATE_START.test(rest) && today) {
      readings.push({ date: today, signal: 'next-step:end-of-day', at: by.index, anchored: false });
      continue;
    }
    const dated = WEEKDAY_ORDINAL.exec(rest);
    if (dated && today) {
      const date = weekdayOnDay(today, WEEKDAYS.indexOf((dated[1] ?? '').toLowerCase()) + 1, Number(dated[2]));
      if (date) readings.push({ date, signal: 'next-step:weekday-day', at: by.index, anchored: false });
      continue;
    }
    const ordinal = ORDINAL_DAY.exec(rest);
    if (ordinal && today) {
      const day = Number(ordinal[1]);
      let date = today.set({ day: Math.min(day, today.daysInMonth ?? 28) });
      if (date < today) date = today.plus({ months: 1 }).set({ day });
      if (date.isValid && date.day === day) readings.push({ date, signal: 'next-step:ordinal-day', at: by.index, anchored: false });
      continue;
    }
    // chrono is the costly part: only a rest that starts like a date is worth parsing.
    if (!DATE_START.test(rest) || /^(?:next|this) week|^(?:next|this) month/i.test(rest)) continue;
    if (/^on$/i.test(by[0].trim()) && !/^(?:the\s+)?(?:mon|tue|wed|thu|fri|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)/i.test(rest)) continue;
    parses++;
    const parsed = parseDate(rest, reference, userZone);
    if (!parsed) continue;
    if (parsed.weekdayOnly && validInterview && today) {
      // "by Friday" in an invite: the first such weekday after the interview day.
      const weekday = parsed.date.weekday;
      let date = validInterview.plus({ days: 1 });
      while (date.weekday !== weekday) date = date.plus({ days: 1 });
      readings.push({ date, signal: 'next-step:by-date', at: by.index, anchored: true, loose: /^(?:on|around)$/i.test(by[0].trim()) });
      continue;
    }
    readings.push({ date: parsed.date, signal: 'next-step:by-date', at: by.index, anchored: false, loose: /^(?:on|around)$/i.test(by[0].trim()) });
  }
  // News promised for the interview day itself, or for a day already past, is not a next step.
  return readings.filter((reading) => (!today || reading.date >= today) && !(validInterview && reading.date.equals(validInterview)));
}

/** A weekday or "tomorrow" shortly after the promise, read only when nothing else in the sentence gave a date. */
function bareDay(text: string, after: number, reference: Date | null, userZone: string, interviewAt: string | null): Reading[] {
  if (!reference) return [];
  const found = BARE_DAY.exec(text.slice(after));
  if (!found?.[1]) return [];
  const at = after + (found.index ?? 0) + found[0].length - found[1].length;
  const parsed = parseDate(found[1], reference, userZone);
  if (!parsed) return [];
  const today = DateTime.fromJSDate(reference, { zone: userZone }).startOf('day');
  const interviewDay = interviewAt ? DateTime.fromISO(interviewAt, { setZone: true }).setZone(userZone).startOf('day') : null;
  if (parsed.weekdayOnly && interviewDay?.isValid && interviewDay > today && parsed.date <= interviewDay) {
    let date = interviewDay.plus({ days: 1 });
    while (date.weekday !== parsed.date.weekday) date = date.plus({ days: 1 });
    return [{ date, signal: 'next-step:named-day', at, anchored: true }];
  }
  // "I'll call you tomorrow at 10:30" in the mail that books that call: the interview, not news after it.
  if (interviewDay?.isValid && parsed.date.equals(interviewDay)) return [];
  return parsed.date > today ? [{ date: parsed.date, signal: 'next-step:named-day', at, anchored: false }] : [];
}

/** A date written at the start of `rest`, in the user's zone. */
function parseDate(rest: string, reference: Date | null, userZone: string): { date: DateTime; weekdayOnly: boolean } | null {
  const instant = reference ?? new Date(Date.UTC(2000, 0, 1));
  const parsed = casualEnglish.parse(rest, { instant, timezone: offsetAt(instant, userZone) }, { forwardDate: true })[0];
  if (!parsed || parsed.index !== 0) return null;
  const { start } = parsed;
  const absolute = start.isCertain('year') && start.isCertain('month') && start.isCertain('day');
  if (!absolute && (!reference || !(start.isCertain('day') || start.isCertain('weekday')))) return null;
  const year = start.get('year');
  const month = start.get('month');
  const day = start.get('day');
  if (year === null || month === null || day === null) return null;
  const date = DateTime.fromObject({ year, month, day }, { zone: userZone });
  return date.isValid ? { date, weekdayOnly: start.isCertain('weekday') && !start.isCertain('day') } : null;
}

/** The zone's offset at the mail's instant, kept for the next parse of the same mail (luxon's zone maths is slow). */
let lastOffset: { readonly at: number; readonly zone: string; readonly offset: number } | null = null;
function offsetAt(instant: Date, zone: string): number {
  if (lastOffset?.at !== instant.getTime() || lastOffset.zone !== zone) {
    lastOffset = { at: instant.getTime(), zone, offset: DateTime.fromJSDate(instant, { zone }).offset };
  }
  return lastOffset.offset;
}

function chronoDate(rest: string, reference: Date | null, userZone: string): DateTime | null {
  if (!DATE_START.test(rest)) return null;
  return parseDate(rest, reference, userZone)?.date ?? null;
}

function addSpan(from: DateTime, amount: number, unit: string, business: boolean): DateTime {
  if (unit === 'fortnight') return from.plus({ weeks: 2 * amount });
  if (unit === 'hour') return from.plus({ days: Math.ceil(amount / 24) });
  if (unit === 'day' && business) return addBusinessDays(from, amount);
  if (unit === 'week') return from.plus({ weeks: amount });
  if (unit === 'month') return from.plus({ months: amount });
  return from.plus({ days: amount });
}

/** The named month on or after `from`'s month ("by the end of January" written in December is next year). */
function namedMonth(from: DateTime, name: string): DateTime {
  const month = MONTHS.indexOf(name.toLowerCase()) + 1;
  const inYear = from.set({ month, day: 1 });
  return month < from.month ? inYear.plus({ years: 1 }) : inYear;
}
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function amountOf(word: string): number | null {
  const normalized = word.toLowerCase().trim().replace(/ of$/, '');
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

/**
 * The first date from `today` on that is day `day` of its month and falls on `weekday` (1 = Monday);
 * when none does within a few months, day `day` of this month or the next, as "by the 13th" reads.
 */
function weekdayOnDay(today: DateTime, weekday: number, day: number): DateTime | null {
  for (let months = 0; months < WEEKDAY_ORDINAL_MONTHS; months++) {
    const date = today.plus({ months }).set({ day });
    if (date.isValid && date.day === day && date >= today && date.weekday === weekday) return date;
  }
  const date = today.set({ day: Math.min(day, today.daysInMonth ?? 28) });
  const later = date < today ? today.plus({ months: 1 }).set({ day }) : date;
  return later.isValid && later.day === day ? later : null;
}

/** Friday of the week holding `date` (ISO weeks start on Monday). */
function friday(date: DateTime): DateTime {
  return date.set({ weekday: 5 });
}
