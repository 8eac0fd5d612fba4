import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDeploySettings, USER_CONFIG_FILE } from '../../infra/deploy-config.ts';
import {
  DEFAULT_PARSER_CONCURRENCY,
  functionUserSettings,
  inboundSmtpHost,
  ingestAddress,
  parseDeploySettings,
  receivedAddresses,
  secretIngestAddress,
  SES_RECEIVING_REGIONS,
} from '../../shared/config/deploy-settings.ts';
import { ConfigError } from '../../shared/config/zod-errors.ts';

const repoFile = (path: string): string => new URL(`../../${path}`, import.meta.url).pathname;
const example = JSON.parse(readFileSync(repoFile('infra/jobnudge.config.example.json'), 'utf8')) as Record<string, unknown>;
const cdkJson = JSON.parse(readFileSync(repoFile('cdk.json'), 'utf8')) as { context: Record<string, unknown> };

/** The example with some fields replaced (undefined removes a field). */
function exampleWith(changes: Record<string, unknown>, userChanges: Record<string, unknown> = {}): Record<string, unknown> {
  const config: Record<string, unknown> = { ...example, ...changes, user: { ...(example.user as object), ...userChanges } };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete config[key];
  const user = config.user as Record<string, unknown>;
  for (const [key, value] of Object.entries(userChanges)) if (value === undefined) delete user[key];
  return config;
}

