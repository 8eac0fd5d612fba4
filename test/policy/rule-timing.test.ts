import { describe, expect, it } from 'vitest';
import { applicationWith, eventOf, fireAtOf, plan, robot, settingsFor } from './policy-fixtures.ts';

// Expected times are worked out by hand from the policy table (dates and DST changes of 2026:
// EU summer time starts 29 March and ends 25 October; US DST starts 8 March and ends 1 November).

describe('confirmation rules', () => {
  it('plans confirm-receipt 7 days and keep-applying 30 days after the confirmation, at 09:00 Berlin time', () => {
    const result = plan({
      application: applicationWith(),
      event: eventOf('confirmation', '2026-03-02T14:12:00+01:00'),
      settings: settingsFor('Europe/Berlin'),
      now: new Date('2026-03-02T14:15:00+01:00'),
    });
    expect(fireAtOf(result, 'confirm-receipt.0')).toBe('2026-03-09T09:00:00+01:00');
    // 30 days on is after the spring change: still 09:00 local, now at +02:00.
    expect(fireAtOf(result, 'keep-applying.0')).toBe('2026-04-01T09:00:00+02:00');
    expect(result.desired.find((r) => r.rule === 'keep-applying')?.closesAsStale).toBe(true);
    expect(result.diff.create.map((r) => r.reminderId).sort()).toEqual(['confirm-receipt.0', 'keep-applying.0']);
  });

  it('keeps 09:00 local in New York when a US DST change falls inside the delay', () => {
    const result = plan({
      application: applicationWith({ lastEventAt: '2026-03-02T09:30:00-05:00' }),
      event: eventOf('confirmation', '2026-03-02T09:30:00-05:00'),
      settings: settingsFor('America/New_York'),
      now: new Date('2026-03-02T15:00:00Z'),
    });
    expect(fireAtOf(result, 'confirm-receipt.0')).toBe('2026-03-09T09:00:00-04:00');
    expect(result.desired.find((r) => r.reminderId === 'confirm-receipt.0')?.localTime).toBe('Mon 2026-03-09 09:00');
  });

  it('does not plan confirm-receipt when only a no-reply robot is known (a plain online application)', () => {
    const result = plan({
      application: applicationWith({ contacts: [robot] }),
      event: eventOf('confirmation', '2026-03-02T14:12:00+01:00'),
      settings: settingsFor('Europe/Berlin'),
      now: new Date('2026-03-02T14:15:00+01:00'),
    });
    expect(fireAtOf(result, 'confirm-receipt.0')).toBeUndefined();
    expect(fireAtOf(result, 'keep-applying.0')).toBe('2026-04-01T09:00:00+02:00');
    expect(result.skipped.find((s) => s.rule === 'confirm-receipt')?.reason).toContain('no person');
  });
});

describe('DST at the end of October', () => {
  it('fires a 09:00 reminder at 09:00 CET after Berlin leaves summer time', () => {
    const result = plan({
      application: applicationWith({ lastEventAt: '2026-10-20T10:00:00+02:00' }),
      event: eventOf('confirmation', '2026-10-20T10:00:00+02:00'),
      settings: settingsFor('Europe/Berlin'),
      now: new Date('2026-10-20T08:05:00Z'),
    });
    const fireAt = fireAtOf(result, 'confirm-receipt.0');
    expect(fireAt).toBe('2026-10-27T09:00:00+01:00');
    expect(new Date(fireAt ?? '').toISOString()).toBe('2026-10-27T08:00:00.000Z');
  });

  it('fires a 09:00 reminder at 09:00 EST after New York leaves daylight time', () => {
    const result = plan({
      application: applicationWith({ lastEventAt: '2026-10-28T16:00:00-04:00' }),
      event: eventOf('confirmation', '2026-10-28T16:00:00-04:00'),
      settings: settingsFor('America/New_York'),
      now: new Date('2026-10-28T20:05:00Z'),
    });
    expect(fireAtOf(result, 'confirm-receipt.0')).toBe('2026-11-04T09:00:00-05:00');
  });

  it('counts thank-you-email hours as elapsed time across the change, not wall-clock hours', () => {
    const result = plan({
      application: applicationWith({ stage: 'interviewing', interviewRound: 1, interviewAt: '2026-10-25T01:30:00+02:00' }),
      event: eventOf('interview', '2026-10-20T10:00:00+02:00'),
      settings: settingsFor('Europe/Berlin'),
      now: new Date('2026-10-20T08:05:00Z'),
    });
    // 01:30 CEST is 23:30 UTC; two hours later is 01:30 UTC, which is 02:30 CET.
    expect(fireAtOf(result, 'thank-you-email.1')).toBe('2026-10-25T02:30:00+01:00');
  });
});

