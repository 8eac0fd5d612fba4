import { describe, expect, it } from 'vitest';
import { headerOffsetMinutes } from '../../shared/mail/parse-mime.ts';

describe('headerOffsetMinutes: the sender\'s own UTC offset from a Date header', () => {
  it('reads the numeric zone, with or without a trailing comment', () => {
    expect(headerOffsetMinutes('Date: Thu, 05 Nov 2026 09:12:00 -0600')).toBe(-360);
    expect(headerOffsetMinutes('Date: Thu, 05 Nov 2026 20:12:00 +0530 (IST)')).toBe(330);
    expect(headerOffsetMinutes('Thu, 5 Nov 2026 09:12:00 +0000')).toBe(0);
  });

  it('gives null where the offset is unknown or impossible', () => {
    expect(headerOffsetMinutes('Date: Thu, 05 Nov 2026 09:12:00 -0000')).toBeNull();
    expect(headerOffsetMinutes('Thu, Nov 5, 2026 at 10:12 AM')).toBeNull();
    expect(headerOffsetMinutes('Date: Thu, 05 Nov 2026 09:12:00 +2500')).toBeNull();
    expect(headerOffsetMinutes(null)).toBeNull();
  });
});
