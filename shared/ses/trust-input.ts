import type { TrustInput } from '../applications/trust.ts';
import { readTrustHeaders } from '../applications/trust-headers.ts';
import { envelopeFromSesRecord } from './envelope.ts';
import type { SesRecord } from './event-schema.ts';

/**
 * What the trust decision needs, all from the SES event: SES lists every header of the message
 * (unless `headersTruncated`), its own reading of From: in `commonHeaders`, and its verdicts, so
 * strangers are turned away before the raw message is fetched from S3.
 */
export function trustInputFromSesRecord(record: SesRecord): TrustInput {
  const { mail, receipt } = record.ses;
  return {
    envelope: envelopeFromSesRecord(record),
    recipients: receipt.recipients,
    headers: readTrustHeaders(mail.headers),
    commonFrom: mail.commonHeaders.from ?? [],
    headersTruncated: mail.headersTruncated ?? false,
  };
}
