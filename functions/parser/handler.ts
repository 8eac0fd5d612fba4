import { loadParserConfig } from '../../shared/applications/parser-config.ts';
import { buildParserDeps } from '../../shared/applications/parser-wiring.ts';
import { processSesRecord } from '../../shared/applications/process-ses-record.ts';
import type { IngestResult } from '../../shared/applications/ingest-result.ts';
import { PowertoolsLoggerAdapter } from '../../shared/logging/powertools-logger.ts';
import { parseSesEvent } from '../../shared/ses/parse-event.ts';

// Cold start: a wrong environment fails here, once, with every problem listed.
const logger = PowertoolsLoggerAdapter.create('jobnudge-parser');
const deps = buildParserDeps(loadParserConfig(process.env), logger);

/**
 * SES receipt rule → Lambda (async). Decodes the event and hands each record to the ingest use
 * case. Errors are logged once here and rethrown so Lambda retries; ingest is idempotent.
 */
export async function handler(event: unknown): Promise<IngestResult[]> {
  try {
    const { Records } = parseSesEvent(event);
    const results: IngestResult[] = [];
    for (const record of Records) results.push(await processSesRecord(record, deps));
    return results;
  } catch (error) {
    logger.error('inbound message failed', {}, error);
    throw error;
  }
}