describe('interview rules', () => {
  const interviewing = applicationWith({
    stage: 'interviewing',
    interviewRound: 1,
    interviewAt: '2026-03-12T10:00:00+01:00',
    lastEventAt: '2026-03-05T11:00:00+01:00',
  });

  it('plans prepare, thank-you-email, thank-you-note and status-check around a known interview time', () => {
    const result = plan({
      application: interviewing,
      event: eventOf('interview', '2026-03-05T11:00:00+01:00'),
      settings: settingsFor('Europe/Berlin'),
      now: new Date('2026-03-05T11:05:00+01:00'),
    });
    expect(fireAtOf(result, 'prepare.1')).toBe('2026-03-11T18:00:00+01:00');
    expect(fireAtOf(result, 'thank-you-email.1')).toBe('2026-03-12T12:00:00+01:00');
    expect(fireAtOf(result, 'thank-you-note.1')).toBe('2026-03-14T09:00:00+01:00');
    expect(fireAtOf(result, 'status-check.1')).toBe('2026-03-26T09:00:00+01:00');
    expect(result.desired.every((r) => r.variant === 'standard')).toBe(true);
  });

  it('times the status check a week after the next-step date the employer gave', () => {
    const result = plan({
      application: { ...interviewing, nextStepBy: '2026-03-20' },
      event: eventOf('interview', '2026-03-05T11:00:00+01:00'),
      settings: settingsFor('Europe/Berlin'),
      now: new Date('2026-03-05T11:05:00+01:00'),
    });
    expect(fireAtOf(result, 'status-check.1')).toBe('2026-03-27T09:00:00+01:00');
  });

  it('with an unknown interview time plans only the status check, two weeks after the invitation', () => {
    const result = plan({
      application: { ...interviewing, interviewAt: null },
      event: eventOf('interview', '2026-03-05T11:00:00+01:00'),
      settings: settingsFor('Europe/Berlin'),
      now: new Date('2026-03-05T11:05:00+01:00'),
    });
    expect(result.desired.map((r) => r.reminderId)).toEqual(['status-check.1']);
    expect(fireAtOf(result, 'status-check.1')).toBe('2026-03-19T09:00:00+01:00');
    expect(result.skipped.map((s) => s.rule).sort()).toEqual(['prepare', 'thank-you-email', 'thank-you-note']);
  });

  it('skips prepare when the interview is less than 3 hours away but still plans the thank-you email', () => {
    const result = plan({
      application: interviewing,
      event: eventOf('interview', '2026-03-12T07:50:00+01:00'),
      settings: settingsFor('Europe/Berlin'),
      now: new Date('2026-03-12T08:00:00+01:00'),
    });
    expect(fireAtOf(result, 'prepare.1')).toBeUndefined();
    expect(result.skipped.find((s) => s.rule === 'prepare')?.reason).toContain('less than 3 h');
    expect(fireAtOf(result, 'thank-you-email.1')).toBe('2026-03-12T12:00:00+01:00');
  });

  it('fires an overdue thank-you email at once when the invite is forwarded after the interview', () => {
    const result = plan({
      application: interviewing,
      event: eventOf('interview', '2026-03-05T11:00:00+01:00', { receivedAt: '2026-03-12T15:30:00+01:00' }),
      settings: settingsFor('Europe/Berlin'),
      now: new Date('2026-03-12T15:30:00+01:00'),
    });
    expect(fireAtOf(result, 'prepare.1')).toBeUndefined();
    const email = result.desired.find((r) => r.reminderId === 'thank-you-email.1');
    expect(email?.fireAt).toBe('2026-03-12T15:30:00+01:00');
    expect(email?.adjustments).toEqual(['caught-up']);
    expect(fireAtOf(result, 'thank-you-note.1')).toBe('2026-03-14T09:00:00+01:00');
  });

  it('drops the thank-you email when it would be more than a day late', () => {
    const result = plan({
      application: interviewing,
      event: eventOf('interview', '2026-03-05T11:00:00+01:00'),
      settings: settingsFor('Europe/Berlin'),
      now: new Date('2026-03-13T12:30:00+01:00'),
    });
    expect(fireAtOf(result, 'thank-you-email.1')).toBeUndefined();
    expect(result.skipped.find((s) => s.rule === 'thank-you-email')?.reason).toContain('24 h');
    // The status check is still two weeks away and unaffected.
    expect(fireAtOf(result, 'status-check.1')).toBe('2026-03-26T09:00:00+01:00');
  });
});

