import type { Contact } from '../domain/analysis.ts';
import type { ApplicationRecord } from '../domain/application.ts';
import type { UserSettings } from '../config/settings.ts';
import { isTeamMailbox } from '../extract/robots.ts';
import { singleLine, truncate } from '../mailer/header-value.ts';
import { contactPermission } from '../policy/contact-permission.ts';

/** Most people a reminder names: more than this is a mailing list, not interviewers. */
export const MAX_PEOPLE_NAMED = 6;
/** Longest name shown: keeps a hostile display name from filling the email. */
const MAX_NAME_LENGTH = 60;

export interface Person {
  readonly name: string;
  /** Where the name came from: From/Reply-To/calendar/signature people arranged the interview. */
  readonly source: Contact['source'];
}

/** Why a reminder must not ask the user to write to anyone (policy: do not contact). */
export type ContactBlock = 'do-not-contact' | 'robots-only' | null;

const ARRANGER_SOURCES: ReadonlySet<Contact['source']> = new Set(['from', 'reply-to', 'calendar', 'signature']);

/** Human, named contacts, without the user's own addresses, in the order they were found. */
export function namedPeople(application: ApplicationRecord, settings: UserSettings): Person[] {
  const own = new Set([...settings.allowedSenders, settings.notifyAddress].map((a) => a.toLowerCase()));
  const seen = new Set<string>();
  const people: Person[] = [];
  for (const contact of application.contacts) {
    if (contact.robot || isTeamMailbox(contact.name, contact.email)) continue;
    if (contact.email && own.has(contact.email.toLowerCase())) continue;
    const name = truncate(singleLine(contact.name), MAX_NAME_LENGTH);
    // A "name" that is an address or empty is not a name to greet.
    if (name === '' || name.includes('@')) continue;
    const key = (contact.email ?? name).toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    people.push({ name, source: contact.source });
    if (people.length === MAX_PEOPLE_NAMED) break;
  }
  return people;
}

/** People who arranged the interview: the only ones a status check may go to. */
export function arrangers(people: readonly Person[]): Person[] {
  return people.filter((person) => ARRANGER_SOURCES.has(person.source));
}

/** The policy's own decision (contactPermission), so a reminder never words what the planner ruled out. */
export function contactBlock(application: ApplicationRecord, people: readonly Person[]): ContactBlock {
  const permission = contactPermission(application);
  if (!permission.allowed) return permission.reason === 'do-not-contact' ? 'do-not-contact' : 'robots-only';
  return people.length === 0 ? 'robots-only' : null;
}

/** "Ana", "Ana and Ben", "Ana, Ben and Cy". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
