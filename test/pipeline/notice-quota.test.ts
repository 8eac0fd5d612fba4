import { describe, expect, it } from 'vitest';
import { MAX_NOTICES_PER_DAY } from '../../shared/pipeline/notice-quota.ts';
import { processInbound } from '../../shared/pipeline/process-inbound.ts';
import { USER_ADDRESS } from '../support/compose-mail.ts';
import { sesTrustInput } from '../support/ses-event.ts';
import { inbound, memoryPipeline, type MemoryPipeline } from './pipeline-support.ts';

// Bytes from the user that are no email: each one earns a "could not read" notice, until the day's are used up.
async function unreadable(pipeline: MemoryPipeline, messageId: string) {
  const input = { ...inbound(messageId, Buffer.from(`not an email ${messageId}\n`), pipeline.clock.now()), trust: sesTrustInput({ source: USER_ADDRESS }) };
  return processInbound(input, pipeline.deps);
}

describe('notices are limited per day', () => {
  it(`mails at most ${MAX_NOTICES_PER_DAY} notices a day, leaves the rest pending, and mails again the next day`, async () => {
    const pipeline = memoryPipeline({ start: new Date('2026-03-02T09:00:00+01:00') });
    const results = [];
    for (let i = 0; i < MAX_NOTICES_PER_DAY + 2; i++) results.push(await unreadable(pipeline, `flood-${i}`));

    expect(results.every((result) => result.outcome === 'quarantined')).toBe(true);
    expect(pipeline.mailer.sent).toHaveLength(MAX_NOTICES_PER_DAY);
    expect(results.slice(-2).map((result) => result.noticesSent)).toEqual([0, 0]);
    expect(await pipeline.store.listNotices('pending')).toHaveLength(2);
    expect(pipeline.logger.entries.some((entry) => entry.message === 'notice over the daily limit, not mailed')).toBe(true);

    // A retry of a message whose notice was mailed does not take another slot or mail again.
    const retry = await unreadable(pipeline, 'flood-0');
    expect(retry).toMatchObject({ replayed: true, noticesSent: 0 });

    pipeline.clock.set(new Date('2026-03-03T09:00:00+01:00'));
    const nextDay = await unreadable(pipeline, 'next-day');
    expect(nextDay.noticesSent).toBe(1);
    expect(pipeline.mailer.sent).toHaveLength(MAX_NOTICES_PER_DAY + 1);
  });
});