describe('weekends and quiet hours', () => {
  const saturdayConfirmation = '2026-03-07T10:00:00+01:00';

  it('moves a fixed-hour reminder that lands on Saturday to Monday when weekends are shifted', () => {
    const result = plan({
      application: applicationWith({ lastEventAt: saturdayConfirmation }),
      event: eventOf('confirmation', saturdayConfirmation),
      settings: settingsFor('Europe/Berlin', { weekends: 'shift' }),
      now: new Date('2026-03-07T10:05:00+01:00'),
    });
    const reminder = result.desired.find((r) => r.reminderId === 'confirm-receipt.0');
    expect(reminder?.fireAt).toBe('2026-03-16T09:00:00+01:00');
    expect(reminder?.adjustments).toEqual(['weekend-shift']);
  });

  it('leaves it on Saturday when weekends are kept (the default)', () => {
    const result = plan({
      application: applicationWith({ lastEventAt: saturdayConfirmation }),
      event: eventOf('confirmation', saturdayConfirmation),
      settings: settingsFor('Europe/Berlin'),
      now: new Date('2026-03-07T10:05:00+01:00'),
    });
    expect(fireAtOf(result, 'confirm-receipt.0')).toBe('2026-03-14T09:00:00+01:00');
  });

  it('never shifts reminders tied to the interview time (prepare on a Sunday evening stays there)', () => {
    const result = plan({
      application: applicationWith({ stage: 'interviewing', interviewRound: 1, interviewAt: '2026-03-16T09:30:00+01:00' }),
      event: eventOf('interview', '2026-03-09T12:00:00+01:00'),
      settings: settingsFor('Europe/Berlin', { weekends: 'shift' }),
      now: new Date('2026-03-09T12:05:00+01:00'),
    });
    expect(fireAtOf(result, 'prepare.1')).toBe('2026-03-15T18:00:00+01:00');
  });

  it('moves a fixed-hour reminder out of the quiet hours the user set', () => {
    const result = plan({
      application: applicationWith(),
      event: eventOf('confirmation', '2026-03-02T14:12:00+01:00'),
      settings: settingsFor('Europe/Berlin', { localHour: 6, quietHours: { from: 21, to: 8 } }),
      now: new Date('2026-03-02T14:15:00+01:00'),
    });
    const reminder = result.desired.find((r) => r.reminderId === 'confirm-receipt.0');
    expect(reminder?.fireAt).toBe('2026-03-09T08:00:00+01:00');
    expect(reminder?.adjustments).toEqual(['quiet-hours']);
  });
});
