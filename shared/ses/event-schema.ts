import * as z from 'zod';

/** Every verdict SES can give; GRAY means "could not decide", PROCESSING_FAILED "did not run". */
export const VERDICT_STATUSES = ['PASS', 'FAIL', 'GRAY', 'PROCESSING_FAILED', 'DISABLED'] as const;
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];

export const SesVerdictSchema = z.object({ status: z.enum(VERDICT_STATUSES) });

export const SesHeaderSchema = z.object({ name: z.string(), value: z.string() });

export const SesCommonHeadersSchema = z.object({
  returnPath: z.string().optional(),
  from: z.array(z.string()).optional(),
  sender: z.string().optional(),
  replyTo: z.array(z.string()).optional(),
  date: z.string().optional(),
  to: z.array(z.string()).optional(),
  cc: z.array(z.string()).optional(),
  messageId: z.string().optional(),
  subject: z.string().optional(),
});

export const SesMailSchema = z.object({
  timestamp: z.iso.datetime({ offset: true }),
  /** Envelope sender (SMTP MAIL FROM), not the From header. */
  source: z.string(),
  /** SES's own id: also the name of the raw object under the S3 action's prefix. */
  messageId: z.string().min(1).regex(/^[A-Za-z0-9._-]+$/, { message: 'must be a plain SES message id' }),
  destination: z.array(z.string()),
  headersTruncated: z.boolean().optional(),
  headers: z.array(SesHeaderSchema).default([]),
  commonHeaders: SesCommonHeadersSchema.default({}),
});

export const SesReceiptActionSchema = z.object({
  type: z.string(),
  functionArn: z.string().optional(),
  invocationType: z.string().optional(),
});

export const SesReceiptSchema = z.object({
  timestamp: z.iso.datetime({ offset: true }).optional(),
  processingTimeMillis: z.number().optional(),
  recipients: z.array(z.string()),
  spamVerdict: SesVerdictSchema,
  virusVerdict: SesVerdictSchema,
  spfVerdict: SesVerdictSchema,
  dkimVerdict: SesVerdictSchema,
  dmarcVerdict: SesVerdictSchema,
  dmarcPolicy: z.string().optional(),
  action: SesReceiptActionSchema,
});

export const SesRecordSchema = z.object({
  eventSource: z.literal('aws:ses'),
  eventVersion: z.string(),
  ses: z.object({ mail: SesMailSchema, receipt: SesReceiptSchema }),
});

/** The event an SES receipt rule's Lambda action delivers: headers and verdicts, never the body. */
export const SesEventSchema = z.object({ Records: z.array(SesRecordSchema).min(1) });

export type SesRecord = z.infer<typeof SesRecordSchema>;
export type SesEvent = z.infer<typeof SesEventSchema>;
