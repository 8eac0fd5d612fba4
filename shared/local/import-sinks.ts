import type { ReminderRecord } from '../domain/application.ts';
import type { Mailer, OutgoingMessage, SendResult } from '../mailer/mailer.ts';
import type { ReminderPayload } from '../scheduler/reminder-payload.ts';
import type { ReminderScheduler, ScheduleOutcome } from '../scheduler/reminder-scheduler.ts';

/**
 * The scheduler of an import: pending reminders are in the store, and serve's timer (or run-due)
 * takes them from there. Nothing is kept per reminder, so a mailbox of any size costs no memory here.
 */
export const storeOnlyScheduler: ReminderScheduler = {
  schedule: (_reminder: ReminderRecord, _payload: ReminderPayload): Promise<ScheduleOutcome> => Promise.resolve('created'),
  cancel: (_reminder: ReminderRecord): Promise<void> => Promise.resolve(),
};

/**
 * Notices about old mail are held, not mailed (import-mail.ts): this mailer only counts them.
 * It keeps no message, unlike the recording mailer, whose memory grows with the mailbox.
 */
export class HeldNoticeMailer implements Mailer {
  private held = 0;

  get count(): number {
    return this.held;
  }

  send(_message: OutgoingMessage): Promise<SendResult> {
    this.held++;
    return Promise.resolve({ messageId: `held-${this.held}`, transportMessageId: `held-${this.held}` });
  }
}
