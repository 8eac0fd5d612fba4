import { isPlatformName } from './robots.ts';

/**
 * People's names as mail writes them, read into "First Last": display names with directory tags
 * ("Wakman, Yama [US-US]"), "via" relays, employers in parentheses, and names written in text.
 * Every pattern here is anchored or bounded: display names are short, but they are hostile input.
 */

/** Longest display name read: a longer one is not a person's name. */
const MAX_NAME_CHARS = 120;

/** One word of a name: "Ana", "McDonald", "O'Neil", "Jean-Luc", "Ruiz-Soto", "María", "Seo-yeon". */
export const NAME_WORD = String.raw`(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}?\p{Ll}+)?`;
/** A title written before a name ("Dr. ", "Prof ", "Ms. "): not part of the name, but a sign of a person. */
export const HONORIFIC_WORD = String.raw`(?:[Dd]r|[Mm]rs?|[Mm][sx]|[Pp]rof|[Pp]rofessor)\.? `;
/**
 * The same, with the titles written only in some trades or languages: a nursing "Sister ", a
 * cleric's "Revd ", a kitchen's "Chef ", German "Herr "/"Frau ". Capitalised only: "our sister
 * company" is no title. Used where a name is read or cleaned, not as a
 * sign of a person on its own.
 */
export const NAME_TITLE_WORD = String.raw`(?:[Dd]r|[Mm]rs?|[Mm][sx]|[Pp]rof|[Pp]rofessor|Sister|Rev|Revd|Reverend|Herr|Frau|Chef|Coach|Nurse|Pastor|Captain)\.? `;
/** Lower-case words that sit inside surnames ("Ana de la Cruz", "Jan van der Berg"). */
const PARTICLE = String.raw`(?:de|del|della|di|da|dos|das|du|van|von|der|den|la|le|bin|al|ter|ten)`;
const INITIAL = String.raw`\p{Lu}\.?`;
/** A full name in running text: two or three name words, with particles or a middle initial between. */
export const FULL_NAME = String.raw`${NAME_WORD}(?: (?:${PARTICLE} |${INITIAL} ){0,2}${NAME_WORD}){1,2}`;

/** "S. Venkatesan", "R. K. Iyer": a surname after initials, as mail in India and elsewhere writes names. */
export const INITIALLED_NAME = String.raw`\p{Lu}\.(?: ?\p{Lu}\.)? ${NAME_WORD}`;
const FULL_NAME_EXACT = new RegExp(String.raw`^(?:${FULL_NAME}|${INITIALLED_NAME})$`, 'u');
const GIVEN_NAME_EXACT = new RegExp(String.raw`^${NAME_WORD}$`, 'u');
/** One side of "Last, First": one to three words, particles or initials, nothing else. */
const NAME_SIDE = new RegExp(String.raw`^(?:(?:${PARTICLE}|${INITIAL}|\p{L}[\p{L}'’-]*) ?){1,4}$`, 'u');

/**
 * Words that make a capitalised pair something other than a person: departments, organisations,
 * job titles, days, months and meeting tools. Names never contain them; "Data Science" or
 * "Google Meet" would otherwise read as people.
 */
