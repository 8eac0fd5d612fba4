import { loadParserRuntimeConfig } from '../../shared/applications/parser-config.ts';
import { buildParserDeps } from '../../shared/applications/parser-wiring.ts';
import { handleSesRecord } from '../../shared/applications/process-ses-record.ts';
import { warmUpExtraction } from '../../shared/extract/warm-up.ts';
import { PowertoolsLoggerAdapter } from '../../shared/logging/powertools-logger.ts';
import type { InboundResult } from '../../shared/pipeline/process-inbound.ts';
import { parseSesEvent } from '../../shared/ses/parse-event.ts';

// Cold start: a wrong environment fails here, once, with every problem listed.
const logger = PowertoolsLoggerAdapter.create('jobnudge-parser');
const config = loadParserRuntimeConfig(process.env);
const deps = buildParserDeps(config, logger);
// Also at cold start: chrono's patterns and the zone data, so the first message pays only its own reading.
warmUpExtraction(config.ingest.settings.timeZone);

/**
 * SES receipt rule → Lambda (async). Decodes the event and runs each record through the pipeline
 * (ingest, plan and schedule reminders, mail notices). Errors are logged once here and rethrown
 * so Lambda retries; every step is idempotent.
 */
export async function handler(event: unknown): Promise<InboundResult[]> {
  try {
    const { Records } = parseSesEvent(event);
    const results: InboundResult[] = [];
    for (const record of Records) results.push(await handleSesRecord(record, deps));
    return results;
  } catch (error) {
    logger.error('inbound message failed', {}, error);
    throw error;
  }
}
