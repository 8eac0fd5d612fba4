import type { OriginalMessage } from '../../domain/message.ts';
import type { NormalizedMessage } from '../normalize.ts';

/**
 * The words the kind model reads: the normalized subject and the sender's own text, as unigrams and
 * bigrams, with what names a particular employer or person masked so the model learns wording.
 */

const WHITESPACE = /\s+/;
const LINK_START = /^\W*(?:https?:\/\/|www\.)/;
const DIGITS = /\d+/g;
const TOKEN = /[a-z_#]+(?:'[a-z]+)?/g;

/** A capitalised word after another word in the same sentence (a name, unless the text also writes it in lower case). */
const CAPITALISED_MID_SENTENCE = /(?<=[a-z,] )[A-Z][a-z]{1,30}\b/g;
const LOWER_WORD = /\b[a-z]{2,31}\b/g;

/** Capitals that carry wording, not identity: days and months say when, "I" says who writes. */
const NOT_NAMES = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(' '),
);

/** Lower-cased forms of words the original writes only with a capital in mid-sentence: names of people, firms, places. */
function namesIn(original: OriginalMessage): Set<string> {
  const text = `${original.subject}\n${original.text.slice(0, 20_000)}`;
  const lower = new Set(text.match(LOWER_WORD) ?? []);
  const names = new Set<string>();
  for (const word of text.match(CAPITALISED_MID_SENTENCE) ?? []) {
    const key = word.toLowerCase();
    if (!lower.has(key) && !NOT_NAMES.has(key)) names.add(key);
  }
  return names;
}

/** Addresses and links masked word by word: no pattern has to scan for where one ends. */
function maskWord(word: string): string {
  if (word.includes('@')) return '_email_';
  return LINK_START.test(word) ? '_url_' : word;
}

function tokens(text: string, names: ReadonlySet<string>): string[] {
  const masked = text.split(WHITESPACE).map(maskWord).join(' ').replace(DIGITS, '#');
  return (masked.match(TOKEN) ?? []).map((token) => (names.has(token) ? '_name_' : token));
}

/** The distinct features of a message: subject words prefixed `s:`, body unigrams and bigrams. */
export function featuresOf(message: NormalizedMessage, original: OriginalMessage): Set<string> {
  const names = namesIn(original);
  const features = new Set<string>();
  for (const word of tokens(message.subject, names)) features.add(`s:${word}`);
  for (const sentence of message.sentences) {
    const words = tokens(sentence, names);
    for (const [index, word] of words.entries()) {
      features.add(word);
      const next = words[index + 1];
      if (next !== undefined) features.add(`${word} ${next}`);
    }
  }
  return features;
}
