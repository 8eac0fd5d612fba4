import * as z from '../config/zod-mini.ts';

/** Every verdict SES can give; GRAY means "could not decide", PROCESSING_FAILED "did not run". */
export const VERDICT_STATUSES = ['PASS', 'FAIL', 'GRAY', 'PROCESSING_FAILED', 'DISABLED'] as const;
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];

export const SesVerdictSchema = z.object({ status: z.enum(VERDICT_STATUSES) });

export const SesHeaderSchema = z.object({ name: z.string(), value: z.string() });

export const SesCommonHeadersSchema = z.object({
  returnPath: z.optional(z.string()),
  from: z.optional(z.array(z.string())),
  sender: z.optional(z.string()),
  replyTo: z.optional(z.array(z.string())),
  date: z.optional(z.string()),
  to: z.optional(z.array(z.string())),
  cc: z.optional(z.array(z.string())),
  messageId: z.optional(z.string()),
  subject: z.optional(z.string()),
});

export const SesMailSchema = z.object({
  timestamp: z.iso.datetime({ offset: true }),
  /** Envelope sender (SMTP MAIL FROM), not the From header. */
  source: z.string(),
  /** SES's own id: also the name of the raw object under the S3 action's prefix. */
  messageId: z.string().check(z.minLength(1), z.regex(/^[A-Za-z0-9._-]+$/, { message: 'must be a plain SES message id' })),
  destination: z.array(z.string()),
  headersTruncated: z.optional(z.boolean()),
  headers: z._default(z.array(SesHeaderSchema), []),
  commonHeaders: z._default(SesCommonHeadersSchema, {}),
});

export const SesReceiptActionSchema = z.object({
  type: z.string(),
  functionArn: z.optional(z.string()),
  invocationType: z.optional(z.string()),
});

export const SesReceiptSchema = z.object({
  timestamp: z.optional(z.iso.datetime({ offset: true })),
  processingTimeMillis: z.optional(z.number()),
  recipients: z.array(z.string()),
  spamVerdict: SesVerdictSchema,
  virusVerdict: SesVerdictSchema,
  spfVerdict: SesVerdictSchema,
  dkimVerdict: SesVerdictSchema,
  dmarcVerdict: SesVerdictSchema,
  dmarcPolicy: z.optional(z.string()),
  action: SesReceiptActionSchema,
});

export const SesRecordSchema = z.object({
  eventSource: z.literal('aws:ses'),
  eventVersion: z.string(),
  ses: z.object({ mail: SesMailSchema, receipt: SesReceiptSchema }),
});

/** The event an SES receipt rule's Lambda action delivers: headers and verdicts, never the body. */
export const SesEventSchema = z.object({ Records: z.array(SesRecordSchema).check(z.minLength(1)) });

export type SesRecord = z.infer<typeof SesRecordSchema>;
export type SesEvent = z.infer<typeof SesEventSchema>;
