import type { ApplicationRecord } from '../domain/application.ts';
import type { EventKind } from '../domain/kinds.ts';
import { isClosed } from '../domain/kinds.ts';
import { domainLabel } from '../extract/company/sender.ts';
import type { MailEvidence } from './evidence.ts';

export interface CorrelationInput {
  readonly kind: EventKind;
  /** The company read from the email (normalised), or null when none could be read. */
  readonly companyKey: string | null;
  readonly roleKey: string | null;
  readonly evidence: MailEvidence;
}

/** One application weighed for an email: its score and the evidence behind it, strongest first. */
export interface ScoredCandidate {
  readonly application: ApplicationRecord;
  /** For ranking: the evidence, less a penalty for a closed application. */
  readonly score: number;
  /** The evidence alone: what ATTACH_MIN_SCORE is checked against. */
  readonly evidenceScore: number;
  readonly evidence: readonly string[];
}

export type Correlation =
  | { readonly match: 'existing'; readonly application: ApplicationRecord; readonly reason: string; readonly score: number }
  /**
   * `ambiguous`: applications with real evidence of their own, none clearly best. The email is
   * filed on its own and the user may merge it (`same as …`).
   */
  | { readonly match: 'new'; readonly reason: string; readonly ambiguous: readonly ScoredCandidate[] }
  /** Only for kind `other`: unrelated mail never starts an application. */
  | { readonly match: 'none'; readonly reason: string };

/**
 * What each piece of evidence is worth. The thread is near proof (a reply to an email of the
 * application); a requisition id names the job; a person already on the application, or the
 * employer's own domain, narrows it to the employer; the company read from the text is a reading
 * that can be wrong ("Data Platform" from a manager's title line), and the role tells jobs apart.
 */
export const EVIDENCE_SCORES = {
  repliesTo: 100,
  sameThread: 80,
  requisition: 60,
  knownSender: 40,
  knownPerson: 25,
  sharedSender: 10,
  senderDomain: 20,
  subject: 15,
  company: 30,
  role: 25,
  /** Closed applications yield to open ones (in ranking only): news usually concerns a live application. */
  closed: -15,
} as const;

/** Least score that attaches an email to an application: the company alone is enough when nothing competes. */
export const ATTACH_MIN_SCORE = 30;
/** How far ahead the best candidate must be of the next to count as clearly best. */
export const CLEAR_MARGIN = 15;
/** A thread or requisition match outweighs a differing role or company (readings that can be wrong). */
const OVERRIDES_ROLE_CONFLICT = EVIDENCE_SCORES.requisition;

/**
 * One title read with or without a word around it ("project coordinator" and "project coordinator
 * contract", "senior data engineer" and "data engineer") is the same job; different words are not.
 */
export function sameJobTitle(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return ` ${longer} `.includes(` ${shorter} `);
}

/**
 * The company read from an email names the application's employer: the same key, one written with
 * more words ("Halcyon" / "Halcyon Analytics"), or the email comes from the domain that is the
 * employer's own name (a manager at crestlinehealth.org whose title line read as "Data Platform").
 * A recruiter at one domain writing about two different clients is two employers.
 */
function sameEmployer(companyKey: string, application: ApplicationRecord, senderLabel: string | null): boolean {
  if (sameJobTitle(companyKey, application.companyKey)) return true;
  const employer = derivedOf(application).employer;
  return senderLabel !== null && employer.length >= 3 && senderLabel.includes(employer);
}

/** What scoring reads from an application besides its fields, worked out once per record. */
interface Derived {
  /** The company key without separators, as a domain label would spell it. */
  readonly employer: string;
  /** Its contacts' addresses (robots left out) and the addresses it has had mail from. */
  readonly knownAddresses: ReadonlySet<string>;
}

/**
 * Kept for frozen records only (import holds its applications frozen, import-store.ts): an import
 * weighs every email against every application, and rebuilding these for each pair was most of
 * that cost at thousands of applications. A frozen record cannot change, so its entry stays true.
 */
const derived = new WeakMap<ApplicationRecord, Derived>();

function derivedOf(application: ApplicationRecord): Derived {
  const known = derived.get(application);
  if (known !== undefined) return known;
  const contacts = application.contacts.flatMap((c) => (c.email && !c.robot ? [c.email.toLowerCase()] : []));
  const entry: Derived = {
    employer: application.companyKey.replace(/[^a-z0-9]/g, ''),
    knownAddresses: new Set([...contacts, ...(application.evidence?.senderAddresses ?? [])]),
  };
  if (Object.isFrozen(application)) derived.set(application, entry);
  return entry;
}

/** The email's sender domain as one label without separators (sameEmployer), or null. */
function senderLabelOf(senderDomain: string | null): string | null {
  const label = senderDomain === null ? null : domainLabel(senderDomain);
  return label === null ? null : label.replace(/[^a-z0-9]/g, '');
}

function overlaps(a: readonly string[], b: readonly string[]): boolean {
  return a.some((value) => b.includes(value));
}

