import { describe, expect, it } from 'vitest';
import type { ReminderRecord } from '../../shared/domain/application.ts';
import { planReminders } from '../../shared/policy/planner.ts';
import { SCHEDULE_NAME_PATTERN } from '../../shared/scheduler/schedule-name.ts';
import { applicationWith, applyDiff, desiredIds, eventOf, fireAtOf, person, plan, robot, settingsFor } from './policy-fixtures.ts';

const berlin = settingsFor('Europe/Berlin');

/** Confirmation on 2 March, then a round-1 invite for 12 March: the stored state after both. */
function afterConfirmationAndInvite(): { stored: ReminderRecord[]; interviewing: ReturnType<typeof applicationWith> } {
  const applied = applicationWith();
  const confirmation = plan({
    application: applied,
    event: eventOf('confirmation', '2026-03-02T14:12:00+01:00'),
    settings: berlin,
    now: new Date('2026-03-02T14:15:00+01:00'),
  });
  const interviewing = applicationWith({
    stage: 'interviewing',
    interviewRound: 1,
    interviewAt: '2026-03-12T10:00:00+01:00',
    lastEventAt: '2026-03-05T11:00:00+01:00',
    version: 2,
  });
  const invite = planReminders({
    application: interviewing,
    previous: applied,
    event: eventOf('interview', '2026-03-05T11:00:00+01:00'),
    pending: confirmation.diff.create,
    settings: berlin,
    now: new Date('2026-03-05T11:05:00+01:00'),
  });
  return { stored: applyDiff(confirmation.diff.create, invite), interviewing };
}

/** The stored reminders as they would be at `instant`: every pending one due by then was sent. */
function firedBefore(stored: readonly ReminderRecord[], instant: string): ReminderRecord[] {
  return stored.map((r) => (r.status === 'pending' && Date.parse(r.fireAt) < Date.parse(instant) ? { ...r, status: 'sent' as const } : r));
}

