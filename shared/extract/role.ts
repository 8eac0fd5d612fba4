import { squash } from './company-name.ts';
import type { Found } from './company.ts';
import type { Candidate } from './evidence.ts';
import { isCardTitle, jobCards } from './job-card.ts';
import { withAcademicField } from './role/academic-field.ts';
import { labelledTitles } from './role/labels.ts';
import { titleShapes } from './role/title-shape.ts';
import { TITLE_HEAD } from './role/title-words.ts';
import { writtenOutTitle } from './role/written-out.ts';

/** Longest role title we accept: longer captures are sentences, not titles. */
const MAX_ROLE_LENGTH = 80;
const MAX_ROLE_WORDS = 10;

/** A title character; a dot only after a common abbreviation ("Sr. Engineer"). */
const TITLE_CHAR = String.raw`(?:[^.;!?\n]|(?<=\b(?:Sr|Jr|Snr|Jnr|Mgr|Asst|Assoc|Eng|Dept|St))\.)`;
const TITLE = String.raw`(${TITLE_CHAR}{2,${MAX_ROLE_LENGTH}}?)`;
/** A title that does not run back over another "for the …" (so a later match is not swallowed). */
const TITLE_NO_LEAD = String.raw`((?:(?!\b(?:for|the|your|our|about|regarding|a|an)\b)${TITLE_CHAR}){2,${MAX_ROLE_LENGTH}}?)`;
/**
 * Where a title in running text ends: a preposition to the company, a sentence end, or a comma or
 * "and" that starts a clause ("…, and our team is reviewing"). A comma before more title words
 * does not end it: "Senior Manager, Threat Intel Research" is one title.
 */
const CLAUSE_WORD = String.raw`(?:and|but|which|we|our|i|you|the|as|so|if|please|however|who|where|when|it|they|will|thanks|thank|cheers)\b`;
const TITLE_END = String.raw`(?= at | with | from | bei | (?:is|are|was|were|will|starts|begins) |,(?= ?${CLAUSE_WORD})| (?:and|but) (?=(?:our|we|the|i|you|will|it|they|are|is|am|have|has|would|look|appreciate|thank|wish|for)\b)|\s[-–]\s|[.;!?\n(]|$)`;
/** Nouns that name an opening; "spot" is how a casual note says it ("the ML engineer spot"). */
const POSITION_WORD = String.raw`(?:position|role|opening|job|vacancy|opportunity|post|spot|req(?:uisition)?)`;

/** Body phrases, most explicit first; compiled global once (they are scanned with matchAll). */
const BODY_PATTERNS: readonly (readonly [string, RegExp])[] = [
  ['position-of', new RegExp(String.raw`\b(?:for|to|in) (?:the|our|a|an) ${POSITION_WORD} of ${TITLE}(?= at | with | in |,(?= ?${CLAUSE_WORD})|[.;!?\n(]|$)`, 'gi')],
  ['for-the-x-position', new RegExp(String.raw`\b(?:for|to|about|regarding|in|on) (?:the|our|a|an|your) ${TITLE_NO_LEAD} ${POSITION_WORD}\b`, 'gi')],
  ['x-role-at', new RegExp(String.raw`\b(?:the|our|a|an) ([A-Z][^.;!?\n]{1,${MAX_ROLE_LENGTH}}?) (?:role|position) (?:at|with)\b`, 'g')],
  // "applying to be our next Head of Customer Success", "your application to join us as a Payroll Specialist".
  ['apply-to-be', new RegExp(String.raw`\b(?:apply|applying|applied|application|interest) to (?:be|become|join (?:us|the team|our team) as) (?:an? |the |our (?:next |new )?)?${TITLE}${TITLE_END}`, 'gi')],
  // "para a vaga de Analista Atuarial Pleno", "al puesto de Jefe de Obra", "au poste de Chargée de projet":
  // the post named in Portuguese, Spanish, French or Italian inside English mail (the title capitalised).
  ['other-language-post', new RegExp(String.raw`\b(?:[Vv]aga|[Vv]acante|[Pp]uesto|[Cc]argo|[Pp]osici[oó]n|[Pp]osizione|[Pp]oste) (?:de|di|d'|d’|como) (\p{Lu}${TITLE_CHAR}{1,${MAX_ROLE_LENGTH}}?)${TITLE_END}`, 'gu')],
  // German: "Ihre Bewerbung als Softwareentwickler (Backend) bei der …".
  ['bewerbung-als', new RegExp(String.raw`\bBewerbung (?:als|(?:für|auf) (?:die|unsere) (?:Stelle|Position)(?: als)?) ${TITLE}(?= bei | in | im |,|[.;!?\n]|$)`, 'gi')],
  // "application as Senior Frontend Developer", "Bewerbung als …" in English mail.
  ['application-as', new RegExp(String.raw`\b(?:application|applying|applied|apply) as (?:an? )?${TITLE}${TITLE_END}`, 'gi')],
  // "The hiring team for Firmware Engineer, Battery Management Systems would like to meet you".
  ['team-for', new RegExp(String.raw`\b(?:hiring team|hiring manager|interview team|interview panel|team) for (?:the )?${TITLE}(?= (?:would|will|is|are|has|have|wants|invites) )`, 'gi')],
  // A comma ends the title only before a lower-case word: "Engineer, Motor Control" is one title.
  ['application-for', new RegExp(String.raw`\b(?:application|applying|applied|candidacy|interview) (?:for|to) (?:the )?${TITLE}(?: ${POSITION_WORD})?${TITLE_END}`, 'gi')],
];
/** The first patterns are explicit enough to beat the subject line; the rest come after it. */
const EXPLICIT_BODY_PATTERNS = 8;

