import { TITLE_HEAD, TITLE_NOUN_WORD } from './role/title-words.ts';

/**
 * A job board's card: the title, the employer and the place, each on a line of its own
 * ("Inventory Control Specialist" / "Glenmore Distribution" / "Reno, NV · Full-time"). The place
 * line is what makes three short lines a card rather than a signature.
 */
export interface JobCard {
  readonly title: string;
  readonly employer: string;
}

/** "Reno, NV", "Leeds, United Kingdom · Hybrid", "Remote": where the job is. */
const PLACE = /^\p{Lu}[\p{L}.' -]{1,60}, (?:[A-Z]{2}|\p{Lu}[\p{L} ]{2,30})$/u;
const WORK_MODE = /^(?:Remote|Hybrid|On-site)\b/;

function isPlaceLine(line: string): boolean {
  return WORK_MODE.test(line) || PLACE.test((line.split(' · ')[0] ?? line).trim());
}
/** Capitalised words, as a title or a name is written on a card line. */
const CARD_WORDS = /^[\p{Lu}\d][\p{L}\p{N}&'’.+/-]{0,30}(?: (?:[\p{Lu}\d&(][\p{L}\p{N}&'’.+/()-]{0,30}|of|and|the|for|de)){0,7}$/u;
/** A level or bracket after a title's noun ("Specialist II", "Engineer (Nights)"). */
const TITLE_TAIL = /(?: \([^()]{1,30}\))?(?: (?:I{1,3}|IV|V|[1-5]))?$/;
/** Cards sit near the top of a board's mail. */
const MAX_CARD_LINES = 60;

export function isCardTitle(line: string): boolean {
  if (!CARD_WORDS.test(line)) return false;
  const last = line.replace(TITLE_TAIL, '').split(' ').pop() ?? '';
  return TITLE_NOUN_WORD.test(last);
}

/** Cards in the body's lines, blank lines between their rows allowed (HTML blocks). */
export function jobCards(lines: readonly string[]): JobCard[] {
  const filled = lines
    .slice(0, MAX_CARD_LINES)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const cards: JobCard[] = [];
  for (let i = 0; i + 2 < filled.length; i++) {
    const [title = '', employer = '', place = ''] = filled.slice(i, i + 3);
    if (!isPlaceLine(place) || !isCardTitle(title)) continue;
    if (!CARD_WORDS.test(employer) || TITLE_HEAD.test(employer)) continue;
    cards.push({ title, employer });
  }
  return cards;
}
