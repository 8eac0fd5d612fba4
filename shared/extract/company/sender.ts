import type { Mailbox } from '../../domain/message.ts';
import { cleanCompany, squash } from '../company-name.ts';
import { domainOf, isFreeMailDomain, isPlatformName, isRobotAddress } from '../robots.ts';
import { isPlatformDomain } from './ats.ts';
import { SOURCE_SCORES, type Clue } from './clue.ts';

/** Display-name words that say the sender is a department, not a person. */
/** "Graduate Recruitment", "Campus Hiring": a department named for whom it hires. */
const INTAKE_DEPARTMENT = /\b(?:graduate|campus|student|internship) (?:recruitment|recruiting|hiring|talent|careers)\b/gi;
const DEPARTMENT_WORDS = /\b(?:scheduling|scheduler|interviews?|recruiter|recruiting|recruitment|careers?|talent acquisition|talent|hr|human resources|team|hiring|jobs|no-?reply|notifications?|people|staffing|university recruiting|campus recruiting|applications?|assessments?|onboarding)\b|採用(?:担当|チーム|事務局)?|人事(?:部|担当)?/giu;

/** Subdomains mail systems put in front of the employer's domain. */
const MAIL_SUBDOMAINS = new Set(['mail', 'email', 'e', 'em', 'careers', 'career', 'jobs', 'hr', 'talent', 'recruiting', 'news', 'info', 'notifications', 'mg', 'send', 'bounce', 'reply', 'm', 'mailer', 'smtp', 'corp']);
const SECOND_LEVEL = /^(?:co|com|org|net|ac|gov|edu)\.[a-z]{2}$/;
/**
 * The label reserved for examples (RFC 2606): in "acme.example.co.uk" and "example.com" it
 * names no organisation, so it is passed over, never read as a name.
 */
/** A government second level, under which states and provinces get a label of their own. */
const PUBLIC_SECOND_LEVEL = /^gov\.[a-z]{2}$/;
const RESERVED_LABELS = new Set(['example']);

/** "(she/her)", "[US-US]", "(External)", "(Contractor)": tags a directory adds after a name. */
const NAME_TAG = /^(?:[a-z]{2,4}\/[a-z]{2,4}(?:\/[a-z]{2,4})?|[A-Z]{2,3}(?:-[A-Z]{2,3})+|external|ext|contractor|contract|consultant|guest|intern|he|she|they|via .*)$/i;

