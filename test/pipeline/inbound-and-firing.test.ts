// processInbound and fireReminder end to end through the real ingest, policy, renderer and
// composer, with the in-memory store, the recording scheduler and mailer and a manual clock.
import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import type { ReminderRecord } from '../../shared/domain/application.ts';
import { parseJobnudgeMessageId } from '../../shared/mailer/message-id.ts';
import { fireDueUpTo } from '../../shared/pipeline/fire-due.ts';
import { completeInbound, processInbound } from '../../shared/pipeline/process-inbound.ts';
import { confirmation, forwarded, inbound, interviewInvite, memoryPipeline, rejection, type MemoryPipeline } from './pipeline-support.ts';
import { USER_ADDRESS } from '../support/compose-mail.ts';
import { sesTrustInput } from '../support/ses-event.ts';

const minutesAfter = (date: Date, minutes: number) => new Date(date.getTime() + minutes * 60_000);

/** Forward an original as the user would, ten minutes after it was sent, with the clock there. */
async function receive(pipeline: MemoryPipeline, messageId: string, original: typeof confirmation) {
  const at = minutesAfter(original.date, 10);
  await fireDueUpTo(new Date(at.getTime() - 1), pipeline.deps, pipeline);
  pipeline.clock.set(at);
  return processInbound(inbound(messageId, await forwarded(original), at), pipeline.deps);
}

const summary = (records: readonly ReminderRecord[]) => records.map((r) => `${r.reminderId} ${r.fireAt}`).sort();

