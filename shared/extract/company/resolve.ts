import { companyKey } from '../../applications/normalize.ts';
import { ENDS_WITH_LEGAL_FORM, squash } from '../company-name.ts';
import type { Candidate } from '../evidence.ts';
import type { Clue } from './clue.ts';
import { VENDOR_NAMES } from './vendors.ts';

/**
 * Words a subject line or a template puts where a name could stand ("Urgent", "Action Required",
 * "Reminder"): a value made only of these is never an employer.
 */
const SUBJECT_WORDS = new Set([
  'urgent', 'action', 'required', 'important', 'reminder', 'follow', 'up', 'followup', 'update', 'updates', 're', 'fw',
  'fwd', 'invitation', 'invite', 'interview', 'application', 'next', 'steps', 'step', 'thank', 'thanks', 'you',
  'congratulations', 'hello', 'hi', 'question', 'quick', 'confirmation', 'confirmed', 'request', 'response', 'status',
  'offer', 'final', 'round', 'phone', 'screen', 'availability', 'scheduling', 'schedule', 'time', 'sensitive',
  'checking', 'in', 'message', 'feedback', 'your', 'our', 'regarding', 'reply', 'needed', 'please', 'read',
  'attention', 'asap', 'today', 'tomorrow', 'info', 'information', 'details', 'opportunity', 'hiring', 'exciting',
  'received', 'submitted', 'complete', 'completed', 'incomplete', 'pending', 'notice', 'alert', 'job', 'career',
  'careers', 'role', 'position', 'candidate', 'candidates', 'applicant', 'applicants', 'assessment', 'call', 'chat',
  'meeting', 'welcome', 'dear', 'greetings', 'news', 'decision', 'equal', 'employment', 'leadership', 'and', 'the',
  'a', 'for', 'of', 'to', 'with', 'at', 'on', 'intro', 'introduction', 'introductory', 'screening', 'coffee', 'catch',
  // What a candidate sends, named in a subject beside the title ("Backend Developer - CV").
  'cv', 'resume', 'résumé', 'portfolio', 'references', 'cover', 'letter', 'profile',
  // The same subject words in the languages the classifier reads (German, French, Spanish, Dutch, Italian).
  'ihre', 'ihr', 'deine', 'bewerbung', 'einladung', 'vorstellungsgespräch', 'absage', 'eingangsbestätigung', 'stelle',
  'votre', 'candidature', 'entretien', 'poste', 'su', 'tu', 'candidatura', 'solicitud', 'entrevista', 'puesto',
  'uw', 'je', 'sollicitatie', 'gesprek', 'vacature', 'tua', 'vostra', 'colloquio',
]);
/**
 * Words that head a subject line but can also be a name written in a sentence ("applying to
 * Remote"): a subject clue starting with one is a topic, not an employer.
 */
const SUBJECT_LEADING_WORDS = new Set([...SUBJECT_WORDS, 'new', 'remote', 'virtual', 'video', 'onsite', 'good', 'great', 'exciting', 'last', 'first', 'second']);
/**
 * Departments and business units ("Data Infrastructure", "Consumer & Retail", "People & Culture"):
 * a value made only of these is a team inside the employer, not the employer.
 */
const DEPARTMENT_WORDS = new Set([
  'engineering', 'data', 'infrastructure', 'product', 'platform', 'marketing', 'sales', 'operations', 'finance',
  'research', 'design', 'security', 'people', 'culture', 'customer', 'success', 'support', 'legal', 'growth', 'talent',
  'recruiting', 'hr', 'it', 'technology', 'networks', 'pricing', 'underwriting', 'risk', 'compliance', 'retail',
  'consumer', 'acquisition', 'human', 'resources', 'division', 'department', 'office', 'team', 'services', 'and',
  'strategy', 'analytics', 'communications', 'development', 'business', 'corporate', 'global', 'digital', 'group',
  'unit', 'desk', 'head', 'centre', 'center', 'recruitment', 'selection',
]);
/** Two or three capitalised words, the shape of a full name. */
const PERSON_SHAPED_VALUE = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}$/u;
/** Personal pronouns a name pattern catches at a sentence start. */
const PRONOUNS = new Set(['they', 'we', 'he', 'she', 'i', 'you', 'them', 'us', 'everyone', 'someone', 'somebody', 'nobody']);
/** "(EDT)" in a calendar subject. */
const TIME_ZONE_ABBREVIATION = /^(?:[ECMPA][SD]?T|UTC|GMT|BST|CET|CEST|EET|EEST|WET|IST|SGT|HKT|AEST|AEDT|ACST|AWST|NZST|NZDT|JST|KST|SAST)$/;
/** Mail providers written as names ("Gmail", "Outlook"): never the employer. */
const MAIL_PROVIDER_NAMES = new Set(['gmail', 'googlemail', 'outlook', 'hotmail', 'yahoo', 'icloud', 'aol', 'proton', 'protonmail', 'gmx', 'zoho', 'fastmail']);
/**
 * Hiring platforms, job boards and meeting tools: they send or host the mail for the employer. Only
 * names that are the product's alone ("Google" or "Microsoft" also employ people, so they are left out).
 */
