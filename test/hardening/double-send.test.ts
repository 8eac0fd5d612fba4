import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MailSendError } from '../../shared/mailer/errors.ts';
import { buildAwsClients } from '../../shared/pipeline/aws-deps.ts';
import { SesMailer } from '../../shared/mailer/ses-mailer.ts';
import { fireReminder } from '../../shared/pipeline/index.ts';
import { startSesLocal } from '../mailer/ses-local.ts';
import { startFailingProxy } from './failing-proxy.ts';
import { jobMail } from './job-mail.ts';
import { startEmulators, parserPath, type Emulators } from './parser-harness.ts';
import { HARDENING_USER_SETTINGS, pipelineRig } from './pipeline-rig.ts';

// "SES accepted the reminder, then the answer was lost": the failing proxy forwards SendRawEmail to
// aws-ses-v2-local (which stores the email) and resets the connection before the reply. The SES
// client is built exactly as the Lambdas build it (buildAwsClients), so its retry setting is the
// one under test. Reminders are at-least-once (shared/mailer/delivery.ts): the lost answer costs
// exactly one extra copy, sent by the pipeline's own retry, never by the SDK behind its back.
let emulators: Emulators;

beforeAll(async () => {
  emulators = await startEmulators();
  vi.stubEnv('AWS_REGION', 'eu-central-1');
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDLOCALTEST');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'local-test-secret');
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await emulators?.stop();
});

describe('a reminder whose SES answer is lost', () => {
  it('is delivered, the firing fails so it is retried, and the retry adds exactly one copy', async () => {
    const ses = await startSesLocal();
    await ses.clear(); // aws-ses-v2-local keeps one store per process, shared by every instance
    const proxy = await startFailingProxy(ses.endpoint, 'ses');
    const clients = buildAwsClients({
      settings: HARDENING_USER_SETTINGS,
      tableName: 'unused',
      scheduler: { groupName: 'unused', roleArn: 'unused', deadLetterArn: 'unused' },
      endpoints: { dynamodb: null, ses: proxy.endpoint, scheduler: null },
    });
    try {
      const path = await parserPath(emulators);
      const rig = pipelineRig(path, { mailer: () => new SesMailer({ client: clients.ses, allowedRecipient: HARDENING_USER_SETTINGS.notifyAddress }) });
      await path.deliver('lost-reply', await jobMail('interview', { originalTag: 'lost-reply' }));
      await rig.inbound('lost-reply');
      const [first] = rig.scheduler.activeSchedules();
      if (!first) throw new Error('expected a schedule');
      rig.clock.set(first.dueAt);
      const stored = () => path.store.getReminder(first.payload.applicationId, first.payload.reminderId);

      let sends = 0;
      proxy.failWhen((request) => (request.method === 'POST' && ++sends === 1 ? 'drop-reply' : null));
      await expect(fireReminder(first.payload, rig.deps)).rejects.toBeInstanceOf(MailSendError);
      // SES has it; the SDK did not resend it on its own; the claim is back for the retry.
      expect(await ses.emails()).toHaveLength(1);
      expect(proxy.seen.filter((request) => request.method === 'POST')).toHaveLength(1);
      expect((await stored())?.status).toBe('pending');

      // The retry (Lambda's, the scheduler's) cannot know SES already took it: one more copy.
      expect(await fireReminder(first.payload, rig.deps)).toMatchObject({ status: 'sent' });
      expect(await fireReminder(first.payload, rig.deps)).toMatchObject({ status: 'dropped' });
      const delivered = await ses.emails();
      expect(delivered).toHaveLength(2);
      expect(new Set(delivered.map((email) => email.subject)).size).toBe(1);
      expect(delivered.every((email) => email.destination.to.join() === HARDENING_USER_SETTINGS.notifyAddress)).toBe(true);
      expect((await stored())?.status).toBe('sent');
    } finally {
      clients.ses.destroy();
      clients.dynamo.destroy();
      clients.scheduler.destroy();
      await proxy.stop();
      await ses.stop();
    }
  }, 60_000);

  it('is sent once when SES refused it (throttling): a refusal is not an acceptance', async () => {
    const ses = await startSesLocal();
    await ses.clear(); // aws-ses-v2-local keeps one store per process, shared by every instance
    const proxy = await startFailingProxy(ses.endpoint, 'ses');
    const clients = buildAwsClients({
      settings: HARDENING_USER_SETTINGS,
      tableName: 'unused',
      scheduler: { groupName: 'unused', roleArn: 'unused', deadLetterArn: 'unused' },
      endpoints: { dynamodb: null, ses: proxy.endpoint, scheduler: null },
    });
    try {
      const path = await parserPath(emulators);
      const rig = pipelineRig(path, { mailer: () => new SesMailer({ client: clients.ses, allowedRecipient: HARDENING_USER_SETTINGS.notifyAddress }) });
      await path.deliver('refused', await jobMail('interview', { originalTag: 'refused' }));
      await rig.inbound('refused');
      const [first] = rig.scheduler.activeSchedules();
      if (!first) throw new Error('expected a schedule');
      rig.clock.set(first.dueAt);

      proxy.failWhen((request) => (request.method === 'POST' ? 'throttle' : null));
      await expect(fireReminder(first.payload, rig.deps)).rejects.toBeInstanceOf(MailSendError);
      expect(await ses.emails()).toHaveLength(0);
      proxy.failWhen(() => null);
      expect(await fireReminder(first.payload, rig.deps)).toMatchObject({ status: 'sent' });
      expect(await ses.emails()).toHaveLength(1);
    } finally {
      clients.ses.destroy();
      clients.dynamo.destroy();
      clients.scheduler.destroy();
      await proxy.stop();
      await ses.stop();
    }
  }, 60_000);
});