/** Score one application for the email; null when it cannot be the one (a different job). */
export function scoreCandidate(
  input: CorrelationInput,
  application: ApplicationRecord,
  senderLabel: string | null = senderLabelOf(input.evidence.senderDomain),
): ScoredCandidate | null {
  const stored = application.evidence;
  const mail = input.evidence;
  const evidence: string[] = [];
  let score = 0;
  let strong = 0;
  const add = (points: number, why: string): void => {
    score += points;
    evidence.push(why);
  };

  if (stored) {
    if (mail.inReplyTo !== null && stored.messageIds.includes(mail.inReplyTo)) {
      add(EVIDENCE_SCORES.repliesTo, 'replies to one of its emails');
      strong = Math.max(strong, EVIDENCE_SCORES.repliesTo);
    } else if (overlaps(mail.references, stored.messageIds) || (mail.messageId !== null && stored.messageIds.includes(mail.messageId))) {
      add(EVIDENCE_SCORES.sameThread, 'same thread');
      strong = Math.max(strong, EVIDENCE_SCORES.sameThread);
    }
    if (overlaps(mail.requisitionIds, stored.requisitionIds)) {
      add(EVIDENCE_SCORES.requisition, 'same requisition id');
      strong = Math.max(strong, EVIDENCE_SCORES.requisition);
    }
    if (mail.senderDomain !== null && stored.senderDomains.includes(mail.senderDomain)) add(EVIDENCE_SCORES.senderDomain, "employer's domain");
    if (mail.subjectKey !== null && stored.subjectKeys.includes(mail.subjectKey)) add(EVIDENCE_SCORES.subject, 'same subject');
  }
  const { knownAddresses } = derivedOf(application);
  if (mail.senderAddress !== null && !mail.senderIsShared && knownAddresses.has(mail.senderAddress)) {
    add(EVIDENCE_SCORES.knownSender, 'sender is a contact on it');
  } else if (mail.senderAddress !== null && mail.senderIsShared && application.contacts.some((c) => c.email?.toLowerCase() === mail.senderAddress)) {
    add(EVIDENCE_SCORES.sharedSender, 'same team inbox or robot sender');
  }
  if (mail.peopleAddresses.some((address) => knownAddresses.has(address))) add(EVIDENCE_SCORES.knownPerson, 'names a person on it');
  if (input.companyKey !== null && !application.companyGuessed && application.companyKey === input.companyKey) add(EVIDENCE_SCORES.company, 'same company');

  const roleConflict = input.roleKey !== null && application.roleKey !== null && !sameJobTitle(input.roleKey, application.roleKey);
  const companyConflict = input.companyKey !== null && !application.companyGuessed && !sameEmployer(input.companyKey, application, senderLabel);
  const requisitionConflict =
    stored !== undefined && mail.requisitionIds.length > 0 && stored.requisitionIds.length > 0 && !overlaps(mail.requisitionIds, stored.requisitionIds);
  if ((roleConflict || requisitionConflict || companyConflict) && strong < OVERRIDES_ROLE_CONFLICT) return null;
  if (input.roleKey !== null && input.roleKey === application.roleKey) add(EVIDENCE_SCORES.role, 'same role');
  if (score <= 0) return null;
  const penalty = isClosed(application.stage) && application.stage !== 'stale' ? EVIDENCE_SCORES.closed : 0;
  return { application, score: score + penalty, evidenceScore: score, evidence };
}

const byScore = (a: ScoredCandidate, b: ScoredCandidate): number =>
  b.score - a.score || Date.parse(b.application.lastEventAt) - Date.parse(a.application.lastEventAt);

/**
 * Which application an email belongs to, by evidence (see EVIDENCE_SCORES). It is attached to the
 * best candidate when that one scores at least ATTACH_MIN_SCORE and leads the next by CLEAR_MARGIN;
 * otherwise it starts its own application (and `ambiguous` lists what it might belong to).
 * A confirmation is news of applying (again): it joins a closed application only through its thread.
 */
export function correlate(input: CorrelationInput, applications: readonly ApplicationRecord[]): Correlation {
  const scored: ScoredCandidate[] = [];
  const senderLabel = senderLabelOf(input.evidence.senderDomain);
  for (const application of applications) {
    const candidate = scoreCandidate(input, application, senderLabel);
    if (candidate === null) continue;
    const reapplying = input.kind === 'confirmation' && isClosed(application.stage) && application.stage !== 'stale';
    if (reapplying && candidate.evidenceScore < EVIDENCE_SCORES.sameThread) continue;
    scored.push(candidate);
  }
  scored.sort(byScore);
  const [best, next] = scored;
  const fresh = (why: string, ambiguous: readonly ScoredCandidate[] = []): Correlation =>
    input.kind === 'other' ? { match: 'none', reason: `not a job email (${why})` } : { match: 'new', reason: `new application: ${why}`, ambiguous };

  if (best === undefined) return fresh(input.companyKey === null ? 'no company and nothing ties it to an application' : 'no application matches it');
  const lead = best.score - (next?.score ?? 0);
  if (best.evidenceScore >= ATTACH_MIN_SCORE && lead >= CLEAR_MARGIN) {
    return { match: 'existing', application: best.application, reason: `matched by evidence: ${best.evidence.join(', ')} (score ${best.score})`, score: best.score };
  }
  const contenders = scored.filter((candidate) => candidate.evidenceScore >= ATTACH_MIN_SCORE && candidate.score > best.score - CLEAR_MARGIN);
  const why =
    contenders.length === 0
      ? `too little evidence for any application (best score ${best.evidenceScore})`
      : `${contenders.length} applications match about as well (best score ${best.score})`;
  return fresh(why, contenders);
}