describe('a newer event replaces pending reminders', () => {
  it('an interview invite cancels keep-applying and confirm-receipt', () => {
    const { stored } = afterConfirmationAndInvite();
    const byId = new Map(stored.map((r) => [r.reminderId, r]));
    expect(byId.get('keep-applying.0')?.status).toBe('cancelled');
    expect(byId.get('confirm-receipt.0')?.status).toBe('cancelled');
    expect(byId.get('keep-applying.0')?.statusReason).toContain('interview');
    expect(byId.get('status-check.1')?.status).toBe('pending');
  });

  it('a second-round invite cancels the first round’s pending status check but keeps its thank-you note', () => {
    const { stored, interviewing } = afterConfirmationAndInvite();
    const secondRound = { ...interviewing, interviewRound: 2, interviewAt: '2026-03-20T14:00:00+01:00', lastEventAt: '2026-03-13T09:30:00+01:00', version: 3 };
    const result = planReminders({
      application: secondRound,
      previous: interviewing,
      event: eventOf('interview', '2026-03-13T09:30:00+01:00'),
      pending: firedBefore(stored, '2026-03-13T09:30:00+01:00'),
      settings: berlin,
      now: new Date('2026-03-13T09:35:00+01:00'),
    });
    expect(result.diff.cancel.map((r) => r.reminderId)).toEqual(['status-check.1']);
    expect(result.diff.keep.map((r) => r.reminderId)).toEqual(['thank-you-note.1']);
    expect(desiredIds(result)).toEqual(['prepare.2', 'status-check.2', 'thank-you-email.2', 'thank-you-note.1', 'thank-you-note.2']);
    expect(fireAtOf(result, 'status-check.2')).toBe('2026-04-03T09:00:00+02:00');
  });

  it('a second-round invite cancels the first round’s pending move-on', () => {
    const { stored, interviewing } = afterConfirmationAndInvite();
    const fired = firedBefore(stored, '2026-03-27T09:30:00+01:00');
    const statusCheck = fired.find((r) => r.reminderId === 'status-check.1')!;
    const moveOn: ReminderRecord = { ...statusCheck, reminderId: 'move-on.1', rule: 'move-on', status: 'pending', fireAt: '2026-04-02T09:00:00+02:00' };
    const secondRound = { ...interviewing, interviewRound: 2, interviewAt: '2026-04-08T14:00:00+02:00', lastEventAt: '2026-03-27T09:30:00+01:00', version: 3 };
    const result = planReminders({
      application: secondRound,
      previous: interviewing,
      event: eventOf('interview', '2026-03-27T09:30:00+01:00'),
      pending: [...fired, moveOn],
      settings: berlin,
      now: new Date('2026-03-27T09:35:00+01:00'),
    });
    expect(result.diff.cancel.map((r) => r.reminderId)).toEqual(['move-on.1']);
    expect(desiredIds(result)).toEqual(['prepare.2', 'status-check.2', 'thank-you-email.2', 'thank-you-note.2']);
    expect(fireAtOf(result, 'status-check.2')).toBe('2026-04-22T09:00:00+02:00');
  });

  it('a rejection after interviewing cancels everything pending and plans ask-feedback and stay-in-touch', () => {
    const { stored, interviewing } = afterConfirmationAndInvite();
    const rejected = { ...interviewing, stage: 'rejected' as const, lastEventAt: '2026-03-30T16:45:00+02:00', version: 3 };
    const result = planReminders({
      application: rejected,
      previous: interviewing,
      event: eventOf('rejection', '2026-03-30T16:45:00+02:00'),
      pending: firedBefore(stored, '2026-03-20T10:00:00+01:00'),
      settings: berlin,
      now: new Date('2026-03-30T16:50:00+02:00'),
    });
    expect(result.diff.cancel.map((r) => r.reminderId).sort()).toEqual(['status-check.1']);
    expect(desiredIds(result)).toEqual(['ask-feedback.1', 'stay-in-touch.1']);
    expect(fireAtOf(result, 'ask-feedback.1')).toBe('2026-03-31T09:00:00+02:00');
    expect(fireAtOf(result, 'stay-in-touch.1')).toBe('2026-04-01T09:00:00+02:00');
  });

  it('a rejection of a plain application cancels keep-applying and plans no feedback request', () => {
    const applied = applicationWith();
    const first = plan({
      application: applied,
      event: eventOf('confirmation', '2026-03-02T14:12:00+01:00'),
      settings: berlin,
      now: new Date('2026-03-02T14:15:00+01:00'),
    });
    const result = planReminders({
      application: { ...applied, stage: 'rejected', lastEventAt: '2026-03-10T08:00:00+01:00', version: 2 },
      previous: applied,
      event: eventOf('rejection', '2026-03-10T08:00:00+01:00'),
      pending: first.diff.create,
      settings: berlin,
      now: new Date('2026-03-10T08:05:00+01:00'),
    });
    expect(result.desired).toEqual([]);
    expect(result.diff.cancel.map((r) => r.reminderId).sort()).toEqual(['confirm-receipt.0', 'keep-applying.0']);
    expect(result.skipped.map((s) => s.rule).sort()).toEqual(['ask-feedback', 'stay-in-touch']);
  });

  it('re-times the same round when the interview moves, with a new schedule name, and keeps what did not move', () => {
    const { stored, interviewing } = afterConfirmationAndInvite();
    const moved = { ...interviewing, interviewAt: '2026-03-13T15:00:00+01:00', nextStepBy: null, version: 3 };
    const result = planReminders({
      application: moved,
      previous: interviewing,
      event: eventOf('interview', '2026-03-06T09:00:00+01:00'),
      pending: stored,
      settings: berlin,
      now: new Date('2026-03-06T09:05:00+01:00'),
    });
    expect(fireAtOf(result, 'prepare.1')).toBe('2026-03-12T18:00:00+01:00');
    const oldPrepare = stored.find((r) => r.reminderId === 'prepare.1')!;
    const newPrepare = result.diff.create.find((r) => r.reminderId === 'prepare.1')!;
    expect(result.diff.cancel.map((r) => r.reminderId)).toContain('prepare.1');
    expect(newPrepare.scheduleName).not.toBe(oldPrepare.scheduleName);
    expect(newPrepare.plannedAtVersion).toBe(3);
    // thank-you-note: 13 March + 2 days = Sunday 15th; status check 27 March: both moved too.
    expect(fireAtOf(result, 'thank-you-note.1')).toBe('2026-03-15T09:00:00+01:00');
  });

  it('an `other` event changes nothing', () => {
    const { stored, interviewing } = afterConfirmationAndInvite();
    const result = planReminders({
      application: { ...interviewing, lastEventAt: '2026-03-07T10:00:00+01:00', version: 3 },
      previous: interviewing,
      event: eventOf('other', '2026-03-07T10:00:00+01:00'),
      pending: stored,
      settings: berlin,
      now: new Date('2026-03-07T10:05:00+01:00'),
    });
    expect(result.diff.create).toEqual([]);
    expect(result.diff.cancel).toEqual([]);
    expect(result.diff.keep.length).toBe(stored.filter((r) => r.status === 'pending').length);
  });

  it('plans nothing and cancels everything once the user said stop', () => {
    const { stored, interviewing } = afterConfirmationAndInvite();
    const result = planReminders({
      application: { ...interviewing, remindersStopped: true, version: 3 },
      previous: interviewing,
      event: eventOf('interview', '2026-03-06T09:00:00+01:00'),
      pending: stored,
      settings: berlin,
      now: new Date('2026-03-06T09:05:00+01:00'),
    });
    expect(result.desired).toEqual([]);
    expect(result.diff.cancel.length).toBe(stored.filter((r) => r.status === 'pending').length);
  });
});