describe('processInbound', () => {
  it('plans confirm-receipt and keep-applying at 09:00 Berlin time for a confirmation from a named recruiter', async () => {
    const pipeline = memoryPipeline();
    const result = await receive(pipeline, 'ses-confirm', confirmation);

    expect(result.outcome).toBe('processed');
    expect(summary(result.reminders.created)).toEqual([
      'confirm-receipt.0 2026-03-09T09:00:00+01:00',
      // After the switch to summer time on 29 March: still 09:00 local.
      'keep-applying.0 2026-04-01T09:00:00+02:00',
    ]);
    expect(pipeline.scheduler.activeSchedules().map((s) => s.reminder.reminderId)).toEqual(['confirm-receipt.0', 'keep-applying.0']);
    const stored = await pipeline.store.listAllReminders('pending');
    expect(stored.map((r) => r.reminderId).sort()).toEqual(['confirm-receipt.0', 'keep-applying.0']);
  });

  it('confirmation → interview invite → silence: sends the policy’s reminders in order at the right local times, then closes the application', async () => {
    const pipeline = memoryPipeline();
    await receive(pipeline, 'ses-confirm', confirmation);
    const invite = await receive(pipeline, 'ses-invite', interviewInvite);

    expect(summary(invite.reminders.cancelled)).toEqual(['confirm-receipt.0 2026-03-09T09:00:00+01:00', 'keep-applying.0 2026-04-01T09:00:00+02:00']);
    expect(invite.reminders.cancelled.every((r) => r.status === 'cancelled' && r.statusReason?.includes('interview'))).toBe(true);
    expect(pipeline.scheduler.cancelled.map((s) => s.reminder.reminderId).sort()).toEqual(['confirm-receipt.0', 'keep-applying.0']);

    const fired = await fireDueUpTo(new Date('2026-04-30T00:00:00Z'), pipeline.deps, pipeline);
    expect(fired.map((f) => `${f.reminderId} ${f.status}`)).toEqual([
      'prepare.1 sent',
      'thank-you-email.1 sent',
      'thank-you-note.1 sent',
      'status-check.1 sent',
      'move-on.1 sent',
    ]);
    const sent = (await pipeline.store.listAllReminders('sent')).sort((a, b) => Date.parse(a.fireAt) - Date.parse(b.fireAt));
    expect(sent.map((r) => `${r.reminderId} ${r.fireAt}`)).toEqual([
      'prepare.1 2026-03-09T18:00:00+01:00',
      'thank-you-email.1 2026-03-10T12:00:00+01:00',
      'thank-you-note.1 2026-03-12T09:00:00+01:00',
      'status-check.1 2026-03-24T09:00:00+01:00',
      'move-on.1 2026-03-31T09:00:00+02:00',
    ]);
    // Each was sent at its own time (the clock moved to it), in that order.
    expect(sent.map((r) => r.sentAt)).toEqual(sent.map((r) => new Date(r.fireAt).toISOString()));

    const emails = pipeline.mailer.sent.map((e) => e.message);
    expect(emails.map((m) => parseJobnudgeMessageId(`<${m.messageKey}@x.example>`))).toEqual(
      ['prepare.1', 'thank-you-email.1', 'thank-you-note.1', 'status-check.1', 'move-on.1'].map((reminderId) => ({
        kind: 'reminder',
        applicationId: sent[0]?.applicationId,
        reminderId,
      })),
    );
    expect(emails.every((m) => m.subject.includes('Quillbyte'))).toBe(true);
    const prepare = await simpleParser(pipeline.mailer.sent[0]?.raw ?? Buffer.alloc(0));
    expect(prepare.attachments.map((a) => a.contentType)).toContain('text/calendar');
    expect(prepare.date?.toISOString()).toBe('2026-03-09T17:00:00.000Z');

    const application = await pipeline.store.getApplication(sent[0]?.applicationId ?? '');
    expect(application?.stage).toBe('stale');
  });

  it('a rejection after the interview cancels what is pending and plans ask-feedback and stay-in-touch', async () => {
    const pipeline = memoryPipeline();
    await receive(pipeline, 'ses-confirm', confirmation);
    await receive(pipeline, 'ses-invite', interviewInvite);
    const result = await receive(pipeline, 'ses-reject', rejection);

    // By 13 March prepare, thank-you-email and thank-you-note went out; the status check is pending.
    expect((await pipeline.store.listAllReminders('sent')).map((r) => r.reminderId).sort()).toEqual([
      'prepare.1',
      'thank-you-email.1',
      'thank-you-note.1',
    ]);
    expect(result.reminders.cancelled.map((r) => r.reminderId)).toEqual(['status-check.1']);
    expect(pipeline.scheduler.cancelled.map((s) => s.reminder.reminderId)).toContain('status-check.1');
    expect(summary(result.reminders.created)).toEqual(['ask-feedback.1 2026-03-14T09:00:00+01:00', 'stay-in-touch.1 2026-03-15T09:00:00+01:00']);

    const fired = await fireDueUpTo(new Date('2026-04-30T00:00:00Z'), pipeline.deps, pipeline);
    expect(fired.map((f) => `${f.reminderId} ${f.status}`)).toEqual(['ask-feedback.1 sent', 'stay-in-touch.1 sent']);
  });

  it('re-plans nothing new when the same message is delivered again, and schedules what a crash left unscheduled', async () => {
    const pipeline = memoryPipeline();
    const first = await receive(pipeline, 'ses-confirm', confirmation);
    expect(first.reminders.created).toHaveLength(2);

    // As if the first run had crashed after storing the reminders but before scheduling them.
    for (const schedule of pipeline.scheduler.activeSchedules()) await pipeline.scheduler.cancel(schedule.reminder);
    const raw = await forwarded(confirmation);
    const retry = await processInbound(inbound('ses-confirm', raw, pipeline.clock.now()), pipeline.deps);

    expect(retry).toMatchObject({ outcome: 'processed', replayed: true });
    expect(retry.reminders.created).toEqual([]);
    expect(retry.reminders.kept.map((r) => r.reminderId).sort()).toEqual(['confirm-receipt.0', 'keep-applying.0']);
    expect(pipeline.scheduler.activeSchedules().map((s) => s.reminder.reminderId)).toEqual(['confirm-receipt.0', 'keep-applying.0']);
    expect(await pipeline.store.listAllReminders()).toHaveLength(2);
  });

  it('mails a pending notice once, however often the message is delivered', async () => {
    const pipeline = memoryPipeline();
    // Bytes from the user that are no email at all: quarantined, with a "could not read" notice.
    const raw = Buffer.from('this is a screenshot, not an email\n');
    // SES read the header block (From: the user, every check passed); the body is what cannot be read.
    const unreadable = { ...inbound('ses-unreadable', raw, pipeline.clock.now()), trust: sesTrustInput({ source: USER_ADDRESS }) };
    const first = await processInbound(unreadable, pipeline.deps);
    const again = await processInbound(unreadable, pipeline.deps);

    expect(first.outcome).toBe('quarantined');
    expect(first.noticesSent).toBe(1);
    expect(again).toMatchObject({ outcome: 'quarantined', replayed: true, noticesSent: 0 });
    expect(pipeline.mailer.sent).toHaveLength(1);
    expect(pipeline.mailer.sent[0]?.message.messageKey).toMatch(/^notice\./);
    expect(pipeline.mailer.sent[0]?.message.subject).toMatch(/could not read/);
    expect(await pipeline.store.listNotices('pending')).toEqual([]);
  });

  it('hands a reply command’s already stored changes to the scheduler without rewriting the store', async () => {
    const pipeline = memoryPipeline();
    const confirmed = await receive(pipeline, 'ses-confirm', confirmation);
    const [keepApplying] = confirmed.reminders.created.filter((r) => r.rule === 'keep-applying');
    if (!keepApplying || confirmed.outcome !== 'processed') throw new Error('expected keep-applying');
    // What a "snooze" reply stores: the same reminder id under a new plan (new time, new schedule name).
    const snoozed: ReminderRecord = { ...keepApplying, fireAt: '2026-04-08T09:00:00+02:00', scheduleName: `${keepApplying.scheduleName}-s`, plannedAtVersion: 9 };
    await pipeline.store.putReminder(snoozed);
    const reply = { ...confirmed, messageId: 'ses-reply', event: null, command: { command: 'snooze' as const, diff: { create: [snoozed], cancel: [keepApplying], keep: [] } } };

    const result = await completeInbound(reply, pipeline.deps);

    expect(result.reminders.created).toEqual([snoozed]);
    expect(pipeline.scheduler.cancelled.map((s) => s.scheduleName)).toEqual([keepApplying.scheduleName]);
    expect(pipeline.scheduler.activeSchedules().map((s) => `${s.reminder.reminderId} ${s.reminder.fireAt}`)).toContain('keep-applying.0 2026-04-08T09:00:00+02:00');
    expect(await pipeline.store.getReminder(snoozed.applicationId, snoozed.reminderId)).toEqual(snoozed);
  });
});
