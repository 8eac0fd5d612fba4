import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { systemClock, type Clock } from '../domain/clock.ts';
import type { Logger } from '../logging/logger.ts';
import type { ApplicationStore } from '../store/application-store.ts';
import { fireReminder } from '../pipeline/fire-reminder.ts';
import { reconcileReminders } from '../pipeline/reconcile-reminders.ts';
import type { PipelineDeps } from '../pipeline/deps.ts';
import { startEmbeddedStore, type EmbeddedStore } from './embedded-store.ts';
import type { LocalSettings } from './local-config.ts';
import { trustedSettingsFor } from './local-config.ts';
import { LocalInbox } from './local-inbox.ts';
import { LocalReminderScheduler } from './local-scheduler.ts';
import { localOutbound, type LocalOutbound, type OutboundTarget } from './outbound.ts';
import { startSmtpInbox, type SmtpInbox } from './smtp-inbox.ts';
import { startWebServer, type WebServer } from './web/web-server.ts';

export const DEFAULT_SMTP_PORT = 2525;
export const DEFAULT_HTTP_PORT = 8025;
export { DEFAULT_DATA_DIR } from './data-dir.ts';

export interface LocalServerOptions {
  readonly dataDir: string;
  /** 0 picks a free port (tests). */
  readonly smtpPort: number;
  readonly httpPort: number;
  readonly local: LocalSettings;
  /** SMTP relay URL for outbound mail (env SMTP_URL, read by the CLI); null writes the outbox. */
  readonly smtpUrl?: string | null;
  readonly logger: Logger;
  readonly clock?: Clock;
}

export interface LocalServer {
  readonly dataDir: string;
  readonly smtpPort: number;
  readonly httpPort: number;
  readonly url: string;
  readonly outbound: OutboundTarget;
  readonly inbox: LocalInbox;
  /** The production DynamoDB adapter over the embedded database. */
  readonly store: ApplicationStore;
  readonly scheduler: LocalReminderScheduler;
  /** Messages found saved but unprocessed at start-up (and processed then). */
  readonly recovered: number;
  /** Stop accepting, finish messages in flight and a reminder sweep, close the database. */
  stop(): Promise<void>;
}

/**
 * The whole pipeline on one machine: embedded DynamoDB (dynalite on LevelDB), the same use cases as
 * the Lambdas (processInbound, fireReminder), a timer for reminders, SMTP in, outbox or relay out,
 * and the page. Start-up order: store → recover unprocessed mail → scheduler (fires missed
 * reminders) → SMTP and page. Anything started is stopped again when a later step fails.
 */
export async function startLocalServer(options: LocalServerOptions): Promise<LocalServer> {
  const dataDir = resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const clock = options.clock ?? systemClock;
  const { logger, local } = options;
  const cleanups: (() => Promise<void> | void)[] = [];
  const cleanup = async (): Promise<void> => {
    for (const step of cleanups.reverse()) await step();
    cleanups.length = 0;
  };
  try {
    const embedded: EmbeddedStore = await startEmbeddedStore(dataDir);
    cleanups.push(() => embedded.stop());
    const outbound: LocalOutbound = localOutbound({ dataDir, notifyAddress: local.settings.notifyAddress, smtpUrl: options.smtpUrl ?? null });
    cleanups.push(() => outbound.close());

    let fireDeps: PipelineDeps | null = null;
    const scheduler = new LocalReminderScheduler({
      store: embedded.store,
      clock,
      logger: logger.child({ component: 'scheduler' }),
      fire: (payload) => {
        if (fireDeps === null) throw new Error('scheduler fired before the pipeline was wired');
        return fireReminder(payload, fireDeps);
      },
    });
    const base = { store: embedded.store, scheduler, mailer: outbound.mailer, clock, logger };
    // Reminders do not depend on who sent a message; the configured list (if any) is what they see.
    fireDeps = { ...base, settings: trustedSettingsFor(local, []) };
    const inbox = new LocalInbox(dataDir, local, base);
    cleanups.push(() => inbox.drain());

    const recovered = await inbox.recover();
    // The same reconciler the deployed stack runs daily: locally the store is the schedule, so it
    // only settles pending reminders that fell due while jobnudge was off by the policy's rules.
    await reconcileReminders({ ...base, logger: logger.child({ component: 'reconcile' }) });
    // dynalite has no TTL: items past their expiry (the same retention table the deployed one uses,
    // at its defaults) are deleted here, at every start.
    const expired = await embedded.store.deleteExpired(clock.now());
    if (expired > 0) logger.info('expired items deleted', { count: expired });
    await scheduler.start();
    cleanups.push(() => scheduler.stop());

    const smtp: SmtpInbox = await startSmtpInbox({ port: options.smtpPort, inbox, logger: logger.child({ component: 'smtp' }) });
    cleanups.push(() => smtp.close());
    const web: WebServer = await startWebServer({
      port: options.httpPort,
      store: embedded.store,
      listing: embedded.listing,
      inbox,
      local,
      outbound: outbound.target,
      zone: local.settings.timeZone,
      smtpPort: () => smtp.port,
      logger: logger.child({ component: 'web' }),
    });
    cleanups.push(() => web.close());

    let stopping: Promise<void> | null = null;
    return {
      dataDir,
      smtpPort: smtp.port,
      httpPort: web.port,
      url: `http://127.0.0.1:${web.port}/`,
      outbound: outbound.target,
      inbox,
      store: embedded.store,
      scheduler,
      recovered,
      stop: () => (stopping ??= cleanup()),
    };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
