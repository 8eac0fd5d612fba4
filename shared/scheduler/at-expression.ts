import { DateTime } from 'luxon';

/**
 * EventBridge Scheduler's one-time expression: `at(yyyy-mm-ddThh:mm:ss)` is a WALL-CLOCK time read
 * in ScheduleExpressionTimezone. So the instant is formatted in that zone here (CDK's
 * ScheduleExpression.at writes the Date's UTC fields instead, which is wrong for any other zone).
 */
export interface AtSchedule {
  readonly expression: string;
  readonly timezone: string;
}

const AT_FORMAT = "yyyy-MM-dd'T'HH:mm:ss";

export function atSchedule(instant: Date, zone: string): AtSchedule {
  const local = DateTime.fromJSDate(instant, { zone });
  if (!local.isValid) throw new RangeError(`cannot express ${instant.toISOString()} in zone ${zone}: ${local.invalidReason ?? ''}`);
  // Within an hour of a DST change a wall-clock time may be ambiguous (it happens twice when clocks
  // go back) or missing; the service's reading of it is not documented, so such instants are
  // written in UTC, where every wall-clock time is unique.
  const nearChange = local.minus({ hours: 1 }).offset !== local.offset || local.plus({ hours: 1 }).offset !== local.offset;
  if (nearChange) return { expression: `at(${local.setZone('UTC').toFormat(AT_FORMAT)})`, timezone: 'UTC' };
  return { expression: `at(${local.toFormat(AT_FORMAT)})`, timezone: zone };
}
