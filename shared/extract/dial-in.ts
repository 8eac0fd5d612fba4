/**
 * A dial-in the invitation gives: a labelled number ("Dial-in: +1 646 555 0142", "Join by phone:
 * …"), with the meeting id, PIN or passcode line that goes with it. A number the employer will
 * call the user on is not a dial-in.
 */

/** Longest value kept: a number, an id and a passcode fit easily. */
const MAX_DIAL_IN_CHARS = 120;
/** Digits a phone number has at least (local numbers without a country code have 7). */
const MIN_DIGITS = 7;

/** The label before the colon, once trimmed and without a bracketed note ("Dial-in (US)"). */
const DIAL_IN_LABEL = /^(?:dial[- ]?in|call[- ]?in|join by (?:phone|telephone)|conference (?:line|number|bridge)|bridge|audio|phone(?: number)? to join)(?: number| line| only)?$/i;
const ACCESS_LABEL = /^(?:(?:meeting|conference|access|webinar) (?:id|code|number)|pin|passcode|password)$/i;
/** Longest label read: a label is a few words. */
const MAX_LABEL_CHARS = 40;
/** Lines read: a dial-in sits near the top of an invitation, and this bounds the work on a long mail. */
const MAX_LINES = 400;

/** "Label: value" lines as [label, value], the label lower-cased without a bracketed note. */
function labelledLines(text: string): [string, string][] {
  const out: [string, string][] = [];
  for (const line of text.split('\n', MAX_LINES)) {
    const colon = line.indexOf(':');
    if (colon < 1 || colon > MAX_LABEL_CHARS) continue;
    const bracket = line.indexOf('(');
    const label = (bracket >= 0 && bracket < colon ? line.slice(0, bracket) : line.slice(0, colon)).trim().toLowerCase();
    out.push([label, line.slice(colon + 1).trim()]);
  }
  return out;
}

function digitCount(value: string): number {
  let count = 0;
  for (const char of value) if (char >= '0' && char <= '9') count++;
  return count;
}

/** "+1 646 555 0142 (meeting id: 812 3341 9921)", or null when no dial-in is given. */
export function findDialIn(text: string): string | null {
  const lines = labelledLines(text);
  const number = lines.find(([label, value]) => DIAL_IN_LABEL.test(label) && digitCount(value) >= MIN_DIGITS)?.[1];
  if (number === undefined) return null;
  const access = lines.find(([label, value]) => ACCESS_LABEL.test(label) && digitCount(value) >= 3 && !number.includes(value));
  return (access ? `${number} (${access[0]}: ${access[1]})` : number).slice(0, MAX_DIAL_IN_CHARS);
}
