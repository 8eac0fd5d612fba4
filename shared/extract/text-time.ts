import * as chrono from 'chrono-node';
import { findStatedZone, offsetMinutesAt, wallClockToIso, type WallClock } from './zones.ts';
import { LIST_ITEM, introLine, sentenceAt, type BodyText } from './body-text.ts';

/** Chrono needs some reference; with no Date header only fully written dates are kept, so any fixed one does. */
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1));
/** How far after a time to look for its zone ("2:00 PM (Eastern Time)"). */
const ZONE_WINDOW_CHARS = 30;
/** How close a time-only mention must follow a date-only one to be read as the same moment. */
const DATE_TIME_JOIN_CHARS = 40;

const SCHEDULING_LINK = /\b(?:calendly\.com|goodtime\.io|app\.greenhouse\.io\/\S*schedul|greenhouse\.io\/\S*(?:schedule|availability)|calendar\.app\.google|cal\.com\/|outlook\.office(?:365)?\.com\/(?:owa\/calendar|book)|doodle\.com|youcanbook\.me|calendar\.google\.com\/calendar\/(?:appointments|u\/\d\/appointments)|hire\.lever\.co\/\S*schedul|savvycal\.com|ashbyhq\.com\/\S*schedul|modernloop|prelude\.co)/i;
const SCHEDULE_REQUEST = /\b(?:use (?:the|this) link|click (?:the|this) link|(?:book|schedule|select|pick|choose) (?:a|your|an?) (?:time|slot|interview time)|self-schedule|at your convenience)\b/i;
const CONFIRMED = /\b(?:(?:is|has been|have been|are|was|been|is now|'s|’s) (?:re)?(?:scheduled|confirmed|booked|set|arranged|planned)|(?:have|got|put|pencil(?:l?ed)?) you (?:down|in)(?: for)?|(?:i|we)(?:'ve|’ve| have)? (?:booked|reserved|blocked|scheduled|set up|arranged)|confirm(?:ed|ing|ation)(?! (?:your|of your) availability)|(?:re)?scheduled (?:for|on|at)|will (?:take place|be held|start|begin)|will be (?:on|at)|see you (?:on|at)|look(?:ing)? forward to (?:speaking|meeting|talking|seeing|chatting) (?:with )?you (?:on|at)|invit(?:e|ing) you (?:to|for) .{0,60}\b(?:on|at)|calendar invit|you(?:'re| are) (?:all )?set)\b/i;
const LABEL = /^\s*(?:when|date(?:\s*(?:&|and|\/)\s*time)?|time|start(?: time)?|interview (?:date|time)|termin|datum|uhrzeit|zeit|日時|日程|時間)\s*[:：]/i;
/**
 * An interview sentence that leads into the time: "a video interview on Tuesday, …", "meet you
 * at …". A bare "Thursday, 4:30 pm, video call." is not one: nothing says it is arranged.
 */
const INTERVIEW_LEADS_TO_TIME = /\b(?:interview|call|meeting|meet|screen|chat|conversation|speak|talk|session)\b[^.?!]{0,80}\b(?:on|at|for)\s*$/i;
/** A question offers a time rather than stating one. */
const QUESTION = /\?\s*$/;
const PROPOSED = /\b(?:availab(?:le|ility)|which (?:of (?:these|the following)|time|slot|option|day)|pick|choose|select|would (?:any|either|one) of|works? (?:best )?for you|(?:does|would) .{0,40}\bwork\b|slots?|options?|propose|suggest|let (?:me|us) know (?:which|what)|free (?:on|at)|could you do|can you do|alternatively)\b/i;
const CANCELLED = /\bcancel(?:l?ed|ling|lation)\b|\bno longer\b/i;
/** A clock time ("2pm", "14:00", "noon"): "in 30min" is a duration, not an appointment. */
const CLOCK_TIME = /\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?|h\b|uhr)|\b\d{1,2}[:：]\d{2}\b|\b(?:noon|midday)\b|\d{1,2}時/i;
/** The same, searched for across a body: only the lines holding one are given to chrono. */
const CLOCK_TIME_ANYWHERE = new RegExp(CLOCK_TIME.source, 'gi');
/** Longest window handed to chrono around one clock time: a date line, the time line. */
const WINDOW_MAX_CHARS = 400;
/** Words that mark a German or Japanese date, read with chrono's locale for that language. */
const GERMAN_DATE = /\b(?:uhr|januar|februar|märz|mai|juni|juli|oktober|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\b/i;
const JAPANESE_DATE = /\d{1,2}月\d{1,2}日|\d{1,2}時/;
/** A bare US region right after a time ("11:30 AM Central", "9:30 AM (Eastern)"). */
const BARE_US_REGION = /^\s*\(?\s*(eastern|central|mountain|pacific)\b(?!\s+(?:europe|african?|asia|standard|daylight|time|park|station|square|street|avenue|office|building|campus|library|line))/i;
const US_REGION_ZONES: Readonly<Record<string, string>> = {
  eastern: 'America/New_York', central: 'America/Chicago', mountain: 'America/Denver', pacific: 'America/Los_Angeles',
};
const DEADLINE_BEFORE = /\b(?:by|before|until|no later than|deadline)\s*$/i;

export interface TextInterviewTime {
  readonly at: string | null;
  readonly zone: string | null;
  readonly proposedSlots: readonly string[];
  readonly signals: readonly string[];
}

interface Mention {
  readonly index: number;
  readonly end: number;
  readonly text: string;
  readonly wall: WallClock;
}

/**
 * The interview time a body states. Only one confirmed time counts: a list of options or a
 * booking link is not a time yet, and the result then says so with `proposedSlots` or a signal.
 */
export function findInterviewTime(text: BodyText, reference: Date | null, userZone: string, subject = ''): TextInterviewTime {
  const { text: body, flowing } = text;
  const signals: string[] = [];
  const mentions = timeMentions(body, reference, userZone);
  const hasSchedulingLink = SCHEDULING_LINK.test(body) || SCHEDULE_REQUEST.test(body);
  if (mentions.length === 0) {
    if (hasSchedulingLink) signals.push('interview:scheduling-link');
    return { at: null, zone: null, proposedSlots: [], signals };
  }

  const judged = mentions.map((mention) => {
    const sentence = sentenceAt(flowing, mention.index, mention.end);
    const sentenceText = sentence.text.replace(/\n/g, ' ');
    const line = fullLine(body, mention.index);
    // A bullet list of times takes its meaning from the line introducing it.
    const listed = LIST_ITEM.test(line) || line.trim().startsWith(mention.text.slice(0, 6));
    const context = listed ? `${sentenceText}\n${introLine(body, mention.index)}` : sentenceText;
    // chrono may take the preposition into the mention ("on Tuesday, …"): it still leads in.
    const lead = `${flowing.slice(sentence.start, mention.index)}${/^(?:on|at|for)\b/i.exec(mention.text)?.[0] ?? ''}`.replace(/\n/g, ' ');
    return {
      mention,
      sentence: sentence.start,
      confirmed: CONFIRMED.test(sentenceText) || LABEL.test(lineOf(body, mention.index)),
      proposed: PROPOSED.test(context) || QUESTION.test(sentenceText),
      arranged: !listed && INTERVIEW_LEADS_TO_TIME.test(lead),
      cancelled: CANCELLED.test(sentenceText),
    };
  });
  const live = judged.filter((item) => !item.cancelled);
  if (live.length < judged.length) signals.push('interview:cancelled-time-ignored');
  const distinct = new Map<string, (typeof live)[number]>();
  for (const item of live) {
    const key = `${item.mention.wall.year}-${item.mention.wall.month}-${item.mention.wall.day}T${item.mention.wall.hour}:${item.mention.wall.minute}`;
    if (!distinct.has(key)) distinct.set(key, item);
  }
  const items = [...distinct.values()];
  const sharedSentence = new Set(items.map((item) => item.sentence)).size < items.length;
  const confirmed = items.filter((item) => item.confirmed && !item.proposed);

  let chosen: (typeof items)[number] | null = null;
  // A subject such as "Interview confirmed" vouches for the one time the body gives.
  const subjectConfirms = CONFIRMED.test(subject) || /\b(?:confirmed|scheduled|booked)\b/i.test(subject);
  const only = items.length === 1 ? items[0] : undefined;
  if (only && confirmed.length === 1) chosen = confirmed[0] ?? null;
  else if (only && !only.proposed && !hasSchedulingLink && (subjectConfirms || only.arranged)) chosen = only;
  else if (items.length > 1 && confirmed.length === 1 && !sharedSentence) chosen = confirmed[0] ?? null;

  if (chosen) {
    const zone = resolveZone(body, chosen.mention, userZone);
    signals.push('interview:text-confirmed', zone.stated ? `zone:stated:${zone.token}` : 'zone:user');
    return { at: wallClockToIso(chosen.mention.wall, zone.zone), zone: zone.zone, proposedSlots: [], signals };
  }
  const proposals = items.filter((item) => item.proposed || items.length > 1);
  if (proposals.length > 0) {
    signals.push('interview:proposed-slots');
    return { at: null, zone: null, proposedSlots: proposals.map((item) => item.mention.text), signals };
  }
  signals.push(hasSchedulingLink ? 'interview:scheduling-link' : 'interview:time-not-confirmed');
  return { at: null, zone: null, proposedSlots: [], signals };
}

function fullLine(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const end = text.indexOf('\n', index);
  return text.slice(start, end < 0 ? text.length : end);
}

function lineOf(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  return text.slice(start, index);
}

function resolveZone(body: string, mention: Mention, userZone: string): { zone: string; token: string; stated: boolean } {
  const after = body.slice(mention.end, mention.end + ZONE_WINDOW_CHARS);
  const stated = findStatedZone(`${mention.text}${after.split(/[\n.;]/)[0] ?? ''}`);
  if (stated) return { zone: stated.zone, token: stated.token, stated: true };
  const region = BARE_US_REGION.exec(after)?.[1]?.toLowerCase();
  const regionZone = region ? US_REGION_ZONES[region] : undefined;
  return regionZone ? { zone: regionZone, token: region ?? '', stated: true } : { zone: userZone, token: '', stated: false };
}

/** Date-and-time mentions with a stated hour; date-only lines followed by a time line are joined. */
function timeMentions(body: string, reference: Date | null, userZone: string): Mention[] {
  const windows = clockWindows(body);
  if (windows.length === 0) return [];
  const instant = reference ?? NO_REFERENCE;
  const chronoReference = { instant, timezone: offsetMinutesAt(instant, userZone) };
  // The day the mail was sent, in the user's zone: an interview it arranges is not before it.
  const sentOn = reference ? dayNumber(new Date(reference.getTime() + chronoReference.timezone * 60_000)) : null;
  const urls = [...body.matchAll(/https?:\/\/\S+/g)].map((url) => [url.index, url.index + url[0].length] as const);
  const results = windows.flatMap(([from, to]) => parseLines(body.slice(from, to), from, chronoReference)).filter(
    (result) => CLOCK_TIME.test(result.text) || !result.start.isCertain('hour'),
  ).filter((result) => !urls.some(([from, to]) => result.index >= from && result.index < to));
  const mentions: Mention[] = [];
  for (let i = 0; i < results.length; i++) {
    const result = results[i];
    if (!result) continue;
    let { start } = result;
    let end = result.index + result.text.length;
    let text = result.text;
    const next = results[i + 1];
    if (!start.isCertain('hour') && next && next.start.isCertain('hour') && !next.start.isCertain('day') && !next.start.isCertain('weekday')
      && next.index - end <= DATE_TIME_JOIN_CHARS) {
      const day = start;
      start = next.start;
      end = next.index + next.text.length;
      text = `${result.text} ${next.text}`;
      i++;
      const wall = wallOf(day, start);
      if (wall && keep(day, reference, body, result.index) && !isBefore(wall, sentOn)) mentions.push({ index: result.index, end, text, wall });
      continue;
    }
    if (!start.isCertain('hour')) continue;
    if (!start.isCertain('day') && !start.isCertain('weekday')) continue;
    const wall = wallOf(start, start);
    if (wall && keep(start, reference, body, result.index) && !isBefore(wall, sentOn)) mentions.push({ index: result.index, end, text, wall });
  }
  return mentions;
}

/**
 * The stretches of `body` worth giving to chrono: each line holding a clock time, with the line
 * before it (a "Date:" line above a "Time:" line). chrono costs time in proportion to the text it
 * reads, and most of a job mail holds no time at all.
 */
function clockWindows(body: string): (readonly [number, number])[] {
  const windows: [number, number][] = [];
  CLOCK_TIME_ANYWHERE.lastIndex = 0;
  for (const clock of body.matchAll(CLOCK_TIME_ANYWHERE)) {
    const lineStart = body.lastIndexOf('\n', clock.index - 1) + 1;
    const previousStart = lineStart > 0 ? body.lastIndexOf('\n', lineStart - 2) + 1 : lineStart;
    const lineEnd = body.indexOf('\n', clock.index);
    const to = Math.min(lineEnd < 0 ? body.length : lineEnd, clock.index + WINDOW_MAX_CHARS);
    const from = Math.max(previousStart, clock.index - WINDOW_MAX_CHARS);
    const last = windows.at(-1);
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  return windows;
}

/** chrono's parser for the language a line is written in: English unless it shows German or Japanese dates. */
function parserFor(text: string): typeof chrono.parse {
  if (JAPANESE_DATE.test(text)) return chrono.ja.parse.bind(chrono.ja);
  if (GERMAN_DATE.test(text)) return chrono.de.parse.bind(chrono.de);
  return chrono.parse;
}

/**
 * chrono reads "- Mon 10:00 AM\n- Tue 2:00 PM" as one range; a mention never spans lines, so a
 * result that does is parsed again line by line, as is a window mixing languages. `offset` places
 * the window in the body.
 */
function parseLines(window: string, offset: number, reference: chrono.ParsingReference): chrono.ParsedResult[] {
  const parse = parserFor(window);
  const whole = parse === chrono.parse ? parse(window, reference, { forwardDate: true }) : null;
  if (whole && whole.every((result) => !result.text.includes('\n'))) return whole.map((result) => relocated(result, offset + result.index));
  const results: chrono.ParsedResult[] = [];
  let lineOffset = offset;
  for (const line of window.split('\n')) {
    for (const part of parserFor(line)(line, reference, { forwardDate: true })) results.push(relocated(part, lineOffset + part.index));
    lineOffset += line.length + 1;
  }
  return results;
}

function relocated(result: chrono.ParsedResult, index: number): chrono.ParsedResult {
  return { ...result, index, text: result.text, start: result.start, end: result.end, date: () => result.date(), tags: () => result.tags() };
}

function keep(day: chrono.ParsedComponents, reference: Date | null, body: string, index: number): boolean {
  if (DEADLINE_BEFORE.test(body.slice(Math.max(0, index - 20), index))) return false;
  // "Monday, November 30" that chrono moved to a later year where Nov 30 is no Monday: a past day.
  if (day.isCertain('weekday') && !day.isCertain('year') && day.isCertain('day')) {
    const year = day.get('year');
    const month = day.get('month');
    const date = day.get('day');
    if (year !== null && month !== null && date !== null && new Date(Date.UTC(year, month - 1, date)).getUTCDay() !== day.get('weekday')) return false;
  }
  // Without the mail's date, "Tuesday" or "Dec 8" cannot be placed in a year.
  if (reference === null) return day.isCertain('year') && day.isCertain('month') && day.isCertain('day');
  return true;
}

/** yyyymmdd of a date's UTC fields (the date is already shifted into the zone wanted). */
function dayNumber(date: Date): number {
  return date.getUTCFullYear() * 10_000 + (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
}

/** A time on a day before the mail was sent: a past call ("thanks for the call on Monday at 2pm"). */
function isBefore(wall: WallClock, sentOn: number | null): boolean {
  return sentOn !== null && wall.year * 10_000 + wall.month * 100 + wall.day < sentOn;
}

function wallOf(day: chrono.ParsedComponents, time: chrono.ParsedComponents): WallClock | null {
  const year = day.get('year');
  const month = day.get('month');
  const date = day.get('day');
  const hour = time.get('hour');
  const minute = time.get('minute') ?? 0;
  if (year === null || month === null || date === null || hour === null) return null;
  return { year, month, day: date, hour, minute };
}
