import { describe, expect, it } from 'vitest';
import { UserSettingsSchema } from '../../shared/config/settings.ts';
import { ConfigError, parseOrThrow } from '../../shared/config/zod-errors.ts';
import type { ReminderRecord } from '../../shared/domain/application.ts';
import { onReminderFired, stillDue } from '../../shared/policy/after-firing.ts';
import { applicationWith, desiredIds, eventOf, fireAtOf, plan, robot, settingsFor } from './policy-fixtures.ts';

const interviewing = applicationWith({ stage: 'interviewing', interviewRound: 1, interviewAt: '2026-03-12T10:00:00+01:00' });
const invite = eventOf('interview', '2026-03-05T11:00:00+01:00');
const inviteNow = new Date('2026-03-05T11:05:00+01:00');

describe('user overrides', () => {
  it('a turned-off thank-you note is not planned, and says why', () => {
    const result = plan({
      application: interviewing,
      event: invite,
      settings: settingsFor('Europe/Berlin', { rules: { 'thank-you-note': { enabled: false } } }),
      now: inviteNow,
    });
    expect(desiredIds(result)).toEqual(['prepare.1', 'status-check.1', 'thank-you-email.1']);
    expect(result.skipped).toContainEqual({ rule: 'thank-you-note', round: 1, reason: 'turned off in your settings' });
  });

  it('a shorter status-check delay (a week, as one article prefers) moves the check', () => {
    const result = plan({
      application: interviewing,
      event: invite,
      settings: settingsFor('Europe/Berlin', { rules: { 'status-check': { delayDays: 7 } } }),
      now: inviteNow,
    });
    expect(fireAtOf(result, 'status-check.1')).toBe('2026-03-19T09:00:00+01:00');
  });

  it('the delay after a next-step date, the hours and the local hour are each the user’s to set', () => {
    const result = plan({
      application: { ...interviewing, nextStepBy: '2026-03-20' },
      event: invite,
      settings: settingsFor('Europe/Berlin', {
        localHour: 8,
        rules: { 'status-check': { afterNextStepDays: 3 }, prepare: { localHour: 20 }, 'thank-you-email': { delayHours: 4 } },
      }),
      now: inviteNow,
    });
    expect(fireAtOf(result, 'status-check.1')).toBe('2026-03-23T08:00:00+01:00');
    expect(fireAtOf(result, 'prepare.1')).toBe('2026-03-11T20:00:00+01:00');
    expect(fireAtOf(result, 'thank-you-email.1')).toBe('2026-03-12T14:00:00+01:00');
    expect(fireAtOf(result, 'thank-you-note.1')).toBe('2026-03-14T08:00:00+01:00');
  });
});

describe('settings validation', () => {
  const base = { timeZone: 'Europe/Berlin', allowedSenders: ['me@home.example'], notifyAddress: 'me@home.example', senderAddress: 'nudge@jobs.example' };

  function problems(value: unknown): readonly string[] {
    try {
      parseOrThrow(UserSettingsSchema, value, 'settings');
    } catch (error) {
      if (error instanceof ConfigError) return error.problems;
      throw error;
    }
    return [];
  }

  it('names each wrong field with its path', () => {
    expect(
      problems({
        ...base,
        timeZone: 'Europe/Atlantis',
        weekends: 'skip',
        rules: { 'status-check': { delayDays: -2 }, 'thank-you-sms': { enabled: true } },
      }),
    ).toEqual([
      'timeZone: must be an IANA time zone such as "Europe/Berlin"',
      expect.stringMatching(/^weekends: .*"keep"\|"shift"/),
      expect.stringMatching(/^rules\.status-check\.delayDays: .*>=0/),
      expect.stringMatching(/^rules: .*"thank-you-sms"/),
    ]);
  });

  it('rejects a setting that means nothing for that rule, saying what the rule takes', () => {
    expect(problems({ ...base, rules: { 'thank-you-email': { localHour: 9 }, 'confirm-receipt': { closesAsStale: false } } })).toEqual([
      'rules.thank-you-email.localHour: does not apply to thank-you-email (it takes: enabled, delayHours)',
      'rules.confirm-receipt.closesAsStale: does not apply to confirm-receipt (it takes: enabled, delayDays, localHour)',
    ]);
  });

  it('rejects quiet hours that start and end at the same hour', () => {
    expect(problems({ ...base, quietHours: { from: 22, to: 22 } })).toEqual([expect.stringMatching(/^quietHours: from and to must differ/)]);
  });
});

