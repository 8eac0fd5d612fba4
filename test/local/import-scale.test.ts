import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { benchMessage } from '../../shared/bench/import-bench.ts';
import type { ApplicationRecord } from '../../shared/domain/application.ts';
import { systemClock } from '../../shared/domain/clock.ts';
import { silentLogger } from '../../shared/logging/logger.ts';
import { startEmbeddedStore } from '../../shared/local/embedded-store.ts';
import { importFacts } from '../../shared/local/import-facts.ts';
import { importMail, RAW_WINDOW, type ImportItem } from '../../shared/local/import-mail.ts';
import { contentMessageId } from '../../shared/local/raw-store.ts';
import { HeldNoticeMailer, storeOnlyScheduler } from '../../shared/local/import-sinks.ts';
import { withApplicationsInMemory } from '../../shared/local/import-store.ts';
import { MailParseError } from '../../shared/mail/index.ts';
import type { ApplicationStore } from '../../shared/store/application-store.ts';
import { MemoryApplicationStore } from '../../shared/store/memory-application-store.ts';
import { fixture, tempDataDir, testSettings } from './local-helpers.ts';

const ZONE = 'America/New_York';
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanups.splice(0).reverse()) await step();
});

/** Counts calls on the real store it wraps (instrumentation only: every call goes through). */
function counted(store: ApplicationStore): { store: ApplicationStore; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const wrapped = new Proxy(store, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.set(String(property), (calls.get(String(property)) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: wrapped, calls };
}

function generated(count: number): ImportItem[] {
  return Array.from({ length: count }, (_, i) => ({ index: i + 1, label: `message ${i + 1}`, load: () => Promise.resolve(Buffer.from(benchMessage(i, count))) }));
}

describe('import at scale', () => {
  it('reads the applications table once per import, not once per message, and files every job email', async () => {
    const dataDir = await tempDataDir();
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const embedded = await startEmbeddedStore(dataDir);
    cleanups.push(() => embedded.stop());
    const { store, calls } = counted(embedded.store);
    const items = generated(24);
    const mailer = new HeldNoticeMailer();
    const report = await importMail(items, { store, scheduler: storeOnlyScheduler, mailer, local: testSettings(), clock: systemClock, logger: silentLogger, dataDir });

    // Every fourth generated message is a newsletter; the others are 6 applications of 3 emails each.
    expect(report.counts).toMatchObject({ processed: 18, ignored: 6, failed: 0, unreadable: 0 });
    expect(calls.get('listApplications')).toBe(1);
    expect(calls.get('recordOutcome')).toBe(24);
    const applications = await embedded.store.listApplications();
    expect(applications).toHaveLength(6);
    expect(applications.every((a) => a.stage === 'rejected')).toBe(true);
  });

  it('holds one window of messages at a time, keeps a raw copy of each, and processes them in order of Date across windows', async () => {
    const dataDir = await tempDataDir();
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const count = RAW_WINDOW * 2 + 5;
    const indexOf = new Map(Array.from({ length: count }, (_, i) => [contentMessageId(Buffer.from(benchMessage(i, count))), i]));
    const order: number[] = [];
    const memory = new MemoryApplicationStore();
    const store = new Proxy(memory, {
      get(target, property) {
        const value: unknown = Reflect.get(target, property, target);
        if (typeof value !== 'function') return value;
        if (property !== 'recordOutcome') return (value as (...args: unknown[]) => unknown).bind(target);
        return (outcome: { messageId: string }) => {
          order.push(indexOf.get(outcome.messageId) ?? -1);
          return (value as (o: unknown) => unknown).call(target, outcome);
        };
      },
    });
    // Listed newest first, so the Date order is the listing reversed. The first pass reads each
    // message once for its Date; after it, a load more than a window ahead of the outcomes is a leak.
    let loads = 0;
    let mostAhead = 0;
    const items = generated(count)
      .reverse()
      .map((item) => ({
        ...item,
        load: () => {
          loads++;
          mostAhead = Math.max(mostAhead, loads - count - order.length);
          return item.load();
        },
      }));
    const report = await importMail(items, { store, scheduler: storeOnlyScheduler, mailer: new HeldNoticeMailer(), local: testSettings(), clock: systemClock, logger: silentLogger, dataDir });

    expect(report.counts.failed).toBe(0);
    expect(order).toEqual(Array.from({ length: count }, (_, i) => i));
    expect(mostAhead).toBeGreaterThan(0);
    expect(mostAhead).toBeLessThanOrEqual(RAW_WINDOW);
    const saved = (await readdir(join(dataDir, 'raw'))).filter((name) => name.endsWith('.eml'));
    expect(saved).toHaveLength(count);
  });

  it('keeps its in-memory applications exact: its own writes show at once, an unknown write makes it read the table again', async () => {
    const inner = counted(new MemoryApplicationStore());
    const store = withApplicationsInMemory(inner.store);
    expect(await store.listApplications()).toEqual([]);
    const record = { ...(await sampleApplication()), id: 'app-1' };
    await store.createApplication(record);
    const [created] = await store.listApplications();
    expect(created?.id).toBe('app-1');
    const updated = await store.updateApplication({ ...(created as ApplicationRecord), stage: 'interviewing' }, created?.version ?? 0);
    expect((await store.getApplication('app-1'))?.stage).toBe('interviewing');
    expect((await store.findApplicationsByCompany(record.companyKey)).map((a) => a.version)).toEqual([updated.version]);
    expect(inner.calls.get('listApplications')).toBe(1);

    await store.deleteApplication('app-1');
    expect(await store.listApplications()).toEqual([]);
    expect(inner.calls.get('listApplications')).toBe(2);
    // Records handed out are frozen: a caller that changed one would corrupt every later message.
    await store.createApplication(record);
    const [again] = await store.listApplications();
    expect(() => {
      (again as { stage: string }).stage = 'offer';
    }).toThrow(TypeError);
  });
});

describe('what import reads before the pipeline (importFacts)', () => {
  it('takes Date and From from the header block of mail as it sits in a mailbox, without parsing it', async () => {
    const facts = await importFacts(Buffer.from(benchMessage(0, 1)), ZONE);
    expect(facts).toEqual({ date: new Date('2025-12-01T14:00:00.000Z'), from: 'careers@bluefin-analytics.example', parsed: false });
  });

  it('parses a forward, whose original Date is in its body', async () => {
    const facts = await importFacts(await fixture('gmail-forward-interview-invite.eml'), ZONE);
    expect(facts.parsed).toBe(true);
    // "Mon, Nov 16, 2026 at 10:03 AM" in the forwarded block, in the user's zone; not the forward's own 11:20.
    expect(facts.date?.toISOString()).toBe('2026-11-16T15:03:00.000Z');
    expect(facts.from).toBe('sam.rivera@example.net');
  });

  it('refuses bytes that are no email, as the pipeline would', async () => {
    await expect(importFacts(Buffer.from('\u0000\u0001 not a header\n\nbody\n', 'latin1'), ZONE)).rejects.toBeInstanceOf(MailParseError);
  });
});

async function sampleApplication(): Promise<ApplicationRecord> {
  // One application as the pipeline writes it, so the record has every field the store expects.
  const store = new MemoryApplicationStore();
  await importMail(generated(1), { store, scheduler: storeOnlyScheduler, mailer: new HeldNoticeMailer(), local: testSettings({ timeZone: ZONE }), clock: systemClock, logger: silentLogger, dataDir: null });
  const [application] = await store.listApplications();
  if (application === undefined) throw new Error('the generated confirmation made no application');
  return application;
}
