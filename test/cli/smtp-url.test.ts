import { describe, expect, it } from 'vitest';
import { smtpUrlFromEnv } from '../../shared/cli/smtp-url.ts';
import { ConfigError } from '../../shared/config/zod-errors.ts';

describe('SMTP_URL for a local run', () => {
  it('is optional: unset or empty means the outbox directory', () => {
    expect(smtpUrlFromEnv({})).toBeNull();
    expect(smtpUrlFromEnv({ SMTP_URL: '' })).toBeNull();
  });

  it('accepts smtp and smtps relays', () => {
    expect(smtpUrlFromEnv({ SMTP_URL: 'smtps://me:secret@mail.example.org:465' })).toBe('smtps://me:secret@mail.example.org:465');
  });

  it('refuses anything else with a message naming the variable', () => {
    expect(() => smtpUrlFromEnv({ SMTP_URL: 'http://mail.example.org' })).toThrow(ConfigError);
    expect(() => smtpUrlFromEnv({ SMTP_URL: 'not a url' })).toThrow(/SMTP_URL: must be an smtp:\/\/ or smtps:\/\/ URL/);
  });
});
