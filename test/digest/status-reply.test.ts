// Reply `status` to any jobnudge email: the digest now, at most one an hour; a stranger's `status`
// does nothing. Through the real pipeline over dynalite, after the week of mail.
import { parse } from 'csv-parse/sync';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asksForStatus } from '../../shared/commands/status-request.ts';
import type { Mailer, OutgoingMessage, SendResult } from '../../shared/mailer/mailer.ts';
import { fireWeeklyDigest, STATUS_DIGEST_INTERVAL_MINUTES } from '../../shared/pipeline/fire-digest.ts';
import { processInbound } from '../../shared/pipeline/process-inbound.ts';
import { composeReply, quoted, STRANGER } from '../commands/reply-world.ts';
import { startDynamo, type DynamoEmulator } from '../support/emulators.ts';
import { inbound } from '../pipeline/pipeline-support.ts';
import { digestWorld, MONDAY_0800, weekOfMail, type DigestWorld } from './digest-world.ts';

let dynamo: DynamoEmulator;
beforeAll(async () => {
  dynamo = await startDynamo();
});
afterAll(async () => {
  await dynamo?.stop();
});

const STATUS_SUBJECT = 'Where your job search stands: 2 open applications, 1 interview in the next 7 days';

async function aReminder(world: DigestWorld): Promise<{ applicationId: string; reminderId: string }> {
  // Any reminder of the week will do: `status` needs no particular one.
  const [reminder] = (await world.store.listAllReminders()).sort((a, b) => a.fireAt.localeCompare(b.fireAt));
  if (!reminder) throw new Error('no reminder was planned during the week');
  return { applicationId: reminder.applicationId, reminderId: reminder.reminderId };
}

async function replyStatus(world: DigestWorld, messageId: string, at: Date, to: Parameters<typeof composeReply>[0]['to'], from?: string) {
  world.pipeline.clock.set(at);
  const raw = await composeReply({ to, text: quoted('Status'), date: at, ...(from ? { from } : {}) });
  const input = inbound(messageId, raw, at);
  return processInbound(from ? { ...input, envelope: { ...input.envelope, source: from } } : input, world.pipeline.deps);
}

describe('status reply', () => {
  it('answers a reply to a reminder with the digest now, CSV attached, and a second status within the hour with nothing', async () => {
    const world = await digestWorld(dynamo);
    await weekOfMail(world);
    const before = world.pipeline.mailer.sent.length;
    const at = new Date(MONDAY_0800.getTime() + 2 * 3_600_000);

    const first = await replyStatus(world, 'ses-status-1', at, await aReminder(world));
    expect(first).toMatchObject({ outcome: 'processed', reason: 'command: status: digest requested' });
    expect(world.pipeline.mailer.sent).toHaveLength(before + 1);
    const digest = world.pipeline.mailer.sent.at(-1);
    expect(digest?.message.subject).toBe(STATUS_SUBJECT);
    const mail = await simpleParser(digest?.raw ?? Buffer.alloc(0));
    expect(mail.attachments.map((a) => a.filename)).toEqual(['applications.csv']);
    expect(parse(mail.attachments[0]?.content ?? '', { bom: true, columns: true })).toHaveLength(2);

    const again = await replyStatus(world, 'ses-status-2', new Date(at.getTime() + 10 * 60_000), await aReminder(world));
    expect(again.outcome).toBe('processed');
    expect(world.pipeline.mailer.sent).toHaveLength(before + 1);
  });

  it('works as a reply to the digest itself, once the hour has passed', async () => {
    const world = await digestWorld(dynamo);
    await weekOfMail(world);
    await fireWeeklyDigest(MONDAY_0800, world.pipeline.deps);
    const weekly = world.pipeline.mailer.sent.at(-1);
    expect(weekly?.message.subject).toMatch(/^Your job search this week/);
    const count = world.pipeline.mailer.sent.length;

    const at = new Date(MONDAY_0800.getTime() + (STATUS_DIGEST_INTERVAL_MINUTES + 5) * 60_000);
    await replyStatus(world, 'ses-status-digest', at, { noticeId: 'weekly.2026-W11' });
    expect(world.pipeline.mailer.sent).toHaveLength(count + 1);
    expect(world.pipeline.mailer.sent.at(-1)?.message.subject).toBe(STATUS_SUBJECT);
  });

  it('a status from a stranger does nothing', async () => {
    const world = await digestWorld(dynamo);
    await weekOfMail(world);
    const before = world.pipeline.mailer.sent.length;
    const result = await replyStatus(world, 'ses-status-stranger', new Date(MONDAY_0800.getTime() + 3_600_000), await aReminder(world), STRANGER);
    expect(result.outcome).toBe('ignored');
    expect(world.pipeline.mailer.sent).toHaveLength(before);
  });

  it('reads only the first line the user wrote', () => {
    expect(asksForStatus('status')).toBe(true);
    expect(asksForStatus('  Status!\n\nOn Mon, Nov 2, 2026 at 9:00 AM jobnudge wrote:\n> done')).toBe(true);
    expect(asksForStatus('done\n> status')).toBe(false);
    expect(asksForStatus('what is my status?')).toBe(false);
  });
});

/** A mailer whose first send fails (SES throttled, say), then sends through the recording one. */
class FailingOnceMailer implements Mailer {
  private failed = false;
  constructor(private readonly next: Mailer) {}
  send(message: OutgoingMessage): Promise<SendResult> {
    if (!this.failed) {
      this.failed = true;
      return Promise.reject(new Error('Throttling: Maximum sending rate exceeded'));
    }
    return this.next.send(message);
  }
}

describe('weekly digest firing', () => {
  it('a failed send releases the week, so the retry sends it; then the week is done', async () => {
    const world = await digestWorld(dynamo);
    await weekOfMail(world);
    const deps = { ...world.pipeline.deps, mailer: new FailingOnceMailer(world.pipeline.mailer) };
    const before = world.pipeline.mailer.sent.length;

    await expect(fireWeeklyDigest(MONDAY_0800, deps)).rejects.toThrow('Throttling');
    expect(await fireWeeklyDigest(MONDAY_0800, deps)).toMatchObject({ status: 'sent', digestId: 'weekly.2026-W11' });
    expect(await fireWeeklyDigest(new Date(MONDAY_0800.getTime() + 3 * 86_400_000), deps)).toMatchObject({ status: 'skipped' });
    expect(world.pipeline.mailer.sent).toHaveLength(before + 1);
    // Logs name the digest, never an address or the mail's content.
    const logged = JSON.stringify(world.pipeline.logger.entries);
    expect(logged).toContain('weekly.2026-W11');
    expect(logged).not.toContain('casey.user@example.org');
    expect(logged).not.toContain('Quillbyte');
  });
});
