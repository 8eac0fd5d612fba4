import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleSesRecord } from '../../shared/applications/process-ses-record.ts';
import { UserSettingsSchema } from '../../shared/config/settings.ts';
import { ManualClock } from '../../shared/domain/clock.ts';
import { silentLogger } from '../../shared/logging/logger.ts';
import { MAX_MIME_PARTS } from '../../shared/mail/limits.ts';
import { RecordingMailer } from '../../shared/mailer/recording-mailer.ts';
import type { PipelineDeps } from '../../shared/pipeline/deps.ts';
import { buildMessageId, reminderMessageKey } from '../../shared/mailer/message-id.ts';
import type { VerdictStatus } from '../../shared/ses/event-schema.ts';
import { RecordingReminderScheduler } from '../../shared/scheduler/recording-reminder-scheduler.ts';
import { composeForward, composeOriginal, type OriginalSpec } from '../support/compose-mail.ts';
import type { SesRecordSpec } from '../support/ses-event.ts';
import { itemsWithPrefix, parserPath, startEmulators, type Emulators, type ParserPath } from './parser-harness.ts';

// The parser path (handleSesRecord) over s3rver + dynalite with SES-shaped events. A message trust
// turns away is never put in S3 here: reading it would throw RawMailNotFoundError, so every such
// case also proves "nothing was read".
const USER = 'casey.user@example.org';
const GMAIL = 'casey.jobs@gmail.com';
const OWN_DOMAIN_USER = 'casey@casey-hires.example';
const EMPLOYER = 'rowan@quillfeather.example';
const SECRET = 'jobs+k7f3q9x2m4p8r6t1@inbox.example';
const settings = UserSettingsSchema.parse({
  timeZone: 'Europe/Berlin',
  allowedSenders: [USER, GMAIL, OWN_DOMAIN_USER],
  notifyAddress: USER,
  senderAddress: 'nudge@inbox.example',
  replyTo: 'jobs@inbox.example',
  ingestSecretAddress: SECRET,
});

let emulators: Emulators;
let path: ParserPath;

beforeAll(async () => {
  emulators = await startEmulators();
  path = await parserPath(emulators, { settings });
});

afterAll(async () => {
  await emulators?.stop();
});

function rig() {
  const scheduler = new RecordingReminderScheduler();
  const mailer = new RecordingMailer({ allowedRecipient: USER });
  const deps: PipelineDeps = { store: path.store, scheduler, mailer, settings, clock: new ManualClock(new Date('2026-11-30T12:00:00Z')), logger: silentLogger };
  return {
    scheduler,
    mailer,
    inbound: (messageId: string, spec: Partial<SesRecordSpec>) => handleSesRecord(path.record(messageId, spec), { ...deps, rawMail: path.deps.rawMail }),
  };
}

const invite = (tag: string): OriginalSpec => ({
  from: EMPLOYER,
  fromName: 'Rowan Ashby',
  date: new Date('2026-11-27T09:00:00Z'),
  subject: 'Interview invitation: Platform Engineer',
  text: 'Hi Casey,\n\nWe would like to invite you to an interview on December 10, 2026 at 2:00 PM CET.\n\nRowan Ashby\nQuillfeather Labs',
  messageId: `<invite-${tag}@quillfeather.example>`,
});

/** More MIME parts than the parser reads: unreadable once fetched. */
function unreadableBody(from: string): Buffer {
  const boundary = 'b';
  const parts = Array.from({ length: MAX_MIME_PARTS + 100 }, (_, i) => `--${boundary}\r\nContent-Type: text/plain\r\n\r\npart ${i}\r\n`).join('');
  return Buffer.from(`From: ${from}\r\nTo: jobs@inbox.example\r\nSubject: hi\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="${boundary}"\r\n\r\n${parts}--${boundary}--\r\n`);
}

function sesAuthResults(dkimDomain: string): { name: string; value: string } {
  return { name: 'Authentication-Results', value: `amazonses.com; spf=fail; dkim=pass header.i=@${dkimDomain}; dmarc=none header.from=example.org;` };
}

