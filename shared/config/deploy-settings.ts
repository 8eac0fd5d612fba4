import * as z from 'zod';
import { RetentionSchema } from '../store/retention.ts';
import { UserSettingsSchema } from './settings.ts';
import { parseOrThrow } from './zod-errors.ts';

/**
 * Regions whose SES endpoint accepts inbound mail (an `inbound-smtp.<region>.amazonaws.com` MX host),
 * per the "Email receiving endpoints" table of the AWS General Reference page "Amazon Simple Email
 * Service endpoints and quotas". Deploying elsewhere creates a rule set that never receives anything,
 * so synth refuses. Extend this list when AWS adds receiving regions.
 */
export const SES_RECEIVING_REGIONS = [
  'us-east-1',
  'us-east-2',
  'us-west-2',
  'ca-central-1',
  'eu-west-1',
  'eu-west-2',
  'eu-central-1',
  'eu-north-1',
  'ap-south-1',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-northeast-1',
] as const;
export type SesReceivingRegion = (typeof SES_RECEIVING_REGIONS)[number];

/**
 * Parser runs allowed at once by default. Mail for one person arrives a few messages at a time; the
 * cap is what bounds the bill (and the SES/DynamoDB calls) when someone floods the ingest address.
 */
export const DEFAULT_PARSER_CONCURRENCY = 2;
export const MAX_PARSER_CONCURRENCY = 50;

// A secret long enough not to be guessed, in characters every mail system keeps in a local part.
const INGEST_SECRET_PATTERN = /^[a-z0-9]{16,64}$/;

/** How long raw MIME stays in S3 at most; S3 lifecycle rules accept whole days. */
export const MAX_RAW_RETENTION_DAYS = 3650;

// One label: letters, digits and inner hyphens, at most 63 characters (RFC 1035).
const DOMAIN_PATTERN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
// The part before "@" of the ingest address; kept to characters every mail system accepts unquoted.
const LOCAL_PART_PATTERN = /^[a-z0-9](?:[a-z0-9._+-]{0,62}[a-z0-9])?$/;

const domainName = z
  .string()
  .transform((name) => name.trim().toLowerCase().replace(/\.$/, ''))
  .pipe(z.string().regex(DOMAIN_PATTERN, { message: 'must be a domain name such as "jobs.example.com"' }));

export const HostedZoneSchema = z
  .object({
    /** Route 53 hosted zone id, e.g. "Z0123456789ABCDEFGHIJ". */
    id: z.string().regex(/^[A-Z0-9]{1,32}$/, { message: 'must be a Route 53 hosted zone id such as "Z0123456789ABCDEFGHIJ"' }),
    /** The zone's name: the receiving domain itself or a parent of it. */
    name: domainName,
  })
  .strict();
export type HostedZone = z.infer<typeof HostedZoneSchema>;

