import { describe, expect, it } from 'vitest';
import { ENDPOINT_ENV, loadParserConfig } from '../../shared/applications/parser-config.ts';
import { ENV } from '../../shared/config/env-names.ts';
import { ConfigError } from '../../shared/config/zod-errors.ts';

const settings = { timeZone: 'Europe/Berlin', allowedSenders: ['me@example.org'], notifyAddress: 'me@example.org', senderAddress: 'n@inbox.example' };
const good = {
  [ENV.settings]: JSON.stringify(settings),
  [ENV.tableName]: 'jobnudge',
  [ENV.rawBucket]: 'raw',
  [ENV.rawPrefix]: '',
};

function problems(env: Record<string, string | undefined>): string[] {
  try {
    loadParserConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('loadParserConfig', () => {
  it('reads a complete environment, with AWS endpoints unless emulators are named', () => {
    const config = loadParserConfig(good);
    expect(config).toMatchObject({ tableName: 'jobnudge', rawBucket: 'raw', rawPrefix: '', endpoints: { s3: null, dynamodb: null } });
    expect(config.settings.localHour).toBe(9);
    const local = loadParserConfig({ ...good, [ENDPOINT_ENV.all]: 'http://127.0.0.1:5000', [ENDPOINT_ENV.s3]: 'http://127.0.0.1:4568' });
    expect(local.endpoints).toEqual({ s3: 'http://127.0.0.1:4568', dynamodb: 'http://127.0.0.1:5000' });
  });

  it('lists every missing variable at once', () => {
    expect(problems({})).toEqual([
      expect.stringMatching(new RegExp(`^${ENV.settings}:`)),
      expect.stringMatching(new RegExp(`^${ENV.tableName}:`)),
      expect.stringMatching(new RegExp(`^${ENV.rawBucket}:`)),
      expect.stringMatching(new RegExp(`^${ENV.rawPrefix}:`)),
    ]);
  });

  it('names the wrong settings fields inside the settings JSON', () => {
    const bad = problems({ ...good, [ENV.settings]: JSON.stringify({ ...settings, timeZone: 'Mars/Base', allowedSenders: [] }) });
    expect(bad).toEqual([
      expect.stringMatching(`${ENV.settings}.timeZone: must be an IANA`),
      expect.stringMatching(`${ENV.settings}.allowedSenders:`),
    ]);
    expect(problems({ ...good, [ENV.settings]: '{not json' })).toEqual([expect.stringMatching(`${ENV.settings}: is not valid JSON`)]);
  });
});
