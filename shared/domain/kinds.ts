/** What one classified email says happened (policy.md "Terms"). */
export const EVENT_KINDS = ['confirmation', 'interview', 'rejection', 'other'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Application stages in the order they are reached; the closed ones end an application. */
export const OPEN_STAGES = ['applied', 'interviewing'] as const;
export const CLOSED_STAGES = ['rejected', 'withdrawn', 'offer', 'stale'] as const;
export type OpenStage = (typeof OPEN_STAGES)[number];
export type ClosedStage = (typeof CLOSED_STAGES)[number];
export type Stage = OpenStage | ClosedStage;

export function isOpen(stage: Stage): stage is OpenStage {
  return (OPEN_STAGES as readonly string[]).includes(stage);
}

export function isClosed(stage: Stage): stage is ClosedStage {
  return (CLOSED_STAGES as readonly string[]).includes(stage);
}

/** Every inbound message ends in exactly one of these, recorded against its SES messageId. */
export const OUTCOMES = ['processed', 'duplicate', 'ignored', 'quarantined'] as const;
export type Outcome = (typeof OUTCOMES)[number];
