import { looksLikeFullName, readDisplayName } from './person-name.ts';
import { isRoleAddress, isRobotLocalPart } from './robots.ts';

/**
 * People the text itself names as the one to write to: a platform's "Recruiter: Doe, Jane" row, "your
 * coordinator, Jane Doe, will help", "reach out to Jane Doe", "Jane Doe from Acme would like to
 * schedule…", an address to "reply to" instead of the robot's, and a colleague the writer copies in
 * and hands the process to. Mail sent by a robot or a team inbox often names its human only here.
 *
 * Names are read by looking at the few words after a cue, never by a name pattern run over the
 * whole text: each cue is a plain alternation, and the name check is `looksLikeFullName`.
 */
export interface NamedContact {
  /** '' when only an address was written and it does not spell a name. */
  readonly name: string;
  readonly email: string | null;
  /** The writer hands the process to this person ("from now on please write to her"). */
  readonly handover: boolean;
  /** `text:copied-in` when the writer only copies them in ("I have copied Ana for visibility"). */
  readonly evidence: string;
  /**
   * Only part of a name was written ("ask for Denise", "contact Ms. Vollmer"): the given name or the
   * surname, to be matched with a full name the mail writes elsewhere. Absent for a full name.
   */
  readonly partial?: 'given' | 'surname';
}

