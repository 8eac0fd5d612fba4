import { mergeContacts, sameApplicationState } from '../applications/apply-event.ts';
import { unionEvidence } from '../applications/evidence.ts';
import { applicationLabel } from '../applications/filing-notice.ts';
import { noticeIdFor } from '../applications/identity.ts';
import { companyKey as toCompanyKey, roleKey as toRoleKey } from '../applications/normalize.ts';
import type { ApplicationRecord, ReminderRecord } from '../domain/application.ts';
import { planReminders, stillDue } from '../policy/index.ts';
import type { ReminderDiff } from '../policy/index.ts';
import { VersionConflictError } from '../store/application-store.ts';
import type { CommandDeps, CommandOutcome } from './apply-command.ts';
import { cancelPending } from './cancel-pending.ts';
import { CommandContentionError } from './command-errors.ts';
import type { FilingCommand } from './parse-command.ts';
import { rebuildFromEvents } from './reclassify.ts';

/** The application a filing command acts on, and the reply that carries it. */
export interface FilingTarget {
  readonly applicationId: string;
  readonly reply: { readonly messageId: string };
  /** Applications jobnudge suggested merging into (a merge-suggestion notice's choices). */
  readonly suggested: readonly string[];
}

/** Optimistic-locking attempts, as for the other reply commands. */
export const MAX_FILING_ATTEMPTS = 5;

const EMPTY_DIFF: ReminderDiff = { create: [], keep: [], cancel: [] };

/** `Company — Role` as the user writes it: an em or en dash, or a spaced hyphen, between the two. */
const LABEL_SEPARATOR = /[ \t]{0,3}[—–][ \t]{0,3}| {1,3}-[ \t]{1,3}/;

/**
 * `same as …` / `merge` / `#company …` on one application. Idempotent by what it leaves behind: a
 * merge deletes the merged application last, so a retry that finds it gone has nothing to do.
 */
export async function applyFilingCommand(target: FilingTarget, command: FilingCommand, deps: CommandDeps): Promise<CommandOutcome> {
  for (let attempt = 1; attempt <= MAX_FILING_ATTEMPTS; attempt++) {
    try {
      return await attemptFiling(target, command, deps);
    } catch (error) {
      if (error instanceof VersionConflictError) continue;
      throw error;
    }
  }
  throw new CommandContentionError(target.applicationId);
}

async function attemptFiling(target: FilingTarget, command: FilingCommand, deps: CommandDeps): Promise<CommandOutcome> {
  const application = await deps.store.getApplication(target.applicationId);
  if (application === null) {
    return { result: 'no-target', command: command.kind, detail: 'the application is not on record (merged already?)', application: null, reminder: null, diff: EMPTY_DIFF, notice: null };
  }
  const others = (await deps.store.listApplications()).filter((other) => other.id !== application.id);
  if (command.kind === 'merge') {
    const into = command.target === null ? suggestedTarget(others, target.suggested) : findByLabel(others, command.target, target.suggested);
    if (into === null) return help(target, deps, application, command.kind, { problem: 'merge-target-unknown', ...(command.target ? { command: `same as ${command.target}` } : {}) });
    return merge(application, into, deps, 'merge', `merged into ${into.id}`);
  }
  const key = toCompanyKey(command.name);
  if (key === null) return help(target, deps, application, command.kind, { problem: 'company-name-unreadable', command: `#company ${command.name}` });
  // Naming the employer of an application that already exists there (same job, or a role unknown on either side) joins them.
  const sameJob = others.filter((other) => other.companyKey === key && (other.roleKey === null || application.roleKey === null || other.roleKey === application.roleKey));
  const only = sameJob.length === 1 ? sameJob[0] : undefined;
  if (only !== undefined) return merge(application, only, deps, 'company', `named ${key} and merged into ${only.id}`);
  const renamed: ApplicationRecord = { ...application, company: command.name, companyKey: key, companyGuessed: false, updatedAt: deps.clock.now().toISOString() };
  const after = sameApplicationState(application, renamed) ? application : await deps.store.updateApplication(renamed, application.version);
  return { result: 'applied', command: 'company', detail: `renamed to ${key}`, application: after, reminder: null, diff: EMPTY_DIFF, notice: null };
}

function suggestedTarget(others: readonly ApplicationRecord[], suggested: readonly string[]): ApplicationRecord | null {
  const choices = others.filter((other) => suggested.includes(other.id));
  return choices.length === 1 ? (choices[0] ?? null) : null;
}