const NOT_A_PERSON_WORDS = new Set(
  (
    'team teams recruiting recruitment recruiter recruiters talent acquisition careers career jobs job hr human resources hiring people personnel staffing ' +
    'department office group committee panel board council admissions support service services solutions systems technologies technology ' +
    'tech labs lab inc llc ltd limited corp corporation company co plc gmbh partners holdings bank university college school institute ' +
    'foundation agency network global international industries ventures capital studio studios software analytics media health healthcare ' +
    'consulting consultancy payments payment logistics foods food insurance financial finance mutual robotics mobility works foundry ' +
    'search recruit pharma pharmaceuticals energy motors airlines digital cloud bio biosciences therapeutics medical clinic hospital ' +
    'cosmetics retail outdoor marine aerospace automotive manufacturing construction properties realty trust fund investments ' +
    'manager management director lead head engineer engineering engineers developer scientist science sciences data ' +
    'product design designer marketing sales operations finance research security platform infrastructure analyst analysts specialist ' +
    'coordinator partner associate associates generalist advisor assistant executive officer president founder chief principal senior junior ' +
    'staff intern interns internship program programme programs graduate candidate candidates applicant applicants interview interviews ' +
    'interviewer interviewers onsite virtual phone screen round technical behavioral behavioural final hiring monday tuesday wednesday ' +
    'thursday friday saturday sunday january february march july september october november december today tomorrow ' +
    'google zoom microsoft meet hangouts webex skype slack calendly linkedin github amazon apple the our your dear hello hi thanks thank ' +
    'best regards kind warm sincerely cheers welcome congratulations please note next steps step location address street avenue road suite ' +
    'floor building campus center centre coast eastern western pacific central mountain time standard daylight new york ' +
    'san francisco london united states america americas europe asia remote hybrid dept american ' +
    // wards and desks ("Intensive Care", "Reception Desk") and the trades and forms of other languages'
    // employers ("Vale Azul Consultoria", "Rietveld Ingenieurs", "Harbourlight Community Trust")
    'care intensive nursing unit emergency reception desk library libraries community telecom telecoms telecommunications ' +
    'consultoria consultores ingenieurs ingenieure cafe café bakery diner bistro pizzeria brewery tavern restaurant restaurants hotel hotels resort ' +
    'salon pharmacy dental market markets grocers grocery store stores shop bookings booking karriere ' +
    // the departments a title names after a comma ("Director, Water Policy")
    'policy planning strategy compliance legal audit accounts payroll procurement facilities quality safety risk treasury ' +
    'governance development education learning training communications affairs relations'
  ).split(' '),
);

function words(name: string): string[] {
  return name.toLowerCase().split(/[\s.-]+/).filter((word) => word !== '');
}

