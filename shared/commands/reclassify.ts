import { applyEvent, NO_EVENT_YET, sameApplicationState, type EventFacts } from '../applications/apply-event.ts';
import type { ApplicationEvent, ApplicationRecord } from '../domain/application.ts';
import type { Stage } from '../domain/kinds.ts';

/**
 * Stages no email produces (the user closed it, or a reminder closed it as stale): a correction of
 * an email's kind leaves them as they are.
 */
const STAGES_NOT_FROM_EMAIL: ReadonlySet<Stage> = new Set(['withdrawn', 'offer', 'stale']);

function factsOf(event: ApplicationEvent): EventFacts {
  // Contacts and role are already on the application and a kind correction does not change them.
  return {
    kind: event.kind,
    occurredAt: event.occurredAt,
    interviewAt: event.interviewAt,
    nextStepBy: event.nextStepBy,
    doNotContact: event.doNotContact,
    contacts: [],
    role: null,
    roleKey: null,
    meeting: event.meeting ?? null,
  };
}

/**
 * The application as its events say it should be, replayed from the start. applyEvent only moves
 * an application forward (a stage never drops), so correcting an interview that was really a
 * confirmation needs the whole history again, not one more step. Returns `current` itself when
 * nothing differs.
 */
export function rebuildFromEvents(
  current: ApplicationRecord,
  events: readonly ApplicationEvent[],
  now: string,
  options: { readonly staleYieldsToNews?: boolean } = {},
): ApplicationRecord {
  // A merge brings emails the stale guess never saw: news newer than the guess (or a rejection) wins.
  const newsAfterStale =
    options.staleYieldsToNews === true &&
    current.stage === 'stale' &&
    events.some((event) => event.kind === 'rejection' || (event.kind === 'interview' && Date.parse(event.occurredAt) > Date.parse(current.lastEventAt)));
  const keepStage = STAGES_NOT_FROM_EMAIL.has(current.stage) && !newsAfterStale;
  let rebuilt: ApplicationRecord = {
    ...current,
    stage: keepStage ? current.stage : 'applied',
    interviewRound: 0,
    interviewAt: null,
    nextStepBy: null,
    doNotContact: false,
    lastEventAt: NO_EVENT_YET,
  };
  for (const event of events) rebuilt = applyEvent(rebuilt, factsOf(event), now);
  if (keepStage) rebuilt = { ...rebuilt, stage: current.stage };
  if (rebuilt.lastEventAt === NO_EVENT_YET) rebuilt = { ...rebuilt, lastEventAt: current.lastEventAt };
  return sameApplicationState(current, rebuilt) ? current : { ...rebuilt, updatedAt: now };
}