/** The application the user named ("Pinecrest — Site Reliability Engineer", or just "Pinecrest" when that is unique). */
export function findByLabel(others: readonly ApplicationRecord[], label: string, suggested: readonly string[] = []): ApplicationRecord | null {
  const [companyPart = '', ...rest] = label.split(LABEL_SEPARATOR);
  const company = toCompanyKey(companyPart);
  const role = rest.length > 0 ? toRoleKey(rest.join(' ')) : null;
  const whole = toCompanyKey(label);
  const matches = others.filter(
    (other) => (other.companyKey === company && (role === null || other.roleKey === role)) || (rest.length === 0 && other.companyKey === whole),
  );
  if (matches.length === 1) return matches[0] ?? null;
  // Several at that company: the ones jobnudge suggested break the tie.
  const preferred = matches.filter((other) => suggested.includes(other.id));
  return preferred.length === 1 ? (preferred[0] ?? null) : null;
}

async function help(
  target: FilingTarget,
  deps: CommandDeps,
  application: ApplicationRecord,
  command: FilingCommand['kind'],
  details: Record<string, string>,
): Promise<CommandOutcome> {
  const { notice } = await deps.store.putNotice({
    noticeId: noticeIdFor('command-help', target.reply.messageId),
    kind: 'command-help',
    messageId: target.reply.messageId,
    details: { ...details, application: applicationLabel(application) },
    status: 'pending',
    createdAt: deps.clock.now().toISOString(),
  });
  return { result: 'help', command, detail: `${details.problem ?? 'not understood'}: help sent`, application, reminder: null, diff: EMPTY_DIFF, notice };
}

/**
 * Join `source` into `into`: its emails move over, the application is rebuilt from all of them
 * (stage, rounds, dates), contacts and evidence are joined, the newest email's plan is made again
 * (a merged rejection stops the chasing reminders), `source`'s pending reminders are cancelled and
 * `source` is deleted last.
 */
async function merge(
  source: ApplicationRecord,
  into: ApplicationRecord,
  deps: CommandDeps,
  command: FilingCommand['kind'],
  detail: string,
): Promise<CommandOutcome> {
  const { store } = deps;
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  for (const event of await store.listEvents(source.id)) await store.putEvent({ ...event, applicationId: into.id });
  const events = await store.listEvents(into.id);

  const takeName = into.companyGuessed === true && source.companyGuessed !== true;
  const joined: ApplicationRecord = {
    ...into,
    ...(takeName ? { company: source.company, companyKey: source.companyKey, companyGuessed: false } : {}),
    role: into.role ?? source.role,
    roleKey: into.roleKey ?? source.roleKey,
    contacts: mergeContacts(into.contacts, source.contacts),
    evidence: unionEvidence(into.evidence, source.evidence),
  };
  const rebuilt = rebuildFromEvents(joined, events, nowIso, { staleYieldsToNews: true });
  const after = sameApplicationState(into, rebuilt) ? into : await store.updateApplication({ ...rebuilt, updatedAt: nowIso }, into.version);

  const create: ReminderRecord[] = [];
  const keep: ReminderRecord[] = [];
  const toCancel: ReminderRecord[] = [];
  const newest = events.filter((event) => event.kind !== 'other').at(-1);
  if (newest !== undefined) {
    const plan = planReminders({ application: after, previous: into, event: newest, pending: await store.listReminders(into.id), settings: deps.settings, now });
    toCancel.push(...plan.diff.cancel);
    // Reminders planned before the merge that the joined history no longer calls for.
    for (const record of plan.diff.keep) {
      const check = stillDue(after, record, now);
      if (check.due) keep.push(record);
      else toCancel.push({ ...record, status: 'cancelled', statusReason: `no longer fits after the merge: ${check.reason}` });
    }
    for (const record of plan.diff.create) await store.putReminder(record);
    create.push(...plan.diff.create);
  }
  const sourcePending = (await store.listReminders(source.id)).filter((record) => record.status === 'pending');
  const cancelled = await cancelPending(store, [
    ...toCancel,
    ...sourcePending.map((record) => ({ ...record, statusReason: `merged into ${applicationLabel(after)}` })),
  ]);
  await store.deleteApplication(source.id);
  return {
    result: 'applied',
    command,
    detail,
    application: after,
    reminder: null,
    diff: { create, keep, cancel: cancelled },
    notice: null,
    merged: { from: applicationLabel(source), into: applicationLabel(after) },
  };
}
