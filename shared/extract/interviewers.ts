import { FULL_NAME, HONORIFIC_WORD, INITIALLED_NAME, looksLikeFullName, NAME_TITLE_WORD, NAME_WORD, withoutHonorific } from './person-name.ts';

/**
 * People the text says the user will meet: "you'll meet Bill Zito and Brian Hinman", "your panel:
 * Ana Ruiz (VP Engineering), Ben Okafor", "Ana Ruiz will interview you", and schedules under an
 * intro line ("You will meet with:" then one line per person). A list is read name by name, with
 * the titles and connectors people write between names, so "Staff Engineer" or "Data Science"
 * after a comma is never taken for a person.
 *
 * The writer counts too: "you will speak with me and Omar Haddad", "Omar Haddad and I will
 * interview you". An address written right after a name ("Omar Haddad (omar@…)") is that person's.
 */

/** A person the text says the user will meet, with the address written beside the name, if any. */
export interface NamedInterviewer {
  readonly name: string;
  readonly email: string | null;
  /** Marked as the one who set the meeting up: "Lea Brandt (organiser)", "Dev Malhotra - organizer". */
  readonly organizer: boolean;
}

export interface InterviewersRead {
  readonly people: NamedInterviewer[];
  /** The writer said they are in the interview too ("with me and …", "… and I will interview you"). */
  readonly writerMeets: boolean;
}

/** Most names read from one list: a longer list is a mailing list, not a panel. */
const MAX_NAMES_PER_LIST = 8;
/** Longest stretch of a body read for names: a long mail's own text fits many times over. */
const MAX_SCAN_CHARS = 20_000;
/** How far before "will interview you" a list of names may start. */
const NAME_LED_WINDOW_CHARS = 200;
/** How much of a long labelled line is read: a label's list of people fits well within it. */
const MAX_LABELLED_LINE_CHARS = 400;
/** Lines read under a schedule's intro line. */
const SCHEDULE_LINES = 10;
/** A longer line under an intro is prose, not a schedule entry. */
const MAX_SCHEDULE_LINE_CHARS = 140;

