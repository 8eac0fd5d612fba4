import type { TrustInput } from '../../shared/applications/trust.ts';
import type { VerdictStatus } from '../../shared/ses/event-schema.ts';
import { parseSesEvent } from '../../shared/ses/parse-event.ts';
import { trustInputFromSesRecord } from '../../shared/ses/trust-input.ts';

export interface SesRecordSpec {
  readonly messageId: string;
  readonly source: string;
  readonly from?: string;
  readonly subject?: string;
  readonly verdicts?: Partial<Record<'spam' | 'virus' | 'spf' | 'dkim' | 'dmarc', VerdictStatus>>;
  readonly timestamp?: string;
  /** The event's header list; by default From, To and Subject built from the fields above. */
  readonly headers?: readonly { name: string; value: string }[];
  /** `commonHeaders.from`; by default the From above. */
  readonly commonFrom?: readonly string[];
  readonly recipients?: readonly string[];
  readonly headersTruncated?: boolean;
}

/** An SES receipt-rule Lambda event as SES sends it (one record, Event invocation). */
export function sesEvent(spec: SesRecordSpec) {
  const verdict = (name: 'spam' | 'virus' | 'spf' | 'dkim' | 'dmarc') => ({ status: spec.verdicts?.[name] ?? 'PASS' });
  const timestamp = spec.timestamp ?? '2026-11-30T12:00:00.000Z';
  return {
    Records: [
      {
        eventSource: 'aws:ses',
        eventVersion: '1.0',
        ses: {
          mail: {
            timestamp,
            source: spec.source,
            messageId: spec.messageId,
            destination: [...(spec.recipients ?? ['jobs@inbox.example'])],
            headersTruncated: spec.headersTruncated ?? false,
            headers: spec.headers ?? [
              { name: 'From', value: spec.from ?? spec.source },
              { name: 'To', value: 'jobs@inbox.example' },
              { name: 'Subject', value: spec.subject ?? 'Fwd: hello' },
            ],
            commonHeaders: {
              returnPath: spec.source,
              from: [...(spec.commonFrom ?? [spec.from ?? spec.source])],
              date: 'Mon, 30 Nov 2026 12:00:00 +0000',
              to: ['jobs@inbox.example'],
              messageId: `<${spec.messageId}@example.org>`,
              subject: spec.subject ?? 'Fwd: hello',
            },
          },
          receipt: {
            timestamp,
            processingTimeMillis: 412,
            recipients: [...(spec.recipients ?? ['jobs@inbox.example'])],
            spamVerdict: verdict('spam'),
            virusVerdict: verdict('virus'),
            spfVerdict: verdict('spf'),
            dkimVerdict: verdict('dkim'),
            dmarcVerdict: verdict('dmarc'),
            dmarcPolicy: 'none',
            action: {
              type: 'Lambda',
              functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:jobnudge-parser',
              invocationType: 'Event',
            },
          },
        },
      },
    ],
  };
}

/** What the parser's trust decision reads from such an event (the real SES path, for ingest-level tests). */
export function sesTrustInput(spec: Omit<SesRecordSpec, 'messageId'>): TrustInput {
  const [record] = parseSesEvent(sesEvent({ messageId: 'trust-input', ...spec })).Records;
  if (!record) throw new Error('sesEvent built no record');
  return trustInputFromSesRecord(record);
}