/** The problems a ConfigError lists for a config, or a failure when it parses. */
function problemsOf(config: unknown): readonly string[] {
  try {
    parseDeploySettings(config, 'test config');
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected the config to be rejected');
}

describe('deploy settings', () => {
  it('accepts the committed example config and fills defaults', () => {
    const settings = parseDeploySettings(example, 'example');
    expect(settings.region).toBe('eu-west-1');
    expect(ingestAddress(settings)).toBe('jobs@jobs.example.com');
    expect(inboundSmtpHost(settings.region)).toBe('inbound-smtp.eu-west-1.amazonaws.com');
    expect(settings.user.rules).toEqual({});
  });

  it('keeps the cdk.json context identical to the committed example, so `cdk synth` shows what the example says', () => {
    expect(cdkJson.context.jobnudge).toEqual(example);
  });

  it('rejects a missing domain and names the field', () => {
    expect(problemsOf(exampleWith({ domain: undefined }))).toEqual([expect.stringMatching(/^domain: /)]);
  });

  it('rejects a time zone that is not an IANA zone and names user.timeZone', () => {
    const problems = problemsOf(exampleWith({}, { timeZone: 'Mars/Olympus_Mons' }));
    expect(problems).toEqual([expect.stringMatching(/^user\.timeZone: must be an IANA time zone/)]);
  });

  it('rejects a region without SES receiving and lists the regions that have it', () => {
    const problems = problemsOf(exampleWith({ region: 'us-west-1' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^region: must be a region where SES receives email/);
    for (const region of SES_RECEIVING_REGIONS) expect(problems[0]).toContain(region);
  });

  it('rejects an empty allowlist of sender addresses and names user.allowedSenders', () => {
    const problems = problemsOf(exampleWith({}, { allowedSenders: [] }));
    expect(problems).toEqual([expect.stringMatching(/^user\.allowedSenders: must list at least one/)]);
  });

  it('reports every wrong field at once, one line each', () => {
    const problems = problemsOf(exampleWith({ domain: 'not a domain', rawRetentionDays: 0 }, { timeZone: 'Nowhere', notifyAddress: 'nobody' }));
    expect(problems.map((line) => line.split(':')[0]).sort()).toEqual(
      ['domain', 'rawRetentionDays', 'user.notifyAddress', 'user.timeZone'].sort(),
    );
  });

  it('rejects a sender address outside the receiving domain, which the stack could not send from', () => {
    const problems = problemsOf(exampleWith({}, { senderAddress: 'me@elsewhere.example.net' }));
    expect(problems).toEqual([expect.stringMatching(/^user\.senderAddress: must be an address on the receiving domain "jobs\.example\.com"/)]);
  });

  it('rejects a hosted zone that cannot hold the receiving domain\'s records', () => {
    const problems = problemsOf(exampleWith({ hostedZone: { id: 'Z0123456789ABCDEFGHIJ', name: 'other.example.com' } }));
    expect(problems).toEqual([expect.stringMatching(/^hostedZone\.name: must be "jobs\.example\.com" or a parent of it/)]);
  });

  it('accepts a parent hosted zone and normalizes the domain\'s case and trailing dot', () => {
    const settings = parseDeploySettings(
      exampleWith({ domain: 'Jobs.Example.com.', hostedZone: { id: 'Z0123456789ABCDEFGHIJ', name: 'example.com' } }),
      'test',
    );
    expect(settings.domain).toBe('jobs.example.com');
    expect(settings.hostedZone).toEqual({ id: 'Z0123456789ABCDEFGHIJ', name: 'example.com' });
  });

  it('fills the documented retention defaults and takes any kind overridden alone', () => {
    expect(parseDeploySettings(example, 'example').retention).toEqual({ applicationDays: 730, outcomeDays: 90, noticeDays: 30 });
    expect(parseDeploySettings(exampleWith({ retention: { noticeDays: 15 } }), 'test').retention).toEqual({ applicationDays: 730, outcomeDays: 90, noticeDays: 15 });
  });

  it('reports each wrong retention field on its own line, and a misspelled one by name', () => {
    const problems = problemsOf(exampleWith({ retention: { applicationDays: 30, outcomeDays: 7, noticeDays: 'a month', eventDays: 10 } }));
    expect(problems).toEqual([
      expect.stringMatching(/^retention\.applicationDays: must be a whole number of days from 90 to 3650$/),
      expect.stringMatching(/^retention\.outcomeDays: must be a whole number of days from 15 to 3650$/),
      expect.stringMatching(/^retention\.noticeDays: must be a whole number of days from 15 to 3650$/),
      expect.stringMatching(/^retention: .*eventDays/),
    ]);
  });

  it('rejects unknown keys, so a misspelled option is not silently ignored', () => {
    expect(problemsOf(exampleWith({ retentionDays: 7 }))).toEqual([expect.stringMatching(/retentionDays/)]);
  });

  it('refuses an ingest address that is also an allowed sender, which would loop mail', () => {
    const problems = problemsOf(exampleWith({}, { allowedSenders: ['jobs@jobs.example.com'] }));
    expect(problems).toEqual([expect.stringMatching(/^user\.allowedSenders: must not contain the ingest address/)]);
  });

  it('derives the secret address, the Reply-To and every received address, and reserves 2 parser runs by default', () => {
    const plain = parseDeploySettings(example, 'example');
    expect(plain.parserConcurrency).toBe(DEFAULT_PARSER_CONCURRENCY);
    expect(secretIngestAddress(plain)).toBeNull();
    expect(receivedAddresses(plain)).toEqual(['jobs@jobs.example.com', 'reminders@jobs.example.com']);
    const secret = parseDeploySettings(exampleWith({ ingestSecret: 'k7f3q9x2m4p8r6t1', parserConcurrency: null }), 'secret');
    expect(secret.parserConcurrency).toBeNull();
    expect(receivedAddresses(secret)).toContain('jobs+k7f3q9x2m4p8r6t1@jobs.example.com');
    expect(functionUserSettings(secret)).toMatchObject({ replyTo: 'jobs@jobs.example.com', ingestSecretAddress: 'jobs+k7f3q9x2m4p8r6t1@jobs.example.com' });
  });

  it('rejects a guessable or malformed ingest secret, a parser concurrency out of range, and derived user fields, one line each', () => {
    const problems = problemsOf(exampleWith({ ingestSecret: 'short', parserConcurrency: 0 }, { replyTo: 'me@example.org' }));
    expect(problems).toEqual([
      expect.stringMatching(/^ingestSecret: must be 16 to 64 lower-case letters and digits/),
      expect.stringMatching(/^parserConcurrency: must be a whole number from 1 to 50, or null/),
      expect.stringMatching(/^user\.replyTo: is set by the stack/),
    ]);
    expect(problemsOf(exampleWith({ ingestSecret: 'K7F3Q9X2M4P8R6T1-x' }))).toEqual([expect.stringMatching(/^ingestSecret:/)]);
  });
});

describe('loading deploy settings', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'jobnudge-config-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('uses the CDK context when there is no user file', () => {
    const loaded = loadDeploySettings({ rootDir: dir, contextValue: example });
    expect(loaded.source).toBe('CDK context "jobnudge"');
    expect(loaded.settings.domain).toBe('jobs.example.com');
  });

  it('accepts the context as JSON text, as `cdk synth -c jobnudge=...` passes it', () => {
    const loaded = loadDeploySettings({ rootDir: dir, contextValue: JSON.stringify(exampleWith({ region: 'us-east-1' })) });
    expect(loaded.settings.region).toBe('us-east-1');
  });

  it('lets jobnudge.config.json at the root replace the context as a whole', () => {
    const own = exampleWith({ domain: 'inbox.example.net' }, { senderAddress: 'me@inbox.example.net', signature: undefined });
    writeFileSync(join(dir, USER_CONFIG_FILE), JSON.stringify(own));
    const loaded = loadDeploySettings({ rootDir: dir, contextValue: example });
    expect(loaded.source).toBe(join(dir, USER_CONFIG_FILE));
    expect(loaded.settings.domain).toBe('inbox.example.net');
    // Not merged: the example's signature does not leak into the user's settings.
    expect(loaded.settings.user.signature).toBe('');
  });

  it('names the user file when it is not valid JSON', () => {
    writeFileSync(join(dir, USER_CONFIG_FILE), '{ "region": ');
    expect(() => loadDeploySettings({ rootDir: dir, contextValue: example })).toThrow(
      new RegExp(`Invalid ${join(dir, USER_CONFIG_FILE).replace(/[.]/g, '\\.')}:\\n  - \\(root\\): not valid JSON`),
    );
  });

  it('names the user file and the field when the file is valid JSON but wrong', () => {
    writeFileSync(join(dir, USER_CONFIG_FILE), JSON.stringify(exampleWith({ region: 'sa-east-1' })));
    expect(() => loadDeploySettings({ rootDir: dir, contextValue: example })).toThrow(/jobnudge\.config\.json:\n {2}- region: /);
  });

  it('says where it looked when there is no config anywhere', () => {
    expect(() => loadDeploySettings({ rootDir: dir, contextValue: undefined })).toThrow(/no jobnudge\.config\.json .* no "jobnudge" key/);
  });
});
