import type { Clue } from './clue.ts';
import { sameEmployer } from './resolve.ts';

/**
 * A unit of the employer (a ward, a school of a university, a school of a district) named by the
 * signer: "Nurse Unit Manager, Emergency Department\nBellbrook Health", "Principal, Willow Creek
 * Middle School\nCedar Hollow Unified School District". Whatever else names the unit (the subject,
 * "I'm the principal at …"), the organisation signed under it is the employer.
 */

/** What a unit may be worth at most, from any source, once the sign-off names the organisation too. */
const UNIT_CAP = 3;
/** Sources that say which organisation sends the mail: the unit's line is above theirs. */
const SENDER_SOURCE = /^(?:sender-domain|display-name|ats-tenant)/;

function isSignOffOrganization(clue: Clue): boolean {
  return clue.tag.startsWith('sign-off:') && !clue.tag.startsWith('sign-off:unit') && !clue.tag.endsWith(':above');
}

/**
 * Units the sign-off names: a line it reads as a unit, and an organisation line above the last one
 * when the sender's own domain or name is that last one.
 */
function unitNames(clues: readonly Clue[]): string[] {
  const organizations = clues.filter(isSignOffOrganization);
  if (organizations.length === 0) return [];
  const units = clues.filter((clue) => clue.tag === 'sign-off:unit').map((clue) => clue.value);
  const senderBacked = organizations.some((org) => clues.some((clue) => SENDER_SOURCE.test(clue.tag) && sameEmployer(clue.value, org.value)));
  if (senderBacked) units.push(...clues.filter((clue) => clue.tag.startsWith('sign-off:') && clue.tag.endsWith(':above')).map((clue) => clue.value));
  // A unit never caps the organisation it shares a name with ("Acme Labs" above "Acme").
  return units.filter((unit) => !organizations.some((org) => sameEmployer(unit, org.value)));
}

/**
 * Clues naming a unit are worth no more than a unit when the sign-off names the organisation, and are
 * tagged so that their agreeing with each other adds nothing (see `resolveClues`).
 */
export function weighUnits(clues: readonly Clue[]): Clue[] {
  const units = unitNames(clues);
  if (units.length === 0) return [...clues];
  return clues.map((clue) => (units.some((unit) => sameEmployer(clue.value, unit)) && !clue.tag.startsWith('sign-off:unit') ? { ...clue, score: Math.min(clue.score, UNIT_CAP), tag: `${clue.tag}:unit` } : clue));
}
