import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RecipientNotAllowedError } from '../../shared/mailer/errors.ts';
import { RecordingMailer } from '../../shared/mailer/recording-mailer.ts';
import { composeForward } from '../support/compose-mail.ts';
import type { SesRecordSpec } from '../support/ses-event.ts';
import { HOSTILE_USER } from './hostile-corpus.ts';
import { itemsWithPrefix, parserPath, startEmulators, type Emulators, type ParserPath } from './parser-harness.ts';
import { HARDENING_USER_SETTINGS, pipelineRig, recipientsOf, type PipelineRig } from './pipeline-rig.ts';

// The inbound pipeline over s3rver + dynalite; scheduler and mailer are the recording adapters.
let emulators: Emulators;
let path: ParserPath;
let rig: PipelineRig;

beforeAll(async () => {
  emulators = await startEmulators();
  path = await parserPath(emulators);
  rig = pipelineRig(path);
});

afterAll(async () => {
  await emulators?.stop();
});

const invite = (tag: string) =>
  composeForward({
    original: {
      from: 'rowan@quillfeather.example',
      fromName: 'Rowan Ashby',
      date: new Date('2026-11-27T09:00:00Z'),
      subject: 'Interview invitation: Platform Engineer',
      text: 'Hi Casey,\n\nWe would like to invite you to an interview on December 10, 2026 at 2:00 PM CET.\n\nRowan Ashby\nQuillfeather Labs',
      messageId: `<invite-${tag}@quillfeather.example>`,
    },
    note: '#company Quillfeather Labs',
    style: 'attached',
  });

const untrusted: { name: string; spec: Partial<SesRecordSpec>; outcome: 'ignored' | 'quarantined'; reason: RegExp }[] = [
  { name: 'spoofed: From is the user but DMARC, SPF and DKIM fail', spec: { verdicts: { dmarc: 'FAIL', spf: 'FAIL', dkim: 'FAIL' } }, outcome: 'quarantined', reason: /spoofed/ },
  { name: 'spoofed: no DMARC policy (GRAY) and SPF and DKIM fail', spec: { verdicts: { dmarc: 'GRAY', spf: 'FAIL', dkim: 'FAIL' } }, outcome: 'quarantined', reason: /spoofed/ },
  { name: 'spoofed: no DMARC policy, SPF fails, unsigned', spec: { verdicts: { dmarc: 'GRAY', spf: 'FAIL', dkim: 'GRAY' } }, outcome: 'quarantined', reason: /spoofed/ },
  { name: 'envelope sender is not one of the user addresses', spec: { source: 'recruiter@elsewhere.example' }, outcome: 'ignored', reason: /not one of your addresses/ },
  { name: 'SES marked it as spam', spec: { verdicts: { spam: 'FAIL' } }, outcome: 'quarantined', reason: /spam/ },
  { name: 'SES virus scan failed', spec: { verdicts: { virus: 'FAIL' } }, outcome: 'quarantined', reason: /virus/ },
];

describe('mail that is not provably from the user changes nothing', () => {
  it.each(untrusted.map((c, i) => ({ ...c, messageId: `trust-${i}` })))('$name: recorded as $outcome, no application, no reminder', async ({ spec, outcome, reason, messageId }) => {
    await path.deliver(messageId, await invite(messageId));
    const before = { schedules: rig.scheduler.created.length, sent: rig.mailer.sent.length };

    const result = await rig.inbound(messageId, spec);

    expect(result.outcome).toBe(outcome);
    expect(result.reason).toMatch(reason);
    expect(await path.store.getOutcome(messageId)).toMatchObject({ outcome, applicationId: null });
    const items = await path.scanAll();
    expect(itemsWithPrefix(items, 'APP#')).toEqual([]);
    // Only jobnudge's own daily claims (the skipped-mail summary), never a forwarded original.
    expect(itemsWithPrefix(items, 'ORIG#').filter((item) => !String(item.pk).startsWith('ORIG#jobnudge-'))).toEqual([]);
    expect(rig.scheduler.created.length).toBe(before.schedules);
    // Mail that claims to be the user's may be summarised for them, once a day; nothing else is sent.
    expect(rig.mailer.sent.slice(before.sent).map((email) => email.message.subject)).toEqual(
      rig.mailer.sent.slice(before.sent).map(() => expect.stringMatching(/^jobnudge skipped 1 message/) as unknown),
    );
    expect(await path.rawStillStored(messageId)).toBe(true);
  });

  it('a From header of a stranger is ignored even when the envelope sender is the user', async () => {
    const raw = (await invite('stranger-from')).toString('latin1').replace(`From: ${HOSTILE_USER}`, 'From: boss@elsewhere.example');
    await path.deliver('trust-from', Buffer.from(raw, 'latin1'));
    const result = await rig.inbound('trust-from', { from: 'boss@elsewhere.example' });
    expect(result).toMatchObject({ outcome: 'ignored', reason: expect.stringMatching(/From is not one of your addresses/) as unknown });
    expect(itemsWithPrefix(await path.scanAll(), 'APP#')).toEqual([]);
  });

  it('the same message with passing verdicts does create the application and its reminders', async () => {
    await path.deliver('trust-control', await invite('control'));
    const result = await rig.inbound('trust-control');
    expect(result.outcome).toBe('processed');
    expect(itemsWithPrefix(await path.scanAll(), 'APP#').length).toBeGreaterThan(0);
    expect(rig.scheduler.created.length).toBeGreaterThan(0);
  });
});

describe('jobnudge writes to the configured user address and nobody else', () => {
  it('every email the pipeline sent names only the user as recipient', async () => {
    await rig.fireDue(new Date('2027-06-01T00:00:00Z'));
    expect(rig.mailer.sent.length).toBeGreaterThan(0);
    for (const email of rig.mailer.sent) {
      expect(email.message.to).toBe(HARDENING_USER_SETTINGS.notifyAddress);
      expect(await recipientsOf(email.raw)).toEqual([HOSTILE_USER]);
    }
  });

  it('the recipient guard refuses any other recipient, however it is written, and records nothing', async () => {
    const mailer = new RecordingMailer({ allowedRecipient: HOSTILE_USER });
    const other = fc.oneof(
      fc.emailAddress(),
      fc.string({ maxLength: 80 }),
      fc.emailAddress().map((a) => `${HOSTILE_USER}, ${a}`),
      fc.emailAddress().map((a) => `${HOSTILE_USER}\r\nBcc: ${a}`),
      fc.emailAddress().map((a) => `"${HOSTILE_USER}" <${a}>`),
      fc.constant(`${HOSTILE_USER}.evil.example`),
    );
    await fc.assert(
      fc.asyncProperty(other.filter((to) => to.trim().toLowerCase() !== HOSTILE_USER), async (to) => {
        const send = mailer.send({ to, from: 'nudge@inbox.example', subject: 's', text: 't', html: '<p>t</p>', attachments: [], messageKey: 'reminder.app-1.prepare.1' });
        await expect(send).rejects.toBeInstanceOf(RecipientNotAllowedError);
      }),
      { numRuns: 100 },
    );
    expect(mailer.sent).toEqual([]);
  });
});
