import type { Contact } from '../domain/analysis.ts';
import type { ApplicationRecord, MeetingDetails } from '../domain/application.ts';
import type { EventKind, Stage } from '../domain/kinds.ts';
import { isClosed } from '../domain/kinds.ts';
import { withMailEvidence, type MailEvidence } from './evidence.ts';

/** What one email contributes to its application's state. */
export interface EventFacts {
  readonly kind: EventKind;
  /** The original email's Date (ISO). */
  readonly occurredAt: string;
  readonly interviewAt: string | null;
  readonly nextStepBy: string | null;
  readonly doNotContact: boolean;
  readonly contacts: readonly Contact[];
  readonly role: string | null;
  readonly roleKey: string | null;
  /** What ties the email to its application (thread ids, sender, requisition ids), kept for later emails. */
  readonly evidence?: MailEvidence;
  /** The company the email names, when it names one: it replaces a guessed stand-in name. */
  readonly company?: { readonly name: string; readonly key: string } | null;
  /** An interview email's link, place, dial-in and length (absent for other kinds). */
  readonly meeting?: MeetingDetails | null;
}

const ms = (iso: string): number => Date.parse(iso);

/** `lastEventAt` of an application no email has been applied to yet. */
export const NO_EVENT_YET = new Date(0).toISOString();

/**
 * The application after one more email. Order-insensitive and idempotent by construction, so a
 * retried, duplicated or late-arriving (older) email can never move an application backwards:
 *   - the stage only rises (applied < interviewing < closed); a rejection closes;
 *   - an email older than the newest one applied may fill in what is missing, never overwrite;
 *   - a newer interview email starts a new round when the current round's interview had already
 *     taken place when it was written; before that, a different time is a reschedule.
 * Applying the same facts twice returns an equal record.
 */
export function applyEvent(application: ApplicationRecord, facts: EventFacts, now: string): ApplicationRecord {
  // Strictly newer: a retry of the newest email (same Date) must count as old news, or it could
  // look like the next round. A new application starts at NO_EVENT_YET so its first email is newer.
  const newer = ms(facts.occurredAt) > ms(application.lastEventAt);
  const stage = nextStage(application.stage, facts.kind, newer);
  // Senders of unrelated mail (newsletters, alerts) are not people to follow up with.
  const contacts = facts.kind === 'other' ? application.contacts : mergeContacts(application.contacts, facts.contacts);
  const doNotContact = application.doNotContact || facts.doNotContact;
  const fillRole = application.roleKey === null && facts.roleKey !== null;
  // Unrelated mail (kind `other`) is no evidence of what belongs to the application later.
  const evidence = facts.evidence && facts.kind !== 'other' ? withMailEvidence(application.evidence, facts.evidence) : application.evidence;
  const named = application.companyGuessed === true && facts.company ? facts.company : null;

  let { interviewRound, interviewAt, nextStepBy } = application;
  let meeting = application.meeting ?? null;
  if (facts.kind === 'interview') {
    ({ interviewRound, interviewAt } = nextRound(application, facts, newer));
    meeting = nextMeeting(meeting, facts.meeting ?? null, { newRound: interviewRound !== application.interviewRound, newer });
    // A promised date holds until an email replaces it: a reminder or reschedule of the same
    // interview that names none keeps it. A new round's invite answers the earlier promise.
    if (newer && (facts.nextStepBy !== null || interviewRound !== application.interviewRound)) nextStepBy = facts.nextStepBy;
  } else if (newer && facts.kind !== 'other' && facts.nextStepBy !== null) {
    nextStepBy = facts.nextStepBy;
  }
  // An unrelated mail (newsletter, alert) attached to an application is not news from the employer.
  const lastEventAt = newer && facts.kind !== 'other' ? facts.occurredAt : application.lastEventAt;

  const next: ApplicationRecord = {
    ...application,
    stage,
    contacts,
    doNotContact,
    role: fillRole ? facts.role : application.role,
    roleKey: fillRole ? facts.roleKey : application.roleKey,
    interviewRound,
    interviewAt,
    nextStepBy,
    ...(meeting !== null || application.meeting !== undefined ? { meeting } : {}),
    lastEventAt,
    ...(evidence !== undefined ? { evidence } : {}),
    ...(named !== null ? { company: named.name, companyKey: named.key, companyGuessed: false } : {}),
  };
  return sameApplicationState(application, next) ? application : { ...next, updatedAt: now };
}

