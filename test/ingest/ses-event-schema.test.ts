import { describe, expect, it } from 'vitest';
import { envelopeFromSesRecord } from '../../shared/ses/envelope.ts';
import { SesEventSchema } from '../../shared/ses/event-schema.ts';
import { InvalidSesEventError, parseSesEvent } from '../../shared/ses/parse-event.ts';
import { sesEvent } from '../support/ses-event.ts';

/** An SES receipt event written out in full, as the Lambda receives it. */
const EXAMPLE = {
  Records: [
    {
      eventSource: 'aws:ses',
      eventVersion: '1.0',
      ses: {
        mail: {
          timestamp: '2026-11-30T12:00:00.000Z',
          source: 'casey.user+caf_=jobs=inbox.example@example.org',
          messageId: 'o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g1',
          destination: ['jobs@inbox.example'],
          headersTruncated: false,
          headers: [{ name: 'Subject', value: 'Fwd: Interview' }],
          commonHeaders: { returnPath: 'casey.user@example.org', from: ['Casey <casey.user@example.org>'], subject: 'Fwd: Interview' },
        },
        receipt: {
          timestamp: '2026-11-30T12:00:00.000Z',
          processingTimeMillis: 222,
          recipients: ['jobs@inbox.example'],
          spamVerdict: { status: 'PASS' },
          virusVerdict: { status: 'PASS' },
          spfVerdict: { status: 'GRAY' },
          dkimVerdict: { status: 'PASS' },
          dmarcVerdict: { status: 'PASS' },
          dmarcPolicy: 'reject',
          action: { type: 'Lambda', functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:parser', invocationType: 'Event' },
        },
      },
    },
  ],
};

describe('SesEventSchema', () => {
  it('accepts a full SES receipt event and turns it into the envelope ingest uses', () => {
    const event = parseSesEvent(EXAMPLE);
    const record = event.Records[0];
    if (!record) throw new Error('no record');
    expect(envelopeFromSesRecord(record)).toEqual({
      source: 'casey.user+caf_=jobs=inbox.example@example.org',
      verdicts: { spam: 'PASS', virus: 'PASS', spf: 'GRAY', dkim: 'PASS', dmarc: 'PASS' },
    });
    expect(SesEventSchema.safeParse(sesEvent({ messageId: 'abc', source: 'a@b.example' })).success).toBe(true);
  });

  it('names every wrong field of a malformed event', () => {
    const broken = structuredClone(EXAMPLE) as { Records: { ses: { mail: Record<string, unknown>; receipt: Record<string, unknown> } }[] };
    const record = broken.Records[0];
    if (!record) throw new Error('no record');
    record.ses.mail.messageId = '../../etc/passwd';
    record.ses.receipt.spamVerdict = { status: 'MAYBE' };
    try {
      parseSesEvent(broken);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidSesEventError);
      const problems = (error as InvalidSesEventError).problems.join('\n');
      expect(problems).toMatch(/Records\.0\.ses\.mail\.messageId/);
      expect(problems).toMatch(/Records\.0\.ses\.receipt\.spamVerdict\.status/);
    }
  });

  it('rejects an event with no records', () => {
    expect(() => parseSesEvent({ Records: [] })).toThrow(InvalidSesEventError);
  });
});