/**
 * Only the outcome was written for the message, plus, when it claims to be the user's, its
 * skipped-mail record for the page and the daily summary.
 */
async function onlyOutcome(messageId: string, listedForUser = false): Promise<void> {
  const items = await path.scanAll();
  const pks = items.filter((item) => JSON.stringify(item).includes(messageId)).map((item) => String(item.pk));
  expect(pks.filter((pk) => !pk.startsWith('NOTICE#'))).toEqual([`MSG#${messageId}`]);
  const notices = items.filter((item) => String(item.pk).startsWith('NOTICE#') && JSON.stringify(item).includes(messageId));
  expect(notices.map((item) => (item.details as Record<string, string>).problem)).toEqual(listedForUser ? ['skipped'] : []);
}

/** Whatever a rig mailed: at most the day's one skipped-mail summary. */
function onlySummaries(sent: readonly { message: { subject: string } }[]): void {
  for (const email of sent) expect(email.message.subject).toMatch(/^jobnudge skipped \d+ messages?, here is why/);
}

describe('a stranger makes jobnudge read nothing, send nothing and write only the outcome', () => {
  it('envelope forged as the user, a stranger From: ignored before any S3 read, no notice', async () => {
    const r = rig();
    const result = await r.inbound('stranger-forged-envelope', { source: USER, from: 'mallory@evil.example' });
    expect(result).toMatchObject({ outcome: 'ignored', noticesSent: 0 });
    onlySummaries(r.mailer.sent);
    await onlyOutcome('stranger-forged-envelope', true);
  });

  it.each([
    { name: 'a stranger From', from: 'mallory@evil.example', verdicts: {} },
    { name: 'the user From, failing DMARC', from: USER, verdicts: { dmarc: 'FAIL', spf: 'FAIL', dkim: 'FAIL' } },
  ] as const)('envelope forged as the user, $name and an unreadable body in S3: no "could not read" notice', async ({ from, verdicts }) => {
    const r = rig();
    const id = `forged-unreadable-${from.length}`;
    await path.deliver(id, unreadableBody(from));
    const result = await r.inbound(id, { source: USER, from, verdicts });
    expect(result.outcome).not.toBe('processed');
    expect(result.noticesSent).toBe(0);
    expect(r.mailer.sent.filter((email) => /could not read/.test(email.message.subject))).toEqual([]);
    expect((await path.store.listNotices()).filter((notice) => notice.kind === 'unreadable-forward' && notice.details.problem !== 'skipped' && notice.messageId === id)).toEqual([]);
  });

  it('the user own From with DMARC GRAY and DKIM passing only for an unrelated domain: quarantined unread', async () => {
    const r = rig();
    const headers = [{ name: 'From', value: USER }, sesAuthResults('evil.example'), { name: 'Subject', value: 'Fwd: hi' }];
    const result = await r.inbound('spoof-gray', { source: 'bounce@evil.example', from: USER, headers, verdicts: { dmarc: 'GRAY', spf: 'FAIL', dkim: 'PASS' } });
    expect(result).toMatchObject({ outcome: 'quarantined', reason: expect.stringMatching(/likely spoofed/) as unknown, noticesSent: 0 });
    onlySummaries(r.mailer.sent);
    await onlyOutcome('spoof-gray', true);
  });

  it.each(['PROCESSING_FAILED', 'GRAY'] as const)('the user own From with every verdict %s: quarantined unread', async (status) => {
    const r = rig();
    const id = `spoof-${status}`;
    const result = await r.inbound(id, { source: USER, verdicts: { dmarc: status, spf: status, dkim: status } });
    expect(result.outcome).toBe('quarantined');
    await onlyOutcome(id, true);
  });

  it('two From headers (the user first, a stranger second): quarantined unread', async () => {
    const r = rig();
    const headers = [{ name: 'From', value: USER }, { name: 'From', value: 'mallory@evil.example' }];
    const result = await r.inbound('two-from', { source: USER, headers });
    expect(result).toMatchObject({ outcome: 'quarantined', reason: expect.stringMatching(/2 From headers/) as unknown });
    await onlyOutcome('two-from');
  });

  it('a From header with the user and another address: quarantined unread', async () => {
    const r = rig();
    const result = await r.inbound('multi-address', { source: USER, from: `${USER}, mallory@evil.example` });
    expect(result).toMatchObject({ outcome: 'quarantined', reason: expect.stringMatching(/2 addresses/) as unknown });
    await onlyOutcome('multi-address');
  });
});

