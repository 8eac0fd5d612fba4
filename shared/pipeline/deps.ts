import type { UserSettings } from '../config/settings.ts';
import type { Clock } from '../domain/clock.ts';
import type { Logger } from '../logging/logger.ts';
import type { Mailer } from '../mailer/mailer.ts';
import type { ReminderScheduler } from '../scheduler/reminder-scheduler.ts';
import type { ApplicationStore } from '../store/application-store.ts';

/**
 * Everything the two use cases (an inbound message, a reminder firing) work with. The same
 * interface is filled with AWS adapters in the Lambdas, with local ones in the local runtime and
 * with in-memory ones in `jobnudge plan` and the tests.
 */
export interface PipelineDeps {
  store: ApplicationStore;
  scheduler: ReminderScheduler;
  mailer: Mailer;
  settings: UserSettings;
  clock: Clock;
  logger: Logger;
}