/** No word of `name` is a department, title, organisation, day or tool word. */
export function hasOnlyNameWords(name: string): boolean {
  return words(name).every((word) => !NOT_A_PERSON_WORDS.has(word.replace(/['’]s$/, '')));
}

/** A person's full name ("Ana Ruiz", "Jan van der Berg", "Mary J. Blige"), not a team, title or company. */
export function looksLikeFullName(name: string): boolean {
  return name.length <= MAX_NAME_CHARS && FULL_NAME_EXACT.test(name) && hasOnlyNameWords(name) && (!isPlatformName(name) || isPlatformSurname(name));
}

/** "Wendell Ashby", "Mia Lever": a tool's name as the family name after a given name that is no tool's. */
function isPlatformSurname(name: string): boolean {
  const cut = name.lastIndexOf(' ');
  return cut > 0 && isPlatformName(name.slice(cut + 1)) && !isPlatformName(name.slice(0, cut));
}

/** A given name alone ("Emily"). */
export function looksLikeGivenName(name: string): boolean {
  return GIVEN_NAME_EXACT.test(name) && hasOnlyNameWords(name) && !isPlatformName(name);
}

const QUOTES = /^["'“”‘’]+|["'“”‘’]+$/g;
/** "Jane Doe via Greenhouse", "Jane Doe (via LinkedIn)". */
const VIA = /\s*\(?\bvia\b.{0,80}$/i;
/** Bracketed tags and parentheticals: "[US-US]", "(RAND Corporation)", "(she/her)", "<Contractor>". */
const TAG = /\s*(?:\[[^\]\n]{0,60}\]|\([^()\n]{0,80}\)|\{[^}\n]{0,60}\})/g;
/** "Jane Doe | Acme", "Jane Doe - Acme Talent", "Jane Doe at Acme", "Jane Doe from Acme", "Jane Doe on behalf of Acme". */
const TRAILING_AFFILIATION = /^(.{3,60}?)(?:\s+(?:[|–—-]|@|at|from|on behalf of|for)|,)\s+.{1,80}$/;
/** "Acme Hotels – Jane Doe", "Acme Talent | Jane Doe": the employer first, the person after a dash or bar. */
const LEADING_AFFILIATION = /^[^|–—]{3,60} [|–—] ([^|–—]{3,60})$/;
/** "Dr. Ana Ruiz": the honorific is not part of the name to greet or compare. */
export const HONORIFIC = new RegExp(String.raw`^${NAME_TITLE_WORD}(?=\p{Lu})`, 'u');

/** "Dr. Raj Patel" → "Raj Patel"; a name without an honorific comes back as it is. */
export function withoutHonorific(name: string): string {
  return name.replace(HONORIFIC, '');
}
const LAST_FIRST = /^([^,]{1,60}),\s*([^,]{1,60})$/;
/** "ABE Hiroshi": one word in capitals, then the given name(s) in normal case. */
const CAPS_FAMILY_FIRST = /^(\p{Lu}{2,}(?:-\p{Lu}{2,})?) (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)$/u;
/** A location or department code left in a display name without its brackets: "GB-LON", "US-US". */
const LOCATION_TAG = /(?:^| )\p{Lu}{2,3}(?:-\p{Lu}{2,4})+(?= |$)/gu;
const ALL_CAPS_WORD = /^\p{Lu}{2,}(?:-\p{Lu}{2,})?$/u;

/** "WAKMAN" → "Wakman"; "JEAN-LUC" → "Jean-Luc". Mixed case and initials stay as written. */
function unshout(word: string): string {
  if (!ALL_CAPS_WORD.test(word)) return word;
  return word
    .split('-')
    .map((part) => part.charAt(0) + part.slice(1).toLowerCase())
    .join('-');
}

/**
 * A display name as the person's "First Last". Tags, "via …" and a trailing employer are dropped;
 * a directory-style "Last, First" is turned round; a name shouted in capitals is written normally
 * when the rest reads as a name. Anything that is not a person's name comes back cleaned but
 * otherwise as written (a team name stays a team name).
 */
export function readDisplayName(raw: string, address: string | null = null): string {
  let name = raw.slice(0, MAX_NAME_CHARS * 2).replace(QUOTES, '').replace(VIA, '').replace(TAG, '').replace(/\s+/g, ' ').trim();
  name = name.replace(QUOTES, '').replace(HONORIFIC, '').replace(LOCATION_TAG, '').trim();
  const flipped = flipLastFirst(name);
  if (flipped) return flipped;
  // "ABE Hiroshi", "DUPONT Jean": a family name written first in capitals goes last.
  const capsFirst = CAPS_FAMILY_FIRST.exec(name);
  if (capsFirst?.[1] && capsFirst[2] && looksLikeFullName(`${capsFirst[2]} ${unshout(capsFirst[1])}`)) return `${capsFirst[2]} ${unshout(capsFirst[1])}`;
  // "Acme Hotels – Jane Doe <jdoe@…>": both sides may read as names; the address says which is the person.
  const afterEmployer = LEADING_AFFILIATION.exec(name)?.[1];
  if (afterEmployer && address && isPersonShaped(afterEmployer) && addressFitsName(address, afterEmployer)) return afterEmployer.split(' ').map(unshout).join(' ');
  const affiliated = TRAILING_AFFILIATION.exec(name);
  if (affiliated?.[1] && isPersonShaped(affiliated[1])) name = affiliated[1];
  if (isPersonShaped(name)) return name.split(' ').map(unshout).join(' ');
  return personBeforeEmployer(name, address) ?? name;
}

/**
 * "Anjali Menon Trivector Labs" (a forward that lost the parentheses round the employer): the
 * person's name is the first two or three words when the rest reads as an organisation. Three
 * words only when the address names the third ("anjali.menon-rao@").
 */
function personBeforeEmployer(name: string, address: string | null): string | null {
  const tokens = name.split(' ');
  for (const count of [3, 2]) {
    if (tokens.length <= count) continue;
    const head = tokens.slice(0, count).join(' ');
    const tail = tokens.slice(count).join(' ');
    // "Vale Azul Consultoria", "Harbourlight Community Trust": a tail of organisation words alone
    // (no name of its own, as "Trivector" is, nor a person's desk, as "Recruiting" is) makes the whole the organisation's name.
    const tailWords = tokens.slice(count);
    if (!looksLikeFullName(head) || hasOnlyNameWords(tail) || tailWords.every((word) => !hasOnlyNameWords(word) && !DESK_WORDS.has(word.toLowerCase()))) continue;
    // "Cedar Hollow Unified School District", "Elm Bay City Council": a place's name before the kind of
    // body it names. "Jane Doe University of Leeds" is a person before an employer ("… of" names it).
    if (PUBLIC_BODY_WORDS.has((tokens[count] ?? '').toLowerCase()) && tokens[count + 1]?.toLowerCase() !== 'of') return null;
    const mailbox = address ? foldName(address.slice(0, address.lastIndexOf('@'))) : '';
    if (count === 3 && !mailbox.includes(foldName(tokens[2] ?? '-'))) continue;
    return head;
  }
  return null;
}

/** "Tom Baker Recruiting": the desk a person works at, written after their name. */
const DESK_WORDS = new Set(['recruiting', 'recruitment', 'recruiter', 'talent', 'careers', 'hr', 'hiring', 'people', 'team', 'staffing']);

/** Words that follow a place's name to name a public body: the words before them are that place, not a person. */
const PUBLIC_BODY_WORDS = new Set(['unified', 'district', 'school', 'schools', 'board', 'council', 'county', 'city', 'shire', 'municipality', 'municipal', 'water', 'university', 'college', 'hospital', 'hospitals', 'academy', 'public', 'regional', 'state']);

const ACRONYM_WORD = /^[B-DF-HJ-NP-TV-XZ]{3,6}$/;
/** A name in any capitalisation that would read as a full name once capitals are normal. */
function isPersonShaped(name: string): boolean {
  // "Lakeshore Ridge DSB": a capitals word with no vowel is an acronym (a board, a PLC), never a name.
  if (name.split(' ').some((word) => ACRONYM_WORD.test(word))) return false;
  return looksLikeFullName(name.split(' ').map(unshout).join(' '));
}

/** "Wakman, Yama" → "Yama Wakman"; "Smith, Jane A." → "Jane A. Smith". Not "Acme, Inc." nor "Talent, Acme". */
function flipLastFirst(name: string): string | null {
  const match = LAST_FIRST.exec(name);
  const last = match?.[1]?.trim();
  const first = match?.[2]?.trim();
  if (!last || !first || !NAME_SIDE.test(last) || !NAME_SIDE.test(first)) return null;
  const turned = [...first.split(' '), ...last.split(' ')].map(unshout).join(' ');
  return looksLikeFullName(turned) ? turned : null;
}

/** Latin letters without accents, lower case: "José" and "jose" compare equal. */
export function foldName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

/** The name's words, folded: "Ana de la Cruz" → ["ana", "de", "la", "cruz"]. */
export function nameTokens(name: string): string[] {
  return foldName(name)
    .split(/[^\p{L}]+/u)
    .filter((token) => token !== '');
}

/**
 * The mailbox part of an address could be this person's: "jane.doe", "jdoe", "doej", "jane",
 * "doe.jane", "jane.doe+x7". Used to tell a relay or a second address of the same person from
 * someone else's.
 */
export function addressFitsName(address: string, name: string, options: { readonly full?: boolean } = {}): boolean {
  const at = address.lastIndexOf('@');
  const mailbox = foldName(at < 0 ? address : address.slice(0, at));
  // "tenant+jdoe": either side of a "+" may be the person's own mailbox name.
  if (mailbox.includes('+')) return mailbox.split('+').some((part) => part !== '' && addressFitsName(part, name, options));
  const local = mailbox.replace(/\d+/g, '');
  const tokens = nameTokens(name).filter((token) => token.length > 1);
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last || local === '') return false;
  const letters = local.replace(/[^a-z]/g, '');
  if (tokens.length === 1) return letters === first;
  const parts = local.split(/[._-]+/).filter((part) => part !== '');
  if (parts.includes(first) && parts.includes(last)) return true;
  // `full`: the address must name more than a first name ("northwind@" is not Northwind Traders).
  if (options.full) return letters === first + last || letters === last + first || letters === first[0] + last || letters === first + last[0];
  return (
    letters === first + last || letters === last + first || letters === first[0] + last || letters === last + first[0] ||
    letters === first + last[0] || letters === first || (letters.includes(last) && last.length >= 4 && letters.length <= last.length + 3)
  );
}
