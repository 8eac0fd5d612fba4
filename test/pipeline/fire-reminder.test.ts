// fireReminder's guarantees: never twice (retries, concurrent twins, stale schedules), dropped with
// a reason when the application moved on, and a failed send released for the retry.
import { describe, expect, it } from 'vitest';
import type { ReminderRecord } from '../../shared/domain/application.ts';
import { MailSendError } from '../../shared/mailer/errors.ts';
import type { Mailer, OutgoingMessage, SendResult } from '../../shared/mailer/mailer.ts';
import { RecordingMailer } from '../../shared/mailer/recording-mailer.ts';
import { fireReminder } from '../../shared/pipeline/fire-reminder.ts';
import { processInbound } from '../../shared/pipeline/process-inbound.ts';
import { payloadFor } from '../../shared/scheduler/reminder-payload.ts';
import { confirmation, forwarded, inbound, interviewInvite, memoryPipeline, NOTIFY_ADDRESS, rejection, type MemoryPipeline } from './pipeline-support.ts';
import type { OriginalSpec } from '../support/compose-mail.ts';

/**
 * A Mailer whose transport is down for the first `failures` sends (a stand-in for an SES outage,
 * which no local SES emulator can produce on demand); afterwards it records like RecordingMailer.
 */
class FlakyMailer implements Mailer {
  readonly inner = new RecordingMailer({ allowedRecipient: NOTIFY_ADDRESS });
  attempts = 0;
  constructor(private failures: number) {}
  send(message: OutgoingMessage): Promise<SendResult> {
    this.attempts++;
    if (this.failures > 0) {
      this.failures--;
      return Promise.reject(new MailSendError('ses', 'ServiceUnavailable (HTTP 503)', { retryable: true }));
    }
    return this.inner.send(message);
  }
}

async function receive(pipeline: MemoryPipeline, messageId: string, original: OriginalSpec): Promise<void> {
  const at = new Date(original.date.getTime() + 10 * 60_000);
  pipeline.clock.set(at);
  await processInbound(inbound(messageId, await forwarded(original), at), pipeline.deps);
}

/** An application that has its interview invite, and the pending reminder `reminderId`, with the clock at its fire time. */
async function interviewing(pipeline: MemoryPipeline, reminderId: string): Promise<ReminderRecord> {
  await receive(pipeline, 'ses-confirm', confirmation);
  await receive(pipeline, 'ses-invite', interviewInvite);
  const reminder = (await pipeline.store.listAllReminders('pending')).find((r) => r.reminderId === reminderId);
  if (!reminder) throw new Error(`no pending ${reminderId}`);
  pipeline.clock.set(new Date(reminder.fireAt));
  return reminder;
}

