import type { ReminderRecord } from '../domain/application.ts';
import type { ApplicationStore } from '../store/application-store.ts';
import { ReminderStatusConflictError } from '../store/application-store.ts';

/** Cancel stored-pending reminders by compare-and-set; one that fired meanwhile is left as it is. */
export async function cancelPending(store: ApplicationStore, records: readonly ReminderRecord[]): Promise<ReminderRecord[]> {
  const out: ReminderRecord[] = [];
  for (const record of records) {
    try {
      out.push(
        await store.updateReminderStatus(record.applicationId, record.reminderId, {
          from: ['pending'],
          to: 'cancelled',
          statusReason: record.statusReason,
        }),
      );
    } catch (error) {
      if (!(error instanceof ReminderStatusConflictError)) throw error;
    }
  }
  return out;
}
