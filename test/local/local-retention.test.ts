// The local run keeps the same retention table as the deployed one. dynalite has no TTL, so the
// local server deletes expired items itself at start-up: an item past its expiry is gone once the
// server is up, and one within it is kept.
import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../shared/logging/logger.ts';
import { startEmbeddedStore } from '../../shared/local/embedded-store.ts';
import { startLocalServer } from '../../shared/local/local-server.ts';
import { DEFAULT_RETENTION } from '../../shared/store/retention.ts';
import { anOutcome } from '../support/records.ts';
import { tempDataDir, testSettings } from './local-helpers.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const step of cleanups.reverse()) await step();
  cleanups.length = 0;
});

const DAY_MS = 86_400_000;

describe('local retention', () => {
  it('deletes items past their expiry when the server starts, and keeps the rest', async () => {
    const dataDir = await tempDataDir();
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const now = new Date('2027-06-01T12:00:00Z');
    const expiredAt = new Date(now.getTime() - (DEFAULT_RETENTION.outcomeDays + 1) * DAY_MS).toISOString();
    const keptAt = new Date(now.getTime() - (DEFAULT_RETENTION.outcomeDays - 1) * DAY_MS).toISOString();

    const seeding = await startEmbeddedStore(dataDir);
    await seeding.store.recordOutcome(anOutcome({ messageId: 'old-message', recordedAt: expiredAt }));
    await seeding.store.recordOutcome(anOutcome({ messageId: 'recent-message', recordedAt: keptAt }));
    await seeding.stop();

    const server = await startLocalServer({ dataDir, smtpPort: 0, httpPort: 0, local: testSettings(), logger: silentLogger, clock: { now: () => now } });
    cleanups.push(() => server.stop());
    expect(await server.store.getOutcome('old-message')).toBeNull();
    expect(await server.store.getOutcome('recent-message')).not.toBeNull();
  });
});
