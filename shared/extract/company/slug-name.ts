import { COMPANY, displayNameForSlug } from '../company-name.ts';

/**
 * A domain label or tenant slug as the mail writes the name: "wattlefinch" is "Wattle & Finch",
 * "northgatebs" is "Northgate Building Society", "plinthhq" is "Plinth".
 */

/** What domains add to a name: "plinthhq.com", "acmejobs.com", "greyfriarsrecruit.co.uk". */
const SLUG_SUFFIXES = ['hq', 'app', 'inc', 'co', 'corp', 'group', 'jobs', 'careers', 'team', 'io', 'labs', 'hr', 'global', 'usa', 'us', 'uk', 'online', 'recruit', 'recruiting', 'recruitment', 'staffing', 'talent', 'search', 'official', 'mail', 'tech', 'ai'];
/** Names in the text compared with the slug: enough for a long signature-heavy mail. */
const MAX_NAMES_SCANNED = 400;
/** Words in a name read for the slug. */
const MAX_NAME_WORDS = 6;
const NAME_IN_TEXT = new RegExp(COMPANY, 'gu');

function letters(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export interface SlugName {
  readonly value: string;
  /** The text writes the name (so it is not a guess from the slug's letters). */
  readonly written: boolean;
}

/** The slug without a suffix domains add, when enough of a name is left. */
function withoutSuffix(slug: string): string | null {
  for (const suffix of SLUG_SUFFIXES) {
    if (slug.length - suffix.length >= 3 && slug.endsWith(suffix)) return slug.slice(0, -suffix.length);
  }
  return null;
}

/** Whether `words` is what `slug` abbreviates: all its letters, or some words then the rest's initials. */
function spells(words: readonly string[], slug: string): boolean {
  // "Tallow & Pine" is "tallowpine" or "tallowandpine".
  if (words.map((word) => (word === '&' ? 'and' : letters(word))).join('') === slug) return true;
  const parts = words.map(letters).filter((part) => part !== '' && part !== 'and');
  if (parts.join('') === slug) return true;
  for (let k = 1; k < parts.length; k++) {
    const head = parts.slice(0, k).join('');
    const initials = parts.slice(k).map((part) => part.charAt(0)).join('');
    if (head + initials === slug) return true;
  }
  // "tzafonsec" is "Tzafon Security": the name's words, the last cut short to three letters or more.
  const head = parts.slice(0, -1).join('');
  const rest = slug.slice(head.length);
  return parts.length >= 2 && slug.startsWith(head) && rest.length >= 3 && (parts.at(-1) ?? '').startsWith(rest);
}

/** Shortest rest of a slug read as a word of the name ("quarrylinehealth" = "Quarryline" + "Health"). */
const MIN_REST_LETTERS = 3;
/** Single capitalised words scanned for a slug's start. */
const CAPITALISED_WORD = /\p{Lu}[\p{Ll}\p{N}]{2,30}/gu;

/** A name the text writes that starts the slug, plus the rest of the slug as a word. */
function writtenPrefix(slug: string, text: string): string | null {
  let scanned = 0;
  CAPITALISED_WORD.lastIndex = 0;
  for (const match of text.matchAll(CAPITALISED_WORD)) {
    if (++scanned > MAX_NAMES_SCANNED) break;
    const word = letters(match[0]);
    const rest = slug.slice(word.length);
    if (word.length >= 3 && slug.startsWith(word) && rest.length >= MIN_REST_LETTERS && !SLUG_SUFFIXES.includes(rest)) {
      return `${match[0]} ${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
    }
  }
  return null;
}

/** Where names stand in a long mail: its start (subject, greeting, first lines) and its sign-off. */
const HEAD_CHARS = 3000;
const TAIL_CHARS = 2000;

/** Words organisations end their names with, which domains write run together ("hoopoegames"). */
const NAME_END_WORDS = ['games', 'labs', 'health', 'energy', 'media', 'foods', 'studios', 'studio', 'bio', 'group', 'capital', 'partners', 'systems', 'software', 'analytics', 'insurance', 'bank', 'logistics', 'robotics', 'mobility', 'interactive', 'digital', 'ventures', 'works', 'solar', 'power', 'pharma', 'therapeutics', 'foundation', 'institute', 'finance', 'payments', 'security', 'cloud', 'data', 'design', 'education', 'travel', 'motors', 'homes', 'hospitality',
  // trades and shops whose owners name them run together ("ridgelinebrewing", "russobikes")
  'brewing', 'brewery', 'coffee', 'bikes', 'cycles', 'kitchens', 'farms', 'bakery', 'roasters', 'construction',
  'electric', 'builders', 'dental', 'clinic', 'pharmacy', 'hotels', 'resorts', 'winery', 'wines', 'outfitters',
  'printing', 'consulting', 'advisory', 'realty', 'properties', 'seafoods', 'seafood', 'mining', 'precision',
  'distribution', 'freight', 'trading', 'markets', 'apparel', 'fitness', 'fintech'];

/** "hoopoegames" → "Hoopoe Games"; null when the slug does not end with such a word. */
function splitTrailingWord(slug: string): string | null {
  for (const word of NAME_END_WORDS) {
    const head = slug.slice(0, -word.length);
    if (head.length >= 3 && slug.endsWith(word)) return `${head.charAt(0).toUpperCase()}${head.slice(1)} ${word.charAt(0).toUpperCase()}${word.slice(1)}`;
  }
  return null;
}

/**
 * Institutions whose domain keeps only the distinctive part of the name: "ridgewaystate.edu" for
 * "Ridgeway State University", "corrib.ie" for "University College Corrib".
 */
const INSTITUTION_BEFORE = ['University of ', 'University College ', 'College of ', 'Institute of ', 'Bank of '];
const INSTITUTION_AFTER = [' University', ' College', ' Institute', ' Polytechnic', ' School District', ' Community College'];

/** The fullest institution name the text writes around `name`, or `name`. */
function institutionForm(name: string, text: string): string {
  let best = name;
  const forms = [...INSTITUTION_BEFORE.map((before) => before + name), ...INSTITUTION_AFTER.map((after) => name + after)];
  for (const form of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const next = text.charAt(at + form.length);
      // A whole word: "University of North Halstead", not "… North Halsteadshire".
      if (/[\p{L}\p{N}]/u.test(next)) continue;
      if (form.length > best.length) best = form;
      break;
    }
  }
  return best;
}

export function nameForSlug(slug: string, fullText: string): SlugName | null {
  const found = readSlug(slug, fullText);
  if (!found?.written) return found;
  const text = fullText.length <= HEAD_CHARS + TAIL_CHARS ? fullText : `${fullText.slice(0, HEAD_CHARS)}\n${fullText.slice(-TAIL_CHARS)}`;
  return { value: institutionForm(found.value, text), written: true };
}

function readSlug(slug: string, fullText: string): SlugName | null {
  const text = fullText.length <= HEAD_CHARS + TAIL_CHARS ? fullText : `${fullText.slice(0, HEAD_CHARS)}\n${fullText.slice(-TAIL_CHARS)}`;
  const written = displayNameForSlug(slug, text);
  const bare = letters(slug);
  if (bare.length < 2) return null;
  if (written && /\p{Lu}/u.test(written) && letters(written) === bare && text.includes(written)) return { value: written, written: true };
  // "acme-corp" already shows its words; "plinthhq" needs its suffix taken off.
  const core = slug.includes('-') ? null : withoutSuffix(bare);
  if (text.toLowerCase().includes(bare.slice(0, 3))) {
    let scanned = 0;
    NAME_IN_TEXT.lastIndex = 0;
    for (const match of text.matchAll(NAME_IN_TEXT)) {
      if (++scanned > MAX_NAMES_SCANNED) break;
      const words = (match[1] ?? '').split(' ').slice(0, MAX_NAME_WORDS);
      for (let from = 0; from < words.length; from++) {
        for (let to = words.length; to > from; to--) {
          const name = words.slice(from, to);
          if (spells(name, bare) || (core !== null && spells(name, core))) return { value: name.join(' '), written: true };
        }
      }
    }
  }
  const extended = writtenPrefix(bare, text);
  if (extended) return { value: extended, written: true };
  // "cormorantbio": the "io" taken off is the end of a longer name word ("Bio"), so read the whole slug.
  const whole = core !== null ? splitTrailingWord(bare) : null;
  const lastWord = whole?.split(' ').pop() ?? '';
  const split = whole && lastWord.length > bare.length - (core?.length ?? 0) ? whole : splitTrailingWord(core ?? bare);
  if (split) return { value: split, written: false };
  if (core !== null) return { value: core.charAt(0).toUpperCase() + core.slice(1), written: false };
  return written ? { value: written, written: false } : null;
}
