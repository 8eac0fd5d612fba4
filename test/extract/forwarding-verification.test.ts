import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract/index.ts';
import { message } from './message-builder.ts';

const context = { timeZone: 'UTC', kind: 'other' } as const;

describe('Gmail forwarding verification', () => {
  it('reads the code, link and requesting address', () => {
    const result = extract(
      message({
        from: 'Gmail Team <forwarding-noreply@google.com>',
        subject: '(#612345789) Gmail Forwarding Confirmation - Receive Mail from sam.seeker@gmail.com',
        text: 'sam.seeker@gmail.com has requested to automatically forward mail to your email address inbox@jobnudge.example.\nConfirmation code: 612345789\n\nTo allow it, click the link below:\nhttps://mail-settings.google.com/mail/vf-%5BANGjdJ_example%5D-abc123\n',
      }),
      context,
    );
    expect(result.forwardingVerification).toEqual({
      provider: 'gmail',
      code: '612345789',
      link: 'https://mail-settings.google.com/mail/vf-%5BANGjdJ_example%5D-abc123',
      requestedBy: 'sam.seeker@gmail.com',
    });
    expect(result.company).toBeNull();
    expect(result.contacts).toEqual([]);
  });

  it('is null for ordinary mail from Google', () => {
    const result = extract(message({ from: 'Google Careers <careers-noreply@google.com>', text: 'Thank you for applying to Google.' }), context);
    expect(result.forwardingVerification).toBeNull();
    expect(result.company).toBe('Google');
  });
});
