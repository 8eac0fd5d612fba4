import type {
  ApplicationEvent,
  ApplicationRecord,
  MessageOutcome,
  Notice,
  ReminderRecord,
  ReminderStatus,
} from '../domain/application.ts';
import type { ApplicationStore, ClaimResult, DigestClaim, OriginalClaim, RecordOutcomeResult, ReminderStatusChange } from './application-store.ts';
import {
  ApplicationExistsError,
  compareApplications,
  compareEvents,
  NoticeNotFoundError,
  ReminderNotFoundError,
  ReminderStatusConflictError,
  VersionConflictError,
} from './application-store.ts';
import { keys } from './keys.ts';

/**
 * The same contract as the DynamoDB adapter, held in memory: for the CLI simulation, the local run
 * and tests. Values are copied in and out so callers cannot change stored state by accident.
 */
export class MemoryApplicationStore implements ApplicationStore {
  private readonly applications = new Map<string, ApplicationRecord>();
  /** Keyed like the table's event sort key, so ordering and idempotency match DynamoDB. */
  private readonly events = new Map<string, Map<string, ApplicationEvent>>();
  private readonly reminders = new Map<string, Map<string, ReminderRecord>>();
  private readonly originals = new Map<string, OriginalClaim>();
  private readonly outcomes = new Map<string, MessageOutcome>();
  private readonly notices = new Map<string, Notice>();
  private readonly digests = new Map<string, DigestClaim>();

  getApplication(applicationId: string): Promise<ApplicationRecord | null> {
    return Promise.resolve(copy(this.applications.get(applicationId) ?? null));
  }

  listApplications(): Promise<ApplicationRecord[]> {
    return Promise.resolve([...this.applications.values()].map(copy).sort(compareApplications));
  }

  findApplicationsByCompany(companyKey: string): Promise<ApplicationRecord[]> {
    const found = [...this.applications.values()].filter((a) => a.companyKey === companyKey);
    return Promise.resolve(found.map(copy).sort(compareApplications));
  }

  createApplication(application: ApplicationRecord): Promise<ApplicationRecord> {
    if (this.applications.has(application.id)) return Promise.reject(new ApplicationExistsError(application.id));
    this.applications.set(application.id, copy(application));
    return Promise.resolve(copy(application));
  }

  updateApplication(application: ApplicationRecord, expectedVersion: number): Promise<ApplicationRecord> {
    const stored = this.applications.get(application.id);
    if (!stored || stored.version !== expectedVersion) {
      return Promise.reject(new VersionConflictError(application.id, expectedVersion));
    }
    const next = { ...copy(application), version: expectedVersion + 1 };
    this.applications.set(application.id, next);
    return Promise.resolve(copy(next));
  }

  deleteApplication(applicationId: string): Promise<void> {
    this.applications.delete(applicationId);
    this.events.delete(applicationId);
    this.reminders.delete(applicationId);
    return Promise.resolve();
  }

  putEvent(event: ApplicationEvent): Promise<void> {
    const byKey = this.events.get(event.applicationId) ?? new Map<string, ApplicationEvent>();
    byKey.set(keys.event(event.applicationId, event.occurredAt, event.messageId).sk, copy(event));
    this.events.set(event.applicationId, byKey);
    return Promise.resolve();
  }

  listEvents(applicationId: string): Promise<ApplicationEvent[]> {
    const list = [...(this.events.get(applicationId)?.values() ?? [])].map(copy);
    return Promise.resolve(list.sort(compareEvents));
  }

  claimOriginal(claim: OriginalClaim): Promise<ClaimResult> {
    const existing = this.originals.get(claim.originalId);
    if (existing) return Promise.resolve({ claimed: false, claim: copy(existing) });
    this.originals.set(claim.originalId, copy(claim));
    return Promise.resolve({ claimed: true, claim: copy(claim) });
  }

  getOriginalClaim(originalId: string): Promise<OriginalClaim | null> {
    return Promise.resolve(copy(this.originals.get(originalId) ?? null));
  }

  recordOutcome(outcome: MessageOutcome): Promise<RecordOutcomeResult> {
    const existing = this.outcomes.get(outcome.messageId);
    if (existing) return Promise.resolve({ recorded: false, outcome: copy(existing) });
    this.outcomes.set(outcome.messageId, copy(outcome));
    return Promise.resolve({ recorded: true, outcome: copy(outcome) });
  }

