import type { Contact, ContactPart } from '../domain/analysis.ts';
import type { Mailbox, OriginalMessage } from '../domain/message.ts';
import { squash } from './company-name.ts';
import type { Candidate } from './evidence.ts';
import { findHostNames, readInterviewers } from './interviewers.ts';
import { findBotNames, findNamedContacts, type NamedContact } from './named-contacts.ts';
import { addressFitsName, foldName, hasOnlyNameWords, looksLikeFullName, looksLikeGivenName, nameTokens, readDisplayName } from './person-name.ts';
import { domainOf, isAtsDomain, isRobotAddress, isRobotLocalPart, isRoleAddress, isTeamMailbox } from './robots.ts';
import type { Signature } from './signature.ts';

/** A person named in a calendar invite (organizer or attendee). */
export interface CalendarPerson {
  readonly name: string | null;
  readonly email: string | null;
  /** The invite's ORGANIZER (who arranged it); attendees are the people the user will meet. */
  readonly organizer?: boolean;
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

export interface PeopleFound {
  /** One entry per person, the person to write to first among those who arranged things. */
  readonly contacts: Contact[];
  /** Field `person`: every contact weighed as the one to write to, with why. */
  readonly candidates: Candidate[];
}

/** An address as mail programs write it; a TLD of letters rules out "image001.png@01DB5A2B.9E3C4D50". */
const PLAUSIBLE_ADDRESS = /^[^\s@]{1,64}@(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,24}$/i;
/** Inline images referenced from HTML signatures ("[cid:image001.png@01DB…]"). */
const IMAGE_LOCAL_PART = /\.(?:png|jpe?g|gif|bmp|webp|svg|tiff?)$/i;

/** How strongly each source says "this is who to write to" (for the candidates' scores). */
const SOURCE_SCORE: Readonly<Record<Contact['source'], number>> = {
  from: 5, to: 5, 'reply-to': 4, calendar: 3, signature: 3, mention: 1, cc: 1,
};
const PART_RANK: Readonly<Record<ContactPart, number>> = { arranged: 3, interviewer: 2, copied: 1 };

export function findPeople(sources: ContactSources): PeopleFound {
  const { original } = sources;
  const own = new Set(sources.userAddresses.map((address) => address.toLowerCase()));
  const fromUser = original.from !== null && own.has(original.from.address.toLowerCase());
  // Mail to the user: its To recipients are the user (whose addresses the extractor may not know).
  const userBoxes = fromUser ? [] : original.to;
  const user = new Set([...own, ...userBoxes.map((box) => box.address.toLowerCase())]);
  // The user's own display names, read only once a named contact needs comparing.
  let userNames: Set<string> | null = null;
  const isUserName = (name: string): boolean => {
    userNames ??= new Set(userBoxes.map((box) => squash(readDisplayName(box.name))).filter((key) => key !== ''));
    return userNames.has(squash(name));
  };
  const isCompany = (name: string): boolean => namesCompany(name, sources.company, original.from);
  // "Dear Alex Morgan": the name the mail greets is the user's, wherever else the text writes it.
  const greeted = fromUser ? null : greetedName(sources.body);
  const bots = new Set(findBotNames(sources.body).map((name) => name.toLowerCase()));
  const people = new People();
  const add = (contact: Contact, evidence: string[] = []): void => {
    if (contact.email && user.has(contact.email)) return;
    if (contact.name !== '' && userBoxes.length > 0 && isUserName(contact.name)) return;
    if (greeted !== null && contact.source === 'mention' && squash(contact.name) === greeted) return;
    if (contact.name.trim() === '' && !contact.email) return;
    people.add(contact, evidence);
  };

  if (fromUser) {
    // The user forwarded their own sent application: the people it went to are the contacts.
    for (const box of original.to) add(...fromMailbox(box, 'to', 'arranged', isCompany));
  } else if (original.from) {
    add(...fromMailbox(original.from, 'from', 'arranged', isCompany));
  }
  for (const box of original.replyTo) add(...fromMailbox(box, 'reply-to', 'arranged', isCompany));
  for (const [index, person] of sources.calendarPeople.entries()) {
    if (!person.email && !person.name) continue;
    // Without the organizer flag (older readers), the first person listed is the organizer.
    const organizer = person.organizer ?? index === 0;
    add(...fromMailbox({ name: person.name ?? '', address: person.email ?? '' }, 'calendar', organizer ? 'arranged' : 'interviewer', isCompany));
  }
  const signature = sources.signature;
  // "Thanks,\nAcme" is the company signing, not a person called Acme.
  // A signer with a title or an employer line under the name is a person, whatever the company reader took.
  const titledSigner = signature?.name && looksLikeFullName(signature.name) && (signature.title !== null || (signature.company !== null && squash(signature.company) !== squash(signature.name)));
  if (signature?.name && (titledSigner || !isCompany(signature.name))) {
    const email = plausibleAddress(signature.email);
    const name = readDisplayName(signature.name);
    // "Talk soon,\nOlivia" under "It's Olivia, the virtual assistant": a bot signs, not a person.
    const bot = bots.has(nameTokens(name)[0] ?? '') && !looksLikeFullName(name);
    people.addSignature({ name, email, robot: bot || (email ? isRobotAddress(email) : false), source: 'signature', part: 'arranged' });
  }
  for (const box of original.cc) add(...fromMailbox(box, 'cc', 'copied', isCompany));
  const interviewers = readInterviewers(sources.body);
  const hosts = findHostNames(sources.body);
  // Full names the mail writes, to complete "ask for Denise" or "contact Ms. Vollmer".
  const fullNames = [...interviewers.people.map((person) => person.name), ...hosts, ...(signature?.name ? [readDisplayName(signature.name)] : [])];
  for (const found of findNamedContacts(sources.body)) {
    const named = completed(found, fullNames);
    if (!named) continue;
    // "Recruiter: Doe, Jane", "your coordinator, Jane Doe, will help", "reply to jane.doe@…": who to write to, by the text.
    // A full name the text gives as a contact is a person, unless it is the employer's whole name.
    if (named.name !== '' && squash(named.name) === squash(sources.company ?? '')) continue;
    const email = plausibleAddress(named.email);
    // Someone only copied in is kept informed; they arrange nothing unless handed the process.
    const part: ContactPart = named.evidence === 'text:copied-in' ? 'copied' : 'arranged';
    add({ name: named.name, email, robot: false, source: 'mention', part }, [named.evidence]);
    if (named.handover) people.putFirst(named.name);
  }
  for (const name of hosts) {
    // "Host: Marcus Feld" in a scheduling tool's confirmation: who arranged the call (and holds it).
    if (!isCompany(name)) add({ name, email: null, robot: false, source: 'mention', part: 'arranged' }, ['text:host-label']);
  }
  for (const { name, email: written, organizer } of interviewers.people) {
    // "Omar Haddad (omar@…)": the address written beside the name is theirs.
    const email = plausibleAddress(written);
    if (isCompany(name)) continue;
    add({ name, email, robot: email !== null && isRobotAddress(email), source: 'mention', part: 'interviewer' }, ['text:named-interviewer', ...(email ? ['address:beside-name'] : [])]);
    // "Participants: Lea Brandt (organiser), …": the one who arranged the meeting is in it too.
    if (organizer) add({ name, email: null, robot: false, source: 'mention', part: 'arranged' }, ['text:organizer-mark']);
  }
  // A booking on someone's own scheduling page ("A new event has been scheduled"), sent by the tool:
  // the one person it is with is its host, who arranged it. When the body names nobody, the tool's
  // subject does ("Confirmed: Acme Recruiter Screen with Ana Ruiz on …"): a forward drops the Reply-To.
  const booking = isBookingConfirmation(original, sources.body);
  if (booking && interviewers.people.length === 0) {
    for (const { name } of readInterviewers(original.subject).people) {
      if (!isCompany(name)) add({ name, email: null, robot: false, source: 'mention', part: 'interviewer' }, ['subject:booking-with']);
    }
  }
  if (booking) people.promoteSoleInterviewer();
  // "You will speak with me and …": the writer, not the user, when the user forwarded their own mail.
  if (interviewers.writerMeets && !fromUser) people.markWriterInterviewer();
  return people.result();
}

/** "Hi Alex Morgan,", "Dear Alex Morgan": the full name a greeting opens with, squashed; null without one. */
const GREETING = /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings),? /i;