describe('one status check per round', () => {
  it('does not plan a second status check for a round whose check was already sent', () => {
    const { stored, interviewing } = afterConfirmationAndInvite();
    const sent = stored.map((r) => (r.reminderId === 'status-check.1' ? { ...r, status: 'sent' as const } : r));
    const result = planReminders({
      application: { ...interviewing, nextStepBy: '2026-04-10', version: 3 },
      previous: interviewing,
      event: eventOf('interview', '2026-03-28T09:00:00+01:00'),
      pending: sent,
      settings: berlin,
      now: new Date('2026-03-28T09:05:00+01:00'),
    });
    expect(fireAtOf(result, 'status-check.1')).toBeUndefined();
    expect(result.skipped).toContainEqual(expect.objectContaining({ rule: 'status-check', reason: 'already sent for this round' }));
  });
});

describe('no contact allowed', () => {
  it('when the employer asked not to be contacted: no thank-yous, status check becomes “wait, keep applying”', () => {
    const result = plan({
      application: applicationWith({ stage: 'interviewing', interviewRound: 1, interviewAt: '2026-03-12T10:00:00+01:00', doNotContact: true }),
      event: eventOf('interview', '2026-03-05T11:00:00+01:00', { doNotContact: true }),
      settings: berlin,
      now: new Date('2026-03-05T11:05:00+01:00'),
    });
    expect(desiredIds(result)).toEqual(['prepare.1', 'status-check.1']);
    expect(result.desired.every((r) => r.variant === 'no-contact')).toBe(true);
    expect(result.skipped.filter((s) => s.reason.includes('asked not to be contacted')).map((s) => s.rule).sort()).toEqual([
      'thank-you-email',
      'thank-you-note',
    ]);
  });

  it('when only robots wrote and no person is known, the same holds', () => {
    const result = plan({
      application: applicationWith({ stage: 'interviewing', interviewRound: 1, interviewAt: '2026-03-12T10:00:00+01:00', contacts: [robot] }),
      event: eventOf('interview', '2026-03-05T11:00:00+01:00'),
      settings: berlin,
      now: new Date('2026-03-05T11:05:00+01:00'),
    });
    expect(desiredIds(result)).toEqual(['prepare.1', 'status-check.1']);
    expect(result.desired.find((r) => r.rule === 'status-check')?.variant).toBe('no-contact');
  });

  it('a team inbox such as careers@ is not a named contact, but a person writing from one is', () => {
    const teamInbox = { name: 'Acme Careers', email: 'careers@acme.example', robot: false, source: 'from' as const };
    const onlyTeam = plan({
      application: applicationWith({ stage: 'applied', contacts: [teamInbox] }),
      event: eventOf('confirmation', '2026-03-05T11:00:00+01:00'),
      settings: berlin,
      now: new Date('2026-03-05T11:05:00+01:00'),
    });
    expect(desiredIds(onlyTeam)).not.toContain('confirm-receipt.0');
    const personAtTeamInbox = plan({
      application: applicationWith({ stage: 'applied', contacts: [{ ...teamInbox, name: 'Maya Chen' }] }),
      event: eventOf('confirmation', '2026-03-05T11:00:00+01:00'),
      settings: berlin,
      now: new Date('2026-03-05T11:05:00+01:00'),
    });
    expect(desiredIds(personAtTeamInbox)).toContain('confirm-receipt.0');
  });

  it('a later do-not-contact email cancels contact reminders already pending', () => {
    const { stored, interviewing } = afterConfirmationAndInvite();
    const result = planReminders({
      application: { ...interviewing, doNotContact: true, lastEventAt: '2026-03-07T10:00:00+01:00', version: 3 },
      previous: interviewing,
      event: eventOf('other', '2026-03-07T10:00:00+01:00', { doNotContact: true }),
      pending: stored,
      settings: berlin,
      now: new Date('2026-03-07T10:05:00+01:00'),
    });
    expect(result.diff.cancel.map((r) => r.reminderId).sort()).toEqual(['thank-you-email.1', 'thank-you-note.1']);
    expect(desiredIds(result)).toEqual(['prepare.1', 'status-check.1']);
  });

  it('a rejection after interviewing with no person known plans nothing to send', () => {
    const result = plan({
      application: applicationWith({ stage: 'rejected', interviewRound: 1, contacts: [robot] }),
      event: eventOf('rejection', '2026-03-30T16:45:00+02:00'),
      settings: berlin,
      now: new Date('2026-03-30T16:50:00+02:00'),
    });
    expect(result.desired).toEqual([]);
  });
});

