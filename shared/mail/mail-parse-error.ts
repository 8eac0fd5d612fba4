/** Raw MIME that cannot be read as an email at all. */
export class MailParseError extends Error {
  override readonly name = 'MailParseError';
}
