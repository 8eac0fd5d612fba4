import type { Clock } from '../domain/clock.ts';
import type { Logger } from '../logging/logger.ts';
import type { PipelineDeps } from '../pipeline/deps.ts';
import { completeInbound, type InboundResult } from '../pipeline/process-inbound.ts';
import { summariseIfSkipped } from '../pipeline/skipped-summary.ts';
import type { RawMailSource } from '../raw-mail/raw-mail-source.ts';
import { RawMailTooLargeError } from '../raw-mail/raw-mail-source.ts';
import type { SesRecord } from '../ses/event-schema.ts';
import { envelopeFromSesRecord } from '../ses/envelope.ts';
import { trustInputFromSesRecord } from '../ses/trust-input.ts';
import type { ApplicationStore } from '../store/application-store.ts';
import { ingestMessage, judgeTrust, recordUntrusted, replayRecorded, type IngestInput, type IngestSettings } from './ingest.ts';
import type { IngestResult } from './ingest-result.ts';

export interface SesIngestDeps {
  readonly rawMail: RawMailSource;
  readonly store: ApplicationStore;
  readonly settings: IngestSettings;
  readonly clock: Clock;
  readonly logger: Logger;
}

/** What the parser Lambda runs each record with: the whole pipeline plus the raw mail in S3. */
export type SesPipelineDeps = PipelineDeps & { readonly rawMail: RawMailSource };

/**
 * One SES receipt record through the whole pipeline (what the parser Lambda runs): raw message
 * from S3 → ingest → reminders planned and scheduled → notices mailed. A replay (a retry of a
 * finished message) reads nothing from S3 and goes straight to the re-planning and notices, so a
 * crash after ingest heals on the retry.
 */
export async function handleSesRecord(record: SesRecord, deps: SesPipelineDeps): Promise<InboundResult> {
  const step = await readForIngest(record, deps);
  const result = 'result' in step ? step.result : await ingestMessage(step.input, deps);
  const inbound = await completeInbound(result, deps);
  await summariseIfSkipped(result, deps);
  return inbound;
}

/**
 * One SES receipt record → raw message from S3 → ingestMessage, and nothing after (no planning,
 * no mail): the ingest step alone, for tests and tools that look only at what is stored.
 * Infrastructure errors propagate (the async invocation is retried, and the run is idempotent); an
 * oversized message is recorded as quarantined instead, since retrying cannot make it smaller.
 */
export async function processSesRecord(record: SesRecord, deps: SesIngestDeps): Promise<IngestResult> {
  const step = await readForIngest(record, deps);
  if ('result' in step) return step.result;
  return ingestMessage(step.input, { store: deps.store, settings: deps.settings, clock: deps.clock, logger: deps.logger });
}

async function readForIngest(record: SesRecord, deps: SesIngestDeps): Promise<{ result: IngestResult } | { input: IngestInput }> {
  const { mail } = record.ses;
  const logger = deps.logger.child({ messageId: mail.messageId });
  // A retry of a finished message needs no S3 read.
  const replayed = await replayRecorded(mail.messageId, deps.store);
  if (replayed) return { result: replayed };
  // Trust first, from the event alone: a stranger's message is never fetched (it may be 40 MB).
  const trust = trustInputFromSesRecord(record);
  const envelope = envelopeFromSesRecord(record);
  const decision = judgeTrust({ trust, envelope, raw: new Uint8Array() }, deps.settings);
  if (!decision.accepted) {
    const message = { messageId: mail.messageId, rawKey: deps.rawMail.keyFor(mail.messageId), receivedAt: new Date(mail.timestamp).toISOString() };
    return { result: await recordUntrusted(message, decision, deps) };
  }
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
    return {
      result: { messageId: outcome.messageId, rawKey: outcome.rawKey, reason: outcome.reason, notices: [], replayed: !recorded.recorded, outcome: 'quarantined' },
    };
  }
  return {
    input: {
      messageId: mail.messageId,
      rawKey: raw.key,
      raw: raw.bytes,
      envelope,
      trust,
      receivedAt: new Date(mail.timestamp).toISOString(),
    },
  };
}
