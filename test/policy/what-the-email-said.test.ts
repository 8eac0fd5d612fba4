import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { UserSettingsSchema } from '../../shared/config/settings.ts';
import type { MeetingDetails } from '../../shared/domain/application.ts';
import { planReminders } from '../../shared/policy/planner.ts';
import { renderReminder } from '../../shared/reminders/render.ts';
import { applicationWith, eventOf, fireAtOf, plan, settingsFor } from './policy-fixtures.ts';

// The planner reads what the emails said: who confirmed, where the interview is, when it is.
const newYork = settingsFor('America/New_York');
const video: MeetingDetails = { format: 'video', link: 'https://meet.example.com/abc-defg', location: null, dialIn: null, durationMinutes: 45 };

function interviewPlan(meeting: MeetingDetails | null, settings = newYork) {
  return plan({
    application: applicationWith({ stage: 'interviewing', interviewRound: 1, interviewAt: '2026-03-12T10:00:00-04:00', meeting }),
    event: eventOf('interview', '2026-03-05T11:00:00-05:00', { interviewAt: '2026-03-12T10:00:00-04:00' }),
    settings,
    now: new Date('2026-03-05T11:05:00-05:00'),
  });
}

describe('confirm-receipt', () => {
  it('is not planned when a named person at the employer already wrote that the application arrived', () => {
    const result = plan({
      application: applicationWith(),
      event: eventOf('confirmation', '2026-03-02T14:12:00-05:00', { fromName: 'Dana Okafor', fromAddress: 'dana.okafor@northwind.example' }),
      settings: newYork,
      now: new Date('2026-03-02T14:15:00-05:00'),
    });
    expect(fireAtOf(result, 'confirm-receipt.0')).toBeUndefined();
    expect(result.skipped).toContainEqual({ rule: 'confirm-receipt', round: 0, reason: 'not planned: Dana Okafor already confirmed receiving it' });
    expect(fireAtOf(result, 'keep-applying.0')).toBeDefined();
  });

  it('is planned when the user forwards the application they sent to a named person themselves', () => {
    const result = plan({
      application: applicationWith(),
      event: eventOf('confirmation', '2026-03-02T14:12:00-05:00', { fromName: 'Me', fromAddress: 'me@home.example' }),
      settings: newYork,
      now: new Date('2026-03-02T14:15:00-05:00'),
    });
    expect(fireAtOf(result, 'confirm-receipt.0')).toBe('2026-03-09T09:00:00-04:00');
  });

  it('is planned after an automatic acknowledgement when a person is named elsewhere (the robot confirmed nothing by name)', () => {
    const result = plan({
      application: applicationWith(),
      event: eventOf('confirmation', '2026-03-02T14:12:00-05:00', { fromName: 'Northwind Careers', fromAddress: 'no-reply@ats.example' }),
      settings: newYork,
      now: new Date('2026-03-02T14:15:00-05:00'),
    });
    expect(fireAtOf(result, 'confirm-receipt.0')).toBeDefined();
  });
});

describe('thank-you-note (a posted card)', () => {
  it('is not planned after a video interview with no postal address, and says why', () => {
    const result = interviewPlan(video);
    expect(fireAtOf(result, 'thank-you-note.1')).toBeUndefined();
    expect(result.skipped.find((s) => s.rule === 'thank-you-note')?.reason).toBe(
      'not planned: the interview is not in person and no postal address is known (rules.thank-you-note.inPersonOnly)',
    );
    expect(fireAtOf(result, 'thank-you-email.1')).toBeDefined();
  });

  it('is not planned when nothing is known about where the interview is', () => {
    expect(fireAtOf(interviewPlan(null), 'thank-you-note.1')).toBeUndefined();
  });

  it('is planned after an in-person interview, and when the invitation gave an address', () => {
    const onsite: MeetingDetails = { format: 'onsite', link: null, location: null, dialIn: null, durationMinutes: null };
    expect(fireAtOf(interviewPlan(onsite), 'thank-you-note.1')).toBe('2026-03-14T09:00:00-04:00');
    const address: MeetingDetails = { format: 'unknown', link: null, location: '500 Harbor Blvd, Weehawken, NJ', dialIn: null, durationMinutes: null };
    expect(fireAtOf(interviewPlan(address), 'thank-you-note.1')).toBe('2026-03-14T09:00:00-04:00');
  });

  it('follows every interview when the user sets inPersonOnly to false', () => {
    const always = settingsFor('America/New_York', { rules: { 'thank-you-note': { inPersonOnly: false } } });
    expect(fireAtOf(interviewPlan(video, always), 'thank-you-note.1')).toBe('2026-03-14T09:00:00-04:00');
  });

  it('rejects inPersonOnly on any other rule, by name', () => {
    const result = UserSettingsSchema.safeParse({
      timeZone: 'America/New_York',
      allowedSenders: ['me@home.example'],
      notifyAddress: 'me@home.example',
      senderAddress: 'nudge@jobs.example',
      rules: { 'thank-you-email': { inPersonOnly: true } },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'rules.thank-you-email.inPersonOnly: does not apply to thank-you-email (it takes: enabled, delayHours)',
    ]);
  });
});

