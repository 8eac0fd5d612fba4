import type { Mailbox, OriginalMessage } from '../domain/message.ts';
import type { BodyText } from './body-text.ts';
import { COMPANY_CONTINUATION, ENDS_WITH_LEGAL_FORM, cleanCompany, companyFromRun, squash } from './company-name.ts';
import { tenantOfLinks, tenantOfSender } from './company/ats.ts';
import { boardNames, boardPenalty } from './company/board.ts';
import { SOURCE_SCORES, type Clue, type SlugClue } from './company/clue.ts';
import { eventClues, labelClues, phraseClues, subjectClues } from './company/phrases.ts';
import { logoClues } from './company/logo.ts';
import { parentLinks, weighParents } from './company/parent.ts';
import { MIN_COMPANY_SCORE, isPlatformName, resolveClues } from './company/resolve.ts';
import { signOffClues } from './company/signoff.ts';
import { signerLineClues } from './company/signer-line.ts';
import { weighUnits } from './company/unit.ts';
import { nameForSlug } from './company/slug-name.ts';
import { VENDOR_NAMES } from './company/vendors.ts';
import { ORGANIZATION_WORDS, displayNameClues, domainLabel, looksLikePerson, withoutDepartment } from './company/sender.ts';
import type { Candidate } from './evidence.ts';
import { jobCards } from './job-card.ts';
import { domainOf } from './robots.ts';
import { companyFromTeamLine, type Signature } from './signature.ts';

export interface Found<T> {
  readonly value: T;
  readonly signal: string;
  /** Every value weighed, with its score and evidence (the chosen one flagged), for `--explain`. */
  readonly candidates?: readonly Candidate[];
}

/** The chosen employer (or null) and everything that was weighed to choose it. */
export interface CompanyReading {
  readonly found: Found<string> | null;
  readonly candidates: readonly Candidate[];
}

/**
 * What may stand right before a full name in the body: a preposition, a signature separator
 * ("Recruiter, Acme Games", "HR | Acme AG"), a line start. Subject lines are left out: their dashes
 * separate topics ("Coffee chat — Acme Fellows Program") as often as names.
 */
