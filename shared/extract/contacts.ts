import type { Contact } from '../domain/analysis.ts';
import type { Mailbox, OriginalMessage } from '../domain/message.ts';
import { squash } from './company-name.ts';
import { isRobotAddress } from './robots.ts';
import type { Signature } from './signature.ts';

/** A person named in a calendar invite (organizer or attendee). */
export interface CalendarPerson {
  readonly name: string | null;
  readonly email: string | null;
}

export interface ContactSources {
  readonly original: OriginalMessage;
  /** The flowing own text (see `BodyText.flowing`): a name wrapped onto the next line is still read. */
  readonly body: string;
  readonly signature: Signature | null;
  readonly calendarPeople: readonly CalendarPerson[];
  /** The user's own addresses: never a contact. The original's To recipients count as the user too. */
  readonly userAddresses: readonly string[];
  readonly company: string | null;
}

const NAME = String.raw`[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}`;
const MEETING_VERB = String.raw`\b(?:meet|meeting|speak|speaking|talk|talking|chat|chatting|interview|interviewing|be joined by|panel (?:with|of)|interviewers? (?:will be|are|is))`;
/** "you will meet with Priya Raman (Engineering Manager) and Tom Lee". */
const MENTIONED = new RegExp(
  String.raw`${MEETING_VERB}(?: with)? (${NAME}(?: \([^)\n]{1,60}\))?(?:(?:, | and |, and | & )${NAME}(?: \([^)\n]{1,60}\))?){0,5})`,
  'g',
);
/** Capitalised words that look like a name but are a job title or a department. */
const NOT_A_PERSON = /\b(?:team|manager|director|recruiter|engineer|lead|head|panel|hiring|talent|department|group|committee|president|officer|founder|partner|inc|llc|ltd|corp|company|monday|tuesday|wednesday|thursday|friday|saturday|sunday|google|zoom|microsoft|teams)\b/i;

export function findContacts(sources: ContactSources): Contact[] {
  const { original } = sources;
  const own = new Set(sources.userAddresses.map((address) => address.toLowerCase()));
  const fromUser = original.from !== null && own.has(original.from.address.toLowerCase());
  // Mail to the user: its To recipients are the user (whose addresses the extractor may not know).
  const user = fromUser ? own : new Set([...own, ...original.to.map((box) => box.address.toLowerCase())]);
  const contacts: Contact[] = [];
  const add = (contact: Contact): void => {
    if (contact.email && user.has(contact.email.toLowerCase())) return;
    if (contact.name.trim() === '' && !contact.email) return;
    contacts.push(contact);
  };

  if (fromUser) {
    // The user forwarded their own sent application: the people it went to are the contacts.
    for (const box of original.to) add(fromMailbox(box, 'to'));
  } else if (original.from) {
    add(fromMailbox(original.from, 'from'));
  }
  for (const box of original.replyTo) add(fromMailbox(box, 'reply-to'));
  for (const box of original.cc) add(fromMailbox(box, 'cc'));
  for (const person of sources.calendarPeople) {
    if (!person.email && !person.name) continue;
    const email = person.email?.toLowerCase() ?? null;
    add({ name: person.name ?? '', email, robot: email ? isRobotAddress(email) : false, source: 'calendar' });
  }
  const signature = sources.signature;
  // "Thanks,\nAcme" is the company signing, not a person called Acme.
  if (signature?.name && !namesCompany(signature.name, sources.company)) {
    const email = signature.email?.toLowerCase() ?? null;
    add({ name: signature.name, email, robot: email ? isRobotAddress(email) : false, source: 'signature' });
  }
  for (const name of mentionedPeople(sources.body, sources.company)) {
    add({ name, email: null, robot: false, source: 'mention' });
  }
  return dedupe(contacts);
}

function fromMailbox(box: Mailbox, source: Contact['source']): Contact {
  // Exchange "name only" senders come without an address: no address is null, not ''.
  const email = box.address === '' ? null : box.address.toLowerCase();
  const name = box.name.replace(/^["']|["']$/g, '').replace(/\s*\(?\bvia\b.*$/i, '').trim();
  // A bare address has no name: the address is already in `email`, and a signature may name the person.
  return { name: name.toLowerCase() === email ? '' : name, email, robot: email !== null && isRobotAddress(email), source };
}

function mentionedPeople(body: string, company: string | null): string[] {
  const names: string[] = [];
  MENTIONED.lastIndex = 0;
  for (const match of body.matchAll(MENTIONED)) {
    const list = (match[1] ?? '').replace(/ \([^)]*\)/g, '');
    for (const name of list.split(/, and |, | and | & /)) {
      const trimmed = name.trim();
      if (trimmed === '' || NOT_A_PERSON.test(trimmed)) continue;
      if (namesCompany(trimmed, company)) continue;
      names.push(trimmed);
    }
  }
  return names;
}

function namesCompany(name: string, company: string | null): boolean {
  return company !== null && squash(company) !== '' && squash(name).includes(squash(company));
}

/**
 * One entry per person: same address, or same name. The first-seen source wins (From before
 * signature), but an entry without an address takes the address a later duplicate has.
 */
function dedupe(contacts: readonly Contact[]): Contact[] {
  const result: Contact[] = [];
  for (const contact of contacts) {
    const key = squash(contact.name);
    const index = result.findIndex(
      (seen) =>
        (contact.email !== null && seen.email === contact.email) ||
        (key !== '' && squash(seen.name) === key && (seen.email === null || contact.email === null || seen.email === contact.email)),
    );
    if (index < 0) {
      result.push(contact);
      continue;
    }
    const seen = result[index];
    if (seen && seen.email === null && contact.email !== null) {
      result[index] = { ...seen, email: contact.email, robot: contact.robot };
    } else if (seen && seen.name === '' && contact.name !== '' && !/@/.test(contact.name)) {
      result[index] = { ...seen, name: contact.name };
    }
  }
  return result;
}
