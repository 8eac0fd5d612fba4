import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEvent, type EventFacts } from '../../shared/applications/apply-event.ts';
import type { ApplicationRecord } from '../../shared/domain/application.ts';
import { EVENT_KINDS } from '../../shared/domain/kinds.ts';
import { anApplication } from '../support/records.ts';

const NOW = '2026-12-01T00:00:00.000Z';
const start = anApplication({ stage: 'applied', lastEventAt: '2026-11-01T09:00:00.000Z', contacts: [] });

function facts(overrides: Partial<EventFacts>): EventFacts {
  return {
    kind: 'confirmation',
    occurredAt: '2026-11-02T09:00:00.000Z',
    interviewAt: null,
    nextStepBy: null,
    doNotContact: false,
    contacts: [],
    role: null,
    roleKey: null,
    ...overrides,
  };
}

const apply = (app: ApplicationRecord, ...events: EventFacts[]): ApplicationRecord => events.reduce((a, e) => applyEvent(a, e, NOW), app);

describe('applyEvent', () => {
  it('moves an applied application to interviewing on an interview and closes it on a rejection', () => {
    const invited = apply(start, facts({ kind: 'interview', interviewAt: '2026-11-10T14:00:00.000Z' }));
    expect(invited).toMatchObject({ stage: 'interviewing', interviewRound: 1, interviewAt: '2026-11-10T14:00:00.000Z' });
    const rejected = apply(invited, facts({ kind: 'rejection', occurredAt: '2026-11-20T09:00:00.000Z' }));
    expect(rejected).toMatchObject({ stage: 'rejected', lastEventAt: '2026-11-20T09:00:00.000Z' });
  });

  it('does not reopen a rejected application when an older interview email arrives late', () => {
    const rejected = apply(start, facts({ kind: 'rejection', occurredAt: '2026-11-20T09:00:00.000Z' }));
    const late = apply(rejected, facts({ kind: 'interview', occurredAt: '2026-11-05T09:00:00.000Z', interviewAt: '2026-11-10T14:00:00.000Z' }));
    expect(late.stage).toBe('rejected');
    expect(late.lastEventAt).toBe('2026-11-20T09:00:00.000Z');
    // The late invite still tells the planner that the user had reached an interview.
    expect(late.interviewRound).toBe(1);
  });

  it('starts a new round when a later time comes after the current interview took place', () => {
    const first = apply(start, facts({ kind: 'interview', occurredAt: '2026-11-03T09:00:00.000Z', interviewAt: '2026-11-10T14:00:00.000Z' }));
    const second = apply(first, facts({ kind: 'interview', occurredAt: '2026-11-12T09:00:00.000Z', interviewAt: '2026-11-19T14:00:00.000Z' }));
    expect(second).toMatchObject({ interviewRound: 2, interviewAt: '2026-11-19T14:00:00.000Z' });
  });

  it('treats a new time announced before the interview took place as a reschedule of the same round', () => {
    const first = apply(start, facts({ kind: 'interview', occurredAt: '2026-11-03T09:00:00.000Z', interviewAt: '2026-11-10T14:00:00.000Z' }));
    const moved = apply(first, facts({ kind: 'interview', occurredAt: '2026-11-05T09:00:00.000Z', interviewAt: '2026-11-11T14:00:00.000Z' }));
    expect(moved).toMatchObject({ interviewRound: 1, interviewAt: '2026-11-11T14:00:00.000Z' });
  });

  it('keeps the date the employer promised when a later email about the same interview names none', () => {
    const invited = apply(start, facts({ kind: 'interview', occurredAt: '2026-11-03T09:00:00.000Z', interviewAt: '2026-11-10T14:00:00.000Z', nextStepBy: '2026-11-13' }));
    const reminded = apply(invited, facts({ kind: 'interview', occurredAt: '2026-11-09T09:00:00.000Z', interviewAt: '2026-11-10T14:00:00.000Z' }));
    expect(reminded).toMatchObject({ interviewRound: 1, nextStepBy: '2026-11-13' });
    const moved = apply(reminded, facts({ kind: 'interview', occurredAt: '2026-11-09T12:00:00.000Z', interviewAt: '2026-11-11T14:00:00.000Z' }));
    expect(moved).toMatchObject({ interviewAt: '2026-11-11T14:00:00.000Z', nextStepBy: '2026-11-13' });
    const replaced = apply(moved, facts({ kind: 'interview', occurredAt: '2026-11-09T15:00:00.000Z', interviewAt: '2026-11-11T14:00:00.000Z', nextStepBy: '2026-11-18' }));
    expect(replaced.nextStepBy).toBe('2026-11-18');
  });

  it('drops an earlier promise when the next round is arranged, since the invite answers it', () => {
    const first = apply(start, facts({ kind: 'interview', occurredAt: '2026-11-03T09:00:00.000Z', interviewAt: '2026-11-10T14:00:00.000Z', nextStepBy: '2026-11-13' }));
    const second = apply(first, facts({ kind: 'interview', occurredAt: '2026-11-12T09:00:00.000Z', interviewAt: '2026-11-19T14:00:00.000Z' }));
    expect(second).toMatchObject({ interviewRound: 2, nextStepBy: null });
  });

  it('records an unrelated email without changing stage or last event', () => {
    const other = apply(start, facts({ kind: 'other', occurredAt: '2026-11-25T09:00:00.000Z' }));
    expect(other).toBe(start);
  });

  it('keeps do-not-contact once asked, merges contacts and fills a missing role', () => {
    const roleless = { ...start, role: null, roleKey: null };
    const dana = { name: 'Dana', email: 'dana@acme.example', robot: false, source: 'from' as const };
    const next = apply(
      roleless,
      facts({ doNotContact: true, contacts: [dana], role: 'Data Engineer', roleKey: 'data engineer' }),
      facts({ occurredAt: '2026-11-03T09:00:00.000Z', contacts: [{ ...dana, email: 'DANA@acme.example' }] }),
    );
    expect(next).toMatchObject({ doNotContact: true, role: 'Data Engineer', roleKey: 'data engineer' });
    expect(next.contacts).toEqual([dana]);
  });

  it('changes nothing, not even updatedAt, when the same email is applied again', () => {
    const once = apply(start, facts({ kind: 'interview', interviewAt: '2026-11-10T14:00:00.000Z' }));
    expect(applyEvent(once, facts({ kind: 'interview', interviewAt: '2026-11-10T14:00:00.000Z' }), '2030-01-01T00:00:00.000Z')).toBe(once);
  });

  const eventArb = fc.record({
    kind: fc.constantFrom(...EVENT_KINDS),
    day: fc.integer({ min: 2, max: 28 }),
    interviewDay: fc.option(fc.integer({ min: 2, max: 40 }), { nil: null }),
    doNotContact: fc.boolean(),
    nextStepBy: fc.constantFrom(null, '2026-12-10', '2026-12-20'),
  });
  type Generated = { kind: EventFacts['kind']; day: number; interviewDay: number | null; doNotContact: boolean; nextStepBy: string | null };
  const toFacts = (e: Generated): EventFacts =>
    facts({
      kind: e.kind,
      occurredAt: new Date(Date.UTC(2026, 10, e.day, 9)).toISOString(),
      interviewAt: e.interviewDay === null ? null : new Date(Date.UTC(2026, 10, e.interviewDay, 14)).toISOString(),
      doNotContact: e.doNotContact,
      nextStepBy: e.nextStepBy,
    });

  it('reaches the same stage whatever order the emails arrive in', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { minLength: 1, maxLength: 6 }).chain((events) => fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length }))), ([events, shuffled]) => {
        const inOrder = apply(start, ...events.map(toFacts));
        const outOfOrder = apply(start, ...shuffled.map(toFacts));
        expect(outOfOrder.stage).toBe(inOrder.stage);
        expect(outOfOrder.doNotContact).toBe(inOrder.doNotContact);
      }),
    );
  });

  it('never changes an application when an email already applied is applied again later (a retry)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('applied' as const, 'interviewing' as const, 'stale' as const),
        fc.array(eventArb, { minLength: 1, maxLength: 8 }),
        fc.nat(),
        (stage, events, pick) => {
          const all = events.map(toFacts);
          const state = apply({ ...start, stage }, ...all);
          const retried = all[pick % all.length];
          if (!retried) return;
          expect(applyEvent(state, retried, NOW)).toBe(state);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
