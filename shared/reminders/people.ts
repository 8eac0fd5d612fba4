import type { UserSettings } from '../config/settings.ts';
import type { Contact, ContactPart } from '../domain/analysis.ts';
import type { ApplicationRecord } from '../domain/application.ts';
import { squash } from '../extract/company-name.ts';
import { agencyDomainLabel } from '../extract/company.ts';
import { foldName, looksLikeFullName, looksLikeGivenName } from '../extract/person-name.ts';
import { domainOf, isRobotLocalPart, isTeamMailbox } from '../extract/robots.ts';
import { singleLine, truncate } from '../mailer/header-value.ts';
import { contactPermission } from '../policy/contact-permission.ts';

/** Most people a reminder names: more than this is a mailing list, not interviewers. */
export const MAX_PEOPLE_NAMED = 6;
/** Longest name shown: keeps a hostile display name from filling the email. */
const MAX_NAME_LENGTH = 60;
/** Longest address shown: a real mailbox is far shorter. */
const MAX_ADDRESS_LENGTH = 120;

/** A named human the user may write to, with what they did in this application. */
export interface Person {
  readonly name: string;
  /** Their address, when an email or invite gave one (never a robot's). */
  readonly email: string | null;
  /** Wrote, organised or arranged things (From, Reply-To, calendar organizer, signature, the user's own To). */
  readonly arranged: boolean;
  /** The user meets or met them (calendar attendee, "you will meet with …"). */
  readonly interviewer: boolean;
  /** Writes from a staffing or search firm's domain: the employer is their client, not them. */
  readonly agency: boolean;
}

/** Why a reminder must not ask the user to write to anyone (policy: do not contact). */
export type ContactBlock = 'do-not-contact' | 'robots-only' | null;

/** Parts of contacts stored before parts were read, from where they were found. */
const LEGACY_PART: Readonly<Record<Contact['source'], ContactPart>> = {
  from: 'arranged', 'reply-to': 'arranged', calendar: 'arranged', signature: 'arranged', to: 'arranged', mention: 'interviewer', cc: 'copied',
};

/** One key per person: the same full name with two addresses (From and the .ics) is one person. */
function personKey(name: string): string {
  return squash(foldName(name));
}

/**
 * Human, named contacts, without the user's own addresses, each person once, in the order they
 * were found. Robots, team inboxes and no-reply addresses never appear: a draft to them is the
 * blind chasing the policy advises against.
 */
export function namedPeople(application: ApplicationRecord, settings: UserSettings): Person[] {
  const own = new Set([...settings.allowedSenders, settings.notifyAddress].map((a) => a.toLowerCase()));
  const companyKey = squash(application.company);
  const people: Person[] = [];
  for (const contact of application.contacts) {
    if (contact.robot || isTeamMailbox(contact.name, contact.email)) continue;
    if (contact.email && own.has(contact.email.toLowerCase())) continue;
    const name = truncate(singleLine(contact.name), MAX_NAME_LENGTH);
    // A "name" that is an address or empty is not a name to greet.
    if (name === '' || name.includes('@')) continue;
    const email = usableAddress(contact.email);
    const part = contact.part ?? LEGACY_PART[contact.source];
    const found: Person = {
      name,
      email,
      arranged: part === 'arranged',
      interviewer: part === 'interviewer' || contact.alsoInterviewer === true,
      agency: email !== null && isAgencyAddress(email, companyKey),
    };
    const index = people.findIndex((p) => sameHuman(p, found));
    const seen = people[index];
    if (seen) {
      people[index] = mergePeople(seen, found);
      continue;
    }
    if (people.length < MAX_PEOPLE_NAMED) people.push(found);
  }
  return people;
}

function usableAddress(email: string | null): string | null {
  if (email === null || isRobotLocalPart(email)) return null;
  const line = singleLine(email);
  return line.length > MAX_ADDRESS_LENGTH || !line.includes('@') ? null : line;
}

/** The same address, or the same name when one of the two has no address or both are full names. */
function sameHuman(a: Person, b: Person): boolean {
  if (a.email !== null && a.email.toLowerCase() === b.email?.toLowerCase()) return true;
  if (personKey(a.name) !== personKey(b.name)) return false;
  return a.email === null || b.email === null || looksLikeFullName(a.name);
}

function mergePeople(a: Person, b: Person): Person {
  return {
    name: a.name.length >= b.name.length ? a.name : b.name,
    email: a.email ?? b.email,
    arranged: a.arranged || b.arranged,
    interviewer: a.interviewer || b.interviewer,
    agency: a.agency || b.agency,
  };
}

/** A staffing or search firm's address that is not the employer's own ("bluepeakstaffing.example" writing about Acme). */
function isAgencyAddress(email: string, companyKey: string): boolean {
  const label = agencyDomainLabel({ name: '', address: email });
  return label !== null && (companyKey.length < 3 || !squash(domainOf(email)).includes(companyKey));
}

/**
 * The one person who arranged things: whom `confirm-receipt`, `status-check` and `ask-feedback`
 * write to. The first found wins (the sender of the earliest email), so every draft of an
 * application goes to the same person.
 */
export function arranger(people: readonly Person[]): Person | null {
  return people.find((person) => person.arranged) ?? null;
}

/**
 * Who gets a thank-you: each interviewer, one draft each. When no interviewer is named, the
 * person who arranged the interview (asked to pass the thanks on); never anyone else.
 */
export function thankYouRecipients(people: readonly Person[]): { readonly people: Person[]; readonly interviewersKnown: boolean } {
  const interviewers = people.filter((person) => person.interviewer);
  if (interviewers.length > 0) return { people: interviewers, interviewersKnown: true };
  const fallback = arranger(people);
  return { people: fallback ? [fallback] : [], interviewersKnown: false };
}

/** The policy's own decision (contactPermission), so a reminder never words what the planner ruled out. */
export function contactBlock(application: ApplicationRecord, people: readonly Person[]): ContactBlock {
  const permission = contactPermission(application);
  if (!permission.allowed) return permission.reason === 'do-not-contact' ? 'do-not-contact' : 'robots-only';
  return people.length === 0 ? 'robots-only' : null;
}

/** The name to greet: "Emily" for Emily Garner; a name that does not read as a person's stays whole. */
export function greetingName(person: Person): string {
  const first = person.name.split(' ')[0] ?? person.name;
  return looksLikeFullName(person.name) && looksLikeGivenName(first) ? first : person.name;
}

/** "Emily Garner <emily.garner@acme.example>", or the name and a slot when no email gave the address. */
export function addressLine(person: Person): string {
  return person.email ? `${person.name} <${person.email}>` : `${person.name} <[address: not in the emails so far]>`;
}

/** "Ana", "Ana and Ben", "Ana, Ben and Cy". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