function reminder(fields: Partial<ReminderRecord>): ReminderRecord {
  return {
    applicationId: interviewing.id,
    reminderId: 'status-check.1',
    rule: 'status-check',
    round: 1,
    fireAt: '2026-03-26T09:00:00+01:00',
    zone: 'Europe/Berlin',
    status: 'pending',
    reason: 'test',
    source: ['002'],
    scheduleName: 'jn-test-status-check.1-v1',
    plannedAtVersion: 1,
    statusReason: null,
    sentAt: null,
    ...fields,
  };
}

describe('the re-check when a reminder fires', () => {
  const at = new Date('2026-03-26T09:00:30+01:00');

  it('is due when nothing changed', () => {
    expect(stillDue(interviewing, reminder({}), at)).toEqual({ due: true });
  });

  it.each([
    ['the reminder was cancelled', interviewing, reminder({ status: 'cancelled' }), undefined, 'already cancelled'],
    ['it was already sent (a Lambda retry)', interviewing, reminder({ status: 'sent' }), undefined, 'already sent'],
    ['a newer plan re-timed it', interviewing, reminder({ plannedAtVersion: 2 }), 1, 'newer plan'],
    ['the user said stop', { ...interviewing, remindersStopped: true }, reminder({}), undefined, 'stopped'],
    ['the application was rejected', { ...interviewing, stage: 'rejected' as const }, reminder({}), undefined, 'rejected now'],
    ['a second round started', { ...interviewing, interviewRound: 2 }, reminder({}), undefined, 'later interview round'],
    [
      'contact is no longer allowed (thank-you)',
      { ...interviewing, doNotContact: true },
      reminder({ reminderId: 'thank-you-note.1', rule: 'thank-you-note' }),
      undefined,
      'asked not to be contacted',
    ],
    [
      'prepare fires after the interview started',
      interviewing,
      reminder({ reminderId: 'prepare.1', rule: 'prepare', fireAt: '2026-03-11T18:00:00+01:00' }),
      undefined,
      'already started',
    ],
  ])('drops it when %s', (_label, application, record, version, reason) => {
    const check = stillDue(application, record, record.rule === 'prepare' ? new Date('2026-03-12T10:30:00+01:00') : at, version);
    expect(check.due).toBe(false);
    if (!check.due) expect(check.reason).toContain(reason);
  });

  it('drops a thank-you email delivered more than a day late', () => {
    const email = reminder({ reminderId: 'thank-you-email.1', rule: 'thank-you-email', fireAt: '2026-03-12T12:00:00+01:00' });
    expect(stillDue(interviewing, email, new Date('2026-03-13T11:00:00+01:00'))).toEqual({ due: true });
    expect(stillDue(interviewing, email, new Date('2026-03-13T12:30:00+01:00')).due).toBe(false);
  });

  it('still sends the status check as a “wait” reminder when contact is not allowed', () => {
    expect(stillDue({ ...interviewing, contacts: [robot] }, reminder({}), at)).toEqual({ due: true });
  });
});

describe('after a reminder fired', () => {
  const settings = settingsFor('Europe/Berlin');

  it('a status check plans move-on a week later at 09:00 for the same round', () => {
    const outcome = onReminderFired(interviewing, reminder({}), settings, new Date('2026-03-26T09:01:00+01:00'));
    expect(outcome.applicationChange).toBeNull();
    expect(outcome.create.map((r) => [r.reminderId, r.fireAt])).toEqual([['move-on.1', '2026-04-02T09:00:00+02:00']]);
  });

  it('keep-applying and move-on close the application as stale', () => {
    const keepApplying = reminder({ reminderId: 'keep-applying.0', rule: 'keep-applying', round: 0 });
    expect(onReminderFired(interviewing, keepApplying, settings, new Date()).applicationChange).toEqual({ stage: 'stale' });
    const moveOn = reminder({ reminderId: 'move-on.1', rule: 'move-on' });
    expect(onReminderFired(interviewing, moveOn, settings, new Date()).applicationChange).toEqual({ stage: 'stale' });
  });

  it('leaves the application open when the user turned closing off', () => {
    const keepOpen = settingsFor('Europe/Berlin', { rules: { 'move-on': { closesAsStale: false } } });
    const moveOn = reminder({ reminderId: 'move-on.1', rule: 'move-on' });
    expect(onReminderFired(interviewing, moveOn, keepOpen, new Date())).toMatchObject({ applicationChange: null, create: [] });
  });

  it('plans no move-on when that rule is turned off', () => {
    const off = settingsFor('Europe/Berlin', { rules: { 'move-on': { enabled: false } } });
    const outcome = onReminderFired(interviewing, reminder({}), off, new Date('2026-03-26T09:01:00+01:00'));
    expect(outcome.create).toEqual([]);
    expect(outcome.skipped).toEqual([{ rule: 'move-on', round: 1, reason: 'turned off in your settings' }]);
  });
});
