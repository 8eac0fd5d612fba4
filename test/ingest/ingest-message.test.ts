import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { describe, expect, it } from 'vitest';
import type { AuthVerdicts } from '../../shared/applications/envelope.ts';
import { ingestMessage, type IngestDeps, type IngestInput } from '../../shared/applications/ingest.ts';
import type { MessageOutcome } from '../../shared/domain/application.ts';
import { ManualClock } from '../../shared/domain/clock.ts';
import { MemoryLogger } from '../../shared/logging/logger.ts';
import type { RecordOutcomeResult } from '../../shared/store/application-store.ts';
import { MemoryApplicationStore } from '../../shared/store/memory-application-store.ts';
import { composeForward, TEST_SETTINGS, USER_ADDRESS, type ForwardSpec } from '../support/compose-mail.ts';
import { sesTrustInput } from '../support/ses-event.ts';

const PASSING: AuthVerdicts = { spam: 'PASS', virus: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' };

function setup(store = new MemoryApplicationStore()) {
  const logger = new MemoryLogger();
  const deps: IngestDeps = { store, settings: TEST_SETTINGS, clock: new ManualClock(new Date('2026-11-30T12:00:00Z')), logger };
  return { store, logger, deps };
}

function input(messageId: string, raw: Uint8Array, overrides: Partial<IngestInput> = {}): IngestInput {
  return {
    messageId,
    rawKey: `inbound/${messageId}`,
    raw,
    envelope: { source: USER_ADDRESS, verdicts: PASSING },
    receivedAt: '2026-11-30T11:59:00.000Z',
    ...overrides,
  };
}

const acmeInterview: ForwardSpec = {
  note: '#interview\n#company Acme Corp\n#role Data Engineer\n#at 2026-12-03 14:00',
  original: {
    from: 'dana@acme.example',
    fromName: 'Dana Smith',
    date: new Date('2026-11-20T10:00:00Z'),
    subject: 'Next steps',
    text: 'Hi Casey,\n\nLet us talk on Thursday.\n\nDana Smith\nAcme Corp',
    messageId: '<next-steps-1@acme.example>',
  },
};

describe('ingestMessage', () => {
  it('turns a forwarded interview into an interviewing application with an event and a processed outcome', async () => {
    const { store, deps } = setup();
    const result = await ingestMessage(input('m-1', await composeForward(acmeInterview)), deps);

    expect(result.outcome).toBe('processed');
    if (result.outcome !== 'processed') return;
    expect(result.replayed).toBe(false);
    expect(result.applicationBefore).toBeNull();
    expect(result.application).toMatchObject({
      company: 'Acme Corp',
      companyKey: 'acme',
      roleKey: 'data engineer',
      stage: 'interviewing',
      interviewRound: 1,
      interviewAt: '2026-12-03T14:00:00+01:00',
      lastEventAt: '2026-11-20T10:00:00.000Z',
      version: 1,
    });
    expect(result.event).toMatchObject({ kind: 'interview', confidence: 1, occurredAt: '2026-11-20T10:00:00.000Z', rawKey: 'inbound/m-1' });
    expect(result.event?.signals).toEqual(expect.arrayContaining(['override:kind', 'auth:spf=PASS', 'auth:dmarc=PASS']));
    const id = result.application?.id ?? '';
    expect(await store.getApplication(id)).toEqual(result.application);
    expect(await store.listEvents(id)).toEqual([result.event]);
    expect(await store.getOutcome('m-1')).toMatchObject({ outcome: 'processed', applicationId: id });
  });

  it('gives the same state when the same message is ingested again, and says it is a replay', async () => {
    const { store, deps } = setup();
    const raw = await composeForward(acmeInterview);
    const first = await ingestMessage(input('m-1', raw), deps);
    const second = await ingestMessage(input('m-1', raw), deps);
    expect(second).toMatchObject({ outcome: 'processed', replayed: true });
    if (first.outcome !== 'processed' || second.outcome !== 'processed') throw new Error('expected processed');
    expect(second.application).toEqual(first.application);
    expect(second.event).toEqual(first.event);
    expect(await store.listApplications()).toHaveLength(1);
    expect(await store.listEvents(first.application?.id ?? '')).toHaveLength(1);
  });

  it('stores one application and one event when the same message is ingested concurrently', async () => {
    const { store, deps } = setup();
    const raw = await composeForward(acmeInterview);
    const results = await Promise.all([ingestMessage(input('m-1', raw), deps), ingestMessage(input('m-1', raw), deps)]);
    expect(results.map((r) => r.outcome)).toEqual(['processed', 'processed']);
    const apps = await store.listApplications();
    expect(apps).toHaveLength(1);
    expect(apps[0]?.version).toBe(1);
    expect(await store.listEvents(apps[0]?.id ?? '')).toHaveLength(1);
  });

  it('finishes the work of a run that crashed before recording its outcome, without doubling anything', async () => {
    class CrashOnFirstOutcome extends MemoryApplicationStore {
      crashed = false;
      override recordOutcome(outcome: MessageOutcome): Promise<RecordOutcomeResult> {
        if (!this.crashed) {
          this.crashed = true;
          return Promise.reject(new Error('simulated timeout after the application was written'));
        }
        return super.recordOutcome(outcome);
      }
    }
    const { store, deps } = setup(new CrashOnFirstOutcome());
    const raw = await composeForward(acmeInterview);
    await expect(ingestMessage(input('m-1', raw), deps)).rejects.toThrow(/simulated/);
    const retried = await ingestMessage(input('m-1', raw), deps);
    expect(retried).toMatchObject({ outcome: 'processed', replayed: false });
    const apps = await store.listApplications();
    expect(apps).toHaveLength(1);
    expect(apps[0]).toMatchObject({ version: 1, interviewRound: 1 });
    expect(await store.listEvents(apps[0]?.id ?? '')).toHaveLength(1);
  });

  it('marks a re-forward of the same original as duplicate, by Message-ID or by header hash', async () => {
    for (const style of ['attached', 'inline'] as const) {
      const { store, deps } = setup();
      const spec = { ...acmeInterview, style };
      const first = await ingestMessage(input('m-1', await composeForward(spec)), deps);
      const again = await ingestMessage(input('m-2', await composeForward({ ...spec, forwardedAt: new Date('2026-11-29T08:00:00Z') })), deps);
      expect(again).toMatchObject({ outcome: 'duplicate', replayed: false });
      expect(again.outcome === 'duplicate' && again.applicationId).toBe(first.outcome === 'processed' ? first.application?.id : 'none');
      expect((await store.listEvents((await store.listApplications())[0]?.id ?? '')).map((e) => e.messageId)).toEqual(['m-1']);
      expect(await store.getOutcome('m-2')).toMatchObject({ outcome: 'duplicate' });
    }
  });

  it('keeps an application rejected when an older interview email is forwarded after the rejection', async () => {
    const { store, deps } = setup();
    const rejection: ForwardSpec = {
      note: '#rejection\n#company Acme Corp\n#role Data Engineer',
      original: { ...acmeInterview.original, date: new Date('2026-11-25T10:00:00Z'), subject: 'Your application', messageId: '<rej@acme.example>' },
    };
    await ingestMessage(input('m-rej', await composeForward(rejection)), deps);
    const late = await ingestMessage(input('m-int', await composeForward(acmeInterview)), deps);
    expect(late.outcome).toBe('processed');
    const [app] = await store.listApplications();
    expect(app).toMatchObject({ stage: 'rejected', lastEventAt: '2026-11-25T10:00:00.000Z', interviewRound: 1 });
    expect((await store.listEvents(app?.id ?? '')).map((e) => e.kind)).toEqual(['interview', 'rejection']);
  });

  it('ignores mail whose sender is not the user and stores nothing but the outcome', async () => {
    const { store, deps } = setup();
    const raw = await composeForward({ ...acmeInterview, from: 'stranger@elsewhere.example' });
    const result = await ingestMessage(input('m-x', raw, { envelope: { source: 'stranger@elsewhere.example', verdicts: PASSING } }), deps);
    expect(result.outcome).toBe('ignored');
    expect(result.reason).toMatch(/not one of your addresses/);
    expect(await store.listApplications()).toEqual([]);
    expect(await store.getOutcome('m-x')).toMatchObject({ outcome: 'ignored', applicationId: null });
  });

  it('quarantines spam and unreadable mail, and tells the user about the unreadable one', async () => {
    const { store, deps } = setup();
    const spam = await ingestMessage(
      input('m-spam', await composeForward(acmeInterview), { envelope: { source: USER_ADDRESS, verdicts: { ...PASSING, spam: 'FAIL' } } }),
      deps,
    );
    expect(spam).toMatchObject({ outcome: 'quarantined', notices: [] });
    // SES read the header (From: the user, every check passed); the parser cannot read the rest.
    const trust = sesTrustInput({ source: USER_ADDRESS });
    const unreadable = await ingestMessage(input('m-bad', Buffer.from('\u0000\u0001 this is not a mail'), { trust }), deps);
    expect(unreadable).toMatchObject({ outcome: 'quarantined', notices: [{ kind: 'unreadable-forward', messageId: 'm-bad' }] });
    expect(await store.listNotices('pending')).toHaveLength(1);
    expect(await store.listApplications()).toEqual([]);
  });

  it('records a Gmail forwarding verification as a notice and logs only that it arrived', async () => {
    const { store, deps, logger } = setup();
    const raw: Buffer = await new Promise((resolve, reject) =>
      new MailComposer({
        from: 'Gmail Team <forwarding-noreply@google.com>',
        to: 'jobs@inbox.example',
        subject: `(#987654321) Gmail Forwarding Confirmation - Receive Mail from ${USER_ADDRESS}`,
        date: new Date('2026-11-01T08:00:00Z'),
        text: `${USER_ADDRESS} has requested to automatically forward mail to your email address.\nConfirmation code: 987654321\n\nhttps://mail-settings.google.com/mail/vf-test-link\n`,
      })
        .compile()
        .build((error, message) => (error ? reject(error) : resolve(message))),
    );
    const result = await ingestMessage(input('m-verify', raw, { envelope: { source: 'bounce-1@google.com', verdicts: PASSING } }), deps);
    expect(result).toMatchObject({ outcome: 'processed', notices: [{ kind: 'forwarding-verification', details: { code: '987654321' } }] });
    expect(await store.listApplications()).toEqual([]);
    const infos = logger.entries.filter((e) => e.level === 'info');
    expect(infos.map((e) => e.message)).toContain('forwarding verification received');
    expect(JSON.stringify(logger.entries)).not.toMatch(/987654321|vf-test-link|casey/);
  });

  it('ignores unrelated mail for an unknown company but records it on a known application', async () => {
    const { store, deps } = setup();
    const newsletter: ForwardSpec = {
      note: '#other\n#company Acme Corp',
      original: { from: 'news@acme.example', date: new Date('2026-11-22T10:00:00Z'), subject: 'Acme monthly', text: 'Our news this month.' },
    };
    const unknown = await ingestMessage(input('m-news-1', await composeForward(newsletter)), deps);
    expect(unknown.outcome).toBe('ignored');
    expect(unknown.reason).toMatch(/not a job email/);
    const created = await ingestMessage(input('m-1', await composeForward(acmeInterview)), deps);
    const later = await ingestMessage(
      input('m-news-2', await composeForward({ ...newsletter, original: { ...newsletter.original, subject: 'Acme monthly 2' } })),
      deps,
    );
    expect(later).toMatchObject({ outcome: 'processed', event: { kind: 'other' } });
    if (later.outcome !== 'processed' || created.outcome !== 'processed') throw new Error('expected processed');
    expect(later.application).toEqual(created.application);
    expect(await store.listEvents(created.application?.id ?? '')).toHaveLength(2);
  });

  it('files a job email without a company under a stand-in name and asks the user, once, to name it', async () => {
    const { store, deps } = setup();
    const first = await composeForward({
      note: '#interview',
      original: { from: 'pat.lee@gmail.com', fromName: 'Pat', date: new Date('2026-11-20T10:00:00Z'), subject: 'hello there, Casey', text: 'Can we talk Tuesday at 3pm?\n\nPat' },
    });
    const result = await ingestMessage(input('m-noco', first), deps);
    expect(result).toMatchObject({
      outcome: 'processed',
      application: { company: 'Unknown employer — hello there, Casey', companyGuessed: true, stage: 'interviewing' },
      notices: [{ kind: 'command-help', details: { problem: 'name-employer' } }],
    });
    // Pat writes again: the same application (by sender), and no second question.
    const again = await composeForward({
      note: '#interview',
      original: { from: 'pat.lee@gmail.com', fromName: 'Pat', date: new Date('2026-11-21T10:00:00Z'), subject: 'Re: hello there, Casey', text: 'Tuesday at 3pm works.\n\nPat' },
    });
    const second = await ingestMessage(input('m-noco-2', again), deps);
    expect(second).toMatchObject({ outcome: 'processed', notices: [] });
    expect(await store.listApplications()).toHaveLength(1);
    expect((await store.listNotices()).filter((n) => n.details.problem === 'name-employer')).toHaveLength(1);
  });

  it('names a stand-in application after the employer once an email names it', async () => {
    const { store, deps } = setup();
    const noName = await composeForward({
      note: '#interview',
      original: { from: 'pat.lee@gmail.com', fromName: 'Pat Lee', date: new Date('2026-11-20T10:00:00Z'), subject: 'quick call', text: 'Can we talk Tuesday at 3pm?\n\nPat' },
    });
    await ingestMessage(input('m-1', noName), deps);
    const named = await composeForward({
      note: '#company Brightwave Labs',
      original: { from: 'pat.lee@gmail.com', fromName: 'Pat Lee', date: new Date('2026-11-21T10:00:00Z'), subject: 'Re: quick call', text: 'Looking forward to Tuesday.\n\nPat' },
    });
    await ingestMessage(input('m-2', named), deps);
    const [only, ...rest] = await store.listApplications();
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ company: 'Brightwave Labs', companyKey: 'brightwave', companyGuessed: false });
  });
});
