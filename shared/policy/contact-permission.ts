import type { Contact } from '../domain/analysis.ts';
import type { ApplicationRecord } from '../domain/application.ts';
import { isTeamMailbox } from '../extract/robots.ts';

/**
 * May a reminder tell the user to contact someone at the employer for this application?
 *
 * No when the employer asked not to be contacted, and no when no person is known (only a no-reply
 * or ATS robot or a team inbox such as careers@ wrote, or no contact at all): there is nobody to write to, and writing to a robot or
 * to a generic HR inbox is the blind chasing the policy advises against (seeds 000, 002, 004).
 *
 * What follows from "no" (planner.ts): `status-check` keeps its slot as a "wait, keep applying"
 * reminder; `prepare` is kept but must not suggest asking for permission to follow up; the rules
 * that only make sense as contact (`confirm-receipt`, `thank-you-email`, `thank-you-note`,
 * `ask-feedback`, `stay-in-touch`) are not planned, and pending ones are cancelled.
 */
export type ContactPermission =
  | { readonly allowed: true; readonly people: readonly Contact[] }
  | { readonly allowed: false; readonly reason: 'do-not-contact' | 'no-known-person' };

export function contactPermission(application: Pick<ApplicationRecord, 'doNotContact' | 'contacts'>): ContactPermission {
  if (application.doNotContact) return { allowed: false, reason: 'do-not-contact' };
  const people = application.contacts.filter((contact) => !contact.robot && !isTeamMailbox(contact.name, contact.email));
  if (people.length === 0) return { allowed: false, reason: 'no-known-person' };
  return { allowed: true, people };
}

/** How a reminder is worded: `no-contact` drops every suggestion to reach out (see above). */
export type ReminderVariant = 'standard' | 'no-contact';

export function describeNoContact(reason: 'do-not-contact' | 'no-known-person'): string {
  return reason === 'do-not-contact' ? 'the employer asked not to be contacted' : 'no person at the employer is known, only automated senders';
}
