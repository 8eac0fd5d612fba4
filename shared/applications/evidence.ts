import type { Contact } from '../domain/analysis.ts';
import type { ApplicationEvidence } from '../domain/application.ts';
import type { OriginalMessage } from '../domain/message.ts';
import { domainOf, isFreeMailDomain, isRobotAddress, isTeamMailbox } from '../extract/robots.ts';
import { isPlatformDomain } from '../extract/company/ats.ts';
import { stripSubjectPrefixes } from '../mail/forward-markers.ts';

/**
 * What an email says about which application it belongs to, beyond the company name read from it:
 * its place in a thread, who sent it, who else is on it, and the employer's requisition ids.
 * Only ids, addresses and keys: never body text (they are stored on the application record).
 */
export interface MailEvidence {
  /** The original's own Message-ID (no angle brackets), when it kept one. */
  readonly messageId: string | null;
  /** The Message-ID it answers (In-Reply-To). */
  readonly inReplyTo: string | null;
  /** Earlier messages of its thread (References), newest last. */
  readonly references: readonly string[];
  /** The original sender, lower case. */
  readonly senderAddress: string | null;
  /** The sender is a no-reply robot or a team inbox: it writes for every application there. */
  readonly senderIsShared: boolean;
  /** The sender's domain when it is the employer's own (not free mail, not a hiring platform). */
  readonly senderDomain: string | null;
  /** Addresses of people named in the email (To/Cc/signature/mentions), not the user's. */
  readonly peopleAddresses: readonly string[];
  /** Requisition / job ids, normalised ("R-20417" → "R20417"). */
  readonly requisitionIds: readonly string[];
  /** The subject without Re:/Fwd: prefixes, lower case, single spaces; null when too short to tell. */
  readonly subjectKey: string | null;
}

/** Ids kept per list on an application: the newest win; a long thread needs only its recent ids. */
export const MAX_EVIDENCE_ITEMS = 40;
/** References read from one email (the newest): the rest of a long thread adds nothing. */
export const MAX_REFERENCES_READ = 20;
/** Characters of the body searched for requisition ids: they sit near the top, in the subject or first lines. */
export const MAX_REQUISITION_SCAN_CHARS = 4_000;
/** Longest id kept (a Message-ID may be far longer; such ids are not useful evidence). */
const MAX_ID_LENGTH = 256;
/** Subjects shorter than this ("Update", "Interview") are shared by too many threads to tell them apart. */
const MIN_SUBJECT_KEY_LENGTH = 12;
/** Longest subject key kept: a hostile subject must not grow the application item (400 KB item limit). */
const MAX_SUBJECT_KEY_LENGTH = 200;

/**
 * "Req ID: R-20417", "Requisition #4471", "Job ID 77-123", "(Req 4502)": a label, then the id. Every
 * quantifier is bounded, so the scan is linear in the text.
 */
