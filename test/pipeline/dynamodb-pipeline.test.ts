// The same use cases over the DynamoDB adapter (dynalite on loopback): conditional writes and the
// compare-and-set of reminder statuses as DynamoDB evaluates them, not as the memory store does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoDbApplicationStore } from '../../shared/store/dynamodb-application-store.ts';
import { fireDueUpTo } from '../../shared/pipeline/fire-due.ts';
import { fireReminder } from '../../shared/pipeline/fire-reminder.ts';
import { processInbound } from '../../shared/pipeline/process-inbound.ts';
import { payloadFor } from '../../shared/scheduler/reminder-payload.ts';
import { startDynamo, type DynamoEmulator } from '../support/emulators.ts';
import { confirmation, forwarded, inbound, interviewInvite, memoryPipeline, rejection, type MemoryPipeline } from './pipeline-support.ts';
import type { OriginalSpec } from '../support/compose-mail.ts';

let dynamo: DynamoEmulator;

beforeAll(async () => {
  dynamo = await startDynamo();
});
afterAll(async () => {
  await dynamo?.stop();
});

async function dynamoPipeline(): Promise<{ pipeline: MemoryPipeline; store: DynamoDbApplicationStore }> {
  const store = new DynamoDbApplicationStore({ client: dynamo.documentClient, tableName: await dynamo.createTable() });
  return { pipeline: memoryPipeline({ store }), store };
}

async function receive(pipeline: MemoryPipeline, messageId: string, original: OriginalSpec) {
  const at = new Date(original.date.getTime() + 10 * 60_000);
  await fireDueUpTo(new Date(at.getTime() - 1), pipeline.deps, pipeline);
  pipeline.clock.set(at);
  return processInbound(inbound(messageId, await forwarded(original), at), pipeline.deps);
}

describe('pipeline on DynamoDB (dynalite)', () => {
  it('plans, re-plans, sends and cancels through the DynamoDB store as through the memory one', async () => {
    const { pipeline, store } = await dynamoPipeline();
    await receive(pipeline, 'ses-confirm', confirmation);
    const invite = await receive(pipeline, 'ses-invite', interviewInvite);
    expect(invite.reminders.cancelled.map((r) => r.reminderId).sort()).toEqual(['confirm-receipt.0', 'keep-applying.0']);
    const rejected = await receive(pipeline, 'ses-reject', rejection);

    const applicationId = rejected.outcome === 'processed' ? rejected.application?.id : undefined;
    if (!applicationId) throw new Error('expected an application');
    const byStatus: Record<string, string[]> = {};
    for (const r of await store.listReminders(applicationId)) (byStatus[r.status] ??= []).push(r.reminderId);
    expect(byStatus).toEqual({
      pending: ['ask-feedback.1', 'stay-in-touch.1'],
      sent: ['prepare.1', 'thank-you-email.1', 'thank-you-note.1'],
      cancelled: ['confirm-receipt.0', 'keep-applying.0', 'status-check.1'],
    });
    expect(pipeline.mailer.sent).toHaveLength(3);
  });

  it('sends a reminder once when two invocations race on DynamoDB', async () => {
    const { pipeline, store } = await dynamoPipeline();
    await receive(pipeline, 'ses-confirm', confirmation);
    await receive(pipeline, 'ses-invite', interviewInvite);
    const [prepare] = (await store.listAllReminders('pending')).filter((r) => r.rule === 'prepare');
    if (!prepare) throw new Error('no prepare reminder');
    pipeline.clock.set(new Date(prepare.fireAt));

    const results = await Promise.all([1, 2, 3].map(() => fireReminder(payloadFor(prepare), pipeline.deps)));

    expect(results.filter((r) => r.status === 'sent')).toHaveLength(1);
    expect(pipeline.mailer.sent).toHaveLength(1);
    expect(await store.getReminder(prepare.applicationId, prepare.reminderId)).toMatchObject({ status: 'sent' });
  });
});