function nextStage(stage: Stage, kind: EventKind, newer: boolean): Stage {
  if (kind === 'rejection') return stage === 'applied' || stage === 'interviewing' || stage === 'stale' ? 'rejected' : stage;
  if (kind === 'interview') {
    if (stage === 'applied') return 'interviewing';
    // `stale` was our guess that they went quiet; a newer invite proves otherwise.
    if (stage === 'stale' && newer) return 'interviewing';
  }
  return stage;
}

function nextRound(
  application: ApplicationRecord,
  facts: EventFacts,
  newer: boolean,
): { interviewRound: number; interviewAt: string | null } {
  const current = { interviewRound: application.interviewRound, interviewAt: application.interviewAt };
  if (application.interviewRound === 0) return { interviewRound: 1, interviewAt: facts.interviewAt };
  if (!newer || (isClosed(application.stage) && application.stage !== 'stale')) {
    // Older news may only fill the first round's missing time (a later round's gap is not its to fill).
    const fillsFirstRound = current.interviewRound === 1 && current.interviewAt === null && facts.interviewAt !== null;
    return fillsFirstRound ? { ...current, interviewAt: facts.interviewAt } : current;
  }
  const heldBeforeThisEmail = current.interviewAt !== null && ms(current.interviewAt) < ms(facts.occurredAt);
  if (heldBeforeThisEmail) {
    const restatesSameTime = facts.interviewAt !== null && ms(facts.interviewAt) === ms(current.interviewAt ?? '');
    return restatesSameTime ? current : { interviewRound: current.interviewRound + 1, interviewAt: facts.interviewAt };
  }
  if (facts.interviewAt === null) return current;
  if (current.interviewAt !== null && ms(current.interviewAt) === ms(facts.interviewAt)) return current;
  return { ...current, interviewAt: facts.interviewAt };
}

/**
 * The round's meeting details: a new round starts from its own invite; within a round a newer
 * email's details win field by field (a reschedule that moves the room), an older one only fills gaps.
 */
function nextMeeting(current: MeetingDetails | null, incoming: MeetingDetails | null, when: { newRound: boolean; newer: boolean }): MeetingDetails | null {
  if (when.newRound) return incoming;
  if (incoming === null) return current;
  if (current === null) return incoming;
  const [first, second] = when.newer ? [incoming, current] : [current, incoming];
  return {
    format: first.format !== 'unknown' ? first.format : second.format,
    link: first.link ?? second.link,
    location: first.location ?? second.location,
    dialIn: first.dialIn ?? second.dialIn,
    durationMinutes: first.durationMinutes ?? second.durationMinutes,
  };
}

function contactKey(contact: Contact): string {
  return contact.email ? `email:${contact.email.toLowerCase()}` : `name:${contact.name.trim().toLowerCase()}`;
}

/**
 * Union by address (or name when there is none); the first-seen copy of a contact is kept, told
 * when a later email says that person is in the interview too.
 */
export function mergeContacts(existing: readonly Contact[], incoming: readonly Contact[]): Contact[] {
  const merged = [...existing];
  const index = new Map(existing.map((contact, at) => [contactKey(contact), at]));
  for (const contact of incoming) {
    const key = contactKey(contact);
    const at = index.get(key);
    const seen = at === undefined ? undefined : merged[at];
    if (at !== undefined && seen !== undefined) {
      if (contact.alsoInterviewer === true && seen.alsoInterviewer !== true) merged[at] = { ...seen, alsoInterviewer: true };
      continue;
    }
    index.set(key, merged.length);
    merged.push(contact);
  }
  return merged;
}

/** Equal in everything an email can change (ignores updatedAt and version). */
export function sameApplicationState(a: ApplicationRecord, b: ApplicationRecord): boolean {
  const { updatedAt: _ua, version: _va, ...restA } = a;
  const { updatedAt: _ub, version: _vb, ...restB } = b;
  return JSON.stringify(restA) === JSON.stringify(restB);
}
