import type { ApplicationRecord } from '../domain/application.ts';
import type { ApplicationStore } from '../store/application-store.ts';
import { compareApplications } from '../store/application-store.ts';

/**
 * Store methods that never write an application record: they pass straight through. Any other
 * method (one added later, deleteApplication) may change applications, so calling it drops the
 * cache and the next read loads it again: a new method can make the import slower, never wrong.
 */
const LEAVES_APPLICATIONS: ReadonlySet<string> = new Set([
  'putEvent',
  'listEvents',
  'claimOriginal',
  'getOriginalClaim',
  'recordOutcome',
  'getOutcome',
  'claimDigest',
  'releaseDigest',
  'putReminder',
  'createReminder',
  'getReminder',
  'listReminders',
  'listAllReminders',
  'updateReminderStatus',
  'putNotice',
  'getNotice',
  'listNotices',
  'markNoticeSent',
]);

/**
 * The store of one import, with every application record held in memory. Ingest weighs each email
 * against every application (listApplications), which on the table is a Scan per message: an import
 * of 10k messages would read the table 10k times over (quadratic). Import holds the data
 * directory's lock, so no one else writes meanwhile and a cache kept up to date by its own writes
 * stays exact. Writes still go to the store at once, in the pipeline's order, so a crash leaves
 * what the pipeline's idempotency already handles.
 */
export function withApplicationsInMemory(inner: ApplicationStore): ApplicationStore {
  let cache: Map<string, ApplicationRecord> | null = null;
  /** listApplications' answer, kept until the next write: ingest asks once per message. */
  let sortedList: readonly ApplicationRecord[] | null = null;
  const load = async (): Promise<Map<string, ApplicationRecord>> => {
    cache ??= new Map((await inner.listApplications()).map((a) => [a.id, deepFreeze(a)]));
    return cache;
  };
  const remember = (record: ApplicationRecord): ApplicationRecord => {
    cache?.set(record.id, deepFreeze(structuredClone(record)));
    sortedList = null;
    return record;
  };
  const forget = (): void => {
    cache = null;
    sortedList = null;
  };
  const forgetOnError = (error: unknown): never => {
    // A conflict means the cache missed a write: read the table again next time.
    forget();
    throw error;
  };
  const overrides: Partial<ApplicationStore> = {
    // Frozen records, not copies: copying every application for every message made the import
    // quadratic in memory churn. Frozen, a caller that changed one would throw, not corrupt the cache.
    listApplications: async () => [...(sortedList ??= [...(await load()).values()].sort(compareApplications))],
    getApplication: async (id) => (await load()).get(id) ?? null,
    findApplicationsByCompany: async (companyKey) => [...(await load()).values()].filter((a) => a.companyKey === companyKey).sort(compareApplications),
    createApplication: async (application) => {
      await load();
      return remember(await inner.createApplication(application).catch(forgetOnError));
    },
    updateApplication: async (application, expectedVersion) => {
      await load();
      return remember(await inner.updateApplication(application, expectedVersion).catch(forgetOnError));
    },
  };
  return new Proxy(inner, {
    get(target, property) {
      if (typeof property === 'string' && Object.hasOwn(overrides, property)) return overrides[property as keyof ApplicationStore];
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      if (typeof property === 'string' && LEAVES_APPLICATIONS.has(property)) return method.bind(target);
      return (...args: unknown[]) => {
        forget();
        return method.apply(target, args);
      };
    },
  });
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
