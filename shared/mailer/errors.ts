/** The mailer was asked to write to someone other than the user: jobnudge only ever mails its user. */
export class RecipientNotAllowedError extends Error {
  override readonly name = 'RecipientNotAllowedError';
  constructor(reason: string) {
    super(`Refusing to send: ${reason}`);
  }
}

/** A caller-given header could change the message's addressing or structure. */
export class UnsafeHeaderError extends Error {
  override readonly name = 'UnsafeHeaderError';
  constructor(readonly header: string, reason: string) {
    super(`Header "${header}" refused: ${reason}`);
  }
}

/** A caller-given message key cannot become a Message-ID. */
export class InvalidMessageKeyError extends Error {
  override readonly name = 'InvalidMessageKeyError';
}

/** The transport (SES, SMTP relay, outbox directory) failed to take the message. */
export class MailSendError extends Error {
  override readonly name = 'MailSendError';
  constructor(
    readonly transport: 'ses' | 'smtp' | 'outbox',
    message: string,
    options: { cause?: unknown; retryable?: boolean } = {},
  ) {
    super(`${transport}: ${message}`, { cause: options.cause });
    this.retryable = options.retryable ?? false;
  }
  /** A later attempt may succeed (throttling, a 5xx, a dropped connection). */
  readonly retryable: boolean;
}

/** The composed message is bigger than the transport accepts. */
export class MessageTooLargeError extends Error {
  override readonly name = 'MessageTooLargeError';
  constructor(readonly bytes: number, readonly limit: number) {
    super(`Composed message is ${bytes} bytes, over the ${limit}-byte limit`);
  }
}