// Notices are at most once (delivery.ts): marked sent before the send, so a lost SES answer fails
// the run once and the redelivery sends nothing more.
describe('a notice whose SES answer is lost', () => {
  it('is delivered once: the run fails, the redelivered SES event sends no second copy', async () => {
    const ses = await startSesLocal();
    await ses.clear();
    const proxy = await startFailingProxy(ses.endpoint, 'ses');
    const clients = buildAwsClients({
      settings: HARDENING_USER_SETTINGS,
      tableName: 'unused',
      scheduler: { groupName: 'unused', roleArn: 'unused', deadLetterArn: 'unused' },
      endpoints: { dynamodb: null, ses: proxy.endpoint, scheduler: null },
    });
    try {
      const path = await parserPath(emulators);
      const rig = pipelineRig(path, { mailer: () => new SesMailer({ client: clients.ses, allowedRecipient: HARDENING_USER_SETTINGS.notifyAddress }) });
      // Bytes from the user that are no email: quarantined with one "could not read" notice.
      await path.deliver('lost-notice', Buffer.from('this is a screenshot, not an email\n'));
      proxy.failWhen((request) => (request.method === 'POST' ? 'drop-reply' : null));
      await expect(rig.inbound('lost-notice')).rejects.toThrow();
      expect(await ses.emails()).toHaveLength(1);
      // The SDK did not resend on its own.
      expect(proxy.seen.filter((request) => request.method === 'POST')).toHaveLength(1);

      proxy.failWhen(() => null);
      expect(await rig.inbound('lost-notice')).toMatchObject({ outcome: 'quarantined', noticesSent: 0 });
      expect(await ses.emails()).toHaveLength(1);
      expect(proxy.seen.filter((request) => request.method === 'POST')).toHaveLength(1);
    } finally {
      clients.ses.destroy();
      clients.dynamo.destroy();
      clients.scheduler.destroy();
      await proxy.stop();
      await ses.stop();
    }
  }, 60_000);
});
