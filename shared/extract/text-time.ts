import * as chrono from 'chrono-node';
import { findStatedZone, offsetMinutesAt, wallClockToIso, type WallClock } from './zones.ts';
import { LIST_ITEM, introLine, sentenceAt } from './body-text.ts';

/** Chrono needs some reference; with no Date header only fully written dates are kept, so any fixed one does. */
const NO_REFERENCE = new Date(Date.UTC(2000, 0, 1));
/** How far after a time to look for its zone ("2:00 PM (Eastern Time)"). */
const ZONE_WINDOW_CHARS = 30;
/** How close a time-only mention must follow a date-only one to be read as the same moment. */
const DATE_TIME_JOIN_CHARS = 40;

const SCHEDULING_LINK = /\b(?:calendly\.com|goodtime\.io|app\.greenhouse\.io\/\S*schedul|greenhouse\.io\/\S*(?:schedule|availability)|calendar\.app\.google|cal\.com\/|outlook\.office(?:365)?\.com\/(?:owa\/calendar|book)|doodle\.com|youcanbook\.me|calendar\.google\.com\/calendar\/(?:appointments|u\/\d\/appointments)|hire\.lever\.co\/\S*schedul|savvycal\.com|ashbyhq\.com\/\S*schedul|modernloop|prelude\.co)/i;
const SCHEDULE_REQUEST = /\b(?:use (?:the|this) link|click (?:the|this) link|(?:book|schedule|select|pick|choose) (?:a|your|an?) (?:time|slot|interview time)|self-schedule|at your convenience)\b/i;
const CONFIRMED = /\b(?:(?:is|has been|have been|are|was|been|is now|'s|’s) (?:re)?(?:scheduled|confirmed|booked|set|arranged|planned)|confirm(?:ed|ing|ation)(?! (?:your|of your) availability)|(?:re)?scheduled (?:for|on|at)|will (?:take place|be held|start|begin)|will be (?:on|at)|see you (?:on|at)|look(?:ing)? forward to (?:speaking|meeting|talking|seeing|chatting) (?:with )?you (?:on|at)|invit(?:e|ing) you (?:to|for) .{0,60}\b(?:on|at)|calendar invit|you(?:'re| are) (?:all )?set)\b/i;
const LABEL = /^\s*(?:when|date(?:\s*(?:&|and|\/)\s*time)?|time|start(?: time)?|interview (?:date|time))\s*:/i;
const PROPOSED = /\b(?:availab(?:le|ility)|which (?:of (?:these|the following)|time|slot|option|day)|pick|choose|select|would (?:any|either|one) of|works? (?:best )?for you|does .{0,40}\bwork\b|slots?|options?|propose|suggest|let (?:me|us) know (?:which|what)|free (?:on|at)|could you do|can you do|alternatively)\b/i;
const CANCELLED = /\bcancel(?:l?ed|ling|lation)\b|\bno longer\b/i;
/** A clock time ("2pm", "14:00", "noon"): "in 30min" is a duration, not an appointment. */
const CLOCK_TIME = /\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?|h\b|uhr)|\b\d{1,2}:\d{2}\b|\b(?:noon|midday)\b/i;
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
export function findInterviewTime(body: string, reference: Date | null, userZone: string, subject = ''): TextInterviewTime {
  const signals: string[] = [];
  const mentions = timeMentions(body, reference, userZone);
  const hasSchedulingLink = SCHEDULING_LINK.test(body) || SCHEDULE_REQUEST.test(body);
  if (mentions.length === 0) {
    if (hasSchedulingLink) signals.push('interview:scheduling-link');
    return { at: null, zone: null, proposedSlots: [], signals };
  }

  const judged = mentions.map((mention) => {
    const sentence = sentenceAt(body, mention.index, mention.end);
    const line = fullLine(body, mention.index);
    // A bullet list of times takes its meaning from the line introducing it.
    const listed = LIST_ITEM.test(line) || line.trim().startsWith(mention.text.slice(0, 6));
    const context = listed ? `${sentence.text}\n${introLine(body, mention.index)}` : sentence.text;
    return {
      mention,
      sentence: sentence.start,
      confirmed: CONFIRMED.test(sentence.text) || LABEL.test(lineOf(body, mention.index)),
      proposed: PROPOSED.test(context),
      cancelled: CANCELLED.test(sentence.text),
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
  if (items.length === 1 && confirmed.length === 1) chosen = confirmed[0] ?? null;
  else if (items.length === 1 && subjectConfirms && !items[0]?.proposed && !hasSchedulingLink) chosen = items[0] ?? null;
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
  const window = `${mention.text}${body.slice(mention.end, mention.end + ZONE_WINDOW_CHARS).split(/[\n.;]/)[0] ?? ''}`;
  const stated = findStatedZone(window);
  return stated ? { zone: stated.zone, token: stated.token, stated: true } : { zone: userZone, token: '', stated: false };
}

/** Date-and-time mentions with a stated hour; date-only lines followed by a time line are joined. */
function timeMentions(body: string, reference: Date | null, userZone: string): Mention[] {
  const instant = reference ?? NO_REFERENCE;
  const chronoReference = { instant, timezone: offsetMinutesAt(instant, userZone) };
  const urls = [...body.matchAll(/https?:\/\/\S+/g)].map((url) => [url.index, url.index + url[0].length] as const);
  const results = parseLines(body, chronoReference).filter(
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
      if (wall && keep(day, reference, body, result.index)) mentions.push({ index: result.index, end, text, wall });
      continue;
    }
    if (!start.isCertain('hour')) continue;
    if (!start.isCertain('day') && !start.isCertain('weekday')) continue;
    const wall = wallOf(start, start);
    if (wall && keep(start, reference, body, result.index)) mentions.push({ index: result.index, end, text, wall });
  }
  return mentions;
}

/**
 * chrono reads "- Mon 10:00 AM\n- Tue 2:00 PM" as one range; a mention never spans lines, so a
 * result that does is parsed again line by line.
 */
function parseLines(body: string, reference: chrono.ParsingReference): chrono.ParsedResult[] {
  const results: chrono.ParsedResult[] = [];
  for (const result of chrono.parse(body, reference, { forwardDate: true })) {
    if (!result.text.includes('\n')) {
      results.push(result);
      continue;
    }
    let offset = result.index;
    for (const line of result.text.split('\n')) {
      for (const part of chrono.parse(line, reference, { forwardDate: true })) {
        results.push({ ...part, index: offset + part.index, text: part.text, start: part.start, end: part.end, date: () => part.date(), tags: () => part.tags() });
      }
      offset += line.length + 1;
    }
  }
  return results;
}

function keep(day: chrono.ParsedComponents, reference: Date | null, body: string, index: number): boolean {
  if (DEADLINE_BEFORE.test(body.slice(Math.max(0, index - 20), index))) return false;
  // Without the mail's date, "Tuesday" or "Dec 8" cannot be placed in a year.
  if (reference === null) return day.isCertain('year') && day.isCertain('month') && day.isCertain('day');
  return true;
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
