// Shared set-up for the pipeline tests: the project's own invented job emails (a confirmation, an
// interview invite and a rejection from one made-up employer), and PipelineDeps over in-memory parts.
import type { AuthVerdicts } from '../../shared/applications/envelope.ts';
import type { IngestInput } from '../../shared/applications/ingest.ts';
import { UserSettingsSchema, type UserSettings, type UserSettingsInput } from '../../shared/config/settings.ts';
import { ManualClock } from '../../shared/domain/clock.ts';
import { MemoryLogger } from '../../shared/logging/logger.ts';
import type { Mailer } from '../../shared/mailer/mailer.ts';
import { RecordingMailer } from '../../shared/mailer/recording-mailer.ts';
import type { PipelineDeps } from '../../shared/pipeline/deps.ts';
import { RecordingReminderScheduler } from '../../shared/scheduler/recording-reminder-scheduler.ts';
import type { ApplicationStore } from '../../shared/store/application-store.ts';
import { MemoryApplicationStore } from '../../shared/store/memory-application-store.ts';
import { composeForward, USER_ADDRESS, type OriginalSpec } from '../support/compose-mail.ts';

export const ZONE = 'Europe/Berlin';
export const NOTIFY_ADDRESS = 'casey.user@example.org';

export function pipelineSettings(extra: Partial<UserSettingsInput> = {}): UserSettings {
  return UserSettingsSchema.parse({
    timeZone: ZONE,
    allowedSenders: [USER_ADDRESS],
    notifyAddress: NOTIFY_ADDRESS,
    senderAddress: 'nudge@inbox.example',
    signature: 'Casey User',
    ...extra,
  });
}

export interface MemoryPipeline {
  readonly deps: PipelineDeps;
  readonly store: MemoryApplicationStore;
  readonly scheduler: RecordingReminderScheduler;
  readonly mailer: RecordingMailer;
  readonly clock: ManualClock;
  readonly logger: MemoryLogger;
}

export function memoryPipeline(options: { store?: ApplicationStore; mailer?: Mailer; start?: Date } = {}): MemoryPipeline {
  const store = new MemoryApplicationStore();
  const scheduler = new RecordingReminderScheduler();
  const mailer = new RecordingMailer({ allowedRecipient: NOTIFY_ADDRESS });
  const clock = new ManualClock(options.start ?? new Date('2026-03-02T14:00:00+01:00'));
  const logger = new MemoryLogger();
  const deps: PipelineDeps = {
    store: options.store ?? store,
    scheduler,
    mailer: options.mailer ?? mailer,
    settings: pipelineSettings(),
    clock,
    logger,
  };
  return { deps, store, scheduler, mailer, clock, logger };
}

const PASSING: AuthVerdicts = { spam: 'PASS', virus: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' };

export function inbound(messageId: string, raw: Uint8Array, receivedAt: Date): IngestInput {
  return {
    messageId,
    rawKey: `inbound/${messageId}`,
    raw,
    envelope: { source: USER_ADDRESS, verdicts: PASSING },
    receivedAt: receivedAt.toISOString(),
  };
}

const recruiter = { from: 'talia.brooks@quillbyte.example', fromName: 'Talia Brooks' };

// The careers inbox acknowledges the application and names the recruiter: receipt is not yet
// confirmed by a person, so confirm-receipt is planned (a confirmation Talia wrote herself would not).
export const confirmation: OriginalSpec = {
  from: 'careers@quillbyte.example',
  fromName: 'Quillbyte Careers',
  date: new Date('2026-03-02T14:12:00+01:00'),
  subject: 'Your application for Platform Engineer at Quillbyte',
  messageId: '<confirm-7731@quillbyte.example>',
  text: [
    'Hi Casey,',
    '',
    'Thank you for applying for the Platform Engineer position at Quillbyte. We have received your',
    'application and our team will review it over the coming weeks. Your recruiter is Talia Brooks.',
    '',
    'Best regards,',
    'Talia Brooks',
    'Talent Acquisition, Quillbyte',
  ].join('\n'),
};

export const interviewInvite: OriginalSpec = {
  ...recruiter,
  date: new Date('2026-03-04T11:00:00+01:00'),
  subject: 'Interview invitation: Platform Engineer at Quillbyte',
  messageId: '<invite-7731@quillbyte.example>',
  text: [
    'Hi Casey,',
    '',
    'We would like to invite you to an interview for the Platform Engineer role at Quillbyte.',
    'Your interview is scheduled for Tuesday, March 10, 2026 at 10:00 AM CET, in person at our office',
    'with Jonas Weber, our Engineering Manager.',
    '',
    'Address: Quillbyte, Torstraße 140, 10119 Berlin',
    '',
    'Best regards,',
    'Talia Brooks',
    'Talent Acquisition, Quillbyte',
  ].join('\n'),
};

export const rejection: OriginalSpec = {
  ...recruiter,
  date: new Date('2026-03-13T16:30:00+01:00'),
  subject: 'Your application for Platform Engineer at Quillbyte',
  messageId: '<decision-7731@quillbyte.example>',
  text: [
    'Hi Casey,',
    '',
    'Thank you for taking the time to interview for the Platform Engineer role at Quillbyte.',
    'Unfortunately, we have decided not to move forward with your application.',
    '',
    'We wish you all the best in your search.',
    'Talia Brooks',
    'Talent Acquisition, Quillbyte',
  ].join('\n'),
};

/** The original forwarded by the user (attached as message/rfc822, so its Message-ID survives). */
export function forwarded(original: OriginalSpec): Promise<Buffer> {
  return composeForward({ original, style: 'attached', forwardedAt: new Date(original.date.getTime() + 10 * 60_000) });
}
