import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { readClientDate } from '../../shared/mail/client-date-formats.ts';
import { parseForwardDate, readForwardDateWithChrono } from '../../shared/mail/forward-date.ts';
import { readMail } from '../../shared/mail/index.ts';

const reference = new Date('2026-11-20T12:00:00Z');

/** How clients print a forwarded Date/Sent value (luxon tokens, en-US). */
const CLIENT_FORMATS = [
  "ccc, LLL d, yyyy 'at' h:mm a", // Gmail
  'cccc, LLLL d, yyyy h:mm a', // Outlook
  "LLLL d, yyyy 'at' h:mm:ss a", // Apple Mail, US
  "d LLLL yyyy 'at' HH:mm:ss", // Apple Mail, UK
  'ccc, d LLL yyyy HH:mm:ss ZZZ', // RFC 5322 (Thunderbird)
  "ccc, d LLL yyyy HH:mm:ss 'GMT'", // RFC 5322 in UTC
  'cccc, LLLL d, yyyy', // a day without a time
  "LLL d, yyyy, h:mm a",
] as const;
const ZONES = ['America/New_York', 'America/Los_Angeles', 'Europe/Paris', 'Europe/London', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Adelaide', 'UTC'];

/** Apple Mail's offset suffix: "GMT+1", "GMT-5", "GMT+5:45". */
function appleOffset(offset: number): string {
  const hours = Math.trunc(Math.abs(offset) / 60);
  const minutes = Math.abs(offset) % 60;
  return `GMT${offset < 0 ? '-' : '+'}${hours}${minutes === 0 ? '' : `:${String(minutes).padStart(2, '0')}`}`;
}

describe('the quick reader for client date shapes', () => {
  it('reads every client shape exactly as chrono does, in any writer and reader zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1970, 0, 1) / 60_000, max: Date.UTC(2150, 0, 1) / 60_000 }),
        fc.constantFrom(...CLIENT_FORMATS),
        fc.constantFrom(...ZONES),
        fc.constantFrom(...ZONES),
        fc.boolean(),
        (minute, format, writerZone, readerZone, withOffset) => {
          const written = DateTime.fromMillis(minute * 60_000, { zone: writerZone }).setLocale('en-US');
          const suffix = withOffset && format.includes('mm') && !format.includes('GMT') && !format.includes('ZZZ') ? ` ${appleOffset(written.offset)}` : '';
          const text = `${written.toFormat(format)}${suffix}`;
          const context = { timeZone: readerZone, reference };
          expect(readClientDate(text)).not.toBeNull();
          expect(parseForwardDate(text, context)?.toISOString()).toBe(readForwardDateWithChrono(text, context)?.toISOString());
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each([
    ['Mon, Nov 16, 2026 at 12:30 AM', '2026-11-16T05:30:00.000Z'],
    ['Mon, Nov 16, 2026 at 12:05 PM', '2026-11-16T17:05:00.000Z'],
    ['November 1st, 2026 10:03 AM', '2026-11-01T15:03:00.000Z'],
    ['Sept 3, 2026 10:03', '2026-09-03T14:03:00.000Z'],
    ['16 Nov 2026 10:03 GMT+05:30', '2026-11-16T04:33:00.000Z'],
    ['Mon, 16 Nov 2026 10:03:00 +0000', '2026-11-16T10:03:00.000Z'],
  ])('reads "%s" without chrono', (text, iso) => {
    expect(readClientDate(text)).not.toBeNull();
    expect(parseForwardDate(text, { timeZone: 'America/New_York', reference })?.toISOString()).toBe(iso);
  });

  it.each([
    ['a weekday that disagrees with the date', 'Tue, Nov 16, 2026 at 10:03 AM'],
    ['a day the month does not have', 'February 30, 2026 10:00'],
    ['an hour past 12 with AM/PM', 'Nov 16, 2026 13:00 PM'],
    ['a zone name instead of an offset', 'November 16, 2026 at 10:03:00 AM EST'],
    ['an offset beyond any zone', 'Mon, 16 Nov 2026 10:03:00 +9999'],
    ['a numeric date, whose order depends on the reader', '03/11/2026 10:00'],
    ['another language', 'Montag, 16. November 2026 10:03'],
  ])('leaves %s to chrono', (_what, text) => {
    expect(readClientDate(text)).toBeNull();
  });

  it('still reads a zone name through chrono', () => {
    expect(parseForwardDate('November 16, 2026 at 10:03:00 AM EST', { timeZone: 'Europe/Paris', reference })?.toISOString()).toBe(
      '2026-11-16T15:03:00.000Z',
    );
  });
});

describe('the user time zone check', () => {
  const raw = Buffer.from('From: a@b.example\r\nSubject: hi\r\n\r\nhello\r\n');

  it('refuses an unknown zone on every call, also after a known zone was accepted', async () => {
    await expect(readMail(raw, { timeZone: 'Europe/Berlin' })).resolves.toBeDefined();
    await expect(readMail(raw, { timeZone: 'Mars/Olympus' })).rejects.toThrow(RangeError);
    await expect(readMail(raw, { timeZone: 'Mars/Olympus' })).rejects.toThrow(RangeError);
    await expect(readMail(raw, { timeZone: 'Europe/Berlin' })).resolves.toBeDefined();
  });
});
