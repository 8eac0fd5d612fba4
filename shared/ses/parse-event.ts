import { describeIssues } from '../config/zod-errors.ts';
import { SesEventSchema, type SesEvent } from './event-schema.ts';

/** The Lambda was invoked with something that is not an SES receipt event. */
export class InvalidSesEventError extends Error {
  override readonly name = 'InvalidSesEventError';
  constructor(readonly problems: readonly string[]) {
    super(`Not an SES receipt event:\n  - ${problems.join('\n  - ')}`);
  }
}

export function parseSesEvent(event: unknown): SesEvent {
  const result = SesEventSchema.safeParse(event);
  if (!result.success) throw new InvalidSesEventError(describeIssues(result.error));
  return result.data;
}