  getOutcome(messageId: string): Promise<MessageOutcome | null> {
    return Promise.resolve(copy(this.outcomes.get(messageId) ?? null));
  }

  claimDigest(claim: DigestClaim): Promise<{ readonly claimed: boolean; readonly claim: DigestClaim }> {
    const existing = this.digests.get(claim.digestId);
    if (existing) return Promise.resolve({ claimed: false, claim: copy(existing) });
    this.digests.set(claim.digestId, copy(claim));
    return Promise.resolve({ claimed: true, claim: copy(claim) });
  }

  releaseDigest(digestId: string): Promise<void> {
    this.digests.delete(digestId);
    return Promise.resolve();
  }

  putReminder(reminder: ReminderRecord): Promise<void> {
    this.reminderMap(reminder.applicationId).set(reminder.reminderId, copy(reminder));
    return Promise.resolve();
  }

  createReminder(reminder: ReminderRecord): Promise<boolean> {
    const map = this.reminderMap(reminder.applicationId);
    if (map.has(reminder.reminderId)) return Promise.resolve(false);
    map.set(reminder.reminderId, copy(reminder));
    return Promise.resolve(true);
  }

  getReminder(applicationId: string, reminderId: string): Promise<ReminderRecord | null> {
    return Promise.resolve(copy(this.reminders.get(applicationId)?.get(reminderId) ?? null));
  }

  listReminders(applicationId: string): Promise<ReminderRecord[]> {
    const list = [...(this.reminders.get(applicationId)?.values() ?? [])].map(copy);
    return Promise.resolve(list.sort((a, b) => (a.reminderId < b.reminderId ? -1 : a.reminderId > b.reminderId ? 1 : 0)));
  }

  listAllReminders(status?: ReminderStatus): Promise<ReminderRecord[]> {
    const all = [...this.reminders.values()].flatMap((m) => [...m.values()]);
    return Promise.resolve(all.filter((r) => status === undefined || r.status === status).map(copy));
  }

  updateReminderStatus(applicationId: string, reminderId: string, change: ReminderStatusChange): Promise<ReminderRecord> {
    const stored = this.reminders.get(applicationId)?.get(reminderId);
    if (!stored) return Promise.reject(new ReminderNotFoundError(applicationId, reminderId));
    if (!change.from.includes(stored.status)) {
      return Promise.reject(new ReminderStatusConflictError(applicationId, reminderId, change.from, stored.status));
    }
    const next: ReminderRecord = {
      ...stored,
      status: change.to,
      statusReason: change.statusReason === undefined ? stored.statusReason : change.statusReason,
      sentAt: change.sentAt === undefined ? stored.sentAt : change.sentAt,
    };
    this.reminderMap(applicationId).set(reminderId, next);
    return Promise.resolve(copy(next));
  }

  putNotice(notice: Notice): Promise<{ readonly created: boolean; readonly notice: Notice }> {
    const existing = this.notices.get(notice.noticeId);
    if (existing) return Promise.resolve({ created: false, notice: copy(existing) });
    this.notices.set(notice.noticeId, copy(notice));
    return Promise.resolve({ created: true, notice: copy(notice) });
  }

  getNotice(noticeId: string): Promise<Notice | null> {
    return Promise.resolve(copy(this.notices.get(noticeId) ?? null));
  }

  listNotices(status?: Notice['status']): Promise<Notice[]> {
    const list = [...this.notices.values()].filter((n) => status === undefined || n.status === status).map(copy);
    return Promise.resolve(list.sort((a, b) => keyOrder(noticeOrder(a), noticeOrder(b))));
  }

  markNoticeSent(noticeId: string): Promise<boolean> {
    const stored = this.notices.get(noticeId);
    if (!stored) return Promise.reject(new NoticeNotFoundError(noticeId));
    if (stored.status !== 'pending') return Promise.resolve(false);
    this.notices.set(noticeId, { ...stored, status: 'sent' });
    return Promise.resolve(true);
  }

  private reminderMap(applicationId: string): Map<string, ReminderRecord> {
    let map = this.reminders.get(applicationId);
    if (!map) {
      map = new Map();
      this.reminders.set(applicationId, map);
    }
    return map;
  }
}

function copy<T>(value: T): T {
  return structuredClone(value);
}

function noticeOrder(notice: Notice): string {
  return keys.noticeIndex(notice.createdAt, notice.noticeId).gsi1sk;
}

function keyOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
