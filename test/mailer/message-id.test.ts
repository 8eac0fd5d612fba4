import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildMessageId,
  noticeMessageKey,
  parseJobnudgeMessageId,
  reminderMessageKey,
} from '../../shared/mailer/message-id.ts';

describe('jobnudge Message-IDs', () => {
  it('reads back the application and reminder of a reminder’s Message-ID', () => {
    const id = buildMessageId(reminderMessageKey('app-7f3a', 'status-check.2'), 'reminders@nudge.example.org');
    expect(id).toBe('<reminder.app-7f3a.status-check=2E2@nudge.example.org>');
    expect(parseJobnudgeMessageId(id)).toEqual({ kind: 'reminder', applicationId: 'app-7f3a', reminderId: 'status-check.2' });
    expect(parseJobnudgeMessageId(id.slice(1, -1))).toEqual({ kind: 'reminder', applicationId: 'app-7f3a', reminderId: 'status-check.2' });
  });

  it('round-trips any application and reminder id, however odd', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 30 }), fc.string({ minLength: 1, maxLength: 20 }), (applicationId, reminderId) => {
        const id = buildMessageId(reminderMessageKey(applicationId, reminderId), 'r@example.org');
        expect(id).toMatch(/^<[A-Za-z0-9_=.-]+@example\.org>$/);
        expect(parseJobnudgeMessageId(id)).toEqual({ kind: 'reminder', applicationId, reminderId });
      }),
    );
  });

  it('reads back notices and ignores ids it did not make', () => {
    expect(parseJobnudgeMessageId(buildMessageId(noticeMessageKey('n-1'), 'r@example.org'))).toEqual({ kind: 'notice', noticeId: 'n-1' });
    for (const foreign of ['<0102018f@eu-west-1.amazonses.com>', '<CAF=abc@mail.gmail.com>', '<reminder.a@x>', 'garbage']) {
      expect(parseJobnudgeMessageId(foreign), foreign).toBeNull();
    }
  });

  it('uses the sender’s domain, or a fixed one when that is not a plain host name', () => {
    expect(buildMessageId('notice.n', 'not-an-address')).toBe('<notice.n@not-an-address>');
    expect(buildMessageId('notice.n', 'x@[127.0.0.1]')).toBe('<notice.n@jobnudge>');
  });
});