describe('fireReminder', () => {
  it('sends once when the same schedule fires again (a Lambda retry)', async () => {
    const pipeline = memoryPipeline();
    const reminder = await interviewing(pipeline, 'thank-you-email.1');

    const first = await fireReminder(payloadFor(reminder), pipeline.deps);
    const second = await fireReminder(payloadFor(reminder), pipeline.deps);

    expect(first).toMatchObject({ status: 'sent', applicationId: reminder.applicationId, reminderId: 'thank-you-email.1' });
    expect(second).toMatchObject({ status: 'dropped', reason: 'the reminder was already sent' });
    expect(pipeline.mailer.sent).toHaveLength(1);
    expect(await pipeline.store.getReminder(reminder.applicationId, reminder.reminderId)).toMatchObject({
      status: 'sent',
      sentAt: new Date(reminder.fireAt).toISOString(),
    });
  });

  it('sends once when two invocations for the same reminder run at the same moment', async () => {
    const pipeline = memoryPipeline();
    const reminder = await interviewing(pipeline, 'prepare.1');

    const results = await Promise.all([fireReminder(payloadFor(reminder), pipeline.deps), fireReminder(payloadFor(reminder), pipeline.deps)]);

    expect(results.map((r) => r.status).sort()).toEqual(['dropped', 'sent']);
    expect(pipeline.mailer.sent).toHaveLength(1);
  });

  it('drops a reminder whose application moved on, and records why', async () => {
    const pipeline = memoryPipeline();
    const reminder = await interviewing(pipeline, 'status-check.1');
    await receive(pipeline, 'ses-reject', rejection);
    // As if the rejection's plan had not reached the status check (a crash between the two).
    await pipeline.store.updateReminderStatus(reminder.applicationId, reminder.reminderId, { from: ['cancelled'], to: 'pending', statusReason: null });
    pipeline.clock.set(new Date(reminder.fireAt));

    const result = await fireReminder(payloadFor(reminder), pipeline.deps);

    expect(result).toMatchObject({ status: 'dropped', reason: 'the application moved on: it is rejected now' });
    expect(await pipeline.store.getReminder(reminder.applicationId, reminder.reminderId)).toMatchObject({
      status: 'dropped',
      statusReason: 'the application moved on: it is rejected now',
    });
    expect(pipeline.mailer.sent.filter((e) => e.message.messageKey.includes('status-check'))).toEqual([]);
  });

  it('lets a schedule of an older plan stop without touching the current one', async () => {
    const pipeline = memoryPipeline();
    const reminder = await interviewing(pipeline, 'thank-you-note.1');
    const stale = { ...payloadFor(reminder), version: reminder.plannedAtVersion - 1 };

    const result = await fireReminder(stale, pipeline.deps);

    expect(result).toMatchObject({ status: 'dropped', reason: 'a newer plan replaced this schedule' });
    expect(await pipeline.store.getReminder(reminder.applicationId, reminder.reminderId)).toMatchObject({ status: 'pending' });
    expect(await fireReminder(payloadFor(reminder), pipeline.deps)).toMatchObject({ status: 'sent' });
  });

  it('drops a reminder that is not stored, with the reason', async () => {
    const pipeline = memoryPipeline();
    const reminder = await interviewing(pipeline, 'prepare.1');
    expect(await fireReminder({ ...payloadFor(reminder), reminderId: 'move-on.7' }, pipeline.deps)).toMatchObject({
      status: 'dropped',
      reason: 'the reminder is not stored',
    });
    expect(await fireReminder({ ...payloadFor(reminder), applicationId: 'app-gone' }, pipeline.deps)).toMatchObject({ status: 'dropped' });
    expect(pipeline.mailer.sent).toEqual([]);
  });

  it('puts the reminder back to pending and throws when the send fails; the retry sends it once', async () => {
    const mailer = new FlakyMailer(1);
    const pipeline = memoryPipeline({ mailer });
    const reminder = await interviewing(pipeline, 'thank-you-note.1');

    await expect(fireReminder(payloadFor(reminder), pipeline.deps)).rejects.toBeInstanceOf(MailSendError);
    expect(await pipeline.store.getReminder(reminder.applicationId, reminder.reminderId)).toMatchObject({ status: 'pending', sentAt: null });

    expect(await fireReminder(payloadFor(reminder), pipeline.deps)).toMatchObject({ status: 'sent' });
    expect(await fireReminder(payloadFor(reminder), pipeline.deps)).toMatchObject({ status: 'dropped' });
    expect(mailer.attempts).toBe(2);
    expect(mailer.inner.sent).toHaveLength(1);
  });

  it('plans move-on after a status check, and a retry after a crash before that step completes it', async () => {
    const pipeline = memoryPipeline();
    const reminder = await interviewing(pipeline, 'status-check.1');
    // As if the run had crashed right after mailing: the reminder is sent, nothing followed yet.
    await pipeline.store.updateReminderStatus(reminder.applicationId, reminder.reminderId, { from: ['pending'], to: 'sent', sentAt: reminder.fireAt });

    const retry = await fireReminder(payloadFor(reminder), pipeline.deps);

    expect(retry).toMatchObject({ status: 'dropped', reason: 'the reminder was already sent' });
    const moveOn = await pipeline.store.getReminder(reminder.applicationId, 'move-on.1');
    expect(moveOn).toMatchObject({ status: 'pending', fireAt: '2026-03-31T09:00:00+02:00' });
    expect(pipeline.scheduler.activeSchedules().map((s) => s.reminder.reminderId)).toContain('move-on.1');
  });

  it('closes the application as stale when keep-applying fires, and cancels its other pending reminders', async () => {
    const pipeline = memoryPipeline();
    await receive(pipeline, 'ses-confirm', confirmation);
    const [keepApplying] = (await pipeline.store.listAllReminders('pending')).filter((r) => r.rule === 'keep-applying');
    if (!keepApplying) throw new Error('no keep-applying');
    // confirm-receipt has not fired yet (it is left pending here, as a snooze past keep-applying would).
    pipeline.clock.set(new Date(keepApplying.fireAt));

    expect(await fireReminder(payloadFor(keepApplying), pipeline.deps)).toMatchObject({ status: 'sent' });

    expect(await pipeline.store.getApplication(keepApplying.applicationId)).toMatchObject({ stage: 'stale' });
    expect(await pipeline.store.getReminder(keepApplying.applicationId, 'confirm-receipt.0')).toMatchObject({
      status: 'cancelled',
      statusReason: 'the application was closed as stale when keep-applying fired',
    });
    expect(pipeline.scheduler.cancelled.map((s) => s.reminder.reminderId)).toEqual(['confirm-receipt.0']);
  });
});