function greetedName(body: string): string | null {
  const first = body.trimStart().split('\n', 1)[0]?.trim() ?? '';
  const greeting = GREETING.exec(first);
  if (!greeting) return null;
  const name = first.slice(greeting[0].length).replace(/[,!:]$/, '').trim();
  return looksLikeFullName(name) ? squash(name) : null;
}

/** A partly written name completed from a full name the mail writes ("Denise" → "Denise Carter"), or dropped. */
function completed(named: NamedContact, fullNames: readonly string[]): NamedContact | null {
  if (!named.partial) return named;
  const key = foldName(named.name);
  const matches = [...new Set(fullNames.filter((full) => {
    const tokens = nameTokens(full);
    return (named.partial === 'given' ? tokens[0] : tokens[tokens.length - 1]) === key;
  }))];
  const [only] = matches;
  return matches.length === 1 && only ? { name: only, email: named.email, handover: named.handover, evidence: `${named.evidence}:completed` } : null;
}

/** Senders of self-service booking pages, and the words their confirmations open with. */
const BOOKING_TOOL_DOMAINS = /(?:^|\.)(?:calendly\.com|youcanbook\.me|acuityscheduling\.com|savvycal\.com|cal\.com|zcal\.co|tidycal\.com)$/i;
const BOOKING_WORDS = /\b(?:a new event has been scheduled|your event has been scheduled|your booking is confirmed|thanks for booking|thank you for booking|you(?:'ve| have) booked)\b/i;

function isBookingConfirmation(original: OriginalMessage, body: string): boolean {
  const domain = original.from?.address.includes('@') ? domainOf(original.from.address) : '';
  return BOOKING_TOOL_DOMAINS.test(domain) || BOOKING_WORDS.test(body.slice(0, 2_000));
}

/** A sender's display name that is an organisation's ("Kettle & Crumb Bakery Cafe", "Vale Azul Consultoria"), not a person's. */
function isOrganisationName(name: string): boolean {
  if (name === '' || looksLikeFullName(name) || looksLikeGivenName(name)) return false;
  return /\s&\s/.test(name) || (/^\p{Lu}/u.test(name) && !hasOnlyNameWords(name));
}

/**
 * A header mailbox as a contact. A hiring platform's address is a robot, unless a person's name
 * is on it and the address is theirs on the platform's relay ("Jane Doe <jane.doe+x7@talent.icims.com>",
 * "Jane Doe <recruiting+x7@mail.paylocity.com>"): that is a recruiter writing through the ATS.
 * A personal name on a no-reply address is kept as the person, without the robot's address.
 */
function fromMailbox(box: Mailbox, source: Contact['source'], part: ContactPart, isCompany: (name: string) => boolean): [Contact, string[]] {
  // Exchange "name only" senders come without an address: no address is null, not ''.
  const email = plausibleAddress(box.address);
  const raw = box.name.trim();
  const name = raw.toLowerCase() === email || raw.includes('@') ? '' : readDisplayName(raw, email);
  const evidence: string[] = [];
  if (name !== '' && name !== raw.replace(/^["']|["']$/g, '').trim()) evidence.push('name:display-cleaned');
  // A personal address under the name says it is the person's, whatever the company reader thought.
  const personalAddress = email !== null && looksLikeFullName(name) && addressFitsName(email, name);
  // A person's name on a mailbox that is not a shared inbox stays a person's, even if the company reader took it.
  const companyShaped = !looksLikeFullName(name) || email === null || isRoleAddress(email);
  if (name !== '' && (email === null || !isRobotAddress(email)) && !personalAddress && companyShaped && (isCompany(name) || (isOrganisationName(name) && !isTeamMailbox(name, email)))) {
    // "Ostrander <talent@ostrander.example>": the employer's name on a mailbox, not a person's.
    return [{ name: '', email, robot: false, source, part }, [...evidence, 'name:is-company']];
  }
  if (email === null || !isRobotAddress(email)) return [{ name, email, robot: false, source, part }, evidence];
  if (isAtsDomain(domainOf(email)) && !isRobotLocalPart(email) && isRelayOf(email, name)) {
    return [{ name, email, robot: false, source, part }, [...evidence, 'address:ats-relay-person']];
  }
  // "Hallie Brennan <wexford@myworkday.com>": the platform relays a recruiter's message from the
  // employer's tenant address; the person is real, the address is not theirs.
  if (looksLikeFullName(name) && !isCompany(name) && (isRobotLocalPart(email) || (isAtsDomain(domainOf(email)) && !namesTenant(email, name)))) {
    return [{ name, email: null, robot: false, source, part }, [...evidence, isRobotLocalPart(email) ? 'address:robot-with-personal-name' : 'address:ats-tenant-with-personal-name']];
  }
  return [{ name, email, robot: true, source, part }, [...evidence, 'address:robot']];
}

/** A relay's mailbox for a recruiting desk: "recruiting+a81x@…", "talent+…@…". */
const RELAY_DESK = /^(?:recruit\w*|talent\w*|careers?|jobs?|hiring|hr|people|team)\+/i;

/**
 * A platform address that carries this person's own mail: their name in the mailbox
 * ("jane.doe+x7@talent.icims.com") or a recruiting desk's relay token under their name. A tenant
 * address ("acme+x7@…", "acme@myworkday.com") is the employer's, whatever its display name.
 */
function isRelayOf(email: string, name: string): boolean {
  if (!looksLikeFullName(name)) return false;
  const local = email.slice(0, email.lastIndexOf('@'));
  // A person's relay mailbox is written "jane.doe", "jane_doe" or "tenant+jdoe"; "brightwatermutual" is a tenant.
  return RELAY_DESK.test(local) || (/[+._-]/.test(local) && addressFitsName(local, name, { full: true }));
}

/** "Harbor Pine <harborpine@myworkday.com>": the tenant's mailbox spells the name, so the name is the employer's. */
function namesTenant(email: string, name: string): boolean {
  const tenant = email.slice(0, email.lastIndexOf('@')).split('+')[0]?.replace(/[^a-z0-9]/g, '') ?? '';
  const key = squash(name);
  return tenant.length >= 4 && (key.startsWith(tenant) || tenant.startsWith(key));
}

function plausibleAddress(address: string | null): string | null {
  if (address === null) return null;
  const email = address.trim().toLowerCase();
  if (!PLAUSIBLE_ADDRESS.test(email)) return null;
  return IMAGE_LOCAL_PART.test(email.slice(0, email.lastIndexOf('@'))) ? null : email;
}

/**
 * A "name" that is the employer: the company found, or the sender's own domain ("Tidewater Bio"
 * from tidewaterbio.example), either way round.
 */
function namesCompany(name: string, company: string | null, from: Mailbox | null): boolean {
  const key = squash(name);
  if (key === '') return false;
  if (company !== null) {
    const companyKey = squash(company);
    // "Kirra Lennox" is not the company "Kirra": a person's given name alone, read as the employer, names no one else.
    const givenOnly = looksLikeFullName(name) && squash(name.split(' ')[0] ?? '') === companyKey;
    if (companyKey !== '' && !givenOnly && (key.includes(companyKey) || (key.length >= 4 && companyKey.includes(key)))) return true;
  }
  const domain = from?.address.includes('@') ? domainOf(from.address) : '';
  const registrable = domain.split('.').slice(-2, -1)[0] ?? '';
  return key.length >= 4 && registrable.replace(/[^a-z0-9]/g, '') === key;
}

interface Entry {
  contact: Contact;
  evidence: string[];
}

/**
 * One entry per person. The same person is the same address; or the same full name; or a given
 * name alone that is the first word of someone's full name; or a name and an address that fits it
 * ("jsmith@…" for Jane Smith). Merging keeps the earlier source, the stronger part, the fuller
 * name and a human address over a robot's.
 */
class People {
  private readonly entries: Entry[] = [];

  add(contact: Contact, evidence: readonly string[]): void {
    const index = this.entries.findIndex((entry) => samePerson(entry.contact, contact));
    if (index < 0) {
      this.entries.push({ contact, evidence: [...evidence] });
      return;
    }
    const entry = this.entries[index];
    if (entry) this.entries[index] = { contact: merge(entry.contact, contact), evidence: [...entry.evidence, ...evidence, `merged:${contact.source}`] };
  }

  /**
   * The signature is the sender's own: it names a From that had no name, or an address that fits
   * it; a team inbox's signer is a person of their own.
   */
  addSignature(contact: Contact): void {
    const sender = this.entries.find((entry) => entry.contact.source === 'from' || entry.contact.source === 'to');
    const from = sender?.contact;
    if (from && from.name === '' && from.email !== null && !from.robot && !isTeamMailbox('', from.email) &&
        (contact.email === null || contact.email === from.email || domainOf(contact.email) === domainOf(from.email))) {
      const index = this.entries.indexOf(sender);
      this.entries[index] = { contact: { ...from, name: contact.name }, evidence: [...sender.evidence, 'name:from-signature'] };
      return;
    }
    this.add(contact, ['signature:signer']);
  }

  /** The writer hands the process to this person: they, not the writer, are the one to write to. */
  putFirst(name: string): void {
    const index = this.entries.findIndex(({ contact }) => contact.name === name);
    const entry = this.entries[index];
    if (index <= 0 || !entry) return;
    this.entries.splice(index, 1);
    this.entries.unshift({ contact: { ...entry.contact, part: 'arranged' }, evidence: [...entry.evidence, 'text:handed-over'] });
  }

  /** No human arranged it and one person is named to meet: they are its host, who arranged it too. */
  promoteSoleInterviewer(): void {
    if (this.entries.some(({ contact }) => isWritable(contact) && contact.part === 'arranged')) return;
    const named = this.entries.filter(({ contact }) => isWritable(contact) && contact.part === 'interviewer');
    const [entry] = named;
    if (named.length !== 1 || !entry) return;
    const index = this.entries.indexOf(entry);
    this.entries[index] = { contact: { ...entry.contact, part: 'arranged', alsoInterviewer: true }, evidence: [...entry.evidence, 'text:booking-host'] };
  }

  /** The writer (the first human who arranged things) says they are in the interview too. */
  markWriterInterviewer(): void {
    const index = this.entries.findIndex(({ contact }) => isWritable(contact) && contact.part === 'arranged');
    const entry = this.entries[index];
    if (entry) this.entries[index] = { contact: { ...entry.contact, alsoInterviewer: true }, evidence: [...entry.evidence, 'text:writer-interviews'] };
  }

  result(): PeopleFound {
    const contacts = this.entries.map((entry) => entry.contact);
    const chosen = contacts.findIndex((contact) => isWritable(contact) && contact.part === 'arranged');
    const candidates = this.entries.map(({ contact, evidence }, index): Candidate => ({
      field: 'person',
      value: contact.name || contact.email || '',
      score: isWritable(contact) ? SOURCE_SCORE[contact.source] + (contact.part === 'arranged' ? 3 : 0) : 0,
      evidence: [`source:${contact.source}`, `part:${contact.part ?? 'unknown'}`, ...(contact.robot ? ['robot'] : []), ...(isTeamMailbox(contact.name, contact.email) ? ['team-inbox'] : []), ...evidence],
      chosen: index === chosen,
    }));
    return { contacts, candidates };
  }
}

/** A named human who is not a robot or a team inbox. */
function isWritable(contact: Contact): boolean {
  return !contact.robot && contact.name.trim() !== '' && !contact.name.includes('@') && !isTeamMailbox(contact.name, contact.email);
}

function samePerson(a: Contact, b: Contact): boolean {
  if (a.email !== null && a.email === b.email) return true;
  const aKey = squash(foldName(a.name));
  const bKey = squash(foldName(b.name));
  // Two different human addresses are two people, unless the full names agree.
  const fullA = looksLikeFullName(a.name);
  const fullB = looksLikeFullName(b.name);
  if (aKey !== '' && aKey === bKey) return fullA || a.email === null || b.email === null;
  // "Abe Hiroshi" and "Hiroshi Abe"; "Pete Dunleavy" and "Peter Dunleavy": one name, written two ways.
  if (fullA && fullB && (a.email === null || b.email === null || a.email === b.email) && sameNameOtherwise(a.name, b.name)) return true;
  if (fullA && looksLikeGivenName(b.name) && b.email === null) return nameTokens(a.name)[0] === nameTokens(b.name)[0];
  if (fullB && looksLikeGivenName(a.name) && a.email === null) return nameTokens(b.name)[0] === nameTokens(a.name)[0];
  // A nameless address and a name without one: the same when the address fits the name.
  if (a.name === '' && a.email !== null && b.email === null && fullB) return addressFitsName(a.email, b.name);
  if (b.name === '' && b.email !== null && a.email === null && fullA) return addressFitsName(b.email, a.name);
  // A second address of a named person: a relay or personal address that fits the same name.
  if (fullA && b.name === '' && b.email !== null && a.email !== null) return addressFitsName(b.email, a.name) && !isRobotLocalPart(b.email);
  if (fullB && a.name === '' && a.email !== null && b.email !== null) return addressFitsName(a.email, b.name) && !isRobotLocalPart(a.email);
  return false;
}

function sameNameOtherwise(a: string, b: string): boolean {
  const aTokens = nameTokens(a);
  const bTokens = nameTokens(b);
  if (aTokens.length !== bTokens.length) return false;
  if ([...aTokens].sort().join(' ') === [...bTokens].sort().join(' ')) return true;
  const [aFirst = '', bFirst = ''] = [aTokens[0], bTokens[0]];
  const sameLast = aTokens[aTokens.length - 1] === bTokens[bTokens.length - 1];
  return sameLast && aFirst.length >= 3 && bFirst.length >= 3 && (aFirst.startsWith(bFirst) || bFirst.startsWith(aFirst));
}

function merge(seen: Contact, next: Contact): Contact {
  const part = strongerPart(seen.part, next.part);
  const name = fullerName(seen.name, next.name);
  // A human address beats none and beats a robot's.
  const takeAddress = next.email !== null && !next.robot && (seen.email === null || seen.robot);
  // A person's name on a platform's no-reply address, signed by that person in the text: a person,
  // whose own address (if any) is not the robot's.
  const humanOverRobot = seen.robot && !next.robot && looksLikeFullName(name);
  // The one who arranged it, named among the people the user will meet: both.
  const parts = [seen.part, next.part];
  const alsoInterviewer = seen.alsoInterviewer === true || next.alsoInterviewer === true || (parts.includes('arranged') && parts.includes('interviewer'));
  return {
    ...seen,
    name,
    email: takeAddress || humanOverRobot ? next.email : seen.email,
    robot: takeAddress || humanOverRobot ? false : seen.robot,
    ...(part ? { part } : {}),
    ...(alsoInterviewer ? { alsoInterviewer: true } : {}),
  };
}

function strongerPart(a: ContactPart | undefined, b: ContactPart | undefined): ContactPart | undefined {
  if (!a) return b;
  if (!b) return a;
  return PART_RANK[b] > PART_RANK[a] ? b : a;
}

/** The more complete of two spellings of one name ("Emily Garner" over "Emily"; any name over none). */
function fullerName(a: string, b: string): string {
  if (a === '' || a.includes('@')) return b.includes('@') ? a : b;
  if (b === '' || b.includes('@')) return a;
  if (!looksLikeFullName(a) && looksLikeFullName(b)) return b;
  // "Peter Dunleavy" signed under a "Pete Dunleavy" From: the longer form is the formal one.
  if (looksLikeFullName(b) && nameTokens(a).length === nameTokens(b).length && b.length > a.length && nameTokens(b)[0]?.startsWith(nameTokens(a)[0] ?? '')) return b;
  return a;
}