/** Subject lines: "Interview request for X", "Your application: X", "X - Acme". */
const SUBJECT_PATTERNS: readonly (readonly [string, RegExp])[] = [
  ['subject:interview-for', /^(?:(?:zoom |video |phone |final |first |second |onsite |virtual |teams )?interview(?: request| invitation| invite| confirmation| scheduled| scheduling| schedule| details| arrangement| availability)?|invitation to interview|phone screen|video interview|next steps?)\s*(?:for|:|[-–|/])\s*(?:the\s+)?(.+)$/i],
  ['subject:german', /^(?:einladung zum (?:vorstellungsgespräch|interview|gespräch)|ihre bewerbung(?: als)?|bewerbung(?: als)?)\s*(?:als|für|:|[-–|])\s*(.+)$/i],
  ['subject:application', /^(?:your application|application (?:received|submitted|sent|confirmation|acknowledg(?:e)?ment)|application|we(?:'ve| have)? received your application|application update|update on your application|regarding your application|thank you for your application|thanks for your application)\s*(?:for|to|:|[-–|])\s*(?:the\s+)?(.+)$/i],
  // "Update application Logistics Planner", "Status application – Buyer": the word order of Dutch and German subjects, in English.
  ['subject:update-application', /^(?:update|status|news) (?:application|sollicitatie) (?:for |[-–|:] )?(?:the )?(\S.*)$/i],
  // "Product Designer application", "Update on the Fleet Analytics Manager search".
  ['subject:x-application', /^(?:(?:an )?update on (?:the|your) )?(.+?) (?:application|search|role|position|opening|vacancy|job|interview)$/i],
];
/**
 * French, Spanish, Portuguese, Italian and Dutch mail names the application or interview first
 * ("Candidature – Chargé de communication", "Su candidatura: Analista de Datos", "Sollicitatie
 * Medewerker Klantenservice"); the separator and a connecting phrase are cut off in code.
 */
const OTHER_LANGUAGE_HEAD = /^(?:(?:votre|ta|su|tu|sua|uw|je|la tua|la sua) )?(?:candidature|candidatura|solicitud|postulaci[oó]n|sollicitatie|sollicitatiegesprek|entrevista|entretien|entrevue|colloquio|gesprek)(?![\p{L}])/iu;
const OTHER_LANGUAGE_SEPARATOR = /^[\s:|–-]+/;
const OTHER_LANGUAGE_CONNECTOR = /^(?:au poste d[e'’] ?|pour le poste d[e'’] ?|para el puesto de |para la vacante de |para |como |als |voor |per |a )/i;

/** What follows the application or interview word of a subject in another language, or null. */
function otherLanguageSubject(subject: string): string | null {
  const head = OTHER_LANGUAGE_HEAD.exec(subject);
  if (!head) return null;
  const rest = subject.slice(head[0].length).replace(OTHER_LANGUAGE_SEPARATOR, '');
  return rest.replace(OTHER_LANGUAGE_CONNECTOR, '').trim() || null;
}

/**
 * A reply's subject that is only a title ("Re: Brewery Operations Manager", "Re: Audience Editor,
 * Newsletters"): capitalised words ending in a title's head noun, a specialty after a comma allowed.
 */
const SUBJECT_TITLE_ONLY = /^((?:\p{Lu}[\p{L}.'’&/-]{0,24}|of|and|&|for) ){0,5}\p{Lu}[\p{L}.'’-]{1,24}(?:, \p{Lu}[\p{L}&' -]{1,40})?(?: \([^()]{1,40}\))?$/u;
/** What may follow a title's head noun in a bare subject: a level ("Research Associate II") or a bracket. */
const AFTER_HEAD = /(?: \([^()]{1,40}\))?(?: (?:I{1,3}|IV|V|[1-5]))?$/;
const TITLE_HEAD_LAST = new RegExp(`${TITLE_HEAD.source.replace(/\\b$/, '')}$`, 'i');
const HEAD_OF = /^(?:head|director|vp|vice president|chief) of\b/i;

const NOT_A_TITLE = /\b(?:equal|employment|leadership|benefits|diversity|inclusion|privacy|unsubscribe|update|status|feedback|your|our|this|that|which|we|you|interest|application|applying|company|us|following|above|below|next|current|open|opportunities|roles|positions|jobs|vacancies|future|second|first|third|final|challenging|exciting|great|interesting|monday|tuesday|wednesday|thursday|friday|saturday|sunday|has|have|was|were|is|are|been|will|would|received|submitted|reviewed)\b/i;

/** Requisition ids and job numbers: "(R-12345)", "Req #123", "- JR-2024-001", "[12345]". */
const REQUISITION_PATTERNS: readonly RegExp[] = [
  /\s*[([]\s*(?:(?:req(?:uisition)?|job|id|ref)\.?\s*(?:id|#|no\.?|number)?\s*[:#]?\s*)?[A-Z]{0,4}[-_ ]?\d[\w-]*\s*[)\]]/gi,
  /\s*[-–|,:]?\s*\b(?:req(?:uisition)?|job|ref)\.?\s*(?:id|#|no\.?|number)?\s*[:#]?\s*[A-Z]{0,4}[-_]?\d[\w-]*/gi,
  /\s*[-–|,]?\s*(?:#|\b(?:R|JR|REQ)-?)\d[\w-]*/g,
  /\s+[-–|]\s*\d{3,}\s*$/g,
  // "… – CRA-HEO-0926": a reference code after a dash.
  /\s+[-–|]\s*[A-Z]{1,6}(?:-[A-Z0-9]{1,8}){0,4}-?\d{2,}[\w-]*\s*$/g,
  // "69073 Junior Java Developer": a bare job number before the title.
  /^\s*\d{4,}\s+/g,
  // Public-sector postings: "…, announcement number VA-26-FW-1184", "selection process 26-DFO-NCR-0412, …".
  /\s*,?\s*\b(?:announcement|selection process|competition|posting|vacancy|reference)(?: (?:number|no\.?|#|id))?\s*[:#]?\s*[A-Z0-9]{1,6}(?:-[A-Z0-9]{1,8}){1,5}\s*,?/gi,
  // "…, ref HR/OPS/0417", "– Ref. KX.2026.18": an upper-case reference code with slashes or dots, at the end.
  /(?:,|\s[-–|])? ?\b(?:[Rr]ef|REF|[Rr]eference)\.?(?: (?:[Nn]o\.?|[Nn]umber|#))? ?[:#]? ?[A-Z0-9]{1,8}(?:[/._-][A-Z0-9]{1,8}){1,5}$/g,
];

/** "(REF: UMTA/HR/2026/114)", "(Req. 4471)": any bracket that says it holds a reference. */
const REFERENCE_BRACKET = /\s*\((?:ref|reference|req|requisition|job|vacancy|post(?:ing)?|competition)\b[^)]{0,60}\)/gi;

/** "2026-4471 - Summer Intern", "JR-20931 | Buyer": a job number with its own dashes, then a separator (cut before the ids inside titles). */
const LEADING_JOB_NUMBER = /^\s*(?:[A-Z]{1,4}[-_])?\d[\d-]{3,}\s[-–|:]\s/;
/**
 * "Transit Operator, Competition No": a reference's label whose number the sentence end cut off
 * (the dot after "No" ended the capture).
 */
const DANGLING_REFERENCE = /,? (?:[Cc]ompetition|[Jj]ob|[Rr]eq(?:uisition)?|[Rr]ef(?:erence)?|[Vv]acancy|[Pp]osting) (?:[Nn]o|[Nn]umber|#|ID|[Ii]d)$/;
/** "Assistant Store Manager – Store #214 (Maple Grove)": the store or site the post is at, by its number. */
const TRAILING_SITE = / [-–|] (?:[Ss]tore|[Ss]ite|[Bb]ranch|[Rr]estaurant|[Ss]hop|[Cc]linic|[Ll]ocation|[Uu]nit) #?\d{1,6}(?: \([^()]{1,40}\))?$/;

export function stripRequisition(title: string): string {
  let result = title.replace(LEADING_JOB_NUMBER, '').replace(TRAILING_SITE, '').replace(DANGLING_REFERENCE, '').replace(TRAILING_VACANCY_NUMBER, '').replace(REFERENCE_BRACKET, '');
  for (const pattern of REQUISITION_PATTERNS) result = result.replace(pattern, '');
  return result;
}

/** "(m/f/d)", "(w/m/d)", "(all genders)": the gender note German and Austrian ads add to a title. */
const GENDER_MARKER = /\s*\((?:[mwfdx](?:\s*[/|,]\s*[mwfdx]){1,3}|all genders?|m\/w\/div)\)/gi;
/**
 * "…, Grade 7", "… (APS Level 6)", "… – Band 5": the pay grade a public employer appends after the
 * title is not part of it (a grade before the title, "Band 6 Physiotherapist", stays; a bare
 * "(Level 3)" may name the post's level and stays too; a bare "(Grade 7)" or "(Band 5)" is the pay).
 */
const TRAILING_GRADE = /(?: \((?:[A-Z]{2,4} (?:Grade|Band|Level|Scale|Pay Band)|Grade|Band|Scale|Pay Band) [A-Z0-9]{1,3}\)|(?:,| [-–]) (?:[A-Z]{2,4} )?(?:Grade|Band|Level|Scale|Pay Band) [A-Z0-9]{1,3})$/;
/** "…, Vacancy 26/0451", "… Job No. 4471/B": a vacancy number written with slashes, at the end. */
const TRAILING_VACANCY_NUMBER = /,?\s(?:[Vv]acancy|[Jj]ob|[Pp]osting|[Cc]ompetition)(?: (?:[Nn]o\.?|[Nn]umber|#))? ?[:#]? ?\d[\dA-Z]*(?:[/.][\dA-Z]+){1,3}$/;
/** "Junior DevEx Engineer in New York, NY": the place is not part of the title. */
const TRAILING_LOCATION = /\s+in\s+\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){0,2},\s*(?:[A-Z]{2}|\p{Lu}[\p{L}-]+)$/u;
/** A preposition left at the end when the company after it was on the next line ("Engineer at"). */
const TRAILING_PREPOSITION = /(?:\s+(?:at|with|for|in|of|to|from|bei|chez|@))+$/i;

/** "… Engineer today at 16:00", "… Engineer on Monday": when it happens is not the title (cut where it starts). */
const TRAILING_WHEN = / (?:today|tomorrow|tonight|this (?:morning|afternoon|evening|week)|(?:on|this|next) (?:mon|tues|wednes|thurs|fri|satur|sun)day|at \d{1,2}(?:[:.]\d\d)?(?: ?[ap]m)?)\b/i;
/** "…, Round 1", "… interview & kitchen trial": the stage an event names, after the title (cut where it starts). */
const TRAILING_STAGE = /,? (?:[Rr]ound|[Ss]tage) \d\b| (?:interview|screen|trial|call|chat)\b/;
/** "Software Engineer, Payments and decided not to move forward": a sentence going on after the title. */
const TRAILING_CLAUSE = / and (?:have |has |had |we(?:'ve| have)? )?(?:decided|chosen|regret|wish|would|will|are|were|can|cannot)\b/;
/** "Assistant Professor, Environmental Law - search outcome": a lower-case topic after a dash is the mail's, not the title's. */
const LOWER_TOPIC_TAIL = / [-–—] (?=\p{Ll}+(?: \p{Ll}+){0,3}$)/u;
const JOIN_WORD = /^(?:of|and|for|in|to|de|the|la|du)$/;
const LOWER_WORD = /^\p{Ll}[\p{Ll}’'-]*$/u;

function cutAt(role: string, pattern: RegExp): string {
  const at = pattern.exec(role)?.index;
  return at !== undefined && at > 0 ? role.slice(0, at) : role;
}

/** "Banquet Captain come through": up to three lower-case words after a capitalised title, none a job noun or a joiner, carry the sentence on. */
function withoutLowerTail(role: string): string {
  const words = role.split(' ');
  let keep = words.length;
  while (keep > 1 && words.length - keep < 3 && LOWER_WORD.test(words[keep - 1] ?? '') && !JOIN_WORD.test(words[keep - 1] ?? '')) keep--;
  if (keep === words.length || !/\p{Lu}/u.test(words[keep - 1] ?? '')) return role;
  const tail = words.slice(keep).join(' ');
  return TITLE_HEAD.test(tail) ? role : words.slice(0, keep).join(' ');
}

/** Job nouns that alone name a rank or a relation, not a post ("Re: Lead", "the Partner"). */
const LONE_GENERIC = /^(?:lead|head|chief|partner|associate|principal|owner|executive|fellow|officer|agent|worker|expert|member|leader|staff|founder|president)s?$/i;

/** One or two lower-case words before a capitalised title ("new", "open", "exciting new"). */
const LOWER_CASE_LEAD = /^(?:\p{Ll}[\p{Ll}-]{0,20} ){1,2}(?=\p{Lu})/u;

/** Trims and validates a captured title; null when it is not one. */
export function cleanRole(raw: string, company: string | null): string | null {
  let role = stripRequisition(raw.replace(/\s+/g, ' ').trim());
  role = role.replace(/^[\s,;:–-]+/, '').replace(/^(?:be|become) (?=(?:an?|our|the)\b)/i, '');
  role = role.replace(/^(?:(?:the|a|an|our|your|next|position|role|job|post)\b\s*)+/i, '').replace(/ (?:position|role|job|opening|spot)$/i, '');
  // "new Solutions Architect": lower-case words before a capitalised title describe the opening.
  role = role.replace(LOWER_CASE_LEAD, '');
  role = role.replace(/^["'“‘]+|["'”’]+$/g, '').replace(/(?<![\s,.;:!?–—-])[\s,.;:!?–—-]+$/, '').trim();
  if (company) role = cutBeforeCompany(role, company);
  role = role.replace(/\s+(?:at|with)\s+[A-Z][\w&.,' -]*$/, '').trim();
  role = role.replace(TRAILING_GRADE, '').trim();
  role = role.replace(GENDER_MARKER, '').replace(TRAILING_LOCATION, '').replace(TRAILING_PREPOSITION, '').trim();
  role = withoutLowerTail(cutAt(cutAt(cutAt(cutAt(role, TRAILING_WHEN), TRAILING_STAGE), TRAILING_CLAUSE), LOWER_TOPIC_TAIL).trim());
  if (role.length < 2 || role.length > MAX_ROLE_LENGTH) return null;
  if (role.split(' ').length > MAX_ROLE_WORDS) return null;
  if (NOT_A_TITLE.test(role)) return null;
  // "it" the pronoun, not "IT Specialist"; "the hiring team", not "Team Leader"; "privacy policy", not "Policy Adviser".
  if (/\bit\b|^It\b/.test(role) || /\bteam$|\bpolicy (?:on|for|of)\b|\bour policy\b/i.test(role)) return null;
  // A lone word is a title only when it names one ("Paralegal", "Designer"), never "leadership".
  if (!role.includes(' ') && (!TITLE_HEAD.test(role) || LONE_GENERIC.test(role))) return null;
  if (company && squash(role) === squash(company)) return null;
  if (!/[A-Za-z]/.test(role)) return null;
  if (/^(?:on|in|at|by|from|to)\b|\d{1,2}\/\d{1,2}\/\d{2,4}|^\(/i.test(role)) return null;
  // Template placeholders ("[Job Title]", "{{role}}", "%TITLE%") are not titles.
  if (/[[\]{}%<>]/.test(role)) return null;
  // "our Talent Community", "the talent pool": where a general application goes, not a post.
  if (/\btalent (?:community|pool|network)\b/i.test(role)) return null;
  return role;
}

const COMPANY_JOINER = /\s+(?:at|with|@|[-–|])\s+$/i;

/** "Data Engineer at Acme Corp …" → "Data Engineer" (no regex built per company and call). */
function cutBeforeCompany(role: string, company: string): string {
  const lowerRole = role.toLowerCase();
  const lowerCompany = company.toLowerCase();
  for (let at = lowerRole.indexOf(lowerCompany); at > 0; at = lowerRole.indexOf(lowerCompany, at + 1)) {
    const joiner = COMPANY_JOINER.exec(role.slice(0, at));
    if (joiner) return role.slice(0, joiner.index).trim();
  }
  return role;
}


/**
 * What each source is worth alone: a labelled field or an explicit "position of" beats the
 * subject line, which beats a title-shaped phrase, which beats a subject split in two.
 */
const SCORES = { label: 9, explicit: 8, lineAfterLead: 7, subject: 7, event: 6, titled: 6, late: 5, card: 5, subjectTitleOnly: 5, subjectSplit: 4, titleShape: 4 } as const;
/** Below this no role is reported. */
const MIN_ROLE_SCORE = 4;
const MAX_AGREEMENT = 2;

interface RoleClue {
  readonly value: string;
  readonly tag: string;
  readonly score: number;
}

/** A line that ends where a title starts on the next line ("We've received your application for"). */
const LEAD_LINE = /\b(?:application|applying|applied|interest|team|interview|hiring|candidacy) (?:for|as|to)(?: the)?(?: (?:position|role) of)?[ \t]*$|\b(?:position|role) of[ \t]*$/i;
/** A line that ends on "your application" (a board's relay puts the post's card under it). */
const APPLICATION_LINE = /\byour application(?: (?:was|has been) (?:successfully )?(?:sent|submitted|received|delivered)(?: to [^\n]{1,40})?| (?:via|on|through|with) [^\n]{1,30})?[.:!]?$/i;
/** A card line's dressing: a bar or bullet before the title, a link after it ("| Data Manager [https://…]"). */
const CARD_BULLET = /^[|•·>*]\s*/;
const CARD_LINK = /^\[(?:https?:|www\.)/;

/** The line without a link written after it in brackets ("Data Manager [https://…]" → "Data Manager"). */
function withoutLink(line: string): string {
  const open = line.lastIndexOf(' [');
  return open > 0 && line.endsWith(']') && CARD_LINK.test(line.slice(open + 1)) ? line.slice(0, open) : line;
}
/** Words a title is made of, each bounded, for "the X role" (case-sensitive: titles are capitalised). */
const TITLE_WORD = String.raw`(?:[A-Z][\w.&'’+/-]{0,30}|\([^()\n]{1,30}\))`;
const TITLE_JOIN = String.raw`(?:of|and|&|for|in|to|de|[-–/+])`;
const TITLED = String.raw`(${TITLE_WORD}(?:,? (?:${TITLE_WORD}|${TITLE_JOIN})){0,11})`;
/** "the Senior Copywriter interview", "the Supply Chain Analyst contract", "the Regional Finance Controller position". */
const TITLED_ROLE = new RegExp(String.raw`\b(?:the|our|this|your|a|an) ${TITLED} (?:role|position|opening|vacancy|job|requisition|search|contract|spot|post|interview|opportunity|team)\b`, 'g');
/** Subject and event-line separators. */
const PART_SEPARATOR = /\s+[-–—|:/@]\s+|:\s+/;
/** What a scheduling tool adds after a title in an event name ("… Analyst Interview"). */
const EVENT_SUFFIX = /\s+(?:(?:final|first|second|third|technical|phone|video|onsite|on-site|panel|intro|introductory|culture|team) )?(?:interview|screen|screening|call|chat|panel|meeting|session|conversation)$/i;
/**
 * "Interview Supply Chain Analyst", "Video interview: …" run together: the stage before a title of
 * two or more capitalised words ("Interview Coordinator" stays a title).
 */
const EVENT_PREFIX = /^(?:(?:[Ff]inal|[Ff]irst|[Ss]econd|[Tt]echnical|[Pp]hone|[Vv]ideo|[Pp]anel|[Oo]nsite) )?(?:[Ii]nterview|[Ss]creening|[Ii]nvitation)\s+(?=\p{Lu}\S* \p{Lu})/u;
/** Who or what stage an event is with ("Recruiter Screen", "Hiring Manager Interview"): not the post. */
const EVENT_STAGE = /^(?:recruiter|hiring manager|manager|hr|founder|ceo|cto|team|panel|technical|final|phone|video|intro|introductory|culture|onsite)$/i;
const EVENT_LABEL = /^(?:event(?: type| name)?|what|topic|meeting|title|subject)\s*:\s*(.*)$/i;
/** Whether any line is an event label: tested once on the body before any line is. */
const EVENT_HINT = /^(?:event|what|topic|meeting|title|subject)[^:\n]{0,12}:/im;
/** The end of a line that can lead to a title on the next one. */
const LEAD_LINE_END = /(?:for|as|to|the|of)[ \t]*$/i;
const BRACKETED_PART = /\(([^()]{2,60})\)/g;
/** A line that is only a person's name, as a sign-off writes it above the signer's title (post-nominals allowed: ", P.E."). */
const PERSON_LINE = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}\.?)?(?: \p{Lu}[\p{Ll}'’-]+){1,2}(?:, \p{Lu}[\p{L}.]+)?$/u;
/** Body lines read for labels, cards and event lines: a role is stated near the top. */
const MAX_LINES_READ = 80;

export interface RoleReading {
  readonly found: Found<string> | null;
  readonly candidates: readonly Candidate[];
}

/** `body` is the flowing own text (see `BodyText.flowing`): a title wrapped over two lines is one. */
export function findRole(subject: string, body: string, company: string | null): Found<string> | null {
  const reading = readRole(subject, body, company);
  return reading.found ? { ...reading.found, candidates: reading.candidates } : null;
}

export function readRole(subject: string, body: string, company: string | null): RoleReading {
  const cleanSubject = subject.replace(/^(?:\s*(?:re|fw|fwd|aw|wg|tr)\s*:\s*)+/i, '').trim();
  const text = `${cleanSubject}\n${body}`;
  const clues: RoleClue[] = [];
  const add = (raw: string | undefined, tag: string, score: number, needsTitleHead = false): void => {
    // "apply as soon as possible": after "as", only a capitalised title is one.
    if (tag === 'role:application-as' && !/^(?:an? )?[\p{Lu}\d]/u.test(raw ?? '')) return;
    const role = raw ? cleanRole(raw, company) : null;
    if (role && (!needsTitleHead || TITLE_HEAD.test(role))) clues.push({ value: role, tag, score });
  };
  // Strongest sources first; a source that could not win even with every agreement is skipped.
  const best = (): number => clues.reduce((max, clue) => Math.max(max, clue.score), 0);
  const worthReading = (score: number): boolean => score + MAX_AGREEMENT > best();
  for (const row of labelledTitles(body)) {
    // A form's answer is the candidate's own words: only a capitalised one reads as a title.
    if (row.question) {
      if (/^\p{Lu}/u.test(row.value)) add(row.value, 'role:question', SCORES.lineAfterLead);
    } else add(row.value, 'role:label', SCORES.label);
  }
  BODY_PATTERNS.slice(0, EXPLICIT_BODY_PATTERNS).forEach(([name, pattern]) => {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      // "the post of Lecturer in Economics": the pattern stops at "in"; an academic title goes on.
      const raw = name === 'position-of' && match[1] ? withAcademicField(match[1], text, match.index + match[0].length) : match[1];
      add(raw, `role:${name}`, SCORES.explicit);
    }
  });
  for (const [name, pattern] of SUBJECT_PATTERNS) {
    const captured = pattern.exec(cleanSubject)?.[1];
    // A subject line is short on grammar: only a phrase with a title's head noun is read as one.
    if (captured) add(titlePart(captured, company), `role:${name}`, SCORES.subject, true);
  }
  // In another language, the title's words are not English: one that starts with a capital will do.
  const foreign = otherLanguageSubject(cleanSubject);
  if (foreign && /^\p{Lu}/u.test(foreign)) add(titlePart(foreign, company), 'role:subject:other-language', SCORES.subject);
  // "RE: Research Associate II (JR-0099)": the requisition is not part of the subject's shape.
  const bareSubject = stripRequisition(cleanSubject).trim();
  if (SUBJECT_TITLE_ONLY.test(bareSubject)) {
    const head = (bareSubject.split(',')[0] ?? bareSubject).replace(AFTER_HEAD, '');
    if (TITLE_HEAD_LAST.test(head) || HEAD_OF.test(head)) add(bareSubject, 'role:subject:title-only', SCORES.subjectTitleOnly);
  }
  if (worthReading(SCORES.lineAfterLead)) lineClues(body, company, add);
  if (worthReading(SCORES.titled)) {
    TITLED_ROLE.lastIndex = 0;
    for (const match of text.matchAll(TITLED_ROLE)) add(match[1], 'role:titled', SCORES.titled, true);
  }
  if (worthReading(SCORES.late)) {
    for (const [name, pattern] of BODY_PATTERNS.slice(EXPLICIT_BODY_PATTERNS)) {
      pattern.lastIndex = 0;
      for (const match of text.matchAll(pattern)) add(match[1], `role:${name}`, SCORES.late);
    }
  }
  if (worthReading(SCORES.subjectSplit)) {
    for (const part of titleParts(cleanSubject, company)) add(part, 'role:subject:split', SCORES.subjectSplit, true);
    // "Quaystone (Logistics Coordinator)": a title in brackets beside the employer's name.
    BRACKETED_PART.lastIndex = 0;
    for (const inside of cleanSubject.matchAll(BRACKETED_PART)) add(inside[1], 'role:subject:bracket', SCORES.subjectSplit, true);
  }
  // Weakest: a capitalised phrase ending in a job noun after "for", "as a", "hiring a".
  if (worthReading(SCORES.titleShape)) for (const shape of titleShapes(text)) add(shape, 'role:title-shape', SCORES.titleShape, true);
  return writtenOut(decide(clues), text, company);
}

/** A casual winner ("ops lead") reported as the mail writes it out elsewhere ("Operations Lead"). */
function writtenOut(reading: RoleReading, text: string, company: string | null): RoleReading {
  const found = reading.found;
  if (!found || !isCasual(found.value)) return reading;
  const written = writtenOutTitle(found.value, text);
  const role = written ? cleanRole(written, company) : null;
  if (!role || !TITLE_HEAD.test(role)) return reading;
  const candidates = reading.candidates.map((candidate) => (candidate.chosen ? { ...candidate, value: role, evidence: [...candidate.evidence, 'written-out'] } : candidate));
  return { found: { value: role, signal: found.signal }, candidates };
}

/** Titles on lines of their own: after a lead line, under the company's name, in an event line. */
function lineClues(body: string, company: string | null, add: (raw: string | undefined, tag: string, score: number, needsTitleHead?: boolean) => void): void {
  const lines = body.split('\n', MAX_LINES_READ).map((line) => line.trim());
  const hasEvents = EVENT_HINT.test(body);
  const companyKey = company ? squash(company) : '';
  const nextLine = (i: number): string | undefined => lines.slice(i + 1, i + 3).find((candidate) => candidate !== '');
  const previousLine = (i: number): string | undefined => lines.slice(Math.max(0, i - 2), i).reverse().find((candidate) => candidate !== '');
  for (const card of jobCards(lines)) add(card.title, 'role:card', SCORES.card, true);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    // Cheap tests first: most lines end otherwise and are not the company's name.
    if (LEAD_LINE_END.test(line.slice(-12)) && LEAD_LINE.test(line)) add(nextLine(i)?.replace(/[.!]$/, ''), 'role:line-after-lead', SCORES.lineAfterLead);
    // A board's relay: "Acme has received your application" / "An update on your application", the title under it.
    else if (APPLICATION_LINE.test(line)) {
      const cardLine = nextLine(i);
      const title = cardLine === undefined ? undefined : withoutLink(cardLine.replace(CARD_BULLET, ''));
      // "Graduate Civil Engineer - Three Waters": the title's head is before a dashed specialty.
      if (title && isCardTitle(title.split(/ [-–] /)[0] ?? title)) add(title, 'role:line-after-lead', SCORES.lineAfterLead);
    }
    // Job-board cards: the employer's name, then the title ("Marrowgate Analytics\nSenior BI Developer").
    if (companyKey !== '' && Math.abs(line.length - company!.length) <= 4 && squash(line) === companyKey) add(nextLine(i), 'role:card', SCORES.card, true);
    // …or the title, then the employer and place ("Director of Food & Beverage\nOchre & Salt · Austin, TX").
    // (Not a sign-off: "Carly Westover\nSenior Recruiter\nSummitline Outdoor · Boulder, CO" is the writer's title.)
    const below = companyKey !== '' ? nextLine(i) : undefined;
    if (below && below.length > company!.length && squash(below.split(/\s+[·|•]\s+/)[0] ?? '') === companyKey && !PERSON_LINE.test(previousLine(i) ?? '')) add(line, 'role:card', SCORES.card, true);
    const event = hasEvents ? EVENT_LABEL.exec(line) : null;
    const eventValue = event ? (event[1]?.trim() || nextLine(i)) : undefined;
    if (eventValue) {
      BRACKETED_PART.lastIndex = 0;
      for (const inside of eventValue.matchAll(BRACKETED_PART)) add(inside[1], 'role:event', SCORES.event, true);
      for (const part of titleParts(eventValue.replace(BRACKETED_PART, ''), company)) add(part, 'role:event', SCORES.event, true);
    }
  }
}

/** The parts of a subject or event name that are titles ("Acme – Data Analyst Interview – J. Doe"). */
function titleParts(line: string, company: string | null): string[] {
  const split = withSlashTitles(line, PART_SEPARATOR).map((part) => part.trim());
  if (split.filter((part) => part !== '').length < 2) return [];
  const parts = split
    .filter((part) => !(EVENT_SUFFIX.test(part) && EVENT_STAGE.test(part.replace(EVENT_SUFFIX, ''))))
    .map((part) => part.replace(EVENT_SUFFIX, '').replace(EVENT_PREFIX, ''))
    .filter((part) => part !== '');
  return parts.filter((part) => !(company && squash(part) === squash(company)) && TITLE_HEAD.test(part));
}

/** A subject capture can run on into the company or the candidate's name: keep the title part. */
function titlePart(captured: string, company: string | null): string {
  // "Change of plan: Paralegal, Litigation interview": a topic before a colon is not the title
  // ("Analyst: Demand Planning" is one).
  const colon = captured.indexOf(': ');
  if (colon > 0 && !TITLE_HEAD.test(captured.slice(0, colon))) captured = captured.slice(colon + 2);
  const parts = withSlashTitles(captured, /\s+[-–—|/]\s+/).map((part) => part.trim()).filter((part) => part !== '' && !(company && squash(part) === squash(company)));
  return parts.find((part) => TITLE_HEAD.test(part)) ?? parts[0] ?? captured;
}

/**
 * `line` split at `separator`, except a slash between two titles, which is one dual post
 * ("Junior Copywriter / Content Editor"); "Final interview / Brand Manager" still splits.
 */
function withSlashTitles(line: string, separator: RegExp): string[] {
  const halves = line.split(' / ');
  const joined: string[] = [halves[0] ?? ''];
  for (const half of halves.slice(1)) {
    const last = joined.length - 1;
    const before = (joined[last] ?? '').split(separator).pop() ?? '';
    const after = half.split(separator)[0] ?? '';
    if (TITLE_HEAD.test(before) && TITLE_HEAD.test(after)) joined[last] = `${joined[last] ?? ''}${SLASH_MARK}${half}`;
    else joined.push(half);
  }
  return joined.join(' / ').split(separator).map((part) => part.replaceAll(SLASH_MARK, ' / '));
}
/** Stands for a kept " / " while a line is split (a character no mail text holds). */
const SLASH_MARK = '\u0000';

/** A title written in lower case ("the CV engineer role", "the mobile dev role") is a casual mention. */
const CASUAL_PENALTY = 4;

function isCasual(title: string): boolean {
  const bare = title.endsWith(')') && title.includes('(') ? title.slice(0, title.lastIndexOf('(')) : title;
  const core = bare.split(/[,:]/)[0] ?? bare;
  return /^\p{Ll}/u.test(core.trim().split(' ').pop() ?? '');
}

/** Groups clues naming one title (by role key), scores each group and picks the best. */
function decide(clues: readonly RoleClue[]): RoleReading {
  const groups = new Map<string, RoleClue[]>();
  for (const clue of clues) {
    // Grouping only: case and punctuation apart, the same title ("Sr." and "Senior" stay apart here).
    const key = clue.value.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const group = groups.get(key);
    if (group) group.push(clue);
    else groups.set(key, [clue]);
  }
  const scored: Candidate[] = [...groups.values()].map((group) => {
    const best = group.reduce((a, b) => (b.score > a.score ? b : a));
    const tags = [...new Set(group.map((clue) => clue.tag))];
    return { field: 'role', value: best.value, score: best.score + Math.min(MAX_AGREEMENT, tags.length - 1), evidence: tags, chosen: false };
  });
  // A casual mention loses to a title written out elsewhere, and only then.
  if (scored.some((candidate) => !isCasual(candidate.value))) {
    for (const [index, candidate] of scored.entries()) if (isCasual(candidate.value)) scored[index] = { ...candidate, score: candidate.score - CASUAL_PENALTY };
  }
  scored.sort((a, b) => b.score - a.score);
  const winner = scored[0];
  const candidates = scored.map((candidate) => ({ ...candidate, chosen: candidate === winner && candidate.score >= MIN_ROLE_SCORE }));
  const chosen = candidates.find((candidate) => candidate.chosen);
  return { found: chosen ? { value: chosen.value, signal: chosen.evidence[0] ?? 'role:unknown' } : null, candidates };
}
