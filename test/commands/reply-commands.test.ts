import { describe, expect, it } from 'vitest';
import type { IngestResult, ProcessedResult } from '../../shared/applications/ingest-result.ts';
import type { MessageOutcome } from '../../shared/domain/application.ts';
import { stillDue } from '../../shared/policy/index.ts';
import { scheduleNameFor } from '../../shared/scheduler/schedule-name.ts';
import type { RecordOutcomeResult } from '../../shared/store/application-store.ts';
import { MemoryApplicationStore } from '../../shared/store/memory-application-store.ts';
import { composeReply, confirmation, interview, quoted, ReplyWorld, settingsWith, STRANGER } from './reply-world.ts';

// Europe/Berlin leaves summer time on Sunday 2026-10-25 (03:00 CEST → 02:00 CET).
const CONFIRMED = new Date('2026-10-01T08:00:00Z');
const FRIDAY_0900_CEST = new Date('2026-10-23T07:00:00Z');

function processed(result: IngestResult): ProcessedResult {
  if (result.outcome !== 'processed') throw new Error(`expected processed, got ${result.outcome}: ${result.reason}`);
  return result;
}

async function confirmedWorld(settings = settingsWith()) {
  const world = new ReplyWorld(settings, new Date(CONFIRMED.getTime() + 3_600_000));
  const app = await world.forward(confirmation(CONFIRMED));
  world.clock.set(FRIDAY_0900_CEST);
  return { world, app };
}

