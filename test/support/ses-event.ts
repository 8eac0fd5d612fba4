import type { VerdictStatus } from '../../shared/ses/event-schema.ts';

export interface SesRecordSpec {
  readonly messageId: string;
  readonly source: string;
  readonly from?: string;
  readonly subject?: string;
  readonly verdicts?: Partial<Record<'spam' | 'virus' | 'spf' | 'dkim' | 'dmarc', VerdictStatus>>;
  readonly timestamp?: string;
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
            destination: ['jobs@inbox.example'],
            headersTruncated: false,
            headers: [
              { name: 'From', value: spec.from ?? spec.source },
              { name: 'To', value: 'jobs@inbox.example' },
              { name: 'Subject', value: spec.subject ?? 'Fwd: hello' },
            ],
            commonHeaders: {
              returnPath: spec.source,
              from: [spec.from ?? spec.source],
              date: 'Mon, 30 Nov 2026 12:00:00 +0000',
              to: ['jobs@inbox.example'],
              messageId: `<${spec.messageId}@example.org>`,
              subject: spec.subject ?? 'Fwd: hello',
            },
          },
          receipt: {
            timestamp,
            processingTimeMillis: 412,
            recipients: ['jobs@inbox.example'],
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
