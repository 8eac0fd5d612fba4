import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { interviewCalendar } from '../../shared/reminders/interview-ics.ts';
import { renderReminder } from '../../shared/reminders/render.ts';
import { application, input, reminder } from './fixtures.ts';

function events(ics: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

describe('the prepare reminder’s calendar file', () => {
  it('parses back to one event at the interview’s instant with a readable summary', () => {
    const [attachment] = renderReminder(input('prepare')).attachments;
    expect(attachment?.contentType).toMatch(/^text\/calendar/);
    const parsed = events(attachment!.content);
    expect(parsed).toHaveLength(1);
    expect(parsed[0]!.startDate.toJSDate().toISOString()).toBe('2026-11-03T09:00:00.000Z');
    expect(parsed[0]!.endDate.toJSDate().getTime()).toBeGreaterThan(parsed[0]!.startDate.toJSDate().getTime());
    expect(parsed[0]!.summary).toBe('Interview: Acme — Data Engineer');
  });

  it('keeps the UID stable for an application’s round and distinct between rounds', () => {
    const uid = (round: number, now: string) =>
      events(
        renderReminder(input('prepare', { reminder: reminder('prepare', now, { round, reminderId: `prepare.${round}` }), now: new Date(now) })).attachments[0]!
          .content,
      )[0]!.uid;
    expect(uid(1, '2026-11-02T18:00:00+01:00')).toBe(uid(1, '2026-11-02T18:05:00+01:00'));
    expect(uid(2, '2026-11-02T18:00:00+01:00')).not.toBe(uid(1, '2026-11-02T18:00:00+01:00'));
  });

  it('cannot be given extra properties through a company name', () => {
    const ics = renderReminder(
      input('prepare', { application: application({ company: 'Acme\r\nATTENDEE:mailto:x@evil.example\r\nX', role: null, roleKey: null }) }),
    ).attachments[0]!.content;
    const vevent = new ICAL.Component(ICAL.parse(ics) as unknown[]).getFirstSubcomponent('vevent')!;
    expect(vevent.getAllProperties('attendee')).toHaveLength(0);
    expect(vevent.getFirstPropertyValue('summary')).toBe('Interview: Acme ATTENDEE:mailto:x@evil.example X');
  });

  it('writes the start in UTC whatever zone the interview was stated in', () => {
    const ics = interviewCalendar({
      applicationId: 'a',
      round: 1,
      start: new Date('2026-03-29T01:30:00Z'),
      company: 'Acme',
      role: null,
      now: new Date('2026-03-20T00:00:00Z'),
    });
    expect(ics).toContain('DTSTART:20260329T013000Z');
    expect(ics.endsWith('\r\n')).toBe(true);
  });
});
