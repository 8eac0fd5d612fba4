import type { MessageEnvelope } from '../applications/envelope.ts';
import type { SesRecord } from './event-schema.ts';

/** The part of an SES receipt record the ingest use case needs (verdicts and envelope sender). */
export function envelopeFromSesRecord(record: SesRecord): MessageEnvelope {
  const { mail, receipt } = record.ses;
  return {
    source: mail.source,
    verdicts: {
      spam: receipt.spamVerdict.status,
      virus: receipt.virusVerdict.status,
      spf: receipt.spfVerdict.status,
      dkim: receipt.dkimVerdict.status,
      dmarc: receipt.dmarcVerdict.status,
    },
  };
}
