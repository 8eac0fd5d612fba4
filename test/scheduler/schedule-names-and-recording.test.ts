import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReminderRecord } from '../../shared/domain/application.ts';
import { atSchedule } from '../../shared/scheduler/at-expression.ts';
import { payloadFor, ReminderPayloadSchema } from '../../shared/scheduler/reminder-payload.ts';
import { RecordingReminderScheduler } from '../../shared/scheduler/recording-reminder-scheduler.ts';
import { ReminderSchedulingError } from '../../shared/scheduler/reminder-scheduler.ts';
import { SCHEDULE_NAME_PATTERN, scheduleNameFor } from '../../shared/scheduler/schedule-name.ts';

describe('schedule names', () => {
  it('are readable when the ids allow it', () => {
    expect(scheduleNameFor('app-123', 'status-check.2', 5)).toBe('jn-app-123-status-check.2-v5');
  });

  it('are always 1–64 characters of [0-9a-zA-Z-_.], and the same for the same inputs', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.nat({ max: 99 }), fc.nat(), (applicationId, round, version) => {
        const name = scheduleNameFor(applicationId, `thank-you-note.${round}`, version);
        expect(name.length).toBeLessThanOrEqual(64);
        expect(name).toMatch(SCHEDULE_NAME_PATTERN);
        expect(scheduleNameFor(applicationId, `thank-you-note.${round}`, version)).toBe(name);
      }),
    );
  });

  it('differ for ids that differ only in characters a name cannot hold, or beyond the 64th character', () => {
    expect(scheduleNameFor('acme/1', 'prepare.1', 1)).not.toBe(scheduleNameFor('acme:1', 'prepare.1', 1));
    const long = 'a'.repeat(70);
    expect(scheduleNameFor(`${long}x`, 'prepare.1', 1)).not.toBe(scheduleNameFor(`${long}y`, 'prepare.1', 1));
  });

  it('differ between plan versions, so a re-timed reminder gets its own schedule', () => {
    expect(scheduleNameFor('app-1', 'prepare.1', 1)).not.toBe(scheduleNameFor('app-1', 'prepare.1', 2));
  });
});

describe('at() expressions', () => {
  it('write the wall-clock time in the zone', () => {
    expect(atSchedule(new Date('2026-10-27T08:00:00Z'), 'Europe/Berlin')).toEqual({ expression: 'at(2026-10-27T09:00:00)', timezone: 'Europe/Berlin' });
  });

  it('fall back to UTC for a time in the hour that happens twice when clocks go back', () => {
    // 00:30 UTC on 25 October 2026 is 02:30 CEST; 01:30 UTC is 02:30 CET: the same wall clock.
    expect(atSchedule(new Date('2026-10-25T00:30:00Z'), 'Europe/Berlin')).toEqual({ expression: 'at(2026-10-25T00:30:00)', timezone: 'UTC' });
  });
});

function record(reminderId: string, fireAt: string, version = 1): ReminderRecord {
  const [rule, round] = reminderId.split('.') as [ReminderRecord['rule'], string];
  return {
    applicationId: 'app-1',
    reminderId,
    rule,
    round: Number(round),
    fireAt,
    zone: 'Europe/Berlin',
    status: 'pending',
    reason: 'test',
    source: ['002'],
    scheduleName: scheduleNameFor('app-1', reminderId, version),
    plannedAtVersion: version,
    statusReason: null,
    sentAt: null,
  };
}

describe('RecordingReminderScheduler', () => {
  it('answers what is due up to an instant, earliest first, and removes what fired', async () => {
    const scheduler = new RecordingReminderScheduler();
    const late = record('status-check.1', '2026-03-26T09:00:00+01:00');
    const early = record('prepare.1', '2026-03-11T18:00:00+01:00');
    await scheduler.schedule(late, payloadFor(late));
    await scheduler.schedule(early, payloadFor(early));

    expect(scheduler.dueUpTo(new Date('2026-03-11T16:59:59Z'))).toEqual([]);
    expect(scheduler.dueUpTo(new Date('2026-03-30T00:00:00Z')).map((s) => s.reminder.reminderId)).toEqual(['prepare.1', 'status-check.1']);
    expect(scheduler.fireNextDue(new Date('2026-03-30T00:00:00Z'))?.reminder.reminderId).toBe('prepare.1');
    expect(scheduler.activeSchedules().map((s) => s.reminder.reminderId)).toEqual(['status-check.1']);
  });

  it('is idempotent like the real scheduler: a repeated schedule is one schedule, a repeated cancel is harmless', async () => {
    const scheduler = new RecordingReminderScheduler();
    const reminder = record('prepare.1', '2026-03-11T18:00:00+01:00');
    expect(await scheduler.schedule(reminder, payloadFor(reminder))).toBe('created');
    expect(await scheduler.schedule(reminder, payloadFor(reminder))).toBe('existing');
    await scheduler.cancel(reminder);
    await scheduler.cancel(reminder);
    expect(scheduler.created).toHaveLength(1);
    expect(scheduler.cancelled).toHaveLength(1);
    expect(scheduler.activeSchedules()).toEqual([]);
    // What the service answered underneath: ConflictException on the second create,
    // ResourceNotFoundException on the second delete.
    expect(scheduler.conflicts).toEqual([reminder.scheduleName]);
    expect(scheduler.missingDeletes).toEqual([reminder.scheduleName]);
  });

  it('throttles when asked: the call fails as the adapter fails it and nothing is scheduled', async () => {
    const scheduler = new RecordingReminderScheduler();
    const reminder = record('prepare.1', '2026-03-11T18:00:00+01:00');
    scheduler.failNext('schedule', 'throttle');
    await expect(scheduler.schedule(reminder, payloadFor(reminder))).rejects.toThrow(ReminderSchedulingError);
    expect(scheduler.activeSchedules()).toEqual([]);
    expect(await scheduler.schedule(reminder, payloadFor(reminder))).toBe('created');
    scheduler.failNext('cancel', 'throttle');
    await expect(scheduler.cancel(reminder)).rejects.toThrow(/ThrottlingException/);
    expect(scheduler.activeSchedules()).toHaveLength(1);
  });

  it('loses the reply when asked: the schedule exists although the call failed, and the retry finds it (conflict)', async () => {
    const scheduler = new RecordingReminderScheduler();
    const reminder = record('prepare.1', '2026-03-11T18:00:00+01:00');
    scheduler.failNext('schedule', 'timeout');
    await expect(scheduler.schedule(reminder, payloadFor(reminder))).rejects.toThrow(/TimeoutError/);
    expect(scheduler.activeSchedules().map((s) => s.scheduleName)).toEqual([reminder.scheduleName]);
    expect(await scheduler.schedule(reminder, payloadFor(reminder))).toBe('existing');
    expect(scheduler.conflicts).toEqual([reminder.scheduleName]);
    expect(scheduler.created).toHaveLength(1);
  });
});

describe('ReminderPayloadSchema', () => {
  it('accepts the payload a schedule carries and rejects anything else', () => {
    expect(ReminderPayloadSchema.parse({ applicationId: 'app-1', reminderId: 'move-on.2', version: 4 })).toEqual({
      applicationId: 'app-1',
      reminderId: 'move-on.2',
      version: 4,
    });
    expect(ReminderPayloadSchema.safeParse({ applicationId: 'app-1', reminderId: 'send-flowers.1', version: 4 }).success).toBe(false);
    expect(ReminderPayloadSchema.safeParse({ applicationId: 'app-1', reminderId: 'move-on.2', version: 4, extra: true }).success).toBe(false);
  });
});