describe('the user own unreadable mail is read, and only then tells the user', () => {
  it('quarantines it with one "could not read" notice', async () => {
    const r = rig();
    await path.deliver('own-unreadable', unreadableBody(USER));
    const result = await r.inbound('own-unreadable', { source: USER });
    expect(result).toMatchObject({ outcome: 'quarantined', noticesSent: 1 });
    expect(r.mailer.sent.map((sent) => sent.message.subject)).toEqual([expect.stringMatching(/could not read/)]);
  });
});

const SHAPES = [
  { name: 'Gmail +caf_=', source: `${GMAIL.replace('@', '+caf_=jobs=inbox.example@')}` },
  { name: 'Microsoft 365 SRS', source: 'bounces+SRS=7xq2a=QZ=quillfeather.example=rowan@casey-hires.example' },
  { name: 'classic SRS0', source: 'SRS0=ab12=QZ=quillfeather.example=rowan@casey-hires.example' },
] as const;
const SPF: readonly VerdictStatus[] = ['PASS', 'FAIL', 'GRAY', 'PROCESSING_FAILED'];

describe('automatic forwards keep the employer From and are trusted on SPF for the forwarding envelope', () => {
  const cases = SHAPES.flatMap((shape, i) => SPF.map((spf) => ({ ...shape, spf, messageId: `auto-${i}-${spf}` })));
  it.each(cases)('$name with SPF $spf', async ({ source, spf, messageId }) => {
    const r = rig();
    const accepted = spf === 'PASS';
    if (accepted) await path.deliver(messageId, await composeOriginal(invite(messageId)));
    // DMARC and DKIM judge the employer's domain here; they say nothing about the user.
    const result = await r.inbound(messageId, { source, from: `Rowan Ashby <${EMPLOYER}>`, verdicts: { spf, dmarc: 'GRAY', dkim: 'GRAY' } });
    if (accepted) {
      expect(result.outcome).toBe('processed');
      if (result.outcome !== 'processed') return;
      // The first shape creates the interview's reminders; the same interview again keeps them.
      expect(result.reminders.created.length + result.reminders.kept.length).toBeGreaterThan(0);
      expect(result.application?.stage).toBe('interviewing');
      expect(result.event?.signals).toEqual(expect.arrayContaining(['trust:auto-forward']));
    } else {
      expect(result).toMatchObject({ outcome: 'quarantined', reason: expect.stringMatching(/automatic forward/) as unknown });
      expect(r.scheduler.created).toEqual([]);
      await onlyOutcome(messageId, true);
    }
    onlySummaries(r.mailer.sent);
  });

  it('a +caf_= envelope of someone else is ignored unread, X-Forwarded-For naming the user or not', async () => {
    const r = rig();
    const headers = [{ name: 'From', value: EMPLOYER }, { name: 'X-Forwarded-For', value: `${GMAIL} jobs@inbox.example` }];
    const result = await r.inbound('caf-other', { source: 'someone.else+caf_=jobs=inbox.example@gmail.com', from: EMPLOYER, headers });
    expect(result.outcome).toBe('ignored');
    await onlyOutcome('caf-other');
  });
});