const PLATFORM_NAMES = VENDOR_NAMES;
/** Whether `value` names a hiring platform, job board or meeting tool ("Zoom", "Calendly, Inc."). */
export function isPlatformName(value: string): boolean {
  return PLATFORM_NAMES.has(squash(value.replace(ENDS_WITH_LEGAL_FORM, '')));
}
/** Sources that say who sends the mail or what it is about, not who the candidate applied to. */
const PLATFORM_REJECTED_SOURCE = /^(?:display-name|sender-domain|subject|signature|sign-off|phrase:team|logo|label)/;
/** A weekday or month opening a value: a date caught by a name pattern ("@ Thu Oct 29"). */
const DATE_WORD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|june|july|august|september|october|november|december)$/i;
const DATE_ABBREVIATION = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)$/i;
/** "3pm", "10:30", "12/04": times and dates a name pattern can catch in a subject. */
const TIME_OR_DATE = /^\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)?$|^\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,4})?$/i;

/** "Requisition 55812", "Job #4471", "Vacancy REF-22": a posting's number, not who posts it. */
const REQUISITION = /^(?:requisition|req|job|vacancy|posting|position|ref|reference)\.? ?(?:no\.? ?|number |#)?[A-Z]{0,4}[-#]?\d[\w/-]*$/i;

/** Agreement from another kind of source adds this much, at most `MAX_AGREEMENT` times. */
const AGREEMENT_BONUS = 1;
const MAX_AGREEMENT = 3;
/** Below this a group is not reported as the employer. */
export const MIN_COMPANY_SCORE = 3;

export interface ResolveContext {
  /** Names of people in the mail (sender, addressee): a person is never the employer. */
  readonly people: readonly string[];
  /**
   * The signer's name: a person, unless a strong phrase names it as the employer (a company
   * signing with its own name, "Thanks,\nDwarves Foundation").
   */
  readonly signer: string | null;
}

/** Clues at least this strong are statements about the employer, not guesses from a name's shape. */
const STATED_SCORE = 7;

/** Why a clue is not an employer at all, or null when it may be one. */
export function rejectReason(clue: Clue, context: ResolveContext): string | null {
  const value = clue.value;
  const words = value.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
  if (words.length === 0 || words.every((word) => SUBJECT_WORDS.has(word))) return 'subject-word';
  // "They would like a call", "We have decided": a pronoun opening a sentence stands for the employer, it is not its name.
  if (words.length === 1 && PRONOUNS.has(words[0] ?? '')) return 'pronoun';
  if (clue.tag.startsWith('subject:') && SUBJECT_LEADING_WORDS.has(words[0] ?? '')) return 'subject-word';
  if (words.every((word) => DEPARTMENT_WORDS.has(word))) return 'department';
  if (TIME_ZONE_ABBREVIATION.test(value)) return 'time-zone';
  if (MAIL_PROVIDER_NAMES.has(squash(value)) || /\.(?:com|net|io)$/i.test(value) && MAIL_PROVIDER_NAMES.has(squash(value.replace(/\.\w+$/, '')))) return 'mail-provider';
  if (REQUISITION.test(value)) return 'requisition';
  // "Zoom" beside the title in a subject, "ApplyToEducation" as the sender: the tool, not the employer.
  if (PLATFORM_REJECTED_SOURCE.test(clue.tag) && isPlatformName(value)) return 'platform';
  if (TIME_OR_DATE.test(value) || DATE_WORD.test(words[0] ?? '') || (DATE_ABBREVIATION.test(words[0] ?? '') && /\d/.test(value))) return 'date';
  // Strong statements name the employer even when a person's name matches it (a tenant's display name).
  if (clue.score >= STATED_SCORE) return null;
  const key = squash(value);
  const people = context.signer !== null && clue.score < STATED_SCORE ? [...context.people, context.signer] : context.people;
  for (const person of people) {
    // "Hi Sam," and "Interview – Sam Carter": the greeted first name with a surname is the addressee.
    if (!person.includes(' ') && PERSON_SHAPED_VALUE.test(value) && value.split(' ')[0] === person) return 'person';
    const personKey = squash(person);
    if (personKey.length < 4) continue;
    if (key === personKey) return 'person';
    // "Jane Smith" for a sender "Jane Smith-Lee", or the sender's surname alone.
    const parts = person.split(/[\s,]+/).map(squash).filter((part) => part.length >= 3);
    if (parts.length >= 2 && parts.every((part) => key.includes(part))) return 'person';
  }
  return null;
}

interface Identity {
  readonly words: readonly string[];
  readonly joined: string;
  /** First letters of the words that carry meaning: "Umhlaba Metropolitan Transit Agency" → "umta". */
  readonly initials: string;
  /** The name is written as an acronym ("UMTA", "ECS"). */
  readonly acronym: boolean;
}

const CONNECTORS = new Set(['of', 'and', 'the', 'for', 'de', 'la', 'du', 'und']);

/** The words of a name that tell it apart ("ECS Federal" → "ecs"), joined without spaces too. */
function identity(value: string): Identity {
  const key = companyKey(value) ?? squash(value);
  const words = key.split(' ').filter((word) => word !== '');
  const initials = value
    .split(/[\s&-]+/)
    .filter((word) => word !== '' && !CONNECTORS.has(word.toLowerCase()))
    .map((word) => word.charAt(0).toLowerCase())
    .join('');
  return { words, joined: words.join(''), initials, acronym: /^[A-Z]{2,6}$/.test(value.trim()) };
}

function sameIdentity(x: Identity, y: Identity): boolean {
  if (x.joined === '' || y.joined === '') return false;
  if (x.joined === y.joined) return true;
  // "UMTA" and "Umhlaba Metropolitan Transit Agency".
  if ((x.acronym && y.initials.length >= 2 && y.initials.startsWith(x.joined)) || (y.acronym && x.initials.length >= 2 && x.initials.startsWith(y.joined))) return true;
  const [short, long] = x.words.length <= y.words.length ? [x, y] : [y, x];
  return short.words.every((word, i) => long.words[i] === word);
}

/**
 * Two values name the same employer: one canonical key, one name the start of the other
 * ("Pellucid" / "Pellucid Studios"), or one spelled without its spaces ("BrightWave" / "Bright Wave").
 */
export function sameEmployer(a: string, b: string): boolean {
  return sameIdentity(identity(a), identity(b));
}

interface Group {
  readonly clues: Clue[];
  readonly identities: Identity[];
}

/**
 * Groups clues naming one employer and scores each group: its best clue, plus a point for every
 * other kind of source that agrees. The value shown is the fullest form a strong source wrote.
 */
export function resolveClues(clues: readonly Clue[], context: ResolveContext): Candidate[] {
  const groups: Group[] = [];
  const rejected: Candidate[] = [];
  const identities = new Map<string, Identity>();
  for (const clue of clues) {
    const reason = rejectReason(clue, context);
    if (reason) {
      rejected.push({ field: 'company', value: clue.value, score: 0, evidence: [clue.tag, `rejected:${reason}`], chosen: false });
      continue;
    }
    let id = identities.get(clue.value);
    if (!id) {
      id = identity(clue.value);
      identities.set(clue.value, id);
    }
    const group = groups.find((g) => g.identities.some((member) => sameIdentity(member, id)));
    if (group) {
      group.clues.push(clue);
      group.identities.push(id);
    } else groups.push({ clues: [clue], identities: [id] });
  }
  const scored = groups.map((group) => scoreGroup(group));
  // On a tie, a unit the sign-off names ("School of Environment") gives way to the organisation it is part of.
  scored.sort((a, b) => b.score - a.score || Number(isUnitOnly(a)) - Number(isUnitOnly(b)));
  const winner = scored[0];
  const candidates = scored.map((candidate) => ({ ...candidate, chosen: candidate === winner && candidate.score >= MIN_COMPANY_SCORE }));
  return [...candidates, ...dedupe(rejected)];
}

/** A clue naming a unit of the employer: a sign-off's unit line, or a clue `weighUnits` marked. */
function isUnitTag(tag: string): boolean {
  return (tag.startsWith('sign-off:unit') && !tag.startsWith('sign-off:unit-parent')) || tag.endsWith(':unit');
}

function isUnitOnly(candidate: Candidate): boolean {
  return candidate.evidence.every(isUnitTag);
}

function scoreGroup(group: Group): Candidate {
  const byScore = [...group.clues].sort((a, b) => b.score - a.score);
  const best = byScore[0] as Clue;
  const tags = [...new Set(group.clues.map((clue) => clue.tag))];
  // Sources agreeing on a unit say only that the unit exists, not that it employs.
  const agreement = tags.every(isUnitTag) ? 0 : Math.min(MAX_AGREEMENT, tags.length - 1) * AGREEMENT_BONUS;
  // The fullest form among clues that read the name as written (not from a slug), e.g. "RAND
  // Corporation" over "RAND".
  let value = best.value;
  for (const clue of byScore) {
    // A name guessed from a slug's letters ("Cobaltfern") is not a fuller form; one read into words is.
    const guessed = (clue.tag.startsWith('sender-domain') || clue.tag.startsWith('ats-')) && !clue.value.includes(' ');
    if (clue.score >= best.score - 3 && clue.value.length > value.length && !guessed && !runsOnPastName(value, clue.value)) {
      value = clue.value;
    }
  }
  return { field: 'company', value, score: best.score + agreement, evidence: tags, chosen: false };
}

/**
 * "Acme Health, Pune", "The Acme Health Team Leeds": a sign-off line that runs on past the name into
 * a place or a team word is not a fuller form of it; "Acme, Inc." is.
 */
function runsOnPastName(name: string, longer: string): boolean {
  if (!longer.startsWith(name)) return false;
  const rest = longer.slice(name.length);
  return (/^,\s/.test(rest) && !ENDS_WITH_LEGAL_FORM.test(longer)) || /^\s(?:team|teams)\b/i.test(rest);
}

function dedupe(candidates: readonly Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((candidate) => {
    const key = `${candidate.value}|${candidate.evidence.join(',')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
