import { countryForZone } from './zone-country.ts';

/**
 * How dates and clock times are written for the user. Every jobnudge text is English; only the
 * region changes, and Intl decides what it means (12-hour "2:05 PM" and "Nov 3" for en-US,
 * 24-hour "14:05" and "3 Nov" for en-GB or en-DE). No table of styles is kept here.
 */
const LANGUAGE = 'en';
/** Day-month order and a 24-hour clock: the style for zones with no country (UTC, Etc/…). */
export const FALLBACK_LOCALE = 'en-GB';

/** A BCP 47 tag Intl knows for date formatting ("en-US", "en-GB", "de-CH"); false for anything else. */
export function isFormatLocale(tag: string): boolean {
  let canonical: string;
  try {
    [canonical = ''] = Intl.getCanonicalLocales(tag);
  } catch {
    return false;
  }
  // Intl quietly falls back to another locale for unknown regions: only an exact match counts.
  return canonical !== '' && new Intl.DateTimeFormat(canonical).resolvedOptions().locale === canonical;
}

/** English written the way the zone's country writes dates: America/New_York → en-US, Europe/Berlin → en-DE. */
export function localeForZone(zone: string): string {
  const country = countryForZone(zone);
  const tag = country ? `${LANGUAGE}-${country}` : null;
  return tag !== null && isFormatLocale(tag) ? tag : FALLBACK_LOCALE;
}

/** The locale a user's dates are written in: their `locale` setting, else the one their zone implies. */
export function formatLocaleOf(settings: { readonly timeZone: string; readonly locale?: string | undefined }): string {
  return settings.locale ?? localeForZone(settings.timeZone);
}
