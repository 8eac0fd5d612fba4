import { DateTime } from 'luxon';

/** A digest looks this far back for what changed and this far ahead for what is coming. */
export const DIGEST_SPAN_DAYS = 7;

/** The span one digest covers, seen from the instant it is made. */
export interface DigestWindow {
  /** ISO week of `now` in the user's zone ("2026-W49"): the idempotency key of the weekly digest. */
  readonly week: string;
  /** Start of "what changed": `now` minus DIGEST_SPAN_DAYS. */
  readonly since: Date;
  readonly now: Date;
  /** End of "what is coming": `now` plus DIGEST_SPAN_DAYS. */
  readonly until: Date;
}

/**
 * The window of a digest made at `now`. The week is read in the user's zone, so a Monday 08:00
 * digest in Tokyo (Sunday 23:00 UTC) still belongs to the Tokyo week it is sent in.
 */
export function digestWindow(now: Date, zone: string): DigestWindow {
  const local = DateTime.fromJSDate(now).setZone(zone);
  if (!local.isValid) throw new RangeError(`digestWindow: cannot read ${now.toISOString()} in zone ${zone}`);
  const week = `${local.weekYear}-W${String(local.weekNumber).padStart(2, '0')}`;
  const spanMs = DIGEST_SPAN_DAYS * 86_400_000;
  return { week, since: new Date(now.getTime() - spanMs), now: new Date(now.getTime()), until: new Date(now.getTime() + spanMs) };
}