describe('nothing silent', () => {
  it('lists every skipped message that claims to be the user and mails one summary for the day, however many arrive', async () => {
    const fresh = await parserPath(emulators, { settings });
    const scheduler = new RecordingReminderScheduler();
    const mailer = new RecordingMailer({ allowedRecipient: USER });
    const deps: PipelineDeps = { store: fresh.store, scheduler, mailer, settings, clock: new ManualClock(new Date('2026-11-30T12:00:00Z')), logger: silentLogger };
    for (const id of ['day-1', 'day-2', 'day-3']) {
      await handleSesRecord(fresh.record(id, { source: USER, verdicts: { dmarc: 'GRAY', spf: 'FAIL', dkim: 'GRAY' } }), { ...deps, rawMail: fresh.deps.rawMail });
    }
    await handleSesRecord(fresh.record('day-stranger', { source: 'x@evil.example', from: 'x@evil.example' }), { ...deps, rawMail: fresh.deps.rawMail });
    expect(mailer.sent.map((email) => email.message.subject)).toEqual(['jobnudge skipped 1 message, here is why']);
    const listed = (await fresh.store.listNotices()).filter((notice) => notice.details.problem === 'skipped');
    expect(listed.map((notice) => notice.messageId).sort()).toEqual(['day-1', 'day-2', 'day-3']);
    expect(listed.map((notice) => notice.details.reason)).toEqual(listed.map(() => expect.stringMatching(/likely spoofed/) as unknown));
  });
});

describe('the user hand forward with an aligned pass, and a reply to its reminder', () => {
  it('DMARC GRAY but DKIM PASS for the user own domain (SES header) is processed; a reply is a command, acknowledged once', async () => {
    const r = rig();
    await path.deliver('hand-dkim', await composeForward({ original: { ...invite('hand-dkim'), from: 'ines@lindqvist-robotics.example' }, note: '#company Lindqvist Robotics' }));
    const headers = [{ name: 'From', value: USER }, sesAuthResults('example.org'), { name: 'Subject', value: 'Fwd: invite' }];
    const result = await r.inbound('hand-dkim', { source: 'bounce@mailer.example', from: USER, headers, verdicts: { dmarc: 'GRAY', spf: 'FAIL', dkim: 'PASS' } });
    expect(result.outcome).toBe('processed');
    expect(itemsWithPrefix(await path.scanAll(), 'APP#').length).toBeGreaterThan(0);
    const target = result.reminders.created[0];
    if (!target) throw new Error('no reminder planned');

    // The reply as a client writes it: References keeps jobnudge's own Message-ID of the reminder.
    const ours = buildMessageId(reminderMessageKey(target.applicationId, target.reminderId), settings.senderAddress);
    const reply = Buffer.from(`From: ${USER}\r\nTo: jobs@inbox.example\r\nSubject: Re: reminder\r\nIn-Reply-To: ${ours}\r\nReferences: ${ours}\r\nDate: Mon, 30 Nov 2026 12:00:00 +0000\r\n\r\nstop\r\n`);
    await path.deliver('reply-stop', reply);
    const replyHeaders = [{ name: 'From', value: USER }, { name: 'References', value: ours }, { name: 'Subject', value: 'Re: reminder' }];
    const answered = await r.inbound('reply-stop', { source: USER, headers: replyHeaders });
    expect(answered).toMatchObject({ outcome: 'processed', reason: expect.stringMatching(/^command: stop/) as unknown, noticesSent: 1 });
    expect(r.mailer.sent.map((email) => email.message.subject)).toEqual([expect.stringMatching(/^jobnudge: Stopped: no more reminders for Lindqvist Robotics/)]);
    expect(r.mailer.sent[0]?.message.replyTo).toBe('jobs@inbox.example');
  });
});

describe('the secret ingest address', () => {
  it('accepts mail from any sender sent to it when spam and virus passed', async () => {
    const r = rig();
    await path.deliver('secret-1', await composeOriginal({ ...invite('secret-1'), from: 'hr@brightmoor.example', text: invite('secret-1').text.replace('Quillfeather Labs', 'Brightmoor Dynamics') }));
    const result = await r.inbound('secret-1', { source: 'bounce@icloud.example', from: 'hr@brightmoor.example', recipients: [SECRET], verdicts: { dmarc: 'GRAY', spf: 'GRAY', dkim: 'GRAY' } });
    expect(result.outcome).toBe('processed');
  });

  it('quarantines mail to it unread when the spam scan did not pass', async () => {
    const r = rig();
    const result = await r.inbound('secret-spam', { source: 'x@evil.example', from: 'x@evil.example', recipients: [SECRET], verdicts: { spam: 'GRAY' } });
    expect(result.outcome).toBe('quarantined');
    await onlyOutcome('secret-spam');
  });
});
