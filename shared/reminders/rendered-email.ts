/** A file that goes with a rendered email (the interview .ics). */
export interface RenderedAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly content: string;
}

/** A reminder or notice ready for a Mailer: one-line subject, plain text and HTML alternatives. */
export interface RenderedEmail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly attachments: readonly RenderedAttachment[];
}
