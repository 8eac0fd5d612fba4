/** A file attached to an outgoing email (the `prepare` reminder's .ics, for instance). */
export interface OutgoingAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly content: string | Uint8Array;
}

/** One email from jobnudge to its user. */
export interface OutgoingMessage {
  /** Must be the configured user address (settings.notifyAddress): anything else is refused. */
  readonly to: string;
  /** The sender address (settings.senderAddress); its domain also names the Message-ID. */
  readonly from: string;
  /**
   * Where the user's reply goes (settings.replyTo): an address jobnudge receives, so reply commands
   * arrive. A single bare address, like From.
   */
  readonly replyTo?: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly attachments: readonly OutgoingAttachment[];
  /**
   * Caller-given key that becomes the Message-ID `<key@sender-domain>` (see message-id.ts:
   * reminderMessageKey, noticeMessageKey), so a reply can be matched to what it answers.
   */
  readonly messageKey: string;
  /** Extra headers: `X-…` names, `In-Reply-To`, `References`. Addressing headers are refused. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Date header; the composer uses the current time when absent. */
  readonly date?: Date;
}

export interface SendResult {
  /** The Message-ID jobnudge wrote, with angle brackets. */
  readonly messageId: string;
  /**
   * What the transport called it: SES's MessageId (SES replaces the Message-ID header with
   * `<that@…amazonses.com>`, so replies reference this one), the SMTP reply, or the outbox file path.
   */
  readonly transportMessageId: string | null;
}

/** Port: sends one composed email to the user. */
export interface Mailer {
  send(message: OutgoingMessage): Promise<SendResult>;
}