const LABELLED_REQUISITION = /\b(?:req(?:uisition)?|job)\.?[ \t]{0,2}(?:id|no|number|#)?\.?[ \t]{0,2}[:#-]?[ \t]{0,2}([a-z]{0,4}-?\d{3,12}(?:-\d{1,6})?)\b/gi;
/** Workday-style ids written without a label: "JR0042317", "R-20417", "REQ-3310". */
const BARE_REQUISITION = /\b((?:jr|req|r)-?\d{4,12})\b/gi;

function normaliseRequisition(id: string): string {
  return id.toUpperCase().replace(/-/g, '');
}

/** The requisition ids a subject and body name (distinct, at most MAX_EVIDENCE_ITEMS). */
export function requisitionIdsIn(subject: string, body: string): string[] {
  const text = `${subject}\n${body.slice(0, MAX_REQUISITION_SCAN_CHARS)}`;
  const found = new Set<string>();
  for (const pattern of [LABELLED_REQUISITION, BARE_REQUISITION]) {
    for (const match of text.matchAll(pattern)) {
      const id = match[1];
      if (id) found.add(normaliseRequisition(id));
      if (found.size >= MAX_EVIDENCE_ITEMS) break;
    }
  }
  return [...found];
}

export function subjectKeyOf(subject: string): string | null {
  const key = stripSubjectPrefixes(subject).normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  return key.length >= MIN_SUBJECT_KEY_LENGTH ? key.slice(0, MAX_SUBJECT_KEY_LENGTH) : null;
}

function cleanId(id: string | null | undefined): string | null {
  const trimmed = (id ?? '').trim().replace(/^<|>$/g, '');
  return trimmed === '' || trimmed.length > MAX_ID_LENGTH ? null : trimmed;
}

/** A sender domain that names one employer (not a free-mail provider or a hiring platform). */
export function employerDomain(address: string): string | null {
  const domain = domainOf(address);
  if (domain === '' || isFreeMailDomain(domain) || isPlatformDomain(domain)) return null;
  return domain;
}

export function evidenceOf(original: OriginalMessage, contacts: readonly Contact[], userAddresses: readonly string[]): MailEvidence {
  const own = new Set(userAddresses.map((address) => address.toLowerCase()));
  const from = original.from?.address.toLowerCase() ?? '';
  const sender = from === '' || from.length > MAX_ID_LENGTH ? null : from;
  const senderIsShared = sender === null || isRobotAddress(sender) || isTeamMailbox(original.from?.name ?? '', sender);
  const people = new Set<string>();
  for (const contact of contacts) {
    const address = contact.email?.toLowerCase();
    if (!address || own.has(address) || address === sender || contact.robot) continue;
    people.add(address);
  }
  return {
    messageId: cleanId(original.messageId),
    inReplyTo: cleanId(original.inReplyTo),
    references: (original.references ?? []).slice(-MAX_REFERENCES_READ).flatMap((id) => cleanId(id) ?? []),
    senderAddress: sender,
    senderIsShared,
    senderDomain: sender === null ? null : employerDomain(sender),
    peopleAddresses: [...people].slice(0, MAX_EVIDENCE_ITEMS),
    requisitionIds: requisitionIdsIn(original.subject, original.text),
    subjectKey: subjectKeyOf(original.subject),
  };
}

export const NO_EVIDENCE: ApplicationEvidence = { messageIds: [], senderAddresses: [], senderDomains: [], requisitionIds: [], subjectKeys: [] };

/** Newest last, distinct, capped: a value seen again moves to the end. */
function addAll(existing: readonly string[], incoming: readonly (string | null)[]): string[] {
  const out = existing.filter((value) => !incoming.includes(value));
  for (const value of incoming) if (value !== null && !out.includes(value)) out.push(value);
  return out.slice(-MAX_EVIDENCE_ITEMS);
}

/** The application's evidence once this email is attached to it. */
export function withMailEvidence(stored: ApplicationEvidence | undefined, mail: MailEvidence): ApplicationEvidence {
  const base = stored ?? NO_EVIDENCE;
  return {
    // The thread ids: this email's own id and the ones it references, so a later reply to any of them matches.
    messageIds: addAll(base.messageIds, [...mail.references, mail.inReplyTo, mail.messageId]),
    senderAddresses: mail.senderIsShared ? base.senderAddresses : addAll(base.senderAddresses, [mail.senderAddress]),
    senderDomains: addAll(base.senderDomains, [mail.senderDomain]),
    requisitionIds: addAll(base.requisitionIds, mail.requisitionIds),
    subjectKeys: addAll(base.subjectKeys, [mail.subjectKey]),
  };
}

/** Two applications' evidence together (a merge). */
export function unionEvidence(a: ApplicationEvidence | undefined, b: ApplicationEvidence | undefined): ApplicationEvidence {
  const left = a ?? NO_EVIDENCE;
  const right = b ?? NO_EVIDENCE;
  return {
    messageIds: addAll(left.messageIds, right.messageIds),
    senderAddresses: addAll(left.senderAddresses, right.senderAddresses),
    senderDomains: addAll(left.senderDomains, right.senderDomains),
    requisitionIds: addAll(left.requisitionIds, right.requisitionIds),
    subjectKeys: addAll(left.subjectKeys, right.subjectKeys),
  };
}
