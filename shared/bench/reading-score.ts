import type { Analysis, Contact } from '../domain/analysis.ts';
import type { EventKind } from '../domain/kinds.ts';
import { LEGAL_FORMS, joinDottedInitials } from '../applications/normalize.ts';
import { isTeamMailbox } from '../extract/robots.ts';
import { judgeInterviewTime } from './interview-time-eval.ts';
import type { ReadingExpect } from './reading-set.ts';

/** What the bench keeps of one analysis: the fields a reminder is built from. */
export interface ReadOutcome {
  readonly kind: EventKind;
  readonly company: string | null;
  readonly role: string | null;
  readonly person: string | null;
  readonly people: readonly string[];
  readonly interviewAt: string | null;
  readonly nextStepBy: string | null;
}

/** Contacts who arranged things or wrote: the ones a follow-up goes to. */
const WRITER_SOURCES: ReadonlySet<Contact['source']> = new Set(['from', 'reply-to', 'signature', 'calendar']);

/**
 * The person the user should write to: the first human contact who arranged or wrote (by the
 * contact's recorded part when the reader gives one, else by where the contact was found).
 */
export function personToWrite(contacts: readonly Contact[]): string | null {
  const humans = contacts.filter((c) => !c.robot && !isTeamMailbox(c.name, c.email) && c.name.trim() !== '' && !c.name.includes('@'));
  const withPart = humans.filter((c) => partOf(c) !== undefined);
  const chosen = withPart.length > 0 ? humans.find((c) => partOf(c) === 'arranged') : humans.find((c) => WRITER_SOURCES.has(c.source));
  return chosen?.name ?? null;
}

function partOf(contact: Contact): string | undefined {
  const part = (contact as { readonly part?: unknown }).part;
  return typeof part === 'string' ? part : undefined;
}

export function outcomeOf(analysis: Analysis): ReadOutcome {
  return {
    kind: analysis.kind,
    company: analysis.company,
    role: analysis.role,
    person: personToWrite(analysis.contacts),
    people: analysis.contacts.filter((c) => !c.robot).map((c) => c.name),
    interviewAt: analysis.interviewAt,
    nextStepBy: analysis.extraction.nextStepBy,
  };
}

/**
 * Names compared as a reader would: case, accents, punctuation, a leading "The" and a legal form
 * ("Inc.", "Pte. Ltd.", ", S.A.") do not count. The legal forms are the ones the application key
 * drops, so the bench and the product agree on when two names are one employer.
 */
export function normalizeCompany(name: string): string {
  const parts = normalizeWords(joinDottedInitials(name)).replace(/^the /, '').split(' ');
  while (parts.length > 1 && LEGAL_FORMS.has(parts[parts.length - 1] ?? '')) parts.pop();
  return parts.join(' ');
}

export function normalizeWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim();
}

export type FieldName = 'kind' | 'company' | 'role' | 'person' | 'interviewers' | 'interviewAt' | 'nextStepBy';

export interface FieldJudgement {
  readonly field: FieldName;
  readonly right: boolean;
  readonly expected: string;
  readonly actual: string;
  /** For interview times: how it went wrong. */
  readonly outcome?: 'correct-time' | 'correct-null' | 'wrong-time' | 'missed' | 'invented';
}

function matchesAny(actual: string | null, expected: string | null, aliases: readonly string[] | undefined, normalize: (s: string) => string): boolean {
  if (expected === null) return actual === null;
  if (actual === null) return false;
  const key = normalize(actual);
  return [expected, ...(aliases ?? [])].some((candidate) => normalize(candidate) === key);
}

/** A name is right when it is the same person's full name; "Emily" alone for "Emily Garner" is not. */
export function samePerson(actual: string | null, expected: string | null): boolean {
  if (expected === null) return actual === null;
  if (actual === null) return false;
  return normalizeWords(actual) === normalizeWords(expected);
}

/** The fields a label speaks for, judged. Company, role and person are judged on job mail only. */
export function judge(expect: ReadingExpect, actual: ReadOutcome, userZone: string): FieldJudgement[] {
  const show = (value: string | null): string => value ?? '∅';
  const judgements: FieldJudgement[] = [{ field: 'kind', right: actual.kind === expect.kind, expected: expect.kind, actual: actual.kind }];
  if (expect.kind === 'other') return judgements;
  judgements.push(
    { field: 'company', right: matchesAny(actual.company, expect.company, expect.companyAliases, normalizeCompany), expected: show(expect.company), actual: show(actual.company) },
    { field: 'role', right: matchesAny(actual.role, expect.role, expect.roleAliases, normalizeWords), expected: show(expect.role), actual: show(actual.role) },
    { field: 'person', right: samePerson(actual.person, expect.person), expected: show(expect.person), actual: show(actual.person) },
    { field: 'nextStepBy', right: actual.nextStepBy === expect.nextStepBy, expected: show(expect.nextStepBy), actual: show(actual.nextStepBy) },
  );
  for (const name of expect.interviewers ?? []) {
    const found = actual.people.some((person) => samePerson(person, name));
    judgements.push({ field: 'interviewers', right: found, expected: name, actual: found ? name : '∅' });
  }
  if (expect.kind === 'interview') {
    const { outcome, expected } = judgeInterviewTime({ id: '', expected: expect.interviewAt, userZone, actual: actual.interviewAt });
    judgements.push({ field: 'interviewAt', right: outcome === 'correct-time' || outcome === 'correct-null', expected: show(expected), actual: show(actual.interviewAt), outcome });
  }
  return judgements;
}
