import type { Clock } from '../domain/clock.ts';
import type { ApplicationStore } from '../store/application-store.ts';
import type { CsvRow } from './applications-csv.ts';
import { applicationRows } from './applications-csv.ts';
import type { Digest } from './digest.ts';
import { buildDigest, type DigestInput } from './build-digest.ts';

/**
 * Read what a digest needs from the store. A single user's table is small (hundreds of items), so
 * reading everything is cheaper and simpler than one query per section.
 */
export async function loadDigestInput(
  store: ApplicationStore,
  options: { readonly kind: Digest['kind']; readonly timeZone: string; readonly clock: Clock },
): Promise<DigestInput> {
  const applications = await store.listApplications();
  const [events, reminders, notices] = await Promise.all([
    Promise.all(applications.map((a) => store.listEvents(a.id))).then((lists) => lists.flat()),
    store.listAllReminders(),
    store.listNotices(),
  ]);
  return { kind: options.kind, applications, events, reminders, notices, timeZone: options.timeZone, now: options.clock.now() };
}

/** The digest and its CSV rows from one reading of the store. */
export async function composeDigest(
  store: ApplicationStore,
  options: { readonly kind: Digest['kind']; readonly timeZone: string; readonly clock: Clock },
): Promise<{ readonly digest: Digest; readonly rows: CsvRow[] }> {
  const input = await loadDigestInput(store, options);
  return { digest: buildDigest(input), rows: applicationRows(input.applications, input.events, input.reminders, input.timeZone) };
}
