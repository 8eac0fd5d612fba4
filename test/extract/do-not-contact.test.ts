import { describe, expect, it } from 'vitest';
import { extract } from '../../shared/extract/index.ts';
import { message } from './message-builder.ts';

const context = { timeZone: 'UTC', kind: 'confirmation' } as const;
const read = (text: string, from = 'Acme Careers <careers@acme-corp.com>') => extract(message({ from, text }), context);

describe('do not contact', () => {
  it('is set when the employer asks not to be contacted', () => {
    for (const text of [
      'Please do not contact us about the status of your application.',
      'No phone calls or emails, please.',
      'Due to the volume of applications we are unable to respond to individual inquiries.',
      "Please don't call the office.",
      'Please refrain from contacting the hiring manager directly.',
    ]) {
      expect(read(text).doNotContact, text).toBe(true);
    }
  });

  it('is not set by a no-reply footer, which only gets a signal', () => {
    const result = read('This is an automated message, please do not reply to this email.', 'Acme <no-reply@acme-corp.com>');
    expect(result.doNotContact).toBe(false);
    expect(result.signals).toContain('no-reply-sender');
  });

  it('is not set by invitations to get in touch', () => {
    expect(read('Please do not hesitate to contact us with any questions.').doNotContact).toBe(false);
    expect(read('If you do not contact us within five days we will close the file.').doNotContact).toBe(false);
  });
});