/** Everything `cdk synth` needs: where and how to deploy, plus the user's own settings. */
export const DeploySettingsSchema = z
  .object({
    /** AWS region to deploy to; must offer SES email receiving. */
    region: z.enum(SES_RECEIVING_REGIONS, {
      message: `must be a region where SES receives email: ${SES_RECEIVING_REGIONS.join(', ')}`,
    }),
    /** The receiving domain; a subdomain you use for nothing else is safest ("jobs.example.com"). */
    domain: domainName,
    /** The ingest address is `<ingestLocalPart>@<domain>`. */
    ingestLocalPart: z
      .string()
      .transform((part) => part.trim().toLowerCase())
      .pipe(z.string().regex(LOCAL_PART_PATTERN, { message: 'must be the part before "@" such as "jobs"' }))
      .default('jobs'),
    /**
     * Optional: also receive `<ingestLocalPart>+<ingestSecret>@<domain>`, accepted from any sender
     * whose mail passed the spam and virus scans (for forwarding that cannot be verified).
     */
    ingestSecret: z
      .string()
      .regex(INGEST_SECRET_PATTERN, { message: 'must be 16 to 64 lower-case letters and digits (it is part of an email address)' })
      .optional(),
    /**
     * Reserved concurrency of the parser (a cost guard); null reserves none, which accounts still at
     * Lambda's initial 10-execution quota need (AWS keeps 10 unreserved).
     */
    parserConcurrency: z
      .number({ message: `must be a whole number from 1 to ${MAX_PARSER_CONCURRENCY}, or null` })
      .int({ message: `must be a whole number from 1 to ${MAX_PARSER_CONCURRENCY}, or null` })
      .min(1, { message: `must be a whole number from 1 to ${MAX_PARSER_CONCURRENCY}, or null` })
      .max(MAX_PARSER_CONCURRENCY, { message: `must be a whole number from 1 to ${MAX_PARSER_CONCURRENCY}, or null` })
      .nullable()
      .default(DEFAULT_PARSER_CONCURRENCY),
    /** Days raw forwarded mail is kept in S3 before it expires. */
    rawRetentionDays: z.number().int().min(1).max(MAX_RAW_RETENTION_DAYS).default(30),
    /** Days each kind of table item is kept (shared/store/retention.ts; defaults in the README). */
    retention: z.prefault(RetentionSchema, {}),
    /** When given, the stack writes the MX and DKIM records into this Route 53 zone. */
    hostedZone: HostedZoneSchema.optional(),
    /** Where alarm notifications go; defaults to the user's notifyAddress. */
    alarmEmail: z.email({ message: 'must be an email address' }).optional(),
    user: UserSettingsSchema,
  })
  .strict()
  .superRefine((settings, ctx) => {
    // zod still runs this after field errors; compare only fields that are themselves valid, so one
    // mistake yields one message.
    if (!DOMAIN_PATTERN.test(settings.domain)) return;
    const senderDomain = domainOf(settings.user.senderAddress);
    if (settings.user.senderAddress.includes('@') && !isSameOrSubdomain(senderDomain, settings.domain)) {
      ctx.addIssue({
        code: 'custom',
        path: ['user', 'senderAddress'],
        message: `must be an address on the receiving domain "${settings.domain}" (the stack verifies only that domain for sending)`,
      });
    }
    if (settings.hostedZone && DOMAIN_PATTERN.test(settings.hostedZone.name) && !isSameOrSubdomain(settings.domain, settings.hostedZone.name)) {
      ctx.addIssue({
        code: 'custom',
        path: ['hostedZone', 'name'],
        message: `must be "${settings.domain}" or a parent of it, so the MX and DKIM records land in that zone`,
      });
    }
    for (const derived of ['replyTo', 'ingestSecretAddress'] as const) {
      if (settings.user[derived] !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['user', derived],
          message: 'is set by the stack (from ingestLocalPart and ingestSecret); remove it',
        });
      }
    }
    const ingest = `${settings.ingestLocalPart}@${settings.domain}`;
    if (settings.user.allowedSenders.some((sender) => sender.toLowerCase() === ingest)) {
      ctx.addIssue({
        code: 'custom',
        path: ['user', 'allowedSenders'],
        message: `must not contain the ingest address ${ingest} itself (mail would loop)`,
      });
    }
  });
export type DeploySettings = z.infer<typeof DeploySettingsSchema>;
export type DeploySettingsInput = z.input<typeof DeploySettingsSchema>;

/** Parse deploy settings or throw a ConfigError naming every wrong field. */
export function parseDeploySettings(value: unknown, source: string): DeploySettings {
  return parseOrThrow(DeploySettingsSchema, value, source);
}

/** The address the user forwards job mail to. */
export function ingestAddress(settings: Pick<DeploySettings, 'ingestLocalPart' | 'domain'>): string {
  return `${settings.ingestLocalPart}@${settings.domain}`;
}

/** The secret ingest address, when `ingestSecret` is configured. */
export function secretIngestAddress(settings: Pick<DeploySettings, 'ingestLocalPart' | 'domain' | 'ingestSecret'>): string | null {
  return settings.ingestSecret === undefined ? null : `${settings.ingestLocalPart}+${settings.ingestSecret}@${settings.domain}`;
}

/**
 * Every address the receipt rule accepts: the ingest address (also every reminder's Reply-To), the
 * sender address (a client that ignores Reply-To answers the From), and the secret address.
 */
export function receivedAddresses(settings: DeploySettings): string[] {
  const secret = secretIngestAddress(settings);
  return [...new Set([ingestAddress(settings), settings.user.senderAddress.toLowerCase(), ...(secret ? [secret] : [])])];
}

/** The user settings the functions run with: the configured ones plus what the stack derives. */
export function functionUserSettings(settings: DeploySettings): DeploySettings['user'] {
  const secret = secretIngestAddress(settings);
  return { ...settings.user, replyTo: ingestAddress(settings), ...(secret ? { ingestSecretAddress: secret } : {}) };
}

/** SES's inbound SMTP host for a region: the value of the MX record. */
export function inboundSmtpHost(region: SesReceivingRegion): string {
  return `inbound-smtp.${region}.amazonaws.com`;
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

function isSameOrSubdomain(name: string, parent: string): boolean {
  return name === parent || name.endsWith(`.${parent}`);
}
