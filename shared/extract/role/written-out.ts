/**
 * A title mentioned in passing is often written out properly elsewhere in the same mail: the
 * subject says "ops lead role" and the body "the Operations Lead"; the note says "the planner role"
 * and the calendar's event "Warehouse Operations Planner". The capitalised form that ends in the
 * same words is the title as the employer writes it.
 */

/** Short forms a casual mention uses for a title's words, and the words they stand for. */
const SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  ops: ['operations', 'operational'],
  eng: ['engineer', 'engineering'],
  dev: ['developer', 'development'],
  devs: ['developers'],
  mgr: ['manager'],
  sr: ['senior'],
  jr: ['junior'],
  admin: ['administrator', 'administration', 'administrative'],
  exec: ['executive'],
  asst: ['assistant'],
  coord: ['coordinator'],
  mktg: ['marketing'],
  acct: ['accountant', 'account'],
  biz: ['business'],
  hr: ['human resources', 'hr'],
};

/** A run of capitalised words ("Warehouse Operations Planner"); the words are separated by single spaces. */
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’&-]*(?: \p{Lu}[\p{L}'’&-]*)*/gu;
/** Most words kept of a run: a title is short, a longer run is a heading. */
const MAX_TITLE_WORDS = 5;
/** Runs read per mail, so that a long body stays cheap. */
const MAX_RUNS = 400;

/** Whether `written` (lower case) is `casual`'s word or what its short form stands for. */
function sameWord(casual: string, written: string): boolean {
  return casual === written || casual === `${written}s` || (SHORT_FORMS[casual]?.includes(written) ?? false);
}

/**
 * The capitalised form of a lower-case title that `text` writes, ending in the same words, with
 * up to a few capitalised words before them ("planner" → "Warehouse Operations Planner"), or null.
 */
export function writtenOutTitle(casual: string, text: string): string | null {
  const casualWords = casual.toLowerCase().split(/\s+/).filter((word) => word !== '');
  if (casualWords.length === 0 || casualWords.length > MAX_TITLE_WORDS) return null;
  let best: string | null = null;
  let runs = 0;
  CAPITALISED_RUN.lastIndex = 0;
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    if (++runs > MAX_RUNS) break;
    const words = match[0].split(' ');
    const tail = words.slice(-casualWords.length);
    if (tail.length !== casualWords.length || !tail.every((word, i) => sameWord(casualWords[i] ?? '', word.toLowerCase()))) continue;
    const title = words.slice(-MAX_TITLE_WORDS).join(' ');
    // The longest form wins: "Warehouse Operations Planner" over a bare "Planner".
    if (best === null || title.length > best.length) best = title;
  }
  return best;
}