/** Only the top of a long body is read: contact lines sit near the message, not in pages of legal text. */
const MAX_SCAN_CHARS = 20_000;
const MAX_LINE_CHARS = 1_000;
/** Row labels before a contact's name: "Recruiter: Nakashima, Elise", "Your recruiting contact: …", "Host: Priya Raman". */
const CONTACT_LABELS: ReadonlySet<string> = new Set([
  'recruiter', 'recruiting contact', 'recruiting coordinator', 'recruiting partner', 'recruiter contact', 'talent partner',
  'talent contact', 'hiring contact', 'interview coordinator', 'coordinator', 'contact person', 'point of contact', 'host',
  'organizer', 'organiser', 'scheduled by',
].flatMap((label) => [label, `your ${label}`]));
const MAX_LABEL_CHARS = 30;
/** Words after which a person's name follows in running text. */
const NAME_CUE = /\b(?:your (?:recruiter|recruiting (?:contact|coordinator|partner)|coordinator|contact|point of contact|talent partner)(?: for this (?:opening|position|role|posting|job|process|application|requisition))?(?: is|,|:| -)?|reach out to|get in touch with|(?:please )?contact|you can reach|write to|direct (?:any )?questions to|(?:you are|you're|you have been) scheduled with|sent by|(?:i|we) (?:have |'ve )?(?:copied|cc'?d|looped in|included)|(?:i'm|i am|we're|we are) (?:copying|cc'?ing|looping in)|i copy|ask for)[ \t]+/gi;
/** The writer passes the process on: to the person named in the same or the next sentence. */
const HANDOVER = /\b(?:(?:write|reply|speak|talk) to (?:her|him|them)|(?:contact|email|reach out to|reach) (?:her|him|them)|from now on|(?:she|he|they)(?:'ll| will) (?:be (?:in touch|your (?:main |primary )?(?:contact|point of contact))|come back to you|get back to you|reach out|contact you|follow up|coordinate|schedule|arrange|take it from here)|point of contact|who (?:coordinates|will coordinate|handles|will handle|schedules|will schedule|looks after|manages))\b/i;
/** "Theo Lambrecht from Quarry & Quill would like to schedule…": a platform's mail on a person's behalf. */
const ASKS_ON_BEHALF = /\b(?:would like to|wants to|has invited you|invited you|is inviting you|has asked|would love to)\b/i;
const AFFILIATION_WORD = /^(?:from|at|of|with)$/i;
/** A sentence about phoning: who to "ask for" in it is a contact. */
const ON_THE_PHONE = /\b(?:call|phone|ring|dial)\b/i;
/** "Questions from …:", "A note from …:": a booking page's heading over its host's own words. */
const HOST_HEADING = /^(?:questions|a message|message|a note|note) from /i;
/** "contact the recruiting manager, Helen Ashcombe": a role written between the cue and the name. */
const ROLE_APPOSITIVE = /^(?:the|our|your) [^,.;:()\n]{1,40}, /i;
/**
 * "Text Dana at 763-555-0117", "call Ms. Ortiz on 020 …", "email Priya Raman at priya@…": a way to
 * reach someone, with the number or address written right after the name.
 */
const REACH_BY = /\b(?:text|call|phone|ring|message|whatsapp|e-?mail)[ \t]+/gi;
const NUMBER_OR_ADDRESS_AFTER = /^,?[ \t]+(?:at|on)[ \t]+(?:\+?\(?\d|[\w.+'-]+@)/i;
/** "Mira Castellanos will call you": the person named before it gets in touch with the user. */
const GETS_IN_TOUCH = /\b(?:will|'ll|’ll) (?:call|phone|ring|text|contact|email|e-mail) you\b/gi;
/** "it's Priya Nair, GM at …", "this is Dev Malhotra": the writer introduces themself in the text. */
const SELF_INTRO = /\b(?:it's|it’s|it is|this is|my name is|i'm|i’m|i am) /gi;
/** "Olivia, the virtual assistant for …": a scheduling bot's persona, not a person. */
const BOT_LEAD = /^,? (?:the|your|a|an|our) /i;
const BOT_WORDS = /\b(?:virtual|digital|automated|ai|chat|recruiting|hiring|scheduling) ?(?:assistant|bot|agent)\b/i;
/** How far after the article the bot's description is read ("the virtual assistant", "your friendly AI recruiting assistant"). */
const BOT_ROLE_CHARS = 40;

function callsABot(afterName: string): boolean {
  const lead = BOT_LEAD.exec(afterName);
  return lead !== null && BOT_WORDS.test(afterName.slice(lead[0].length, lead[0].length + BOT_ROLE_CHARS));
}
/** Writing to an address rather than to the mail it came in. */
const WRITE_CUE = /\b(?:reply|write|respond|contact|reach|e-?mail|questions|get in touch)\b/i;
/** One address, whole: what `addressesIn` found around an "@" must be all of it. */
const ADDRESS_EXACT = /^[\w.+'-]+@[\w-]+(?:\.[\w-]+)+$/;
const ADDRESS_CHAR = /[\w.+'-]/;
const MAX_ADDRESS_CHARS = 254;
/** "maya.koren", "m_koren" is not enough: two name-shaped parts. */
const NAME_ADDRESS = /^([a-z]{2,20})[._]([a-z]{2,20})$/;
/** A sentence's end, but not the full stop of a title before a name ("contact Ms. Vollmer"). */
const SENTENCE_END = /(?<=[.!?])(?<!\b(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.)\s+(?=\p{Lu})/u;
/** The words of a name: capitalised words, hyphenated, with particles between. */
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’-]*|de|del|della|di|da|dos|du|van|von|der|den|la|le|bin|al|ter|ten)$/u;
const HONORIFIC_TOKEN = /^(?:Dr|Mr|Mrs|Ms|Mx|Prof|Professor|Sister|Rev|Revd|Reverend|Herr|Frau|Chef|Coach|Nurse|Pastor|Captain)\.?$/;
const TRAILING_PUNCTUATION = new Set([',', '.', ';', ':', '!', '?', ')']);
const MAX_NAME_TOKENS = 4;

export function findNamedContacts(fullBody: string): NamedContact[] {
  const body = fullBody.length > MAX_SCAN_CHARS ? fullBody.slice(0, MAX_SCAN_CHARS) : fullBody;
  const found: NamedContact[] = [];
  for (const rawLine of body.split('\n')) {
    const line = rawLine.trim().slice(0, MAX_LINE_CHARS);
    if (line === '') continue;
    const colon = line.indexOf(':');
    if (colon > 0 && colon <= MAX_LABEL_CHARS && CONTACT_LABELS.has(line.slice(0, colon).trim().toLowerCase())) {
      const person = labelledPerson(line.slice(colon + 1).trim());
      if (person) found.push({ ...person, handover: false, evidence: 'text:contact-label' });
      continue;
    }
    // "Questions from Bronwyn Keogh:" over what a booking page's host asks: the host, as a heading.
    const heading = HOST_HEADING.exec(line);
    const host = heading ? nameAt(line.slice(heading[0].length)) : null;
    if (host && line.endsWith(':')) {
      found.push({ name: host, email: null, handover: false, evidence: 'text:host-heading' });
      continue;
    }
    const sentences = line.split(SENTENCE_END);
    for (const [index, sentence] of sentences.entries()) {
      found.push(...namesInSentence(sentence, `${sentence} ${sentences[index + 1] ?? ''}`));
    }
  }
  return found;
}

/** The value of a contact row: "Nakashima, Elise", "Brekke, Sunniva (sunniva@…)", "Priya Raman, Design Director". */
function labelledPerson(value: string): { name: string; email: string | null } | null {
  const addresses = addressesIn(value);
  // "Brekke, Sunniva (sunniva@…)": the display-name reader drops the parenthesis; a bare address goes here.
  let rest = value;
  for (const address of addresses) {
    const at = rest.toLowerCase().indexOf(address);
    if (at >= 0) rest = `${rest.slice(0, at)} ${rest.slice(at + address.length)}`;
  }
  const email = addresses[0] ?? null;
  const name = readDisplayName(rest.trim());
  return looksLikeFullName(name) ? { name, email } : null;
}

function namesInSentence(sentence: string, withNext: string): NamedContact[] {
  const found: NamedContact[] = [];
  const addresses = WRITE_CUE.test(sentence) ? addressesIn(sentence) : [];
  const named: string[] = [];
  NAME_CUE.lastIndex = 0;
  for (const cue of sentence.matchAll(NAME_CUE)) {
    // "Call the store and ask for Denise" names a contact; "ask for Priya at reception" names who the user meets.
    if (/^ask for/i.test(cue[0]) && !ON_THE_PHONE.test(sentence)) continue;
    let after = sentence.slice(cue.index + cue[0].length);
    // "contact the recruiting manager, Helen Ashcombe, on …": the name after the role.
    const role = ROLE_APPOSITIVE.exec(after);
    if (role && nameAt(after.slice(role[0].length))) after = after.slice(role[0].length);
    const name = nameAt(after);
    if (!name) {
      const partial = partialNameAt(after);
      if (partial) found.push({ name: partial.name, email: null, handover: false, evidence: 'text:named-contact', partial: partial.part });
      continue;
    }
    named.push(name);
    const copied = /cop|cc|loop|includ/i.test(cue[0]);
    const handover = copied && HANDOVER.test(withNext);
    found.push({ name, email: null, handover, evidence: handover ? 'text:handed-over' : copied ? 'text:copied-in' : 'text:named-contact' });
  }
  REACH_BY.lastIndex = 0;
  for (const cue of sentence.matchAll(REACH_BY)) {
    const after = sentence.slice(cue.index + cue[0].length);
    const name = nameAt(after);
    const partial = name ? null : partialNameAt(after);
    const written = name ?? partial?.name;
    // The name as written, then its number or address: "Text Dana at 763…", not "call Monday".
    const tail = written ? after.slice(after.indexOf(written) + written.length) : '';
    if (!written || !NUMBER_OR_ADDRESS_AFTER.test(tail)) continue;
    found.push({ name: written, email: null, handover: false, evidence: 'text:named-contact', ...(partial ? { partial: partial.part } : {}) });
  }
  GETS_IN_TOUCH.lastIndex = 0;
  for (const cue of sentence.matchAll(GETS_IN_TOUCH)) {
    const name = nameBefore(sentence.slice(0, cue.index));
    if (name) found.push({ name, email: null, handover: false, evidence: 'text:gets-in-touch' });
  }
  SELF_INTRO.lastIndex = 0;
  for (const cue of sentence.matchAll(SELF_INTRO)) {
    const after = sentence.slice(cue.index + cue[0].length);
    const name = nameAt(after);
    if (name && !callsABot(after.slice(name.length))) found.push({ name, email: null, handover: false, evidence: 'text:writer-introduced' });
  }
  // "Theo Lambrecht from Quarry & Quill would like to…": the sentence opens with the person.
  if (ASKS_ON_BEHALF.test(sentence)) {
    const words = sentence.split(' ');
    const name = nameAt(sentence);
    const after = name ? words[name.split(' ').length] : undefined;
    if (name && after && AFFILIATION_WORD.test(after)) {
      named.push(name);
      found.push({ name, email: null, handover: false, evidence: 'text:named-sender' });
    }
  }
  for (const email of addresses) {
    if (isRobotLocalPart(email) || isRoleAddress(email)) continue;
    // The address goes with a name read in the same sentence when the contacts merge; alone, it may spell one.
    found.push({ name: nameFromAddress(email) ?? '', email, handover: false, evidence: 'text:address-to-write-to' });
  }
  return found;
}

/** The full name the text starts with, if any: "Jane Doe, who…" → "Jane Doe"; "Dr. Ana Ruiz" → "Ana Ruiz". */
function nameAt(text: string): string | null {
  const tokens = text.split(/[ \t]+/, MAX_NAME_TOKENS + 2);
  if (HONORIFIC_TOKEN.test(tokens[0] ?? '')) tokens.shift();
  const words: string[] = [];
  for (const token of tokens.slice(0, MAX_NAME_TOKENS)) {
    let cut = token.length;
    while (cut > 0 && TRAILING_PUNCTUATION.has(token.charAt(cut - 1))) cut--;
    const word = token.slice(0, cut);
    if (!NAME_TOKEN.test(word)) break;
    words.push(word);
    if (word !== token) break;
  }
  for (let count = words.length; count >= 2; count--) {
    const name = words.slice(0, count).join(' ');
    if (looksLikeFullName(name)) return name;
  }
  return null;
}

/**
 * "ask for Denise at the desk", "contact Ms. Vollmer": a given name alone, or a surname after a
 * title. Returned as written; the caller keeps it only if a full name in the mail completes it.
 */
function partialNameAt(text: string): { name: string; part: 'given' | 'surname' } | null {
  const [first = '', second = ''] = text.split(/[ \t]+/, 2);
  const titled = HONORIFIC_TOKEN.test(first);
  const written = titled ? second : first;
  let cut = written.length;
  while (cut > 0 && TRAILING_PUNCTUATION.has(written.charAt(cut - 1))) cut--;
  const token = written.slice(0, cut);
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(token)) return null;
  return { name: token, part: titled ? 'surname' : 'given' };
}

/** The full name that `text` ends with: "Phone call: Mira Castellanos" → "Mira Castellanos". */
function nameBefore(text: string): string | null {
  const tokens = text.trimEnd().split(/[ \t]+/).slice(-MAX_NAME_TOKENS);
  let start = tokens.length;
  while (start > 0 && NAME_TOKEN.test(tokens[start - 1] ?? '')) start--;
  for (let from = start; from <= tokens.length - 2; from++) {
    const name = tokens.slice(from).join(' ');
    if (looksLikeFullName(name)) return name;
  }
  return null;
}

/**
 * Given names the text gives to a scheduling bot ("It's Olivia, the virtual assistant for Acme",
 * "I'm Mya, your AI recruiting assistant"): a signature or sender of that name is no one to write to.
 */
export function findBotNames(fullBody: string): string[] {
  const body = fullBody.length > MAX_SCAN_CHARS ? fullBody.slice(0, MAX_SCAN_CHARS) : fullBody;
  const names: string[] = [];
  SELF_INTRO.lastIndex = 0;
  for (const cue of body.matchAll(SELF_INTRO)) {
    const after = body.slice(cue.index + cue[0].length, cue.index + cue[0].length + 80);
    const name = /^\p{Lu}\p{Ll}+/u.exec(after)?.[0];
    if (name && callsABot(after.slice(name.length))) names.push(name);
  }
  return names;
}

/** The addresses written in `text`, lower-cased: read outwards from each "@", never by a pattern sliding over the text. */
function addressesIn(text: string): string[] {
  const found: string[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < MAX_ADDRESS_CHARS && ADDRESS_CHAR.test(text.charAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && end - at < MAX_ADDRESS_CHARS && ADDRESS_CHAR.test(text.charAt(end))) end++;
    // A sentence's full stop after the address is not part of it.
    while (end > at + 1 && text.charAt(end - 1) === '.') end--;
    const address = text.slice(start, end);
    if (ADDRESS_EXACT.test(address)) found.push(address.toLowerCase());
  }
  return found;
}

/** "maya.koren@…" → "Maya Koren", when both parts read as a name. */
function nameFromAddress(email: string): string | null {
  const parts = NAME_ADDRESS.exec(email.slice(0, email.lastIndexOf('@')));
  if (!parts?.[1] || !parts[2]) return null;
  const name = [parts[1], parts[2]].map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join(' ');
  return looksLikeFullName(name) ? name : null;
}
