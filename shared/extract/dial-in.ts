/**
 * A dial-in the invitation gives: a labelled number ("Dial-in: +1 646 555 0142", "Join by phone:
 * …"), with the meeting id, PIN or passcode line that goes with it. A number the employer will
 * call the user on is not a dial-in.
 */

/** Longest value kept: a number, an id and a passcode fit easily. */
const MAX_DIAL_IN_CHARS = 120;
/** Digits a phone number has at least (local numbers without a country code have 7). */
const MIN_DIGITS = 7;

const LABELLED = /^[ \t]{0,8}(?:dial[- ]?in(?: number)?|call[- ]?in(?: number)?|join by (?:phone|telephone)|conference (?:line|number|bridge)|bridge(?: line)?|audio(?: only)?|phone(?: number)? to join)[ \t]{0,4}(?:\([^)\n]{0,30}\))?[ \t]{0,4}:[ \t]{0,4}([^\n]{1,200})$/im;
const ACCESS = /^[ \t]{0,8}((?:meeting|conference|access|webinar) (?:id|code|number)|pin|passcode|password)[ \t]{0,4}:[ \t]{0,4}([0-9][0-9 #-]{2,30})$/im;

function digitCount(value: string): number {
  let count = 0;
  for (const char of value) if (char >= '0' && char <= '9') count++;
  return count;
}

/** "+1 646 555 0142 (meeting ID: 812 3341 9921)", or null when no dial-in is given. */
export function findDialIn(text: string): string | null {
  const labelled = LABELLED.exec(text);
  const number = labelled?.[1]?.trim() ?? '';
  if (number === '' || digitCount(number) < MIN_DIGITS) return null;
  const access = ACCESS.exec(text);
  const withAccess = access?.[1] && access[2] && !number.includes(access[2].trim()) ? `${number} (${access[1].toLowerCase()}: ${access[2].trim()})` : number;
  return withAccess.slice(0, MAX_DIAL_IN_CHARS);
}
