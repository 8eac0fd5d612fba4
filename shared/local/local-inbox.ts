import { readFile } from 'node:fs/promises';
import { UNCHECKED_VERDICTS } from '../applications/envelope.ts';
import type { IngestInput } from '../applications/ingest.ts';
import type { Logger } from '../logging/logger.ts';
import { readMail } from '../mail/index.ts';
import type { PipelineDeps } from '../pipeline/deps.ts';
import { processInbound, type InboundResult } from '../pipeline/process-inbound.ts';
import { summariseIfSkipped } from '../pipeline/skipped-summary.ts';
import type { LocalSettings } from './local-config.ts';
import { trustedSettingsFor } from './local-config.ts';
import { contentMessageId, listSaved, saveRaw, type Receipt, type SavedMessage } from './raw-store.ts';

/** Collaborators of the pipeline except the settings, which are chosen per message (trust). */
export type LocalPipelineDeps = Omit<PipelineDeps, 'settings'>;

export interface AcceptedMessage {
  readonly saved: SavedMessage;
  /** Settles when the pipeline is done with it; rejects only on an infrastructure failure. */
  readonly processed: Promise<InboundResult>;
}

/**
 * The local inbox: every message (SMTP, page upload) is saved under `<data>/raw` first, then goes
 * through processInbound like a Lambda-received one. Saved messages without a recorded outcome (the
 * process died mid-way) are processed again at start-up.
 */
export class LocalInbox {
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(
    private readonly dataDir: string,
    private readonly local: LocalSettings,
    private readonly deps: LocalPipelineDeps,
  ) {}

  private get logger(): Logger {
    return this.deps.logger;
  }

  /** Save (durably), then start processing; resolves once the raw copy is on disk. */
  async accept(raw: Uint8Array, meta: { source: string; via: Receipt['via'] }): Promise<AcceptedMessage> {
    const receivedAt = this.deps.clock.now();
    const receipt: Receipt = { messageId: await this.messageIdFor(raw, receivedAt), source: meta.source, receivedAt: receivedAt.toISOString(), via: meta.via };
    const saved = await saveRaw(this.dataDir, raw, receipt);
    return { saved, processed: this.track(this.process(saved, raw)) };
  }

  /**
   * The same bytes are one message (a re-send replays it), except when it was turned away: after the
   * user fixes `--allow` or the envelope, sending it again is a new delivery and is judged again (in
   * AWS every delivery has its own SES id).
   */
  private async messageIdFor(raw: Uint8Array, receivedAt: Date): Promise<string> {
    const id = contentMessageId(raw);
    const before = await this.deps.store.getOutcome(id);
    return before !== null && (before.outcome === 'ignored' || before.outcome === 'quarantined') ? `${id}-${receivedAt.getTime()}` : id;
  }

  /** Process saved messages that have no outcome yet (after a crash or a kill). Returns how many. */
  async recover(): Promise<number> {
    const { saved, broken } = await listSaved(this.dataDir);
    for (const name of broken) this.logger.warn('saved message has no readable receipt; left alone', { file: name });
    let count = 0;
    for (const message of saved) {
      if (await this.deps.store.getOutcome(message.receipt.messageId)) continue;
      count++;
      const raw = await readFile(message.path);
      try {
        await this.track(this.process(message, raw));
      } catch (error) {
        this.logger.error('saved message could not be processed; it stays for the next start', { messageId: message.receipt.messageId }, error);
      }
    }
    return count;
  }

  /** Wait for every message in progress. */
  async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.inFlight.add(work);
    const forget = (): void => void this.inFlight.delete(work);
    work.then(forget, forget);
    return work;
  }

  private async process(saved: SavedMessage, raw: Uint8Array): Promise<InboundResult> {
    const { receipt } = saved;
    const outerFrom = await outerFromAddress(raw, this.local.settings.timeZone);
    const input: IngestInput = {
      messageId: receipt.messageId,
      rawKey: saved.path,
      raw,
      envelope: { source: receipt.source, verdicts: UNCHECKED_VERDICTS },
      receivedAt: receipt.receivedAt,
    };
    const settings = trustedSettingsFor(this.local, [receipt.source, outerFrom]);
    const deps = { ...this.deps, settings };
    const result = await processInbound(input, deps);
    await summariseIfSkipped(result, deps);
    return result;
  }
}

/** The outer From address, or null when the message cannot be read (ingest then records why). */
export async function outerFromAddress(raw: Uint8Array, timeZone: string): Promise<string | null> {
  try {
    return (await readMail(raw, { timeZone })).outer.from?.address ?? null;
  } catch {
    return null;
  }
}
