import type { UnwrappedMail } from '../domain/message.ts';

/** Raw MIME that cannot be read as an email at all. */
export class MailParseError extends Error {
  override readonly name = 'MailParseError';
}

// PLACEHOLDER until the mail module lands: parse raw MIME with limits and unwrap the forward.
export function readMail(_raw: Uint8Array): Promise<UnwrappedMail> {
  return Promise.reject(new MailParseError('mail reading is not built yet'));
}