describe('events out of order', () => {
  it('times reminders from the original Date, not from when the email arrived', () => {
    const result = plan({
      application: applicationWith(),
      event: eventOf('confirmation', '2026-03-02T14:12:00+01:00', { receivedAt: '2026-03-04T20:00:00+01:00' }),
      settings: berlin,
      now: new Date('2026-03-04T20:01:00+01:00'),
    });
    expect(fireAtOf(result, 'confirm-receipt.0')).toBe('2026-03-09T09:00:00+01:00');
  });

  it('an older confirmation arriving later neither re-times nor brings back keep-applying', () => {
    const newer = applicationWith({ lastEventAt: '2026-03-05T10:00:00+01:00' });
    const first = plan({
      application: newer,
      event: eventOf('confirmation', '2026-03-05T10:00:00+01:00'),
      settings: berlin,
      now: new Date('2026-03-05T10:05:00+01:00'),
    });
    const stored = first.diff.create.map((r) => (r.rule === 'confirm-receipt' ? { ...r, status: 'cancelled' as const, statusReason: 'test' } : r));
    const result = planReminders({
      application: { ...newer, version: 2 },
      previous: newer,
      event: eventOf('confirmation', '2026-03-01T09:00:00+01:00'),
      pending: stored,
      settings: berlin,
      now: new Date('2026-03-06T10:00:00+01:00'),
    });
    expect(result.outOfOrder).toBe(true);
    expect(result.diff.create).toEqual([]);
    expect(result.diff.cancel).toEqual([]);
    expect(fireAtOf(result, 'keep-applying.0')).toBe('2026-04-04T09:00:00+02:00');
    expect(fireAtOf(result, 'confirm-receipt.0')).toBeUndefined();
  });

  it('an older rejection forwarded late still closes the application', () => {
    const { stored, interviewing } = afterConfirmationAndInvite();
    const later = { ...interviewing, lastEventAt: '2026-03-20T10:00:00+01:00' };
    const result = planReminders({
      application: { ...later, stage: 'rejected', version: 4 },
      previous: later,
      event: eventOf('rejection', '2026-03-18T16:00:00+01:00'),
      pending: firedBefore(stored, '2026-03-21T10:00:00+01:00'),
      settings: berlin,
      now: new Date('2026-03-21T10:00:00+01:00'),
    });
    expect(result.outOfOrder).toBe(true);
    expect(result.diff.cancel.map((r) => r.reminderId)).toEqual(['status-check.1']);
    expect(fireAtOf(result, 'ask-feedback.1')).toBe('2026-03-21T10:00:00+01:00');
  });
});

describe('reminder records', () => {
  it('carry a valid deterministic schedule name, the plan version, the reason and the seed sources', () => {
    const input = {
      application: applicationWith({ id: 'x'.repeat(80), version: 7 }),
      event: { ...eventOf('confirmation', '2026-03-02T14:12:00+01:00'), applicationId: 'x'.repeat(80) },
      settings: berlin,
      now: new Date('2026-03-02T14:15:00+01:00'),
    };
    const a = plan(input).diff.create;
    const b = plan(input).diff.create;
    expect(a.map((r) => r.scheduleName)).toEqual(b.map((r) => r.scheduleName));
    for (const record of a) {
      expect(record.scheduleName.length).toBeLessThanOrEqual(64);
      expect(record.scheduleName).toMatch(SCHEDULE_NAME_PATTERN);
      expect(record.plannedAtVersion).toBe(7);
      expect(record.status).toBe('pending');
      expect(record.source.length).toBeGreaterThan(0);
      expect(record.reason).toMatch(/Planned \d+ days? after the confirmation/);
    }
    expect(new Set(a.map((r) => r.scheduleName)).size).toBe(a.length);
  });

  it('rejects an event for another application', () => {
    expect(() =>
      plan({
        application: applicationWith({ contacts: [person] }),
        event: { ...eventOf('confirmation', '2026-03-02T14:12:00+01:00'), applicationId: 'someone-else' },
        settings: berlin,
        now: new Date('2026-03-02T14:15:00+01:00'),
      }),
    ).toThrow(/belongs to application someone-else/);
  });
});
