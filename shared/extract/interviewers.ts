import { FULL_NAME, looksLikeFullName, NAME_WORD } from './person-name.ts';

/**
 * People the text says the user will meet: "you'll meet Bill Zito and Brian Hinman", "your panel:
 * Ana Ruiz (VP Engineering), Ben Okafor", "Ana Ruiz will interview you", and schedules under an
 * intro line ("You will meet with:" then one line per person). A list is read name by name, with
 * the titles and connectors people write between names, so "Staff Engineer" or "Data Science"
 * after a comma is never taken for a person.
 */

/** Most names read from one list: a longer list is a mailing list, not a panel. */
const MAX_NAMES_PER_LIST = 8;
/** Longest stretch of a body read for names: a long mail's own text fits many times over. */
const MAX_SCAN_CHARS = 20_000;
/** How far before "will interview you" a list of names may start. */
const NAME_LED_WINDOW_CHARS = 200;
/** Lines read under a schedule's intro line. */
const SCHEDULE_LINES = 10;
/** A longer line under an intro is prose, not a schedule entry. */
const MAX_SCHEDULE_LINE_CHARS = 140;

/** Cheap gate: text without any of these words names no interviewer (most mail). */
const ANY_LEAD = /\b(?:with|meet|meeting|speak|speaking|talk|talking|chat|chatting|interview\w*|joined|join|panel|conduct\w*|connect\w*|sit down)\b/i;
/** Words after which a list of the people to meet starts. */
const LIST_LEAD = /\bwith |\b(?:meet|meeting|speak|speaking|talk|talking|chat|chatting|connect|connecting|sit down|interview|interviewing|conversation|call|session)(?: (?:with|to))?[:,]? |\b(?:be )?joined by[:,]? |\bpanel(?: (?:of|with|includes?|will (?:be|include)|is|are))?: ?|\binterviewers?(?: (?:will be|are|is|include|will include))?: /gi;
/** "Ana Ruiz will interview you", "Ana Ruiz and Ben Okafor will be conducting the interview". */
const NAME_LED_HINT = /\b(?:will|would|is going to|are going to)(?: also)? (?:be )?(?:interviewing|interview|conducting|conduct|joining|join|meeting|meet|speaking|speak|leading|lead|running|your interviewers?|on the (?:call|panel))\b/g;
/** A line that introduces a schedule or list of people ("You will meet with:", "Your panel:"). */
const SCHEDULE_INTRO = /(?:meet|meeting|speak|speaking|interview\w*|panel|schedule|agenda|itinerary|who you(?:'ll| will))[^:\n]{0,60}:$/i;

const NAME_AT = new RegExp(String.raw`(?:(?:[Dd]r|[Mm]rs?|[Mm]s|[Pp]rof)\.? )?(${FULL_NAME})`, 'uy');
const ANY_NAME = new RegExp(FULL_NAME, 'gu');
/** "our CTO, Ana Ruiz", "the hiring manager Ana Ruiz": a role written before the name. */
const ROLE_BEFORE = new RegExp(String.raw`(?:our|the|your|my|a|an|their|his|her|\p{Lu}\p{L}+['’]s) [^,()\n.:;]{1,50}?,? (?=(?:(?:[Dd]r|[Mm]rs?|[Mm]s|[Pp]rof)\.? )?${NAME_WORD} )`, 'uy');
/** "me and …", "myself, …": the writer, not a name to read. */
const WRITER_FIRST = /(?:me|myself|us),?(?: and)? /y;
/** "(Engineering Manager)", "– Staff Engineer". */
const TITLE_BRACKETED = /(?: \([^()\n]{1,80}\)| [–—-] [^,()\n.;:]{1,50}?(?=,| and | & |\.|;|\n|$))/y;
/** ", our CTO", ", Staff Engineer": kept only when the words are not the next person's name. */
const TITLE_AFTER_COMMA = /,? (?:(?:our|the|your|a|an|who is|who's) )?([^,()\n.;:]{1,50}?)(?=,| and | & |\.|;|\n|$)/y;
const CONNECTOR = /(?:,? and |, | & |,? as well as |,? plus |; )/y;
/** A schedule line's own lead: a bullet, then a time range ("10:00 – 10:45am ET:"). */
const SCHEDULE_PREFIX = /^(?:[-*•·–]\s*|\d{1,2}[.)]\s+)?(?:\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[-–—]|to)\s*\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?\s*[:|–—-]?\s*)?/i;

function stickyAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** The names of a list starting at `at`, and where the list ends. */
function readList(text: string, at: number): { names: string[]; end: number } {
  const names: string[] = [];
  let pos = at;
  pos = stickyAt(WRITER_FIRST, text, pos)?.[0] !== undefined ? WRITER_FIRST.lastIndex : pos;
  let end = at;
  while (names.length < MAX_NAMES_PER_LIST) {
    const role = stickyAt(ROLE_BEFORE, text, pos);
    if (role) pos = ROLE_BEFORE.lastIndex;
    const name = stickyAt(NAME_AT, text, pos);
    if (!name?.[1]) break;
    names.push(name[1]);
    pos = NAME_AT.lastIndex;
    end = pos;
    if (stickyAt(TITLE_BRACKETED, text, pos)) pos = TITLE_BRACKETED.lastIndex;
    else {
      const title = stickyAt(TITLE_AFTER_COMMA, text, pos);
      if (title?.[1] && !looksLikeFullName(title[1].trim()) && !/^(?:and|&) /.test(title[0].trimStart())) pos = TITLE_AFTER_COMMA.lastIndex;
    }
    end = pos;
    if (!stickyAt(CONNECTOR, text, pos)) break;
    pos = CONNECTOR.lastIndex;
  }
  return { names, end };
}

/** "head" → "[Hh][Ee][Aa][Dd]": case-blind words inside a pattern whose names must keep their capitals. */
function caseless(words: string): string {
  return words.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
}

/** Job titles: a name introduced with one ("our Head of Product, Aaron Goh") is someone the user will meet. */
const TITLE = String.raw`(?:${caseless('head|director|manager|lead|leader|engineer|cto|ceo|coo|cfo|cpo|vp|vice president|founder|co-founder|partner|president|owner|principal|supervisor|architect|scientist|designer|officer')})`;
/** "Our Director of Supply Chain, Ben Aldridge", "their hiring manager Tasha Briggs", "our CEO, Mr. Kenji Mori". */
const TITLED_BEFORE = new RegExp(
  String.raw`\b(?:[Oo]ur|[Tt]heir|[Hh]is|[Hh]er|\p{Lu}\p{L}+['’]s) (?:[\p{L}&-]+ ){0,3}?${TITLE}(?: of [\p{L}&]+(?: [\p{L}&]+){0,2}?)?,? (?:(?:[Dd]r|[Mm]rs?|[Mm]s|[Pp]rof)\.? )?(${FULL_NAME})`,
  'gu',
);
/** "Tomás Echeverría (our head of ML)", "Callum Reid, Head of Pricing". */
const TITLED_AFTER = new RegExp(
  String.raw`(${FULL_NAME})(?: \((?:our |the |their )?[^()\n]{0,30}?\b${TITLE}\b[^()\n]{0,30}\)|, (?:our |the |their )?(?:[\p{L}&-]+ ){0,3}?${TITLE}\b)`,
  'gu',
);
/** Mail about meeting someone: titled people in other mail (a signature's CEO line) are not interviewers. */
const ABOUT_MEETING = /\b(?:interview\w*|meet\w*|call|chat|speak\w*|panel|onsite|on-site|conversation|reschedul\w*|join us)\b/i;
/** A cheap gate for the two above. */
const ANY_TITLE = /\b(?:head|director|manager|lead|leader|engineer|cto|ceo|coo|cfo|cpo|vp|vice president|founder|co-founder|partner|president|owner|principal|supervisor|architect|scientist|designer|officer)\b/gi;
/** Characters read either side of a title word: "our Director of Supply Chain, Ben Aldridge" fits. */
const TITLE_WINDOW_CHARS = 90;
/** "Host: Marcus Feld", "Organizer:\nMarcus Feld": the person a scheduling tool names as holding the call. */
const HOST_LABEL = new RegExp(
  String.raw`^(?:[Hh]ost|[Hh]osted by|[Oo]rgani[sz]er|[Ee]vent [Hh]ost|[Yy]our [Hh]ost)[ \t]*:[ \t]*\n?[ \t]*(?:(?:[Dd]r|[Mm]rs?|[Mm]s)\.? )?(${FULL_NAME})[ \t]*$`,
  'gmu',
);

/** The names a scheduling confirmation gives as its host or organizer. */
export function findHostNames(fullBody: string): string[] {
  const body = fullBody.length > MAX_SCAN_CHARS ? fullBody.slice(0, MAX_SCAN_CHARS) : fullBody;
  if (!/\b(?:host|organi[sz]er)/i.test(body)) return [];
  HOST_LABEL.lastIndex = 0;
  return [...body.matchAll(HOST_LABEL)].map((match) => match[1] ?? '').filter((name) => looksLikeFullName(name));
}

/** Names written with their job title: in mail about an interview, the people the user will meet. */
function titledNames(body: string): string[] {
  if (!ABOUT_MEETING.test(body)) return [];
  const names: string[] = [];
  let readUpTo = 0;
  ANY_TITLE.lastIndex = 0;
  // Only the few stretches around a title word are read with the name patterns, not the whole body.
  for (const title of body.matchAll(ANY_TITLE)) {
    if (title.index < readUpTo) continue;
    const from = Math.max(0, title.index - TITLE_WINDOW_CHARS);
    readUpTo = Math.min(body.length, title.index + TITLE_WINDOW_CHARS);
    const window = body.slice(from, readUpTo);
    TITLED_BEFORE.lastIndex = 0;
    for (const match of window.matchAll(TITLED_BEFORE)) if (match[1]) names.push(match[1]);
    TITLED_AFTER.lastIndex = 0;
    for (const match of window.matchAll(TITLED_AFTER)) if (match[1]) names.push(match[1]);
  }
  return names;
}

/** Every interviewer named in `body` (the flowing own text), in order, possibly with repeats. */
export function findInterviewerNames(fullBody: string): string[] {
  // People are introduced near the top; a huge body is read only as far as a long mail goes.
  const body = fullBody.length > MAX_SCAN_CHARS ? fullBody.slice(0, MAX_SCAN_CHARS) : fullBody;
  if (!ANY_LEAD.test(body)) return [];
  const names: string[] = [];
  LIST_LEAD.lastIndex = 0;
  for (const lead of body.matchAll(LIST_LEAD)) names.push(...readList(body, lead.index + lead[0].length).names);
  NAME_LED_HINT.lastIndex = 0;
  for (const hint of body.matchAll(NAME_LED_HINT)) names.push(...namesEndingAt(body, hint.index));
  names.push(...scheduleNames(body));
  names.push(...titledNames(body));
  // In the order the text names them, whichever reading found them.
  const kept = [...new Set(names.filter((name) => looksLikeFullName(name)))];
  return kept.map((name) => ({ name, at: body.indexOf(name) })).sort((a, b) => a.at - b.at).map(({ name }) => name);
}

/** The list that ends just before a "will interview you" at `hintIndex`. */
function namesEndingAt(body: string, hintIndex: number): string[] {
  const from = Math.max(0, hintIndex - NAME_LED_WINDOW_CHARS);
  const window = body.slice(from, hintIndex);
  ANY_NAME.lastIndex = 0;
  for (const start of window.matchAll(ANY_NAME)) {
    const list = readList(body, from + start.index);
    const rest = body.slice(list.end, hintIndex);
    if (list.names.length > 0 && /^,? ?$/.test(rest)) return list.names;
  }
  return [];
}

/** Names on the lines under "You will meet with:" or "Schedule:". */
function scheduleNames(body: string): string[] {
  if (!body.includes(':\n')) return [];
  const names: string[] = [];
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const intro = lines[i]?.trim() ?? '';
    if (!intro.endsWith(':') || !SCHEDULE_INTRO.test(intro)) continue;
    let started = false;
    for (let j = i + 1; j < lines.length && j <= i + SCHEDULE_LINES; j++) {
      const line = (lines[j] ?? '').trim();
      if (line === '') {
        if (started) break;
        continue;
      }
      if (line.length > MAX_SCHEDULE_LINE_CHARS) break;
      started = true;
      const entry = line.replace(SCHEDULE_PREFIX, '');
      // Each "… with Name" on the line: a mail program may have run two entries together.
      const withs = [...entry.matchAll(/\bwith /g)];
      if (withs.length === 0) names.push(...readList(entry, 0).names);
      for (const found of withs) names.push(...readList(entry, found.index + found[0].length).names);
    }
  }
  return names;
}
