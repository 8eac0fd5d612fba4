import { simpleParser } from 'mailparser';
import { UserSettingsSchema, type UserSettings } from '../../shared/config/settings.ts';
import { ManualClock } from '../../shared/domain/clock.ts';
import { silentLogger } from '../../shared/logging/logger.ts';
import { RecordingMailer } from '../../shared/mailer/recording-mailer.ts';
import type { Mailer } from '../../shared/mailer/mailer.ts';
import { handleSesRecord } from '../../shared/applications/process-ses-record.ts';
import { fireReminder, type FireResult, type InboundResult, type PipelineDeps } from '../../shared/pipeline/index.ts';
import { RecordingReminderScheduler } from '../../shared/scheduler/recording-reminder-scheduler.ts';
import type { ReminderScheduler } from '../../shared/scheduler/reminder-scheduler.ts';
import type { SesRecordSpec } from '../support/ses-event.ts';
import { HOSTILE_USER } from './hostile-corpus.ts';
import type { ParserPath } from './parser-harness.ts';

/**
 * The whole inbound pipeline (ingest → plan → schedule → notices) and the reminder firing, over the
 * parser path's S3 and DynamoDB. The scheduler and the mailer are the project's recording adapters
 * unless a test passes real ones: EventBridge Scheduler never fires locally, so the test fires what
 * is due itself.
 */
export const HARDENING_USER_SETTINGS: UserSettings = UserSettingsSchema.parse({
  timeZone: 'Europe/Berlin',
  allowedSenders: [HOSTILE_USER],
  notifyAddress: HOSTILE_USER,
  senderAddress: 'nudge@inbox.example',
});

export interface PipelineRig {
  readonly deps: PipelineDeps;
  readonly clock: ManualClock;
  readonly scheduler: RecordingReminderScheduler;
  readonly mailer: RecordingMailer;
  inbound(messageId: string, spec?: Partial<SesRecordSpec>): Promise<InboundResult>;
  /** Fire every schedule due up to `until`, in order; results of each firing. */
  fireDue(until: Date): Promise<FireResult[]>;
}

export interface PipelineRigOptions {
  /** Use another adapter than the recording one (the rig keeps the recording ones for assertions). */
  readonly scheduler?: (clock: ManualClock) => ReminderScheduler;
  readonly mailer?: () => Mailer;
}

export function pipelineRig(path: ParserPath, options: PipelineRigOptions = {}): PipelineRig {
  const clock = new ManualClock(new Date('2026-11-30T12:00:00Z'));
  const scheduler = new RecordingReminderScheduler();
  const mailer = new RecordingMailer({ allowedRecipient: HARDENING_USER_SETTINGS.notifyAddress });
  const deps: PipelineDeps = {
    store: path.store,
    scheduler: options.scheduler?.(clock) ?? scheduler,
    mailer: options.mailer?.() ?? mailer,
    settings: HARDENING_USER_SETTINGS,
    clock,
    logger: silentLogger,
  };
  return {
    deps,
    clock,
    scheduler,
    mailer,
    // What the parser Lambda runs per record: S3 read (skipped on a replay) → ingest → plan → notices.
    inbound: (messageId, spec) => handleSesRecord(path.record(messageId, spec), { ...deps, rawMail: path.deps.rawMail }),
    async fireDue(until) {
      const results: FireResult[] = [];
      for (let next = scheduler.fireNextDue(until); next !== null; next = scheduler.fireNextDue(until)) {
        clock.set(next.dueAt);
        results.push(await fireReminder(next.payload, deps));
      }
      return results;
    },
  };
}

/** Every address a sent email names in To, Cc or Bcc, read back from the raw MIME. */
export async function recipientsOf(raw: Buffer): Promise<string[]> {
  const parsed = await simpleParser(raw);
  const fields = [parsed.to, parsed.cc, parsed.bcc].flatMap((field) => (field === undefined ? [] : Array.isArray(field) ? field : [field]));
  return fields.flatMap((field) => field.value.map((entry) => (entry.address ?? '').toLowerCase()));
}