/** Cheap gate: text without any of these words names no interviewer (most mail). */
const ANY_LEAD = /\b(?:with|meet|meeting|speak|speaking|talk|talking|chat|chatting|interview\w*|joined|join|joining|onsite|on-site|loop|panel|committee|participants|attendees|conduct\w*|taken by|chaired by|connect\w*|sit down|sit in|final round|invite|schedule|agenda|itinerary|ask for|gesprächspartner\w*|sessions?|then)\b|\b(?:who|staff|guests):|\bw\/ |\d:\d\d/i;
/** More of the same gate: the writer in a list ("myself and …", "me, …"), or a presentation to a panel. */
const ANY_LEAD_MORE = /\b(?:myself|me and|presentation|assessment)\b|\bme,/i;
/** Words after which a list of the people to meet starts. */
const LIST_LEAD = /\b(?:with|w\/)[ \n]|\b(?:meet|meeting|speak|speaking|talk|talking|chat|chatting|connect|connecting|sit down|interview|interviewing|conversation|call|session)(?: (?:with|to))?[:,]?[ \n]|\b(?:be )?(?:joined|taken|conducted|chaired) by[:,]?[ \n]|\bpanel(?: (?:of|with|includes?|will (?:be|include|consist of)|is|are|consists of))?: ?|\bpanel \(|\b(?:panel|committee) (?:will (?:be|include|consist of)|is|are|includes?|consists of|comprises)[ \n]|\binterviewers?(?: (?:will be|are|is|include|will include|(?:is|are|stays?|remains?) (?:unchanged|the same)))?: |\b(?:also joining|joining (?:me|us|you)) (?:will be|is|are)[:,]?[ \n]|\bask for |\((?=[A-Z][^()\n]{0,40}?,? then )/gi;
/** "It'll be myself and Declan Furlong", "it's me and …": the writer first in a list of who will be there. */
const WRITER_LIST_LEAD = /\bit(?:(?:['’]ll| will)(?: (?:still|also|just))? be|['’]s(?: just)?| is(?: just)?) (?=(?:me|myself)\b)/gi;
/** Leads that say the user meets whoever follows: "with me" after them is the writer in the interview. */
const MEETING_LEAD = /^(?:meet|meeting|speak|speaking|talk|talking|chat|chatting|sit down|interview|interviewing|conversation|call|session|(?:be )?joined)\b/i;
/** A sentence that looks back ("thanks for speaking with me", "we met with me"…): the writer met the user before, not in the interview ahead. */
const LOOKS_BACK = /\b(?:thanks|thank you|enjoyed|pleasure|great|nice|glad|lovely|spoke|talked|met|chatted|had|was|were|did|earlier|yesterday|last|ago)\b/i;
/** "I will interview you", "I'll be on the panel": the writer says they are an interviewer. */
const WRITER_LED = /\bI(?:'ll|’ll| will| am going to|'m going to|’m going to| shall)(?: also)? (?:be )?(?:interviewing you|interview you|conducting (?:the|your) interview|leading (?:the|your) interview|one of your interviewers|(?:call|calling|phone|ring) you at|on (?:the|your) (?:call|panel|interview panel)|joining (?:the|your) (?:call|interview|panel))\b/;
/**
 * "Ana Ruiz will interview you", "Ana Ruiz and Ben Okafor will be conducting the interview", "Ben
 * Okafor, who chairs the panel, …".
 */
const NAME_LED_HINT = /\bwho (?:chairs|will chair|is chairing|will be chairing) (?:the|your) (?:interview |selection )?panel\b|\bsit in\b|\b(?:will|'ll|’ll)(?: also)? be (?:there|present|in the room)\b|\b(?:will|would|may|might|is going to|are going to)(?: also)? (?:be )?(?:interviewing|interview|conducting|conduct|joining|join|meeting|meet|speaking|speak|leading|lead|running|your interviewers?|on the (?:call|panel))\b/g;
/** A line that introduces a schedule or list of people ("You will meet with:", "Your panel:"). */
const SCHEDULE_INTRO = /(?:meet|meeting|speak|speaking|interview\w*|panel|schedule|agenda|itinerary|who you(?:'ll| will))[^:\n]{0,60}:$/i;

/** A name, or one written as initials and a surname after an honorific ("Mr. S. Venkatesan"). */
const NAME_AT = new RegExp(String.raw`(?:${NAME_TITLE_WORD})?(${FULL_NAME})|${HONORIFIC_WORD}(${INITIALLED_NAME})`, 'uy');
const ANY_NAME = new RegExp(FULL_NAME, 'gu');
/** A title before a name, mid-sentence: where a name may start after another capitalised word. */
const TITLE_START = new RegExp(String.raw` (?:${HONORIFIC_WORD})(?=\p{Lu})`, 'gu');
/** "our CTO, Ana Ruiz", "the hiring manager Ana Ruiz", "two of my peers, Ana Ruiz and …": a role written before the name. */
const ROLE_BEFORE = new RegExp(String.raw`(?:(?:two|three|four|both|some|a few|a couple) of )?(?:our|the|your|my|a|an|their|his|her|\p{Lu}\p{L}+['’]s) [^,()\n.:;]{1,50}?,? (?=(?:${HONORIFIC_WORD})?${NAME_WORD} )`, 'uy');
/** "me and …", "myself, …", "me + …": the writer (or the team), not a name to read. */
const WRITER_FIRST = /(me|myself|us)(?:,?(?: and| &| \+)? |\b)/y;
/** "… and me", "… and myself" at a list's end. */
const WRITER_LAST = /(?:me|myself)\b/y;
/** "(omar@lumenforge.io)", " <omar@lumenforge.io>": the address written right after a name. */
const ADDRESS_AFTER = /\s?[(<](?:mailto:)?([^\s@()<>,;]{1,64}@[a-z0-9.-]{1,253}\.[a-z]{2,24})[)>]/iy;
/** "(Engineering Manager)", "– Staff Engineer". */
const TITLE_BRACKETED = new RegExp(String.raw`(?: \([^()\n]{1,80}\)| [–—-] [^,()\n.;:]{1,50}?(?=,| and | & |\.|;|\n|$| ${NAME_WORD} ${NAME_WORD} [–—-] ))`, 'uy');
/** ", our CTO", ", Staff Engineer": kept only when the words are not the next person's name. */
const TITLE_AFTER_COMMA = /,? (?:(?:our|the|your|a|an|who is|who's) )?([^,()\n.;:]{1,50}?)(?=,| and | & |\.|;|\n|$)/y;
/** Between names: "and", commas, "then" in a sequence of sessions, and the "and" of German, Spanish and French. */
const CONNECTOR = /(?:,? and |,? then |, | & | \+ |,? as well as |,? plus |; | und | y | et )/y;
/** "Ana Ruiz – CTO Ben Okafor – …": the line break between two "Name – Title" entries, unwrapped to a space. */
const NEXT_DASH_ENTRY = new RegExp(String.raw` (?=${NAME_WORD} ${NAME_WORD} [–—-] )`, 'uy');
/** A schedule line's own lead: a bullet, then a time range ("10:00 – 10:45am ET:"). */
const SCHEDULE_PREFIX = /^(?:[-*•·–]\s*|\d{1,2}[.)]\s+)?(?:\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[-–—]|to)\s*\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\b)?\s*[:|–—-]?\s*)?/i;
/** A schedule line led by one clock time, not a range: "10:00 Ana Ruiz", "1:30 PM: Ben Okafor". */
const SCHEDULE_TIME = /^\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4}\b)?(?: ?[:|–—-])? /i;
/** A heading with no colon over a schedule or a list of people ("Schedule", "Your interviewers"). */
const SCHEDULE_HEADING = /^(?:your |the )?(?:interview )?(?:schedule|agenda|itinerary|interviewers?|panel|panelists)$/i;
/** "Interviewers: Ana Ruiz – Staff Engineer": a label whose list starts on its own line and may go on below. */
const PEOPLE_LABEL = /^(?:your |the |ihre )?(?:interviewers?|interview panel|panel|panelists|participants|attendees|guests|who|with|staff|gesprächspartner(?:in|innen)?)[ \t]*:[ \t]*(\S.*)$/i;
/** Another "Label: value" line: the labelled list above it has ended. */
const OTHER_LABEL = /^[\p{L}][\p{L} &'’]{0,30}:(?: |$)/u;
/** "meet Hollis, Gemma (Head of Claims) and …": a directory's "Last, First" in running text, known by the title after it. */
const LAST_FIRST_BRACKETED = new RegExp(String.raw`(${NAME_WORD}), (${NAME_WORD})(?= \()`, 'uy');
/** "Kowalczyk, Bartosz", a directory listing's "Last, First", as a whole entry or before its title. */
const LAST_FIRST_ENTRY = new RegExp(String.raw`^(${NAME_WORD}), (${NAME_WORD})(?=$|;| [–—|-] | \()`, 'u');
/** "Time | Interviewer | Focus": the header of a table with a column of interviewers. */
const INTERVIEWER_COLUMN = /^(?:interviewers?|panelists?|with)$/i;

function stickyAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

interface ListRead {
  readonly names: string[];
  readonly end: number;
  /** "me" or "myself" is one of the list ("with me and Ana Ruiz", "Ana Ruiz and me"). */
  readonly writer: boolean;
}

/** The names of a list starting at `at`, and where the list ends. */
function readList(text: string, at: number): ListRead {
  const names: string[] = [];
  let pos = at;
  const first = stickyAt(WRITER_FIRST, text, pos);
  let writer = first?.[1] === 'me' || first?.[1] === 'myself';
  pos = first ? WRITER_FIRST.lastIndex : pos;
  let end = at;
  while (names.length < MAX_NAMES_PER_LIST) {
    const role = stickyAt(ROLE_BEFORE, text, pos);
    if (role) pos = ROLE_BEFORE.lastIndex;
    const match = stickyAt(NAME_AT, text, pos);
    const flipped = match ? null : stickyAt(LAST_FIRST_BRACKETED, text, pos);
    const name = match?.[1] ?? match?.[2] ?? (flipped?.[1] && flipped[2] ? `${flipped[2]} ${flipped[1]}` : undefined);
    if (!name) {
      if (names.length > 0 && stickyAt(WRITER_LAST, text, pos)) writer = true;
      break;
    }
    names.push(name);
    pos = match ? NAME_AT.lastIndex : LAST_FIRST_BRACKETED.lastIndex;
    end = pos;
    if (stickyAt(ADDRESS_AFTER, text, pos)) pos = ADDRESS_AFTER.lastIndex;
    if (stickyAt(TITLE_BRACKETED, text, pos)) pos = TITLE_BRACKETED.lastIndex;
    else {
      const title = stickyAt(TITLE_AFTER_COMMA, text, pos);
      if (title?.[1] && !looksLikeFullName(title[1].trim()) && !/^(?:and|&) /.test(title[0].trimStart()) && !/^then /.test(title[1])) pos = TITLE_AFTER_COMMA.lastIndex;
    }
    end = pos;
    if (stickyAt(CONNECTOR, text, pos)) pos = CONNECTOR.lastIndex;
    else if (stickyAt(NEXT_DASH_ENTRY, text, pos)) pos = NEXT_DASH_ENTRY.lastIndex;
    else break;
  }
  return { names, end, writer };
}

/** "head" → "[Hh][Ee][Aa][Dd]": case-blind words inside a pattern whose names must keep their capitals. */
function caseless(words: string): string {
  return words.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
}

/** Job titles: a name introduced with one ("our Head of Product, Aaron Goh") is someone the user will meet. */
const TITLE = String.raw`(?:${caseless('head|director|manager|lead|leader|engineer|cto|ceo|coo|cfo|cpo|vp|vice president|founder|co-founder|partner|president|owner|principal|supervisor|architect|scientist|designer|officer')})`;
/** "Our Director of Supply Chain, Ben Aldridge", "their hiring manager Tasha Briggs", "our CEO, Mr. Kenji Mori", "with Store Manager Ana Ruiz". */
const TITLED_BEFORE = new RegExp(
  String.raw`\b(?:[Oo]ur|[Tt]heir|[Hh]is|[Hh]er|\p{Lu}\p{L}+['’]s|with|[Mm]eet) (?:[\p{L}&-]+ ){0,3}?${TITLE}(?: of [\p{L}&]+(?: [\p{L}&]+){0,2}?)?,? (?:${HONORIFIC_WORD})?(${FULL_NAME})`,
  'gu',
);
/** "Tomás Echeverría (our head of ML)", "Callum Reid, Head of Pricing". */
const TITLED_AFTER = new RegExp(
  String.raw`(${FULL_NAME})(?: \((?:our |the |their )?[^()\n]{0,30}?\b${TITLE}\b[^()\n]{0,30}\)|, (?:our |the |their )?(?:[\p{L}&-]+ ){0,3}?${TITLE}\b)`,
  'gu',
);
/** Mail about meeting someone (a case presentation or an assessment is one): titled people in other mail (a signature's CEO line) are not interviewers. */
const ABOUT_MEETING = /\b(?:interview\w*|meet\w*|call|chat|speak\w*|panel|onsite|on-site|conversation|reschedul\w*|join us|final round|invite|(?:case |final )?presentation|assessment)\b/i;
/** A cheap gate for the two above. */
const ANY_TITLE = /\b(?:head|director|manager|lead|leader|engineer|cto|ceo|coo|cfo|cpo|vp|vice president|founder|co-founder|partner|president|owner|principal|supervisor|architect|scientist|designer|officer)\b/gi;
/** Characters read either side of a title word: "our Director of Supply Chain, Ben Aldridge" fits. */
const TITLE_WINDOW_CHARS = 90;
/** "Host: Marcus Feld", "Organizer:\nMarcus Feld, Recruiter, Acme": the person a scheduling tool names as holding the call. */
const HOST_LABEL = new RegExp(
  String.raw`^(?:[Hh]ost|[Hh]osted by|[Oo]rgani[sz]er|[Ee]vent [Hh]ost|[Yy]our [Hh]ost)[ \t]*:[ \t]*\n?[ \t]*(?:${HONORIFIC_WORD})?(${FULL_NAME})(?=,|[ \t]*$)`,
  'gmu',
);

/** The names a scheduling confirmation gives as its host or organizer. */
export function findHostNames(fullBody: string): string[] {
  const body = fullBody.length > MAX_SCAN_CHARS ? fullBody.slice(0, MAX_SCAN_CHARS) : fullBody;
  if (!/\b(?:host|organi[sz]er)/i.test(body)) return [];
  HOST_LABEL.lastIndex = 0;
  return [...body.matchAll(HOST_LABEL)].map((match) => withoutHonorific(match[1] ?? '')).filter((name) => looksLikeFullName(name));
}

/** Names written with their job title: in mail about an interview, the people the user will meet. */
function titledNames(body: string): string[] {
  if (!ABOUT_MEETING.test(body)) return [];
  const names: string[] = [];
  let readUpTo = 0;
  ANY_TITLE.lastIndex = 0;
  // Only the few stretches around a title word are read with the name patterns, not the whole body.
  // A title near the end of the last stretch gets its own: its name may run past that stretch's end.
  for (const title of body.matchAll(ANY_TITLE)) {
    if (title.index + TITLE_WINDOW_CHARS / 2 < readUpTo) continue;
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

/** The names of every interviewer in `body` (the flowing own text), in order. */
export function findInterviewerNames(fullBody: string): string[] {
  return readInterviewers(fullBody).people.map((person) => person.name);
}

/** Every interviewer named in `body` (the flowing own text), in order, and whether the writer is one. */
export function readInterviewers(fullBody: string): InterviewersRead {
  // People are introduced near the top; a huge body is read only as far as a long mail goes.
  const body = fullBody.length > MAX_SCAN_CHARS ? fullBody.slice(0, MAX_SCAN_CHARS) : fullBody;
  if (!ANY_LEAD.test(body) && !ANY_LEAD_MORE.test(body)) return { people: [], writerMeets: false };
  const names: string[] = [];
  let writerMeets = WRITER_LED.test(body);
  LIST_LEAD.lastIndex = 0;
  for (const lead of [...body.matchAll(LIST_LEAD), ...body.matchAll(WRITER_LIST_LEAD)]) {
    const list = readList(body, lead.index + lead[0].length);
    names.push(...list.names);
    // "with me" counts after a meeting word or beside another name, in a sentence that does not look back.
    // "call me after" asks the user to phone the writer: no meeting with them.
    const callsWriter = list.names.length === 0 && /^call[ \n]$/i.test(lead[0]);
    if (list.writer && (list.names.length > 0 || MEETING_LEAD.test(lead[0])) && !callsWriter && !looksBack(body, lead.index, list.end)) writerMeets = true;
  }
  NAME_LED_HINT.lastIndex = 0;
  for (const hint of body.matchAll(NAME_LED_HINT)) {
    const list = namesEndingAt(body, hint.index);
    names.push(...list.names);
    writerMeets ||= list.writer;
  }
  names.push(...scheduleNames(body));
  names.push(...titledNames(body));
  // In the order the text names them, whichever reading found them.
  const kept = [...new Set(names.map(withoutHonorific).filter((name) => looksLikeFullName(name)))];
  const people = kept
    .map((name) => ({ name, at: body.indexOf(name) }))
    .sort((a, b) => a.at - b.at)
    .map(({ name, at }) => ({ name, email: addressAfter(body, name, at), organizer: markedOrganizer(body, name) }));
  return { people, writerMeets };
}

/** The sentence around a list, before it and just after it, thanks or looks back: a past meeting. */
function looksBack(body: string, leadAt: number, listEnd: number): boolean {
  const before = body.slice(Math.max(0, leadAt - NAME_LED_WINDOW_CHARS), leadAt);
  const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('! '), before.lastIndexOf('? '));
  const after = body.slice(listEnd, listEnd + 40).split(/[.!?\n]/)[0] ?? '';
  return LOOKS_BACK.test(before.slice(sentenceStart + 1)) || /\b(?:earlier|yesterday|last|ago)\b/i.test(after);
}

/** "(organiser)", " - organizer", ", host" right after a name: a calendar's guest list marks who set it up. */
const ORGANIZER_AFTER = /(?: \((?:organi[sz]er|host)\)| [-–—] (?:organi[sz]er|host)\b|, (?:organi[sz]er|host)\b)/iy;

function markedOrganizer(body: string, name: string): boolean {
  for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + name.length)) {
    if (stickyAt(ORGANIZER_AFTER, body, at + name.length)) return true;
  }
  return false;
}

/** The address written right after the name where the text first names them ("Omar Haddad (omar@…)"). */
function addressAfter(body: string, name: string, at: number): string | null {
  if (at < 0) return null;
  const address = stickyAt(ADDRESS_AFTER, body, at + name.length);
  return address?.[1]?.toLowerCase() ?? null;
}

/** The list that ends just before a "will interview you" at `hintIndex`; "… and I will" puts the writer in it. */
function namesEndingAt(body: string, hintIndex: number): { names: string[]; writer: boolean } {
  const from = Math.max(0, hintIndex - NAME_LED_WINDOW_CHARS);
  const window = body.slice(from, hintIndex);
  ANY_NAME.lastIndex = 0;
  // A title is a start too: "Unfortunately Dr Femi Okafor, who …" reads as one run of capitals otherwise.
  const titles = [...window.matchAll(TITLE_START)].map((m) => m.index + 1);
  const names = [...window.matchAll(ANY_NAME)].filter((m) => !titles.some((t) => t > m.index && t < m.index + m[0].length)).map((m) => m.index);
  const starts = [...names, ...titles].sort((a, b) => a - b);
  for (const startAt of starts) {
    const list = readList(body, from + startAt);
    const rest = body.slice(list.end, hintIndex);
    if (list.names.length > 0 && /^,? ?$/.test(rest)) return { names: list.names, writer: false };
    if (list.names.length > 0 && /^,? ?(?:and|&) I $/.test(rest)) return { names: list.names, writer: true };
  }
  return { names: [], writer: false };
}

/**
 * Names on the lines under "You will meet with:", "Schedule:" or a bare "Schedule" heading; after an
 * "Interviewers: …" label and on the lines that continue it; and in a table's "Interviewer" column.
 */
function scheduleNames(body: string): string[] {
  if (!body.includes('\n')) return [];
  const names: string[] = [];
  const lines = body.split('\n');
  const about = ABOUT_MEETING.test(body);
  for (let i = 0; i < lines.length; i++) {
    const whole = lines[i]?.trim() ?? '';
    // "… commences. The selection panel will consist of:": a paragraph's last sentence may introduce the list below.
    const intro = whole.length > MAX_SCHEDULE_LINE_CHARS && whole.endsWith(':') ? lastSentence(whole) : whole;
    // "Who: Ana Ruiz, CTO, and Ben Okafor Expect a case study …": a label's names, with the next paragraph run on.
    const label = PEOPLE_LABEL.exec(intro.slice(0, MAX_LABELLED_LINE_CHARS));
    if (label?.[1] && intro.length > MAX_SCHEDULE_LINE_CHARS) {
      names.push(...entryNames(label[1]));
      continue;
    }
    if (intro.length > MAX_SCHEDULE_LINE_CHARS) continue;
    if (about) names.push(...itineraryLineNames(intro), ...standaloneTitledName(lines, i));
    if (label?.[1]) {
      names.push(...entryNames(label[1]));
      // The list goes on below, one person a line, until a blank line, the next label or a line
      // without a name (a closing and a signature right under it are not more interviewers).
      for (let j = i + 1; j < lines.length && j <= i + SCHEDULE_LINES; j++) {
        const line = (lines[j] ?? '').trim();
        if (line === '' || line.length > MAX_SCHEDULE_LINE_CHARS || OTHER_LABEL.test(line)) break;
        const more = entryNames(line);
        if (more.length === 0) break;
        names.push(...more);
      }
      continue;
    }
    if (intro.includes(' | ')) {
      names.push(...columnNames(lines, i));
      continue;
    }
    // "The selection committee will be:" introduces its members as a panel's intro does.
    if (!(intro.endsWith(':') && (SCHEDULE_INTRO.test(intro) || /\bcommittee\b/i.test(intro))) && !SCHEDULE_HEADING.test(intro)) continue;
    let started = false;
    for (let j = i + 1; j < lines.length && j <= i + SCHEDULE_LINES; j++) {
      const line = (lines[j] ?? '').trim();
      if (line === '') {
        if (started) break;
        continue;
      }
      if (line.length > MAX_SCHEDULE_LINE_CHARS) break;
      started = true;
      names.push(...entryNames(line));
    }
  }
  return names;
}

/** The text after a paragraph's last full stop. */
function lastSentence(line: string): string {
  const cut = Math.max(line.lastIndexOf('. '), line.lastIndexOf('! '), line.lastIndexOf('? '));
  return cut < 0 ? line : line.slice(cut + 2);
}

/** A line led by a clock time: "10:00 AM - 10:45 AM: Coding - Devin Albright", "1. 12:00 – System design — Sven Aalto". */
const TIME_LED = /^(?:[-*•·]\s*|\d{1,2}[.)]\s+)?\d{1,2}(?::\d{2}|\s?[ap]\.?m\b)/i;
/** The separators before an itinerary line's last part: a dash or a colon. */
const PART_SEPARATORS = [' - ', ' – ', ' — ', ': '] as const;

/**
 * An itinerary line without an intro above it: a clock time, what happens, then who ("Coding - Devin
 * Albright"). Only a last part that is names and nothing else counts, so "Lunch break" or "Welcome
 * and office tour" name nobody.
 */
function itineraryLineNames(line: string): string[] {
  if (!TIME_LED.test(line)) return [];
  const cut = Math.max(...PART_SEPARATORS.map((separator) => line.lastIndexOf(separator)));
  if (cut < 0) return [];
  const tail = line.slice(cut + 3).trimStart().replace(/[.;,]$/, '');
  const list = readList(tail, 0);
  return list.end === tail.length ? list.names : [];
}

/** A job title's word, read in the few words after a "Name – " line's dash. */
const TITLE_WORD_AT = new RegExp(String.raw`^(?:\S+ ){0,3}${TITLE}\b`);
/** The last lines of a body: a signer's own "Name – Title" line sits there, and is no interviewer. */
const SIGNATURE_REACH_LINES = 4;

/** A "Name – Title" line standing alone (blank or nothing above it), away from the sign-off at the end. */
function standaloneTitledName(lines: readonly string[], at: number): string[] {
  const line = (lines[at] ?? '').trim();
  if (line.length > MAX_SCHEDULE_LINE_CHARS || at >= lines.length - SIGNATURE_REACH_LINES || (lines[at - 1] ?? '').trim() !== '') return [];
  // "Derek Yamamoto - Director, Financial Planning & Analysis": a person and their title as a line of its own.
  const cut = Math.min(...PART_SEPARATORS.slice(0, 3).map((separator) => line.indexOf(separator)).filter((at) => at > 0));
  if (!Number.isFinite(cut)) return [];
  const name = withoutHonorific(line.slice(0, cut));
  return looksLikeFullName(name) && TITLE_WORD_AT.test(line.slice(cut + 3)) ? [name] : [];
}

/** The people of one schedule line: after its time, "… with Name", or a directory's "Last, First"s. */
function entryNames(line: string): string[] {
  const entry = line.replace(SCHEDULE_PREFIX, '').replace(SCHEDULE_TIME, '');
  // "Kowalczyk, Bartosz; Adeyemi, Funmilayo": entries a directory lists surname first.
  const parts = entry.split('; ');
  const flipped = parts.map((part) => LAST_FIRST_ENTRY.exec(part)).map((match) => (match?.[1] && match[2] ? `${match[2]} ${match[1]}` : null));
  if (flipped.some((name) => name !== null && looksLikeFullName(name))) return flipped.filter((name): name is string => name !== null);
  // Each "… with Name" on the line: a mail program may have run two entries together.
  const withs = [...entry.matchAll(/\bwith /g)];
  if (withs.length === 0) return readList(entry, 0).names;
  return withs.flatMap((found) => readList(entry, found.index + found[0].length).names);
}

/** Under a "Time | Interviewer | Focus" header, the cells of the interviewer column. */
function columnNames(lines: readonly string[], headerAt: number): string[] {
  const column = (lines[headerAt] ?? '').split('|').findIndex((cell) => INTERVIEWER_COLUMN.test(cell.trim()));
  if (column < 0) return [];
  const names: string[] = [];
  for (let j = headerAt + 1; j < lines.length && j <= headerAt + SCHEDULE_LINES; j++) {
    const row = (lines[j] ?? '').trim();
    if (!row.includes('|') || row.length > MAX_SCHEDULE_LINE_CHARS) break;
    names.push(...entryNames(row.split('|')[column]?.trim() ?? ''));
  }
  return names;
}
