import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillApplications } from '../../../shared/bench/page-data.ts';
import { startEmbeddedStore, type EmbeddedStore } from '../../../shared/local/embedded-store.ts';
import type { ApplicationListing, ApplicationPage } from '../../../shared/store/application-listing.ts';
import { ScanningApplicationListing } from '../../../shared/store/dynamodb-application-listing.ts';
import { tempDataDir } from '../local-helpers.ts';

// The page reads through the table's page indexes, or, on a data directory made before they
// existed, by scanning. Both must page the same way: same applications, same order, same links.
let embedded: EmbeddedStore;
let dataDir: string;
beforeAll(async () => {
  dataDir = await tempDataDir();
  embedded = await startEmbeddedStore(dataDir);
  await fillApplications(embedded.store, 12, { eventsEach: 1 });
});
afterAll(async () => {
  await embedded?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const ids = (page: ApplicationPage) => page.applications.map((a) => a.id.replace('bench-app-000', ''));

async function walk(listing: ApplicationListing) {
  const first = await listing.listApplicationPage({ limit: 5 });
  const second = await listing.listApplicationPage({ limit: 5, after: first.older! });
  const third = await listing.listApplicationPage({ limit: 5, after: second.older! });
  const backToSecond = await listing.listApplicationPage({ limit: 5, before: third.newer! });
  const backToFirst = await listing.listApplicationPage({ limit: 5, before: second.newer! });
  return { first, second, third, backToSecond, backToFirst };
}

describe.each([
  ['the page indexes', () => embedded.listing],
  ['a scan (a table made before the indexes)', () => new ScanningApplicationListing(embedded.store)],
])('paging applications through %s', (_name, listingOf) => {
  it('walks newest first to the oldest and back, with links only where a page exists', async () => {
    const { first, second, third, backToSecond, backToFirst } = await walk(listingOf());
    expect(ids(first)).toEqual(['11', '10', '09', '08', '07']);
    expect(first.newer).toBeNull();
    expect(ids(second)).toEqual(['06', '05', '04', '03', '02']);
    expect(ids(third)).toEqual(['01', '00']);
    expect(third.older).toBeNull();
    expect(ids(backToSecond)).toEqual(ids(second));
    expect(ids(backToFirst)).toEqual(ids(first));
    expect(backToFirst.newer).toBeNull();
  });

  it('lists the soonest pending reminders first, and reads a batch of applications by id', async () => {
    const listing = listingOf();
    const pending = await listing.listPendingReminders(3);
    expect(pending.map((r) => `${r.applicationId}/${r.status}`)).toEqual(['bench-app-00000/pending', 'bench-app-00001/pending', 'bench-app-00002/pending']);
    const found = await listing.getApplications(['bench-app-00004', 'bench-app-00009', 'no-such-application']);
    expect(found.map((a) => a.id).sort()).toEqual(['bench-app-00004', 'bench-app-00009']);
  });
});
