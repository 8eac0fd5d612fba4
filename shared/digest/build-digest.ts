import { isSkippedNotice } from '../applications/skipped-mail.ts';
import type { ApplicationEvent, ApplicationRecord, Notice, ReminderRecord } from '../domain/application.ts';
import { isOpen } from '../domain/kinds.ts';
import { singleLine, truncate } from '../mailer/header-value.ts';
import type { ApplicationLabel, Digest, OpenApplication, QuietApplication, Skipped } from './digest.ts';
import { digestWindow, type DigestWindow } from './digest-week.ts';

/** An open application with no email for this long has gone quiet (the policy's "quiet fortnight"). */
export const QUIET_AFTER_DAYS = 14;
/** Longest company or role shown, as in reminders: a mangled value must not swamp a line. */
export const MAX_DIGEST_LABEL = 60;
/** Longest subject shown for an application's last email. */
export const MAX_DIGEST_SUBJECT = 100;
/** Distinct skip reasons listed; the rest are counted. A flood of junk must not make the digest long. */
export const MAX_SKIP_REASONS = 8;
/** Longest skip reason shown. */
const MAX_SKIP_REASON = 160;

/** Everything a digest is made from: the store's contents, read by load-digest-input.ts. */
export interface DigestInput {
  readonly kind: Digest['kind'];
  readonly applications: readonly ApplicationRecord[];
  readonly events: readonly ApplicationEvent[];
  readonly reminders: readonly ReminderRecord[];
  /**
   * The store's notices (any age and kind: the window and the filter are applied here). Mail that was
   * turned away but claimed to be the user's is recorded as one (applications/skipped-mail.ts,
   * "nothing silent"); a stranger's mail is not, so it cannot fill the digest.
   */
  readonly notices: readonly Notice[];
  readonly timeZone: string;
  readonly now: Date;
}

export function applicationLabel(application: ApplicationRecord): ApplicationLabel {
  const company = truncate(singleLine(application.company), MAX_DIGEST_LABEL) || 'Unknown employer';
  const role = application.role === null ? '' : truncate(singleLine(application.role), MAX_DIGEST_LABEL);
  return { applicationId: application.id, label: role ? `${company} — ${role}` : company };
}

const ms = (iso: string): number => Date.parse(iso);
const within = (iso: string, from: Date, to: Date): boolean => ms(iso) >= from.getTime() && ms(iso) < to.getTime();
const byAt = <T extends { readonly at: string }>(a: T, b: T): number => ms(a.at) - ms(b.at);

/**
 * The digest of the store's applications at `now`: pure, so the weekly schedule, a `status` reply,
 * `jobnudge digest --preview` and the tests all get the same answer from the same data.
 */
export function buildDigest(input: DigestInput): Digest {
  const window = digestWindow(input.now, input.timeZone);
  const labels = new Map(input.applications.map((a) => [a.id, applicationLabel(a)] as const));
  const eventsOf = groupBy(input.events, (e) => e.applicationId);
  const pendingOf = groupBy(
    input.reminders.filter((r) => r.status === 'pending').sort((a, b) => ms(a.fireAt) - ms(b.fireAt)),
    (r) => r.applicationId,
  );
  const open = input.applications.filter((a) => isOpen(a.stage));

  return {
    kind: input.kind,
    window,
    open: open.map((a) => openLine(a, labels, eventsOf.get(a.id) ?? [], pendingOf.get(a.id) ?? [], window)),
    changes: changes(input, labels, eventsOf, window),
    coming: coming(open, labels, pendingOf, window),
    quiet: quiet(open, labels, window),
    skipped: skipped(input.notices, window),
  };
}

function openLine(
  application: ApplicationRecord,
  labels: ReadonlyMap<string, ApplicationLabel>,
  events: readonly ApplicationEvent[],
  pending: readonly ReminderRecord[],
  window: DigestWindow,
): OpenApplication {
  // Events are only what happened up to now: a misdated email "from the future" is not the last one.
  const last = events.filter((e) => ms(e.occurredAt) <= window.now.getTime()).sort((a, b) => ms(a.occurredAt) - ms(b.occurredAt)).pop();
  const next = pending.find((r) => ms(r.fireAt) >= window.now.getTime()) ?? pending[0];
  return {
    ...labelOf(application, labels),
    stage: application.stage,
    lastEmail: last ? { at: last.occurredAt, kind: last.kind, subject: truncate(singleLine(last.subject), MAX_DIGEST_SUBJECT) } : null,
    nextReminder: next ? { at: next.fireAt, rule: next.rule } : null,
  };
}