describe('reasons that agree with the reminder', () => {
  it('names the interview’s own date when an invite replaces earlier reminders, not the day it was sent', () => {
    const applied = applicationWith();
    const confirmation = plan({ application: applied, event: eventOf('confirmation', '2026-03-02T14:12:00-05:00'), settings: newYork, now: new Date('2026-03-02T14:15:00-05:00') });
    const invite = planReminders({
      application: applicationWith({ stage: 'interviewing', interviewRound: 1, interviewAt: '2026-03-12T10:00:00-04:00', version: 2 }),
      previous: applied,
      event: eventOf('interview', '2026-03-05T11:00:00-05:00', { interviewAt: '2026-03-12T10:00:00-04:00' }),
      pending: confirmation.diff.create,
      settings: newYork,
      now: new Date('2026-03-05T11:05:00-05:00'),
    });
    const reasons = invite.diff.cancel.map((r) => r.statusReason);
    expect(reasons).toEqual(['replaced by the interview on Thu 2026-03-12 10:00', 'replaced by the interview on Thu 2026-03-12 10:00']);
  });

  it('says "30 days" in the planned reason and in the keep-applying reminder that reason produced', () => {
    // Confirmed in the afternoon, reminded at 09:00 thirty calendar days later: less than 30 × 24 h.
    const application = applicationWith();
    const event = eventOf('confirmation', '2026-03-02T16:40:00-05:00', { subject: 'Thanks for applying' });
    const result = plan({ application, event, settings: newYork, now: new Date('2026-03-02T16:45:00-05:00') });
    const record = result.diff.create.find((r) => r.rule === 'keep-applying');
    if (!record) throw new Error('keep-applying not planned');
    expect(record.reason).toContain('Planned 30 days after the confirmation of Mon 2026-03-02 16:40');
    const email = renderReminder({ application, timeline: [event], reminder: record, settings: newYork, now: new Date(record.fireAt) });
    expect(email.subject).toBe('No reply from Northwind in 30 days: keep applying (Data Engineer)');
    expect(email.text).toContain('It has been 30 days since Northwind confirmed your application');
    expect(DateTime.fromISO(record.fireAt, { setZone: true }).diff(DateTime.fromISO(event.occurredAt), 'days').days).toBeLessThan(30);
  });

  it('gives the do-not-contact status check a reason that argues for waiting, not for a polite check', () => {
    const result = plan({
      application: applicationWith({ stage: 'interviewing', interviewRound: 1, interviewAt: '2026-03-12T10:00:00-04:00', doNotContact: true }),
      event: eventOf('interview', '2026-03-05T11:00:00-05:00', { doNotContact: true }),
      settings: newYork,
      now: new Date('2026-03-05T11:05:00-05:00'),
    });
    const record = result.diff.create.find((r) => r.rule === 'status-check');
    if (!record) throw new Error('status-check not planned');
    expect(record.reason).not.toContain('One polite check is fair');
    expect(record.reason).toMatch(/^There is nobody to check with here.*Planned 14 days after the interview on Thu 2026-03-12 10:00, at 09:00\.$/);
  });

  it('rewrites an older record’s reason when the reminder turns into its wait variant at firing time', () => {
    const application = applicationWith({ stage: 'interviewing', interviewRound: 1, interviewAt: '2026-03-12T10:00:00-04:00', doNotContact: true });
    const record = {
      applicationId: application.id,
      reminderId: 'status-check.1',
      rule: 'status-check' as const,
      round: 1,
      fireAt: '2026-03-26T09:00:00-04:00',
      zone: 'America/New_York',
      status: 'pending' as const,
      // Planned before the employer asked not to be contacted: the usual advice.
      reason: 'One polite check is fair a week after the date they gave, or two weeks after the interview when they gave none. Planned 14 days after the interview on Thu 2026-03-12 10:00, at 09:00.',
      source: ['002'],
      scheduleName: 'x',
      plannedAtVersion: 1,
      statusReason: null,
      sentAt: null,
    };
    const { text } = renderReminder({ application, timeline: [], reminder: record, settings: newYork, now: new Date(record.fireAt) });
    expect(text).toContain('Planned because: There is nobody to write to about this application');
    expect(text).toContain('Planned 14 days after the interview on Thu 2026-03-12 10:00, at 09:00.');
    expect(text).not.toContain('One polite check is fair');
  });
});
