import type { ApplicationRecord } from '../domain/application.ts';
import type { EventKind } from '../domain/kinds.ts';
import { isClosed } from '../domain/kinds.ts';

export interface CorrelationInput {
  readonly kind: EventKind;
  readonly companyKey: string;
  readonly roleKey: string | null;
  readonly occurredAt: string;
  /** The original sender's address: a tie-breaker when several applications are open. */
  readonly senderAddress: string | null;
}

export type Correlation =
  | { readonly match: 'existing'; readonly application: ApplicationRecord; readonly reason: string }
  | { readonly match: 'new'; readonly reason: string }
  /** Only for kind `other`: unrelated mail never starts an application. */
  | { readonly match: 'none'; readonly reason: string };

const newestFirst = (a: ApplicationRecord, b: ApplicationRecord): number => Date.parse(b.lastEventAt) - Date.parse(a.lastEventAt);

function bySender(candidates: readonly ApplicationRecord[], sender: string | null): ApplicationRecord | null {
  if (sender === null) return null;
  const address = sender.toLowerCase();
  const hits = candidates.filter((app) => app.contacts.some((c) => !c.robot && c.email?.toLowerCase() === address));
  return hits.length === 1 ? (hits[0] ?? null) : null;
}

/**
 * Which application an email belongs to, among the applications at the same company:
 * same company and role; else, when the email names no role (or the application has none yet),
 * the one open application there; else a new application. A confirmation for a role whose
 * application is closed is a new application (applying again); other news goes to the closed one.
 */
export function correlate(input: CorrelationInput, sameCompany: readonly ApplicationRecord[]): Correlation {
  const candidates = sameCompany.filter((app) => app.companyKey === input.companyKey).sort(newestFirst);
  const open = candidates.filter((app) => !isClosed(app.stage) || app.stage === 'stale');
  const fresh = (why: string): Correlation =>
    input.kind === 'other' ? { match: 'none', reason: `not a job email (${why})` } : { match: 'new', reason: `new application: ${why}` };

  if (input.roleKey !== null) {
    const sameRole = candidates.filter((app) => app.roleKey === input.roleKey);
    const openSameRole = sameRole.filter((app) => open.includes(app));
    const pick = openSameRole[0] ?? (input.kind === 'confirmation' ? undefined : sameRole[0]);
    if (pick) return { match: 'existing', application: pick, reason: 'same company and role' };
    const openWithoutRole = open.filter((app) => app.roleKey === null);
    if (openWithoutRole.length === 1 && openWithoutRole[0]) {
      return { match: 'existing', application: openWithoutRole[0], reason: 'the one open application at this company without a role yet' };
    }
    return fresh(sameRole.length > 0 ? 'that role was closed' : 'no application for this company and role');
  }

  if (open.length === 1 && open[0]) return { match: 'existing', application: open[0], reason: 'the one open application at this company' };
  if (open.length > 1) {
    const known = bySender(open, input.senderAddress);
    if (known) return { match: 'existing', application: known, reason: 'open application with this sender as contact' };
    return fresh(`${open.length} open applications at this company and no role to tell them apart`);
  }
  const latestClosed = candidates[0];
  if (latestClosed && input.kind !== 'confirmation') {
    return { match: 'existing', application: latestClosed, reason: 'the latest (closed) application at this company' };
  }
  return fresh('no open application at this company');
}