const NAMING_CONTEXT = /(?:^|\n|\b(?:at|with|to|for|of|join|joining|from|by|bei|chez|für)\s|[,|·•]\s?|\(\s?)$/i;
/** How many characters before an occurrence are read for its context. */
const CONTEXT_CHARS = 12;
/** Lines at the end of the body read as a sign-off ("Recruiter, Acme Games"). */
const SIGN_OFF_LINES = 6;
const TOPIC_WORD = /\b(?:interview|interviews|screen|screening|call|chat|meeting|invitation|invite|panel|round|update|application|offer|assessment|onsite|session|program|programme|fellowship|scheme|webinar|event)\b/i;
const REPLY_PREFIX = /^(?:\s*(?:re|fw|fwd|aw|wg|tr)\s*:\s*)+/i;

export function findCompany(original: OriginalMessage, body: BodyText, signature: Signature | null): Found<string> | null {
  const reading = readCompany(original, body, signature);
  return reading.found ? { ...reading.found, candidates: reading.candidates } : null;
}

/**
 * Every source that can name the employer gives clues; clues naming one employer are grouped and
 * scored together (see `resolveClues`), and the best group wins.
 */
export function readCompany(original: OriginalMessage, body: BodyText, signature: Signature | null): CompanyReading {
  const subject = original.subject.replace(REPLY_PREFIX, '');
  const text = `${original.subject}\n${body.flowing}`;
  const clues: Clue[] = [
    ...phraseClues(text),
    ...subjectClues(subject),
    ...displayNameClues(original.from, body.lines),
    ...signatureAndSignOffClues(signature, signOffClues(body.lines)),
    ...signerLineClues(original.from, body.lines),
    ...eventClues(body.lines),
    ...labelClues(body.lines),
    ...logoClues(body.lines),
    ...jobCards(body.lines).flatMap((card): Clue[] => {
      const employer = cleanCompany(card.employer);
      return employer ? [{ value: employer, tag: 'job-card', score: SOURCE_SCORES.jobCard }] : [];
    }),
  ];
  const domain = domainClue(original.from, text);
  if (domain) clues.push(...domain);
  clues.splice(0, clues.length, ...weighUnits(weighParents(clues, parentLinks(text))));
  const tenant = tenantOfSender(original.from);
  if (tenant) clues.push(...slugClues(tenant, text, SOURCE_SCORES.atsTenant));
  const link = tenantOfLinks(text);
  if (link) clues.push(...slugClues(link, text, SOURCE_SCORES.atsLink));

  // A job board relaying the application signs and sends the mail: the employer it names is the one.
  const board = boardNames(original.from, text);
  if (board) clues.splice(0, clues.length, ...boardPenalty(clues, board));

  const agencyLabel = agencyDomainLabel(original.from) ?? clientTalkLabel(original.from, text);
  // An agency that keeps its client's name back still writes about that client: the agency is never it.
  const penalty = agencyLabel && CONFIDENTIAL_CLIENT.test(text) ? AGENCY_PENALTY * 2 : AGENCY_PENALTY;
  const resolved = resolveClues(agencyLabel ? clues.map((clue) => agencyPenalty(clue, agencyLabel, penalty)) : clues, {
    people: peopleIn(original, body),
    signer: personSigner(signature?.name ?? null),
  });
  const candidates = agencyLabel ? withoutAgencyWinner(resolved) : resolved;
  const chosen = candidates.find((candidate) => candidate.chosen);
  if (!chosen) return quotedReading(original.text, candidates);
  const value = fullerName(chosen.value, text, original.subject.length, () => namingLines(original, body, signature));
  // "Google" from a calendar's notification address runs on into "Google Calendar": the tool, not the employer.
  if (value !== chosen.value && isPlatformName(value)) return { found: null, candidates: candidates.map((candidate) => ({ ...candidate, chosen: false })) };
  const evidence = value === chosen.value ? chosen.evidence : [...chosen.evidence, 'fuller-name'];
  const updated = candidates.map((candidate) => (candidate === chosen ? { ...candidate, value, evidence } : candidate));
  return { found: { value, signal: `company:${chosen.evidence[0] ?? 'unknown'}` }, candidates: updated };
}

/**
 * A one-line reply ("Got it, will pass it on") names no employer; the message it answers, quoted
 * under it, often does: the candidate's own "the Line Cook position at Ember Room". Read only when
 * the reply's own text named nobody, and only from the leads that state the employer outright.
 */
const QUOTED_LEADS = new Set(['phrase:position-at', 'phrase:applying-to', 'phrase:application-to', 'phrase:interview-at']);
const QUOTED_LINE = /^[ \t]*>[ \t]?(.*)$/gm;

function quotedReading(raw: string, candidates: readonly Candidate[]): CompanyReading {
  const quoted = Array.from(raw.matchAll(QUOTED_LINE), (match) => match[1] ?? '').join('\n');
  const clue = quoted === '' ? undefined : phraseClues(quoted).find((found) => QUOTED_LEADS.has(found.tag));
  if (!clue) return { found: null, candidates };
  const candidate: Candidate = { field: 'company', value: clue.value, score: clue.score, evidence: [`quoted:${clue.tag}`], chosen: true };
  return { found: { value: clue.value, signal: `company:quoted:${clue.tag}` }, candidates: [candidate, ...candidates] };
}

/** "Tallowmere Regional Bank" signing a team inbox's mail: three or more words naming an organisation are no person. */
function personSigner(name: string | null): string | null {
  return name !== null && name.split(/\s+/).length >= 3 && ORGANIZATION_WORDS.test(name) ? null : name;
}

/** "Hi Riley,", "Dear Riley Brennan," "G'day Riley": the addressee's name in the greeting. */
const GREETING = /^(?:hi|hello|hey|dear|g'day|good (?:morning|afternoon|evening))\s+(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)/imu;
/** Lines read for a greeting. */
const GREETING_LINES = 3;

/** People the mail names as people: the sender (when name-shaped), the addressee, the greeted. */
function peopleIn(original: OriginalMessage, body: BodyText): string[] {
  const people: string[] = [];
  const greeted = GREETING.exec(body.lines.slice(0, GREETING_LINES).join('\n'))?.[1];
  if (greeted) people.push(greeted);
  const from = original.from;
  if (from && from.name.trim() !== '' && looksLikePerson(from.name.replace(/\s*[([].*$/, ''), from.address)) {
    people.push(from.name.replace(/\s*[([].*$/, '').trim());
  }
  for (const to of original.to) if (to.name.trim() !== '') people.push(to.name.trim());
  return people;
}

function signatureClues(signature: Signature | null): Clue[] {
  if (!signature?.company) return [];
  // "Orchard Biosciences | Ness Ziona, Israel": the place after a separator is not the name.
  const line = signature.company.split(/\s+[|·•]\s+/)[0] ?? signature.company;
  const company = cleanCompany(companyFromTeamLine(line) ?? line);
  return company ? [{ value: company, tag: 'signature', score: SOURCE_SCORES.signature }] : [];
}

/**
 * The signature's organisation line is one of the sign-off's lines: when the sign-off reads it as a
 * unit of the employer, or as a line above the employer's own, the signature counts no more.
 */
function signatureAndSignOffClues(signature: Signature | null, signOff: readonly Clue[]): Clue[] {
  const fromSignature = signatureClues(signature).map((clue) => {
    const same = signOff.find((other) => other.value.toLowerCase() === clue.value.toLowerCase());
    return same && same.score < SOURCE_SCORES.signOffTitleLine ? { ...clue, score: same.score } : clue;
  });
  return [...fromSignature, ...signOff];
}

/**
 * The sender's own domain names the employer ("saltbushenergy.com.au" → "Saltbush Energy"), and
 * a display name that runs on into it names it too ("Priya Raman Kestrel Analytics", as some
 * forwards flatten "Priya Raman (Kestrel Analytics)").
 */
function domainClue(from: Mailbox | null, text: string): Clue[] {
  if (!from) return [];
  const label = domainLabel(domainOf(from.address));
  if (!label) return [];
  const clues: Clue[] = [];
  const named = nameForSlug(label, text);
  const cleaned = named ? cleanCompany(named.value) : null;
  if (cleaned) {
    clues.push({ value: cleaned, tag: 'sender-domain', score: SOURCE_SCORES.senderDomain });
    // "Ember Quill – final round" from @emberquill.com: the subject names the sender's organisation.
    const subjectEnd = text.indexOf('\n');
    if (named?.written && text.slice(0, subjectEnd < 0 ? text.length : subjectEnd).includes(cleaned)) {
      clues.push({ value: cleaned, tag: 'subject:names-sender', score: SOURCE_SCORES.subjectSplit });
    }
  }
  const words = withoutDepartment(from.name).replace(/[()[\]]/g, ' ').split(/\s+/).filter((word) => word !== '');
  const start = words.findIndex((word, i) => i > 0 && squash(word).length >= 3 && label.replace(/-/g, '').startsWith(squash(word)));
  // "Ashcombe Hospitals NHS Trust" from @jobs.nhs.uk: words before the tail naming an organisation
  // make the whole display name the employer, not a person's name followed by it.
  if (start > 0 && !ORGANIZATION_WORDS.test(words.slice(0, start).join(' '))) {
    const tail = cleanCompany(words.slice(start).join(' '));
    if (tail) clues.push({ value: tail, tag: 'display-name:domain-tail', score: SOURCE_SCORES.displayNameDomainTail });
  }
  return clues;
}

/** A tenant slug as the text writes it; a slug the text never writes is only a guess. */
function slugClues(clue: SlugClue, text: string, score: number): Clue[] {
  const named = nameForSlug(clue.slug, text);
  const cleaned = named ? cleanCompany(named.value) : null;
  if (!cleaned || !named) return [];
  // A no-reply inbox's prefix is often cut short ("stald-noreply"): only a name the text writes counts.
  if (clue.tag === 'ats-tenant:no-reply' && !named.written) return [];
  return [{ value: cleaned, tag: clue.tag, score: named.written ? score : Math.min(score, SOURCE_SCORES.atsTenantGuessed) }];
}

/** A sender domain of a staffing or search firm: "bluepeakstaffing", "greyfriarsrecruit". */
const AGENCY_LABEL = /staffing|recruit|talent|search|personnel|resourc|headhunt|placement|careerpartners|executive/;
/** How much an agency's own name loses: its mail is about a client, who is the employer. */
const AGENCY_PENALTY = 4;

export function agencyDomainLabel(from: Mailbox | null): string | null {
  const label = from ? domainLabel(domainOf(from.address)) : null;
  if (label === null || !AGENCY_LABEL.test(label) || isVendorMailLabel(label)) return null;
  return label.replace(/-/g, '');
}

/** "recruiteemail", "workable-mail": a hiring platform's own mail domain, whose name only sounds like an agency's. */
function isVendorMailLabel(label: string): boolean {
  const bare = label.replace(/-/g, '');
  for (const vendor of VENDOR_NAMES) if (vendor.length >= 4 && bare.startsWith(vendor)) return true;
  return false;
}

/**
 * A recruiter speaking of "my client" (or "our client is …") works for an agency whatever its
 * domain is called ("vantagepeople.com"). Plural "our clients" is left out: consultancies hiring for
 * themselves write it too.
 */
const CLIENT_TALK = /\bmy client\b(?!s)|\bour client(?:,| is\b| has\b| would\b| wants\b| needs\b)|\bi (?:recruit|hire|am recruiting|'m recruiting) for\b/i;

function clientTalkLabel(from: Mailbox | null, text: string): string | null {
  const label = from ? domainLabel(domainOf(from.address)) : null;
  return label !== null && CLIENT_TALK.test(text) ? label.replace(/-/g, '') : null;
}

/** The agency's own name (from its domain, display name, signature or sign-off) is not the employer. */
/** "on behalf of a confidential client", "my client (a confidential …)", "they'd rather stay unnamed". */
const CONFIDENTIAL_CLIENT = /\b(?:confidential|unnamed|undisclosed|stealth)(?:[ -]mode)? (?:client|company|employer|organi[sz]ation|firm)\b|\bclient\b[^.\n]{0,40}\b(?:confidential|unnamed|undisclosed)\b|\b(?:can(?:no|')t|unable to) (?:share|disclose|name) (?:the|their|my|our) (?:client|name)/i;

/** Sources that name the sender's own organisation: from an agency, that is the agency. */
const SENDER_SOURCE = /^(?:signature|sign-off|display-name|sender-domain)/;

function agencyPenalty(clue: Clue, agencyLabel: string, penalty = AGENCY_PENALTY): Clue {
  const key = squash(clue.value);
  const core = agencyLabel.split(AGENCY_LABEL)[0] ?? '';
  // "Flink Recruitment | Amsterdam": whatever the agency's sign-off names, it is not the client.
  const isAgency = SENDER_SOURCE.test(clue.tag) || (key.length >= 3 && (agencyLabel.startsWith(key) || (core.length >= 3 && key.includes(core)) || AGENCY_LABEL.test(key)));
  return isAgency ? { ...clue, score: clue.score - penalty, tag: `${clue.tag}:agency` } : clue;
}

/**
 * An agency's own name is never the employer: when only the agency's clues name the winner (the
 * client is kept back, "I can not share the name yet"), the best other group wins, or none.
 */
function withoutAgencyWinner(candidates: readonly Candidate[]): Candidate[] {
  const isAgencyOnly = (candidate: Candidate): boolean => candidate.evidence.every((tag) => tag.endsWith(':agency'));
  const winner = candidates.find((candidate) => candidate.score > 0 && !isAgencyOnly(candidate) && !candidate.evidence.some((tag) => tag.startsWith('rejected:')));
  return candidates.map((candidate) => ({ ...candidate, chosen: candidate === winner && candidate.score >= MIN_COMPANY_SCORE }));
}

/** Where a mail names its sender's organisation outright: display name, signature, sign-off lines. */
function namingLines(original: OriginalMessage, body: BodyText, signature: Signature | null): string[] {
  const lines: string[] = [];
  if (original.from?.name) lines.push(withoutDepartment(original.from.name));
  if (signature?.company) lines.push(signature.company);
  let taken = 0;
  for (let i = body.lines.length - 1; i >= 0 && taken < SIGN_OFF_LINES; i--) {
    const line = body.lines[i]?.trim() ?? '';
    if (line === '') continue;
    taken++;
    for (const part of line.split(/\s+[|·•–—-]\s+|,\s+/)) lines.push(part.trim());
  }
  return lines;
}

/**
 * The fullest form of `name` the mail writes: a name read from a domain ("Emberline") or cut by a
 * department word ("Cobalt Ridge" of "Cobalt Ridge Careers") is often the start of the name the
 * text spells out ("Emberline Games", "Cobalt Ridge Insurance", "Acme Systems GmbH"). A longer form
 * counts when the body writes it where names stand (after "at", a signature separator, a line
 * start), when the mail writes it twice, or when the display name or sign-off gives it.
 */
function fullerName(name: string, text: string, subjectLength: number, namingParts: () => readonly string[]): string {
  const seen = new Map<string, number>();
  const named = new Set<string>();
  let givenElsewhere: ReadonlySet<string> | null = null;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (at > 0 && /[\p{L}\p{N}]/u.test(text.charAt(at - 1))) continue;
    COMPANY_CONTINUATION.lastIndex = end;
    const tail = COMPANY_CONTINUATION.exec(text)?.[0] ?? '';
    const extended = trimContinuation(name, tail);
    if (extended === null) continue;
    // A signature that writes the short name as its own line is how the sender names the employer: a
    // registered name with more words ("… Insurance DAC is regulated by …", "Acme Systems Pte. Ltd.,
    // 1 Main Road") is the legal entity, and another longer form counts only where the sender writes it.
    givenElsewhere ??= new Set(namingParts().map(squash));
    if (givenElsewhere.has(squash(name)) && addsWords(name, extended) && (ENDS_WITH_LEGAL_FORM.test(extended) || !givenElsewhere.has(squash(extended)))) continue;
    seen.set(extended, (seen.get(extended) ?? 0) + 1);
    // "Vellinga Maritime B.V.": the name with its legal form is the name, wherever the line breaks.
    if (ENDS_WITH_LEGAL_FORM.test(extended)) {
      named.add(extended);
      continue;
    }
    const inBody = at > subjectLength;
    if (inBody && NAMING_CONTEXT.test(text.slice(Math.max(subjectLength + 1, at - CONTEXT_CHARS), at))) {
      named.add(extended);
      continue;
    }
    if (givenElsewhere.has(squash(extended))) named.add(extended);
  }
  let best = name;
  for (const [extended, count] of seen) {
    if ((count >= 2 || named.has(extended)) && extended.length > best.length) best = extended;
  }
  return best;
}

/** Whether `extended` adds words to `name` besides its legal form ("Acme Ltd" adds none, "Acme Insurance Ltd" does). */
function addsWords(name: string, extended: string): boolean {
  let bare = extended;
  // "Pte. Ltd.", "Sp. z o.o.": a legal form may be several words.
  for (let i = 0; i < 3 && ENDS_WITH_LEGAL_FORM.test(bare); i++) bare = bare.replace(ENDS_WITH_LEGAL_FORM, '');
  return squash(bare) !== squash(name);
}

/** `name` plus the words after it that still belong to a name, or null when none do. */
function trimContinuation(name: string, tail: string): string | null {
  // "Fenwick Outdoor Co. This note …": after a legal form or a full stop a new sentence starts.
  if (tail === '' || name.endsWith('.') || ENDS_WITH_LEGAL_FORM.test(name)) return null;
  // "Quarryline Technical Interview": a name running into what the mail is about is a topic.
  if (TOPIC_WORD.test(tail.split(' ').slice(0, 4).join(' '))) return null;
  const cleaned = companyFromRun(`${name} ${tail.trimStart()}`.replace(/ ,/g, ','), name.split(' ').length);
  return cleaned !== null && cleaned.length > name.length && cleaned.startsWith(name) ? cleaned : null;
}