function changes(
  input: DigestInput,
  labels: ReadonlyMap<string, ApplicationLabel>,
  eventsOf: ReadonlyMap<string, readonly ApplicationEvent[]>,
  window: DigestWindow,
): Digest['changes'] {
  const inWeek = input.events.filter((e) => labels.has(e.applicationId) && within(e.occurredAt, window.since, window.now));
  const label = (id: string): ApplicationLabel => labels.get(id) ?? { applicationId: id, label: id };
  const newApplications = input.applications
    .map((a) => ({ application: a, first: firstEventAt(eventsOf.get(a.id) ?? []) ?? a.createdAt }))
    .filter(({ first }) => within(first, window.since, window.now))
    .map(({ application, first }) => ({ ...label(application.id), at: first }))
    .sort(byAt);
  const interviews = inWeek
    .filter((e) => e.kind === 'interview')
    .map((e) => ({ ...label(e.applicationId), at: e.occurredAt, interviewAt: e.interviewAt }))
    .sort(byAt);
  const rejections = inWeek
    .filter((e) => e.kind === 'rejection')
    .map((e) => ({ ...label(e.applicationId), at: e.occurredAt }))
    .sort(byAt);
  return { newApplications, interviews, rejections };
}

function coming(
  open: readonly ApplicationRecord[],
  labels: ReadonlyMap<string, ApplicationLabel>,
  pendingOf: ReadonlyMap<string, readonly ReminderRecord[]>,
  window: DigestWindow,
): Digest['coming'] {
  const interviews = open
    .filter((a): a is ApplicationRecord & { interviewAt: string } => a.interviewAt !== null && within(a.interviewAt, window.now, window.until))
    .map((a) => ({ ...labelOf(a, labels), at: a.interviewAt }))
    .sort(byAt);
  const reminders = open
    .flatMap((a) => (pendingOf.get(a.id) ?? []).filter((r) => within(r.fireAt, window.now, window.until)).map((r) => ({ ...labelOf(a, labels), at: r.fireAt, rule: r.rule })))
    .sort(byAt);
  return { interviews, reminders };
}

/** Open, nothing heard for QUIET_AFTER_DAYS, and no interview still ahead (waiting for one is not silence). */
function quiet(open: readonly ApplicationRecord[], labels: ReadonlyMap<string, ApplicationLabel>, window: DigestWindow): QuietApplication[] {
  const now = window.now.getTime();
  return open
    .filter((a) => !(a.interviewAt !== null && ms(a.interviewAt) >= now))
    .map((a) => ({ ...labelOf(a, labels), lastEventAt: a.lastEventAt, quietDays: Math.floor((now - ms(a.lastEventAt)) / 86_400_000) }))
    .filter((a) => a.quietDays >= QUIET_AFTER_DAYS)
    .sort((a, b) => b.quietDays - a.quietDays);
}

function skipped(notices: readonly Notice[], window: DigestWindow): Skipped {
  const counts = new Map<string, { outcome: 'ignored' | 'quarantined'; reason: string; count: number }>();
  let total = 0;
  for (const notice of notices) {
    if (!isSkippedNotice(notice)) continue;
    const at = notice.details.receivedAt ?? notice.createdAt;
    if (!within(at, window.since, new Date(window.now.getTime() + 1))) continue;
    total++;
    const outcome = notice.details.outcome === 'quarantined' ? 'quarantined' : 'ignored';
    const reason = truncate(singleLine(notice.details.reason ?? ''), MAX_SKIP_REASON) || 'no reason recorded';
    const key = `${outcome}\u0000${reason}`;
    const entry = counts.get(key) ?? { outcome, reason, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  const reasons = [...counts.values()].sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1)).slice(0, MAX_SKIP_REASONS);
  return { total, reasons };
}

function firstEventAt(events: readonly ApplicationEvent[]): string | null {
  let first: string | null = null;
  for (const event of events) if (first === null || ms(event.occurredAt) < ms(first)) first = event.occurredAt;
  return first;
}

function labelOf(application: ApplicationRecord, labels: ReadonlyMap<string, ApplicationLabel>): ApplicationLabel {
  return labels.get(application.id) ?? applicationLabel(application);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item)) ?? [];
    list.push(item);
    map.set(key(item), list);
  }
  return map;
}