describe('reply commands', () => {
  it('marks the reminder done and classifies nothing when the user replies "done"', async () => {
    const { world, app } = await confirmedWorld();
    await world.markSent(app.id, 'keep-applying.0');
    const reply = await composeReply({ text: quoted('Done!'), date: FRIDAY_0900_CEST, to: { applicationId: app.id, reminderId: 'keep-applying.0' } });

    const result = processed(await world.ingest('reply-1', reply));

    expect(result.reason).toMatch(/^command: done\b/);
    expect(result.event).toBeNull();
    expect(result.command).toEqual({ command: 'done', diff: { create: [], keep: [], cancel: [] } });
    expect(await world.reminder(app.id, 'keep-applying.0')).toMatchObject({ status: 'done' });
    expect(await world.store.listEvents(app.id)).toHaveLength(1);
    expect(await world.store.listApplications()).toHaveLength(1);
    expect(await world.store.getOutcome('reply-1')).toMatchObject({ outcome: 'processed', applicationId: app.id });
  });

  it('snoozes a sent reminder 3 days from the reply, keeping 09:00 local across the end of summer time', async () => {
    const { world, app } = await confirmedWorld();
    await world.markSent(app.id, 'keep-applying.0');
    const reply = await composeReply({ text: quoted('snooze 3d'), date: FRIDAY_0900_CEST, to: { applicationId: app.id, reminderId: 'keep-applying.0' } });

    const result = processed(await world.ingest('reply-1', reply));

    const stored = await world.reminder(app.id, 'keep-applying.0');
    const version = (await world.application(app.id)).version;
    expect(stored).toMatchObject({
      status: 'pending',
      fireAt: '2026-10-26T09:00:00+01:00',
      sentAt: null,
      plannedAtVersion: version,
      scheduleName: scheduleNameFor(app.id, 'keep-applying.0', version),
    });
    expect(version).toBe(app.version + 1);
    expect(result.command?.diff).toEqual({ create: [stored], keep: [], cancel: [] });
  });

  it('snoozes by elapsed hours when the user gives hours, so 72 h across the change is 08:00 local', async () => {
    const { world, app } = await confirmedWorld();
    await world.markSent(app.id, 'keep-applying.0');
    const reply = await composeReply({ text: 'snooze 72h', date: FRIDAY_0900_CEST, to: { applicationId: app.id, reminderId: 'keep-applying.0' } });
    await world.ingest('reply-1', reply);
    expect((await world.reminder(app.id, 'keep-applying.0')).fireAt).toBe('2026-10-26T08:00:00+01:00');
  });

  it('snoozes until a date at the user\'s local hour, in winter time although the reply was sent in summer time', async () => {
    const { world, app } = await confirmedWorld(settingsWith({ localHour: 8 }));
    await world.markSent(app.id, 'keep-applying.0');
    const reply = await composeReply({
      text: quoted('Snooze until 2026-10-27.'),
      date: FRIDAY_0900_CEST,
      to: { applicationId: app.id, reminderId: 'keep-applying.0' },
    });
    await world.ingest('reply-1', reply);
    expect((await world.reminder(app.id, 'keep-applying.0')).fireAt).toBe('2026-10-27T08:00:00+01:00');
  });

  it('re-times a reminder that has not fired yet: the old schedule is cancelled and a new one created', async () => {
    const { world, app } = await confirmedWorld();
    const before = await world.reminder(app.id, 'keep-applying.0');
    const reply = await composeReply({ text: 'snooze 2w', date: FRIDAY_0900_CEST, to: { applicationId: app.id, reminderId: 'keep-applying.0' } });

    const { command } = processed(await world.ingest('reply-1', reply));

    expect(command?.diff.cancel).toEqual([expect.objectContaining({ reminderId: 'keep-applying.0', status: 'cancelled', scheduleName: before.scheduleName })]);
    expect(command?.diff.create).toEqual([expect.objectContaining({ reminderId: 'keep-applying.0', status: 'pending', fireAt: '2026-11-06T09:00:00+01:00' })]);
    expect(command?.diff.create[0]?.scheduleName).not.toBe(before.scheduleName);
  });

  it('answers a snooze date that is not after the reply with the help notice and changes nothing', async () => {
    const { world, app } = await confirmedWorld();
    const before = await world.reminder(app.id, 'keep-applying.0');
    const reply = await composeReply({ text: 'snooze until 2026-10-01', date: FRIDAY_0900_CEST, to: { applicationId: app.id, reminderId: 'keep-applying.0' } });
    const result = processed(await world.ingest('reply-1', reply));
    expect(result.notices.map((n) => [n.kind, n.details.problem])).toEqual([['command-help', 'snooze-not-after-reply']]);
    expect(await world.reminder(app.id, 'keep-applying.0')).toEqual(before);
  });

  it('stops the application\'s reminders on "stop" and hands every pending one over for cancelling', async () => {
    const { world, app } = await confirmedWorld();
    await world.markSent(app.id, 'confirm-receipt.0');
    const reply = await composeReply({ text: quoted('STOP.'), date: FRIDAY_0900_CEST, to: { applicationId: app.id, reminderId: 'confirm-receipt.0' } });

    const result = processed(await world.ingest('reply-1', reply));

    expect(result.reason).toMatch(/^command: stop\b/);
    expect(await world.application(app.id)).toMatchObject({ remindersStopped: true });
    expect(result.command?.diff.cancel.map((r) => [r.reminderId, r.status])).toEqual([['keep-applying.0', 'cancelled']]);
    expect(await world.store.listReminders(app.id)).toEqual([
      expect.objectContaining({ reminderId: 'confirm-receipt.0', status: 'sent' }),
      expect.objectContaining({ reminderId: 'keep-applying.0', status: 'cancelled' }),
    ]);
  });

  it('re-reads a confirmation as an interview on "wrong: interview" and re-plans for an interview', async () => {
    const { world, app } = await confirmedWorld();
    const reply = await composeReply({ text: 'wrong interview', date: FRIDAY_0900_CEST, to: { applicationId: app.id, reminderId: 'keep-applying.0' } });

    const result = processed(await world.ingest('reply-1', reply));

    const events = await world.store.listEvents(app.id);
    expect(events.map((e) => e.kind)).toEqual(['interview']);
    expect(events[0]?.signals).toContain('reply:wrong');
    expect(await world.application(app.id)).toMatchObject({ stage: 'interviewing', interviewRound: 1 });
    const diff = result.command?.diff;
    expect(diff?.cancel.map((r) => r.reminderId).sort()).toEqual(['confirm-receipt.0', 'keep-applying.0']);
    expect(diff?.create.map((r) => r.reminderId)).toEqual(['status-check.1']);
    expect((await world.store.listReminders(app.id)).filter((r) => r.status === 'pending').map((r) => r.reminderId)).toEqual(['status-check.1']);
  });

  it('undoes an interview misreading on "wrong: confirmation": back to applied, interview reminders cancelled', async () => {
    const world = new ReplyWorld(settingsWith(), new Date('2026-11-20T11:00:00Z'));
    const app = await world.forward(interview(new Date('2026-11-20T10:00:00Z'), '2026-12-03 14:00'));
    expect((await world.store.listReminders(app.id)).map((r) => r.rule)).toContain('prepare');
    world.clock.set(new Date('2026-11-21T09:00:00Z'));
    const reply = await composeReply({ text: 'wrong: confirmation', date: new Date('2026-11-21T09:00:00Z'), to: { applicationId: app.id, reminderId: 'prepare.1' } });

    const result = processed(await world.ingest('reply-1', reply));

    expect(await world.application(app.id)).toMatchObject({ stage: 'applied', interviewRound: 0, interviewAt: null });
    const pending = (await world.store.listReminders(app.id)).filter((r) => r.status === 'pending');
    // Dana, a person, wrote the email now read as the confirmation: nobody needs asking whether it arrived.
    expect(pending.map((r) => r.rule).sort()).toEqual(['keep-applying']);
    expect(result.command?.diff.cancel.map((r) => r.rule)).toEqual(expect.arrayContaining(['prepare', 'thank-you-email', 'status-check']));
  });

  it('answers an unknown command with a short help notice that quotes it', async () => {
    const { world, app } = await confirmedWorld();
    const before = await world.store.listReminders(app.id);
    const reply = await composeReply({ text: quoted('remind me after the holidays'), date: FRIDAY_0900_CEST, to: { applicationId: app.id, reminderId: 'keep-applying.0' } });

    const result = processed(await world.ingest('reply-1', reply));

    expect(result.reason).toMatch(/^command: unknown\b/);
    expect(result.notices).toEqual([
      expect.objectContaining({ kind: 'command-help', messageId: 'reply-1', status: 'pending', details: { command: 'remind me after the holidays' } }),
    ]);
    expect(await world.store.listNotices('pending')).toHaveLength(1);
    expect(await world.store.listReminders(app.id)).toEqual(before);
  });

  it('ignores a reply from an address that is not the user\'s and leaves the reminder alone', async () => {
    const { world, app } = await confirmedWorld();
    const before = await world.reminder(app.id, 'keep-applying.0');
    const reply = await composeReply({ text: 'stop', date: FRIDAY_0900_CEST, from: STRANGER, to: { applicationId: app.id, reminderId: 'keep-applying.0' } });

    const viaEnvelope = await world.ingest('reply-1', reply, STRANGER);
    const viaFromHeader = await world.ingest('reply-2', reply);

    expect(viaEnvelope.outcome).toBe('ignored');
    expect(viaFromHeader.outcome).toBe('ignored');
    expect(viaFromHeader.reason).toMatch(/From is not one of your addresses/);
    expect(await world.reminder(app.id, 'keep-applying.0')).toEqual(before);
    expect(await world.application(app.id)).toMatchObject({ remindersStopped: false });
  });

  it('ignores, with a reason, a reply to a reminder or application that is not on record, and a reply to a notice', async () => {
    const { world, app } = await confirmedWorld();
    const unknownReminder = await world.ingest('reply-1', await composeReply({ text: 'done', date: FRIDAY_0900_CEST, to: { applicationId: app.id, reminderId: 'move-on.4' } }));
    const unknownApp = await world.ingest('reply-2', await composeReply({ text: 'done', date: FRIDAY_0900_CEST, to: { applicationId: 'app-gone', reminderId: 'move-on.1' } }));
    const toNotice = await world.ingest('reply-3', await composeReply({ text: 'done', date: FRIDAY_0900_CEST, to: { noticeId: 'command-help.m-1' } }));
    expect([unknownReminder.outcome, unknownApp.outcome, toNotice.outcome]).toEqual(['ignored', 'ignored', 'ignored']);
    expect(unknownReminder.reason).toMatch(/reminder it answers is not on record/);
    expect(unknownApp.reason).toMatch(/application it answers is not on record/);
    expect(toNotice.reason).toMatch(/notice/);
    expect(await world.store.listApplications()).toHaveLength(1);
  });

  it('reopens an application that keep-applying closed as stale, so the snoozed reminder will be sent', async () => {
    const { world, app } = await confirmedWorld();
    await world.markSent(app.id, 'keep-applying.0');
    // What firing keep-applying does to the application (fire-reminder tests cover the firing itself).
    const closed = await world.store.updateApplication({ ...(await world.application(app.id)), stage: 'stale' }, app.version);
    const reply = await composeReply({ text: quoted('snooze 1w'), date: FRIDAY_0900_CEST, to: { applicationId: app.id, reminderId: 'keep-applying.0' } });

    const result = processed(await world.ingest('reply-1', reply));

    const reopened = await world.application(app.id);
    const snoozed = await world.reminder(app.id, 'keep-applying.0');
    expect(reopened).toMatchObject({ stage: 'applied', version: closed.version + 1 });
    expect(snoozed).toMatchObject({ status: 'pending', fireAt: '2026-10-30T09:00:00+01:00' });
    expect(result.reason).toMatch(/application reopened as applied/);
    expect(stillDue(reopened, snoozed, new Date(snoozed.fireAt), snoozed.plannedAtVersion)).toEqual({ due: true });
  });

  it('leaves an application closed by a rejection closed, and says why the snooze was not applied', async () => {
    const { world, app } = await confirmedWorld();
    await world.markSent(app.id, 'keep-applying.0');
    await world.forward({
      note: '#rejection\n#company Acme Corp\n#role Data Engineer',
      original: { from: 'maya.chen@acme.example', fromName: 'Maya Chen', date: new Date('2026-10-20T08:00:00Z'), subject: 'Your application', text: 'We will not be moving ahead with your application.', messageId: '<rej-1@acme.example>' },
    });
    const before = { app: await world.application(app.id), reminder: await world.reminder(app.id, 'keep-applying.0') };
    const reply = await composeReply({ text: 'snooze 3d', date: FRIDAY_0900_CEST, to: { applicationId: app.id, reminderId: 'keep-applying.0' } });

    const result = processed(await world.ingest('reply-1', reply));

    expect(before.app.stage).toBe('rejected');
    expect(result.notices.map((n) => [n.kind, n.details.problem, n.details.reason])).toEqual([
      ['command-help', 'snooze-would-not-fire', 'the application moved on: it is rejected now'],
    ]);
    expect(await world.application(app.id)).toEqual(before.app);
    expect(await world.reminder(app.id, 'keep-applying.0')).toEqual(before.reminder);
  });

  it('does not snooze twice when the same reply is processed again, and hands the schedule over again', async () => {
    const { world, app } = await confirmedWorld();
    await world.markSent(app.id, 'keep-applying.0');
    const reply = await composeReply({ text: 'snooze 3d', date: FRIDAY_0900_CEST, to: { applicationId: app.id, reminderId: 'keep-applying.0' } });
    const first = processed(await world.ingest('reply-1', reply));
    const afterFirst = { app: await world.application(app.id), reminder: await world.reminder(app.id, 'keep-applying.0') };

    world.clock.set(new Date(FRIDAY_0900_CEST.getTime() + 3_600_000));
    const again = processed(await world.ingest('reply-1', reply));

    expect(again.replayed).toBe(true);
    expect(await world.application(app.id)).toEqual(afterFirst.app);
    expect(await world.reminder(app.id, 'keep-applying.0')).toEqual(afterFirst.reminder);
    expect(again.command?.command).toBe('snooze');
    expect(again.command?.diff.create).toContainEqual(afterFirst.reminder);
    expect(first.command?.diff.create).toEqual([afterFirst.reminder]);
  });

  it('does not snooze twice when a run crashed after applying the command but before recording the outcome', async () => {
    class CrashOnFirstOutcome extends MemoryApplicationStore {
      crashed = false;
      override recordOutcome(outcome: MessageOutcome): Promise<RecordOutcomeResult> {
        if (!this.crashed && outcome.messageId === 'reply-1') {
          this.crashed = true;
          return Promise.reject(new Error('simulated timeout after the command was applied'));
        }
        return super.recordOutcome(outcome);
      }
    }
    const world = new ReplyWorld(settingsWith(), new Date(CONFIRMED.getTime() + 3_600_000));
    Object.defineProperty(world, 'store', { value: new CrashOnFirstOutcome() });
    const app = await world.forward(confirmation(CONFIRMED));
    world.clock.set(FRIDAY_0900_CEST);
    const reply = await composeReply({ text: 'snooze 3d', date: FRIDAY_0900_CEST, to: { applicationId: app.id, reminderId: 'keep-applying.0' } });

    await expect(world.ingest('reply-1', reply)).rejects.toThrow(/simulated/);
    const afterCrash = { app: await world.application(app.id), reminder: await world.reminder(app.id, 'keep-applying.0') };
    world.clock.set(new Date(FRIDAY_0900_CEST.getTime() + 600_000));
    const retried = processed(await world.ingest('reply-1', reply));

    expect(retried.replayed).toBe(false);
    expect(await world.application(app.id)).toEqual(afterCrash.app);
    expect(await world.reminder(app.id, 'keep-applying.0')).toEqual(afterCrash.reminder);
    expect(afterCrash.reminder.fireAt).toBe('2026-10-26T09:00:00+01:00');
    expect(retried.command?.diff.create).toEqual([afterCrash.reminder]);
  });
});
