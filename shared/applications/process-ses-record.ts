import type { Clock } from '../domain/clock.ts';
import type { Logger } from '../logging/logger.ts';
import type { RawMailSource } from '../raw-mail/raw-mail-source.ts';
import { RawMailTooLargeError } from '../raw-mail/raw-mail-source.ts';
import type { SesRecord } from '../ses/event-schema.ts';
import { envelopeFromSesRecord } from '../ses/envelope.ts';
import type { ApplicationStore } from '../store/application-store.ts';
import { ingestMessage, replayRecorded, type IngestSettings } from './ingest.ts';
import type { IngestResult } from './ingest-result.ts';

export interface SesIngestDeps {
  readonly rawMail: RawMailSource;
  readonly store: ApplicationStore;
  readonly settings: IngestSettings;
  readonly clock: Clock;
  readonly logger: Logger;
}

/**
 * One SES receipt record → raw message from S3 → ingestMessage. Infrastructure errors propagate
 * (the async invocation is retried, and the run is idempotent); an oversized message is recorded
 * as quarantined instead, since retrying cannot make it smaller.
 */
export async function processSesRecord(record: SesRecord, deps: SesIngestDeps): Promise<IngestResult> {
  const { mail } = record.ses;
  const logger = deps.logger.child({ messageId: mail.messageId });
  // A retry of a finished message needs no S3 read.
  const replayed = await replayRecorded(mail.messageId, deps.store);
  if (replayed) return replayed;
  let raw: { key: string; bytes: Uint8Array };
  try {
    raw = await deps.rawMail.read(mail.messageId);
  } catch (error) {
    if (!(error instanceof RawMailTooLargeError)) throw error;
    logger.warn('raw message over the size limit', { rawKey: error.key, limitBytes: error.limitBytes });
    const recorded = await deps.store.recordOutcome({
      messageId: mail.messageId,
      outcome: 'quarantined',
      reason: `message larger than ${error.limitBytes} bytes`,
      applicationId: null,
      rawKey: error.key,
      recordedAt: deps.clock.now().toISOString(),
    });
    const { outcome } = recorded;
    return { messageId: outcome.messageId, rawKey: outcome.rawKey, reason: outcome.reason, notices: [], replayed: !recorded.recorded, outcome: 'quarantined' };
  }
  return ingestMessage(
    {
      messageId: mail.messageId,
      rawKey: raw.key,
      raw: raw.bytes,
      envelope: envelopeFromSesRecord(record),
      receivedAt: new Date(mail.timestamp).toISOString(),
    },
    { store: deps.store, settings: deps.settings, clock: deps.clock, logger: deps.logger },
  );
}
