// The policy's main path end to end, through the real planner, the re-check at fire time, the
// follow-ons and the recording scheduler: confirmation → interview invite → silence.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { ApplicationRecord, ReminderRecord } from '../../shared/domain/application.ts';
import { onReminderFired, stillDue } from '../../shared/policy/after-firing.ts';
import type { ReminderPlan } from '../../shared/policy/planner.ts';
import { planReminders } from '../../shared/policy/planner.ts';
import { RecordingReminderScheduler } from '../../shared/scheduler/recording-reminder-scheduler.ts';
import { payloadFor } from '../../shared/scheduler/reminder-payload.ts';
import { applicationWith, eventOf, plan, settingsFor } from './policy-fixtures.ts';

const settings = settingsFor('Europe/Berlin');

async function apply(scheduler: RecordingReminderScheduler, store: Map<string, ReminderRecord>, result: ReminderPlan): Promise<void> {
  for (const record of result.diff.cancel) {
    store.set(record.reminderId, record);
    await scheduler.cancel(record);
  }
  for (const record of result.diff.create) {
    store.set(record.reminderId, record);
    await scheduler.schedule(record, payloadFor(record));
  }
}

describe('confirmation → interview invite → silence', () => {
  it('sends the policy’s reminders at the right local times and closes the application as stale', async () => {
    const scheduler = new RecordingReminderScheduler();
    const store = new Map<string, ReminderRecord>();
    let application: ApplicationRecord = applicationWith();

    await apply(
      scheduler,
      store,
      plan({ application, event: eventOf('confirmation', '2026-03-02T14:12:00+01:00'), settings, now: new Date('2026-03-02T14:15:00+01:00') }),
    );
    const previous = application;
    application = { ...application, stage: 'interviewing', interviewRound: 1, interviewAt: '2026-03-12T10:00:00+01:00', lastEventAt: '2026-03-05T11:00:00+01:00', version: 2 };
    await apply(
      scheduler,
      store,
      planReminders({
        application,
        previous,
        event: eventOf('interview', '2026-03-05T11:00:00+01:00'),
        pending: [...store.values()],
        settings,
        now: new Date('2026-03-05T11:05:00+01:00'),
      }),
    );

    // Silence: let everything fire until the end of April.
    const sent: string[] = [];
    const end = new Date('2026-04-30T00:00:00Z');
    for (let due = scheduler.fireNextDue(end); due !== null; due = scheduler.fireNextDue(end)) {
      const reminder = store.get(due.reminder.reminderId)!;
      const firedAt = due.dueAt;
      const check = stillDue(application, reminder, firedAt, due.payload.version);
      if (!check.due) {
        store.set(reminder.reminderId, { ...reminder, status: 'dropped', statusReason: check.reason });
        continue;
      }
      store.set(reminder.reminderId, { ...reminder, status: 'sent', sentAt: firedAt.toISOString() });
      sent.push(`${reminder.reminderId} ${reminder.fireAt}`);
      const outcome = onReminderFired(application, reminder, settings, firedAt);
      if (outcome.applicationChange) application = { ...application, ...outcome.applicationChange, version: application.version + 1 };
      for (const record of outcome.create) {
        store.set(record.reminderId, record);
        await scheduler.schedule(record, payloadFor(record));
      }
    }

    expect(sent).toEqual([
      'prepare.1 2026-03-11T18:00:00+01:00',
      'thank-you-email.1 2026-03-12T12:00:00+01:00',
      'thank-you-note.1 2026-03-14T09:00:00+01:00',
      'status-check.1 2026-03-26T09:00:00+01:00',
      'move-on.1 2026-04-02T09:00:00+02:00',
    ]);
    expect(application.stage).toBe('stale');
    expect(store.get('keep-applying.0')?.status).toBe('cancelled');
    expect(store.get('confirm-receipt.0')?.status).toBe('cancelled');
  });
});

describe('fixed-hour reminders in any season', () => {
  it('land on the local hour, the right number of calendar days later, in every zone and on every day of 2026', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata'];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: 0, max: 364 }), fc.integer({ min: 0, max: 23 }), (zone, day, hour) => {
        const occurred = DateTime.fromObject({ year: 2026, month: 1, day: 1, hour }, { zone }).plus({ days: day });
        const occurredAt = occurred.toISO()!;
        const result = plan({
          application: applicationWith({ lastEventAt: occurredAt }),
          event: eventOf('confirmation', occurredAt),
          settings: settingsFor(zone),
          now: occurred.toJSDate(),
        });
        const fireAt = DateTime.fromISO(result.desired.find((r) => r.rule === 'confirm-receipt')!.fireAt, { setZone: true });
        const local = fireAt.setZone(zone);
        expect([local.hour, local.minute]).toEqual([9, 0]);
        expect(local.offset).toBe(fireAt.offset);
        expect(local.startOf('day').diff(occurred.startOf('day'), 'days').days).toBe(7);
      }),
      { numRuns: 300 },
    );
  });
});