/** Two or three capitalised words: the shape of a person's name in a display name. */
const PERSON_SHAPE = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}\.?)?(?: \p{Lu}[\p{Ll}'’-]+){1,2}$/u;

/** "Last, First" as directories write it. */
const LAST_FIRST = /^\p{Lu}[\p{L}'’-]+, \p{Lu}[\p{L}'’-]+/u;

/** Words of an organisation's name: "Northwind Robotics" is not a person, whatever its shape. */
export const ORGANIZATION_WORDS = /\b(?:robotics|health|healthcare|mutual|insurance|energy|foods?|bank|banking|labs?|systems|solutions|technolog\w*|tech|group|partners|capital|analytics|media|software|studios?|logistics|freight|payments|cosmetics|company|corp\w*|inc|ltd|llc|gmbh|services|consulting|holdings|industries|ventures|agency|network|foundation|institute|university|college|hospitals?|clinics?|pharma\w*|bio\w*|motors|airlines?|financial|finance|realty|properties|property|management|marketing|digital|games|entertainment|retail|stores?|markets?|manufacturing|engineering|construction|energy|power|utilities|telecom\w*|communications|security|data|cloud|ai|society|trust|association|council|authority|department|agency|federal|national|international|global|worldwide|outdoor|apparel|brands?|design|creative|studio|works|collective|co)\b/i;

/** Whether a display name is a person: name-shaped and echoed by the address, or "Last, First". */
export function looksLikePerson(name: string, address: string): boolean {
  const trimmed = name.trim();
  if (LAST_FIRST.test(trimmed)) return true;
  if (!PERSON_SHAPE.test(trimmed) || ORGANIZATION_WORDS.test(trimmed)) return false;
  const localPart = address.slice(0, address.lastIndexOf('@'));
  const local = squash(localPart);
  // On a hiring platform a recruiter's relay address has two name parts ("jane.smith+x@…");
  // "northwind@myworkday.com" and "noreply@…" say nothing about who is named.
  if (isPlatformDomain(domainOf(address))) return /^[a-z]{2,20}[._-][a-z]{2,20}(?:[+]|$)/i.test(localPart) && !ROBOT_LOCAL.test(localPart);
  const parts = trimmed.split(' ').map(squash).filter((part) => part.length >= 2);
  return local === '' || parts.some((part) => local.includes(part) || local.startsWith(part.charAt(0) + (parts[parts.length - 1] ?? '')));
}

/** Local parts of machines and team inboxes, which look like "first.last" only by accident. */
const ROBOT_LOCAL = /^(?:no-?reply|do-?not-?reply|notifications?|mailer|jobs|careers|talent|recruiting|hiring|hr|info|team)(?:[._-]|$)/i;

/** Lines from the end of the body where a signer writes their name. */
const SIGNER_LINES = 12;

/**
 * The display name is shaped like a person's name and signs the mail: alone on a sign-off line, or
 * leading one ("Jo Ames, Aldergrove Health", "Jo Ames | Recruiter").
 */
function signsAsPerson(name: string, lines: readonly string[]): boolean {
  if (!PERSON_SHAPE.test(name) || ORGANIZATION_WORDS.test(name)) return false;
  const tail = lines.slice(-SIGNER_LINES);
  return tail.some((line, i) => {
    const trimmed = line.trim();
    const signs = trimmed === name || (trimmed.startsWith(name) && SIGNER_SEPARATOR.test(trimmed.slice(name.length, name.length + 3)));
    return signs && !underAnotherSigner(name, tail.slice(0, i));
  });
}

/** A lone first name: how a person signs a short mail ("Sanne", "Jo"). */
const LONE_FIRST_NAME = /^\p{Lu}[\p{Ll}'’-]{1,20}$/u;

/**
 * "Groetjes,\nSanne\nNoorderzon Mobility": a line under someone else's signed first name is the organisation
 * they sign for, not a second signer.
 */
function underAnotherSigner(name: string, above: readonly string[]): boolean {
  const [previous = '', close = ''] = above.map((line) => line.trim()).filter((line) => line !== '').reverse();
  // The first name itself stands under a closing word ("Groetjes,", "Best,"), not under a label ("Guests").
  return LONE_FIRST_NAME.test(previous) && previous !== name.split(' ')[0] && /[,!]$/.test(close);
}
/** What follows a signer's name on the same line: a comma, a bar or a dash before the title or organisation. */
const SIGNER_SEPARATOR = /^(?:,|\s[|–—-])/;

/** A calendar's notification inbox ("calendar-notification@…"): it sends in the name of whoever organised the event. */
const CALENDAR_LOCAL = /^calendar[._-]?notifications?$/i;

/** "Jun Park <calendar-notification@google.com>": the display name is the event's organiser, a person. */
function organizesEvent(name: string, address: string): boolean {
  return CALENDAR_LOCAL.test(address.slice(0, address.lastIndexOf('@'))) && PERSON_SHAPE.test(name) && !ORGANIZATION_WORDS.test(name);
}

/** "Larchwood Primary School Office": a school's or practice's front desk, named after the institution. */
const FRONT_DESK = /\b(school|academy|college|university|practice|surgery|nursery|clinic) (?:office|admin|administration|reception)\s*$/i;

export function withoutDepartment(name: string): string {
  return name.replace(FRONT_DESK, '$1').replace(INTAKE_DEPARTMENT, ' ').replace(DEPARTMENT_WORDS, ' ').replace(/\s*[-–|:,·]\s*$|^\s*[-–|:,·]\s*/g, '').replace(/\s+/g, ' ').trim();
}

/** Employers the sender's display name gives; `lines` are the body's, where a signer signs. */
export function displayNameClues(from: Mailbox | null, lines: readonly string[] = []): Clue[] {
  if (!from || from.name.trim() === '') return [];
  const clues: Clue[] = [];
  let name = from.name.trim().replace(/^["']|["']$/g, '');
  // "Emily Garner (RAND Corporation)", "Ana Ruiz [Acme]": the organisation in brackets.
  const bracket = /^(.{2,80}?)\s*[([]([^)\]]{2,60})[)\]]\s*$/.exec(name);
  if (bracket?.[1] && bracket[2]) {
    const inside = bracket[2].trim();
    if (!NAME_TAG.test(inside)) {
      const company = cleanCompany(withoutDepartment(inside));
      if (company) clues.push({ value: company, tag: 'display-name:parenthesis', score: SOURCE_SCORES.displayNameParenthesis });
    }
    name = bracket[1].trim();
  }
  // "Acme via Greenhouse", "Jane Smith (via LinkedIn)"
  name = name.replace(/\s*\(?\b(?:via|through)\s+.+$/i, '');
  // "Northgate RPO on behalf of Acme Energy": the agency writes for its client, who is the employer.
  // Not a sender source: an agency's own domain does not make its client the agency.
  const behalf = name.toLowerCase().indexOf(' on behalf of ');
  const client = behalf > 0 ? name.slice(behalf + ' on behalf of '.length) : null;
  const clientName = client ? cleanCompany(withoutDepartment(client)) : null;
  if (clientName) return [...clues, { value: clientName, tag: 'sender-client:on-behalf-of', score: SOURCE_SCORES.displayNameAt }];
  const atCompany = /^.+?\s+(?:at|from|@)\s+(.+)$/i.exec(name);
  if (atCompany?.[1]) {
    const company = cleanCompany(withoutDepartment(atCompany[1]));
    if (company) clues.push({ value: company, tag: 'display-name:at', score: SOURCE_SCORES.displayNameAt });
    return clues;
  }
  // "Jane Smith - Acme", "Jane Smith | Acme Recruiting"
  const separated = name.split(/\s+[-–|·]\s+/);
  if (separated.length === 2) {
    const [left = '', right = ''] = separated;
    // Both sides name-shaped ("Juniper Row Hotels – Marisol Ventura"): the one the address echoes is the person.
    const bothShaped = PERSON_SHAPE.test(left) && PERSON_SHAPE.test(right);
    const rightIsPerson = bothShaped && looksLikePerson(right, from.address) && !looksLikePerson(left, from.address);
    const person = rightIsPerson ? left : PERSON_SHAPE.test(left) ? right : PERSON_SHAPE.test(right) ? left : null;
    const company = person === null ? null : cleanCompany(withoutDepartment(person));
    if (company) {
      clues.push({ value: company, tag: 'display-name:beside-person', score: SOURCE_SCORES.displayNameSeparated });
      return clues;
    }
  }
  const stripped = withoutDepartment(name);
  if (stripped === '' || isPlatformName(stripped)) return clues;
  const hadDepartmentWord = stripped !== name.replace(/\s+/g, ' ').trim();
  if (!hadDepartmentWord && (looksLikePerson(name, from.address) || signsAsPerson(name, lines) || organizesEvent(name, from.address))) return clues;
  const label = domainLabel(domainOf(from.address));
  const squashed = squash(stripped);
  const bareLabel = label?.replace(/-/g, '') ?? '';
  const matchesDomain = label !== null && squashed.length >= 2 && (bareLabel.includes(squashed) || squashed.includes(bareLabel) || spellsInitials(stripped, label));
  if (!hadDepartmentWord && !isRobotAddress(from.address) && !matchesDomain && !isPlatformDomain(domainOf(from.address))) return clues;
  const company = cleanCompany(stripped);
  // "reed.co.uk": a display name that is a web address only restates the sender's domain.
  const score = DOMAIN_SHAPED.test(stripped) ? SOURCE_SCORES.senderDomain : SOURCE_SCORES.displayNameDepartment;
  if (company) clues.push({ value: company, tag: hadDepartmentWord ? 'display-name:department' : 'display-name', score });
  return clues;
}

/** A host name written as the sender's name: "reed.co.uk", "jobs.acme.com". */
const DOMAIN_SHAPED = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}$/i;

/** "Ferncastle Credit Union" at fcu-hr.org: the domain starts with the initials of the name's words. */
function spellsInitials(name: string, label: string): boolean {
  const words = name.split(/\s+/).filter((word) => !/^(?:of|and|the|for|&)$/i.test(word));
  if (words.length < 3) return false;
  const initials = words.map((word) => word.charAt(0).toLowerCase()).join('');
  return (label.split('-')[0] ?? '') === initials;
}

/** The employer's label of a sender domain ("careers.acme-corp.co.uk" → "acme-corp"), or null. */
export function domainLabel(domain: string): string | null {
  if (domain === '' || isPlatformDomain(domain) || isFreeMailDomain(domain)) return null;
  // As a top-level domain ("acme.example") it stands where ".com" would, and is kept as one.
  const labels = domain.split('.').filter((part, i, all) => i === all.length - 1 || !RESERVED_LABELS.has(part));
  if (labels.length < 2) return null;
  const tail = labels.slice(-2).join('.');
  let keep = SECOND_LEVEL.test(tail) ? labels.slice(0, -2) : labels.slice(0, -1);
  // "southernriverswater.vic.gov.au": a state's short label under a public suffix is where, not who.
  if (PUBLIC_SECOND_LEVEL.test(tail) && keep.length >= 2 && (keep.at(-1)?.length ?? 0) <= 3) keep = keep.slice(0, -1);
  const label = keep.filter((part) => !MAIL_SUBDOMAINS.has(part)).pop() ?? keep.pop();
  return label ?? null;
}
