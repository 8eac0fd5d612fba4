import { cleanCompany, companyFromRun } from '../company-name.ts';
import { SOURCE_SCORES, type Clue } from './clue.ts';
import { sameEmployer } from './resolve.ts';

/**
 * A brand, division or franchise and the group that owns it: "Kestrel Aerospace, a division of
 * Orrin Industries", "Pinecrest, a Halvard Group company". The candidate applied to the first; the
 * second signs the legal footer and often sends the mail, and is not the employer they chose.
 */
export interface ParentLink {
  readonly brand: string;
  readonly parent: string;
}

/** ", a division of", ", part of the", ", a wholly owned subsidiary of": the parent's name follows. */
const PART_OF = /,? (?:(?:is )?(?:an? |one of the )?(?:(?:wholly[- ]owned )?(?:division|subsidiary|subsidiaries|brand|brands|business unit|trading name|member) of|part of) (?:the )?)/g;
/** ", a Halvard Group company": the parent's name stands between the article and "company". */
const OWNED_BY = /, (?:an?|part of the) /g;
const OWNED_NOUN = / (?:company|brand|business)\b/;
/** How far around the link the names are read. */
const NAME_WINDOW = 60;
const MAX_LINKS = 3;
/** What the group's own clues lose: a legal footer or the sender's name speaks for the owner. */
const PARENT_PENALTY = 4;
/** A word that can be part of a name: capitalised, a number, "&", a lower-case legal form. */
const NAME_WORD = /^(?:[\p{Lu}\d&]|plc$|gmbh$)/u;
const NAME_CONNECTOR = new Set(['of', 'and', 'the', '&', 'de', 'du', 'la', 'und']);
/** Punctuation that ends a sentence or clause at a word's end. */
const CLAUSE_END = /[.,;:!?)]$/;

/** The capitalised words running on from the start of `after` (up to a clause end). */
function nameAfter(after: string): string | null {
  const taken: string[] = [];
  for (const word of after.split('\n')[0]?.split(' ') ?? []) {
    const bare = word.replace(/(?<![.,;:!?)])[.,;:!?)]+$/, '');
    if (bare === '' || !(NAME_WORD.test(bare) || NAME_CONNECTOR.has(bare))) break;
    taken.push(bare);
    if (CLAUSE_END.test(word)) break;
  }
  while (taken.length > 0 && NAME_CONNECTOR.has(taken[taken.length - 1] ?? '')) taken.pop();
  return taken.length > 0 ? companyFromRun(taken.join(' ')) : null;
}

/** The capitalised words right before the end of `before`, back to a clause end or line start. */
function nameBefore(before: string): string | null {
  const line = before.slice(before.lastIndexOf('\n') + 1);
  const words = line.split(' ');
  const taken: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] ?? '';
    if (word === '' || (taken.length > 0 && CLAUSE_END.test(word)) || !(NAME_WORD.test(word) || NAME_CONNECTOR.has(word))) break;
    taken.unshift(word);
  }
  while (taken.length > 0 && NAME_CONNECTOR.has(taken[0] ?? '')) taken.shift();
  return taken.length > 0 ? cleanCompany(taken.join(' ')) : null;
}

export function parentLinks(text: string): ParentLink[] {
  const links: ParentLink[] = [];
  const add = (brand: string | null, owner: string | null): void => {
    if (brand && owner && !sameEmployer(brand, owner) && links.length < MAX_LINKS) links.push({ brand, parent: owner });
  };
  PART_OF.lastIndex = 0;
  for (const match of text.matchAll(PART_OF)) {
    const after = match.index + match[0].length;
    add(nameBefore(text.slice(Math.max(0, match.index - NAME_WINDOW), match.index)), nameAfter(text.slice(after, after + NAME_WINDOW)));
  }
  OWNED_BY.lastIndex = 0;
  for (const match of text.matchAll(OWNED_BY)) {
    // ", a Halvard Group company": the owner's words end right before the noun.
    const after = match.index + match[0].length;
    const rest = text.slice(after, after + NAME_WINDOW);
    const noun = OWNED_NOUN.exec(rest);
    const owner = noun ? rest.slice(0, noun.index) : '';
    // Every word between the article and the noun is the owner's ("a small family business" is not).
    if (noun && owner.split(' ').every((word) => NAME_WORD.test(word) || NAME_CONNECTOR.has(word))) {
      add(nameBefore(text.slice(Math.max(0, match.index - NAME_WINDOW), match.index)), nameBefore(owner));
    }
  }
  return links;
}

/** The brand named as one, and the owner's clues weakened (never its brand's, which share a name start). */
export function weighParents(clues: readonly Clue[], links: readonly ParentLink[]): Clue[] {
  if (links.length === 0) return [...clues];
  const weighed = clues.map((clue) => {
    const owned = links.some((link) => sameEmployer(clue.value, link.parent) && !sameEmployer(clue.value, link.brand));
    return owned ? { ...clue, score: clue.score - PARENT_PENALTY, tag: `${clue.tag}:parent` } : clue;
  });
  return weighed.concat(links.map((link) => ({ value: link.brand, tag: 'phrase:brand-of-parent', score: SOURCE_SCORES.phraseMedium })));
}
