// A week of the user's job mail through the real pipeline over dynalite: the Quillbyte emails of the
// pipeline tests (confirmation Mon 2 Mar, interview invitation Wed 4 Mar for Tue 10 Mar, rejection
// Fri 13 Mar), an older application at Northwind Labs that has gone quiet, one message from a
// stranger and one redirect the user's trust rules cannot verify. Everything is invented by the project.
import { startEmbeddedStore } from '../../shared/local/embedded-store.ts';
import { DynamoDbApplicationStore } from '../../shared/store/dynamodb-application-store.ts';
import { fireDueUpTo } from '../../shared/pipeline/fire-due.ts';
import { processInbound, type InboundResult } from '../../shared/pipeline/process-inbound.ts';
import { composeForward, type OriginalSpec } from '../support/compose-mail.ts';
import type { DynamoEmulator } from '../support/emulators.ts';
import { tempDataDir } from '../local/local-helpers.ts';
import { confirmation, forwarded, inbound, interviewInvite, memoryPipeline, rejection, type MemoryPipeline } from '../pipeline/pipeline-support.ts';

export { confirmation, interviewInvite, rejection };

export const northwindConfirmation: OriginalSpec = {
  from: 'careers@northwindlabs.example',
  fromName: 'Northwind Labs Careers',
  date: new Date('2026-02-16T09:30:00+01:00'),
  subject: 'Application received: Site Reliability Engineer',
  messageId: '<nw-5521@northwindlabs.example>',
  text: [
    'Dear Casey,',
    '',
    'Thank you for your application for the Site Reliability Engineer position at Northwind Labs.',
    'We have received your application and will review it carefully.',
    '',
    'Kind regards,',
    'The Northwind Labs Recruiting Team',
  ].join('\n'),
};

/** A stranger's forward: its envelope sender is not one of the user's addresses, so it is ignored. */
export const strangerSpam: OriginalSpec = {
  from: 'promo@offers.example',
  date: new Date('2026-03-05T12:00:00+01:00'),
  subject: 'Interview invitation: guaranteed job',
  text: 'We would like to invite you to an interview. Click here.',
};

/**
 * A forward whose From is the employer's while the envelope is the user's (a redirect rule jobnudge
 * cannot verify): turned away, but it claims to be the user's, so it is recorded for them.
 */
export const redirected: OriginalSpec = {
  from: 'talent@quillbyte.example',
  date: new Date('2026-03-06T09:00:00+01:00'),
  subject: 'Reminder: your Quillbyte interview',
  text: 'This is a reminder of your interview on Tuesday.',
};

/** Monday 9 March 2026, 08:00 in Berlin: the default weekly digest time of that week. */
export const MONDAY_0800 = new Date('2026-03-09T08:00:00+01:00');

export interface DigestWorld {
  readonly pipeline: MemoryPipeline;
  readonly store: DynamoDbApplicationStore;
  receive(messageId: string, original: OriginalSpec): Promise<InboundResult>;
}

export async function digestWorld(dynamo: DynamoEmulator): Promise<DigestWorld> {
  return worldOn(new DynamoDbApplicationStore({ client: dynamo.documentClient, tableName: await dynamo.createTable() }));
}

/** The same world over a given DynamoDB store (the local run's embedded one). */
export function worldOn(store: DynamoDbApplicationStore): DigestWorld {
  const pipeline = memoryPipeline({ store, start: new Date('2026-02-16T09:00:00+01:00') });
  const receive = async (messageId: string, original: OriginalSpec): Promise<InboundResult> => {
    const at = new Date(original.date.getTime() + 10 * 60_000);
    await fireDueUpTo(new Date(at.getTime() - 1), pipeline.deps, pipeline);
    pipeline.clock.set(at);
    return processInbound(inbound(messageId, await forwarded(original), at), pipeline.deps);
  };
  return { pipeline, store, receive };
}

/** The week up to Monday 9 March 08:00: reminders due before then have fired. */
export async function weekOfMail(world: DigestWorld): Promise<void> {
  await world.receive('ses-northwind', northwindConfirmation);
  await world.receive('ses-confirm', confirmation);
  await world.receive('ses-invite', interviewInvite);
  const at = new Date(strangerSpam.date.getTime() + 60_000);
  world.pipeline.clock.set(at);
  const raw = await composeForward({ original: strangerSpam, from: 'promo@offers.example', forwardedAt: at });
  const input = inbound('ses-stranger', raw, at);
  await processInbound({ ...input, envelope: { ...input.envelope, source: 'promo@offers.example' } }, world.pipeline.deps);
  const redirectedAt = new Date(redirected.date.getTime() + 60_000);
  world.pipeline.clock.set(redirectedAt);
  const redirect = await composeForward({ original: redirected, from: redirected.from, forwardedAt: redirectedAt });
  await processInbound(inbound('ses-redirected', redirect, redirectedAt), world.pipeline.deps);
  await fireDueUpTo(MONDAY_0800, world.pipeline.deps, world.pipeline);
  world.pipeline.clock.set(MONDAY_0800);
}

/** A fresh data directory holding the week of mail, as `serve` would have left it. */
export async function seededDataDir(): Promise<string> {
  const dataDir = await tempDataDir();
  const embedded = await startEmbeddedStore(dataDir);
  try {
    await weekOfMail(worldOn(embedded.store));
  } finally {
    await embedded.stop();
  }
  return dataDir;
}
