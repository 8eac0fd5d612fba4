import { describe, expect, it } from 'vitest';
import { plausibleNear } from '../../shared/applications/plausible-time.ts';
import { readMail } from '../../shared/mail/index.ts';

const mime = (...lines: string[]) => Buffer.from(lines.join('\r\n'));

describe('dates nobody could mean are treated as missing', () => {
  it('reads a Date header in the year 9999 or 1900 as no date, and a real one as itself', async () => {
    for (const [header, expected] of [
      ['Fri, 31 Dec 9999 23:59:59 +0000', null],
      ['Mon, 1 Jan 1900 00:00:00 +0000', null],
      ['Mon, 30 Nov 2026 12:00:00 +0000', '2026-11-30T12:00:00.000Z'],
    ] as const) {
      const mail = await readMail(mime('From: a@b.example', `Date: ${header}`, 'Subject: x', '', 'hi'), { timeZone: 'UTC' });
      expect(mail.original.date?.toISOString() ?? null, header).toBe(expected);
    }
  });

  it('reads a forwarded Date line in the year 9999 as no date', async () => {
    const mail = await readMail(
      mime('From: a@b.example', 'Subject: Fwd: x', 'Date: Mon, 30 Nov 2026 12:00:00 +0000', '', '---------- Forwarded message ---------', 'From: c@d.example', 'Date: Fri, Dec 31, 9999 at 11:59 PM', 'Subject: x', '', 'body'),
      { timeZone: 'UTC' },
    );
    expect(mail.depth).toBe(1);
    expect(mail.original.date).toBeNull();
  });

  it('keeps interview and reply-by dates within two years after and one year before the email', () => {
    const sent = '2026-11-30T12:00:00.000Z';
    expect(plausibleNear('2026-12-10T14:00:00+01:00', sent)).toBe('2026-12-10T14:00:00+01:00');
    expect(plausibleNear('2028-06-01', sent)).toBe('2028-06-01');
    expect(plausibleNear('2026-01-15T09:00:00Z', sent)).toBe('2026-01-15T09:00:00Z');
    expect(plausibleNear('9999-12-31T23:59:00+01:00', sent)).toBeNull();
    expect(plausibleNear('+010000-01-01T00:59:00+01:00', sent)).toBeNull();
    expect(plausibleNear('1900-01-01T10:00:00+01:00', sent)).toBeNull();
    expect(plausibleNear('not a date', sent)).toBeNull();
    expect(plausibleNear(null, sent)).toBeNull();
  });
});
