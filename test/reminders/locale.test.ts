import { describe, expect, it } from 'vitest';
import { formatLocaleOf, localeForZone } from '../../shared/config/locale.ts';
import { UserSettingsSchema } from '../../shared/config/settings.ts';
import { parseDeploySettings } from '../../shared/config/deploy-settings.ts';
import { ConfigError } from '../../shared/config/zod-errors.ts';
import { parseSettingsVariable } from '../../shared/pipeline/lambda-config.ts';
import { dateTimeLabel, dayLabel, inZone, timeLabel } from '../../shared/reminders/local-time.ts';

const USER = { allowedSenders: ['me@home.example'], notifyAddress: 'me@home.example', senderAddress: 'nudge@jobs.example.com' };

describe('the locale dates are written in', () => {
  it.each([
    ['America/New_York', 'en-US'],
    ['America/Los_Angeles', 'en-US'],
    ['Pacific/Honolulu', 'en-US'],
    ['US/Eastern', 'en-US'],
    ['Europe/London', 'en-GB'],
    ['Europe/Berlin', 'en-DE'],
    ['America/Toronto', 'en-CA'],
    ['UTC', 'en-GB'],
  ])('defaults from the zone: %s → %s', (zone, locale) => {
    expect(localeForZone(zone)).toBe(locale);
  });

  it('is the setting when one is given', () => {
    expect(formatLocaleOf({ timeZone: 'America/New_York', locale: 'en-GB' })).toBe('en-GB');
    expect(formatLocaleOf({ timeZone: 'America/New_York' })).toBe('en-US');
  });

  it('writes 12-hour, month-first times for the US and 24-hour, day-first ones for Europe', () => {
    const instant = '2026-11-03T19:05:00Z';
    const ny = inZone(instant, 'America/New_York');
    const berlin = inZone(instant, 'Europe/Berlin');
    if (!ny || !berlin) throw new Error('unreadable instant');
    expect([dateTimeLabel(ny), dayLabel(ny), timeLabel(ny)]).toEqual(['Tue, Nov 3, 2026, 2:05 PM', 'Tue, Nov 3', '2:05 PM']);
    expect([dateTimeLabel(berlin), dayLabel(berlin), timeLabel(berlin)]).toEqual(['Tue 3 Nov 2026, 20:05', 'Tue 3 Nov', '20:05']);
    const britishInNewYork = inZone(instant, 'America/New_York', 'en-GB');
    expect(britishInNewYork && dateTimeLabel(britishInNewYork)).toBe('Tue 3 Nov 2026, 14:05');
  });
});

describe('the locale setting is checked at every edge', () => {
  it('accepts a locale Intl knows and rejects anything else, naming the field', () => {
    expect(UserSettingsSchema.parse({ timeZone: 'Europe/Berlin', locale: 'en-US', ...USER }).locale).toBe('en-US');
    const wrong = UserSettingsSchema.safeParse({ timeZone: 'Europe/Berlin', locale: 'American', ...USER });
    expect(wrong.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'locale: must be a locale such as "en-US" (12-hour, month first) or "en-GB" (24-hour, day first)',
    ]);
  });

  it('in the deploy config (user.locale)', () => {
    const config = { region: 'eu-west-1', domain: 'jobs.example.com', user: { timeZone: 'Europe/Berlin', locale: 'en_US', ...USER } };
    expect(() => parseDeploySettings(config, 'jobnudge.config.json')).toThrow(ConfigError);
    expect(() => parseDeploySettings(config, 'jobnudge.config.json')).toThrow(/user\.locale: must be a locale/);
    expect(parseDeploySettings({ ...config, user: { ...config.user, locale: 'en-GB' } }, 'jobnudge.config.json').user.locale).toBe('en-GB');
  });

  it('in the Lambda environment (JOBNUDGE_SETTINGS.locale)', () => {
    const json = JSON.stringify({ timeZone: 'Europe/Berlin', locale: 'xx-nonsense-tag-1', ...USER });
    expect(() => parseSettingsVariable(json, 'environment')).toThrow(/JOBNUDGE_SETTINGS\.locale: must be a locale/);
  });
});
