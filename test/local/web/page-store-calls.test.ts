import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { fillApplications } from '../../../shared/bench/page-data.ts';
import { silentLogger } from '../../../shared/logging/logger.ts';
import { startEmbeddedStore } from '../../../shared/local/embedded-store.ts';
import { systemClock } from '../../../shared/domain/clock.ts';
import { LocalInbox } from '../../../shared/local/local-inbox.ts';
import { localOutbound } from '../../../shared/local/outbound.ts';
import { RecordingReminderScheduler } from '../../../shared/scheduler/recording-reminder-scheduler.ts';
import { startWebServer } from '../../../shared/local/web/web-server.ts';
import { tempDataDir, testSettings, USER } from '../local-helpers.ts';
import { webRequest } from './web-client.ts';

// The page must cost the same number of store calls at 6 applications as at 40 (issue #13: it made
// two per application). The store is the real embedded one; the wrapper only counts method calls
// and passes each to the real object.
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function counting<T extends object>(target: T, counter: { calls: number; names: string[] }): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        counter.calls++;
        counter.names.push(String(property));
        return (value as (...a: unknown[]) => unknown).apply(object, args);
      };
    },
  });
}

/** Store calls of one overview request, and the page's HTML. */
async function storeCallsPerPage(applications: number, path: (body: string) => string = () => '/') {
  const dataDir = await tempDataDir();
  const embedded = await startEmbeddedStore(dataDir);
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }), () => embedded.stop());
  await fillApplications(embedded.store, applications, { eventsEach: 2 });
  const counter = { calls: 0, names: [] as string[] };
  const store = counting(embedded.store, counter);
  const local = testSettings();
  const outbound = localOutbound({ dataDir, notifyAddress: USER, smtpUrl: null });
  const inbox = new LocalInbox(dataDir, local, { store, scheduler: new RecordingReminderScheduler(), mailer: outbound.mailer, clock: systemClock, logger: silentLogger });
  const web = await startWebServer({
    port: 0,
    store,
    listing: counting(embedded.listing, counter),
    inbox,
    local,
    outbound: outbound.target,
    zone: 'America/New_York',
    smtpPort: () => 2525,
    logger: silentLogger,
    pageSize: 5,
  });
  cleanups.push(() => web.close());
  const first = await webRequest(web.port);
  expect(first.status).toBe(200);
  counter.calls = 0;
  counter.names.length = 0;
  const answer = await webRequest(web.port, { path: path(first.body) });
  expect(answer.status).toBe(200);
  return { calls: counter.calls, names: [...counter.names].sort(), body: answer.body };
}

describe('the overview costs a constant number of store calls', () => {
  it('makes as many store calls for 40 applications as for 6, on the first page and a later one', async () => {
    const few = await storeCallsPerPage(6);
    const many = await storeCallsPerPage(40);
    const later = await storeCallsPerPage(40, (body) => /href="(\/\?after=[^"]+)" rel="next"/.exec(body)?.[1]?.replace(/&amp;/g, '&') ?? '/missing-next-link');
    expect(many.names).toEqual(few.names);
    expect(later.names).toEqual(few.names);
    expect(few.calls).toBeLessThanOrEqual(8);
    // And the pages hold what they say: 5 applications each, the second page older than the first.
    const listed = (body: string) => [...body.matchAll(/<article class="app" data-application-id="([^"]+)"/g)].map((m) => m[1]);
    expect(listed(many.body)).toEqual(['bench-app-00039', 'bench-app-00038', 'bench-app-00037', 'bench-app-00036', 'bench-app-00035']);
    expect(listed(later.body)).toEqual(['bench-app-00034', 'bench-app-00033', 'bench-app-00032', 'bench-app-00031', 'bench-app-00030']);
  });
});
