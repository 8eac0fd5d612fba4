// A reminder goes out with a Reply-To jobnudge receives; the user's reply to it is trusted like a
// hand forward, applied, and answered with exactly one short email. Real ingest, policy, renderer and
// composer; in-memory store, recording scheduler and mailer.
import { simpleParser } from 'mailparser';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { describe, expect, it } from 'vitest';
import { fireDueUpTo } from '../../shared/pipeline/fire-due.ts';
import { processInbound } from '../../shared/pipeline/process-inbound.ts';
import { USER_ADDRESS } from '../support/compose-mail.ts';
import { confirmation, forwarded, inbound, memoryPipeline, pipelineSettings } from '../pipeline/pipeline-support.ts';

const INGEST = 'jobs@inbox.example';

async function build(composer: MailComposer): Promise<Buffer> {
  return new Promise((resolve, reject) => composer.compile().build((error, message) => (error ? reject(error) : resolve(message))));
}

/** A first reminder sent, and how to reply to it the way a mail client does. */
async function sentReminder() {
  const pipeline = memoryPipeline();
  const deps = { ...pipeline.deps, settings: pipelineSettings({ replyTo: INGEST }) };
  await processInbound(inbound('fwd-confirm', await forwarded(confirmation), pipeline.clock.now()), deps);
  // The recruiter confirmed receipt by name, so the first reminder is keep-applying (+30 days).
  const fired = await fireDueUpTo(new Date('2026-04-02T00:00:00Z'), deps, pipeline);
  expect(fired[0]?.status).toBe('sent');
  const reminder = pipeline.mailer.sent[0];
  if (!reminder) throw new Error('no reminder sent');
  const parsed = await simpleParser(reminder.raw);
  let count = 0;
  const reply = async (text: string) => {
    const raw = await build(
      new MailComposer({
        from: USER_ADDRESS,
        to: parsed.replyTo?.value[0]?.address ?? 'missing Reply-To',
        subject: `Re: ${parsed.subject ?? ''}`,
        date: pipeline.clock.now(),
        inReplyTo: parsed.messageId,
        references: [parsed.messageId ?? ''],
        text,
      }),
    );
    return processInbound(inbound(`reply-${++count}`, raw, pipeline.clock.now()), deps);
  };
  return { pipeline, parsed, reply };
}

describe('replies to reminders arrive and are acknowledged', () => {
  it('sends every reminder with Reply-To the ingest address', async () => {
    const { parsed } = await sentReminder();
    expect(parsed.replyTo?.value.map((entry) => entry.address)).toEqual([INGEST]);
  });

  it('answers "snooze 3d" with one line giving the new local time, once, however often the reply arrives', async () => {
    const { pipeline, reply } = await sentReminder();
    const before = pipeline.mailer.sent.length;
    const result = await reply('snooze 3d');
    expect(result).toMatchObject({ outcome: 'processed', reason: expect.stringMatching(/^command: snooze/) as unknown, noticesSent: 1 });
    const ack = pipeline.mailer.sent.slice(before);
    expect(ack.map((sent) => sent.message.subject)).toEqual([expect.stringMatching(/^jobnudge: Snoozed until \w{3} \d{1,2} \w{3}, 09:00: Quillbyte/)]);
    expect(ack[0]?.message.to).toBe(USER_ADDRESS);
    expect(ack[0]?.message.replyTo).toBe(INGEST);
  });

  it('answers "done" and "stop" with their own one-line acknowledgements', async () => {
    const { pipeline, reply } = await sentReminder();
    const before = pipeline.mailer.sent.length;
    await reply('done');
    await reply('stop');
    expect(pipeline.mailer.sent.slice(before).map((sent) => sent.message.subject)).toEqual([
      // The pipeline's confirmation is the careers inbox naming the recruiter: the receipt check goes first.
      expect.stringMatching(/^jobnudge: Marked done: the confirm-receipt reminder for Quillbyte/),
      expect.stringMatching(/^jobnudge: Stopped: no more reminders for Quillbyte \(\d+ cancelled\)/),
    ]);
  });

  it('answers a command it cannot read with the help it already gives, not an acknowledgement', async () => {
    const { pipeline, reply } = await sentReminder();
    const before = pipeline.mailer.sent.length;
    await reply('maybe later');
    expect(pipeline.mailer.sent.slice(before).map((sent) => sent.message.subject)).toEqual(['jobnudge: commands you can reply with']);
  });
});
