import { TITLE_NOUN_WORD } from './title-words.ts';

/**
 * Titles read by their shape alone: after a word that leads to a post ("hiring a", "for", "as an"),
 * a run of capitalised words whose last main word is a job noun ("Senior UX Researcher",
 * "Software Engineer II"), with the specialty after a comma or in brackets that follows it
 * ("Director, Revenue Operations", "Staff Product Designer (Growth)"). A run that never reaches a
 * job noun ("for Sarah Jones, Talent Partner", "for Tuesday") is not a title.
 */

/**
 * Words after which a post is named, lower-case as running text writes them ("Recruiting Lead" in a
 * signature is a title, not a lead); the title must start with a capital (checked in code). "as our
 * next Head of Finance", "as our new Office Manager": the post a welcome or an offer names.
 */
const LEAD = /\b(?:for|as|hiring|hire|recruiting|seeking|looking for|fill|filling)(?: (?:an?|the|our(?: next| new)?|a new))? /g;
const UPPER_START = /^\p{Lu}/u;
/** One title word: capitalised ("Mid-Market", "Sr.", "QC"), a level number, or a joiner. */
const RUN = /(?:\p{Lu}[\p{L}\p{N}'’&+/-]{0,30}\.?|\p{N}{1,2})(?: (?:\p{Lu}[\p{L}\p{N}'’&+/-]{0,30}\.?|\p{N}{1,2}|of|and|&|[-–/]))*/uy;
/** Most words a run is read over: titles are short, and a long capitalised run is a heading. */
const MAX_RUN_WORDS = 10;
/** Abbreviations whose dot does not end the title. */
const ABBREVIATION = /^(?:Sr|Jr|Snr|Jnr|Mgr|Asst|Assoc|St)\.$/;
/** A level after the noun: "Engineer II", "Analyst 3", "Developer L4". */
const LEVEL = /^(?:I{1,3}|IV|V|VI|[1-5]|L[1-9])$/;
/** "Head of Data", "Director of Food & Beverage": the noun comes first, the field after "of". */
const HEAD_OF_WORD = /^(?:Head|Director|VP|Chief|President)$/;
const JOINER = /^(?:of|and|&|[-–/])$/;
/**
 * What may follow a title before the sentence goes on: a specialty after a comma, then a bracket.
 * The comma part must end where a clause, preposition or sentence end starts ("…, Threat Intel
 * Research, and our team …"), so a name after a comma in running text is not taken ("…, Monday works").
 */
const COMMA_TAIL = /[,:] (\p{Lu}[^\s,.;:!?()]{0,30}(?: (?:\p{Lu}[^\s,.;:!?()]{0,30}|of|and|&|[-–])){0,4})/uy;
/** Where the specialty must stop, tested on the few characters after it. */
const TAIL_END = /^(?:$|[.;:!?\n)]|,? (?:and|but|which|we|our|i|you|as|so|if|please|who|where|when|it|they|will|at|with|in|for|to|on|is|was|has|have)\b| \()/;
const BRACKET_TAIL = / \(([^()\n]{1,40})\)/y;
/** A bracket that starts a clause ("(which we discussed)") is not part of the title. */
const CLAUSE_BRACKET = /^(?:which|who|that|see|as|e\.g|i\.e|we|you|i|it|if|and|or|not|please)\b/i;
/** A bracket that states the terms of the work ("(contract, 6 months)", "(12-month fixed term)"), not the post. */
const TERMS_BRACKET = /^(?:contract|permanent|perm|temp|temporary|fixed[- ]term|freelance|interim)\b|\b\d{1,2}[- ]?(?:months?|weeks?|years?)\b/i;

/** Title-shaped phrases after a lead, in text order. */
export function titleShapes(text: string): string[] {
  const found: string[] = [];
  LEAD.lastIndex = 0;
  for (const lead of text.matchAll(LEAD)) {
    const start = lead.index + lead[0].length;
    if (!UPPER_START.test(text.charAt(start))) continue;
    RUN.lastIndex = start;
    const run = RUN.exec(text)?.[0];
    if (!run) continue;
    const title = titleInRun(run.split(' ').slice(0, MAX_RUN_WORDS));
    if (!title) continue;
    found.push(title.endsRun ? withTail(title.text, text, start + run.length) : title.text);
  }
  return found;
}

/** The run cut after its last job noun (or its level), or null when it has none. */
function titleInRun(words: readonly string[]): { text: string; endsRun: boolean } | null {
  let usable = words.length;
  // A full stop inside the run ends the sentence there ("…Manager. Your interview…").
  const stop = words.findIndex((word) => word.endsWith('.') && !ABBREVIATION.test(word));
  if (stop >= 0) usable = stop + 1;
  const clean = words.slice(0, usable).map((word) => word.replace(/\.$/, (dot) => (ABBREVIATION.test(word) ? dot : '')));
  let end = -1;
  for (let i = 0; i < clean.length; i++) {
    if (TITLE_NOUN_WORD.test(clean[i] ?? '')) end = i;
    else if (end === i - 1 && end >= 0 && LEVEL.test(clean[i] ?? '')) end = i;
  }
  // "Head of Data Engineering": the field after "of" belongs to the title.
  const headOf = clean.findIndex((word, i) => HEAD_OF_WORD.test(word) && clean[i + 1] === 'of' && clean[i + 2] !== undefined);
  if (headOf >= 0 && end <= headOf) {
    end = headOf + 2;
    while (end + 1 < clean.length && !JOINER.test(clean[end + 1] ?? '')) end++;
    while (end + 2 < clean.length && /^(?:and|&)$/.test(clean[end + 1] ?? '') && !JOINER.test(clean[end + 2] ?? '')) end += 2;
  }
  if (end < 0) return null;
  return { text: clean.slice(0, end + 1).join(' '), endsRun: end === words.length - 1 && stop < 0 };
}

/** The title plus the specialty (after a comma or colon) and bracket written right after it. */
function withTail(title: string, text: string, at: number): string {
  let result = title;
  let position = at;
  COMMA_TAIL.lastIndex = position;
  const comma = COMMA_TAIL.exec(text);
  if (comma?.[1] && TAIL_END.test(text.slice(COMMA_TAIL.lastIndex, COMMA_TAIL.lastIndex + 12))) {
    result += `${comma[0].charAt(0)} ${comma[1]}`;
    position = COMMA_TAIL.lastIndex;
  }
  BRACKET_TAIL.lastIndex = position;
  const bracket = BRACKET_TAIL.exec(text);
  if (bracket?.[1] && !CLAUSE_BRACKET.test(bracket[1]) && !TERMS_BRACKET.test(bracket[1])) result += ` (${bracket[1]})`;
  return result;
}
