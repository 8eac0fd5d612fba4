import { describe, expect, it } from 'vitest';
import type { IngestResult, ProcessedResult } from '../../shared/applications/ingest-result.ts';
import { parseCommand } from '../../shared/commands/parse-command.ts';
import type { Notice } from '../../shared/domain/application.ts';
import { renderNotice } from '../../shared/reminders/notice.ts';
import { PROTOTYPE_KEYS, prototypeSnapshot } from '../hardening/prototype-keys.ts';
import { composeReply, confirmation, interview, ReplyWorld, settingsWith } from './reply-world.ts';

// `same as <company — role>`, `merge` and `#company <name>`: how the user fixes the filing of an
// email, answered on the application the replied-to reminder or notice concerns.

const CONFIRMED = new Date('2026-10-01T08:00:00Z');
const LATER = new Date('2026-10-05T08:00:00Z');

function processed(result: IngestResult): ProcessedResult {
  if (result.outcome !== 'processed') throw new Error(`expected processed, got ${result.outcome}: ${result.reason}`);
  return result;
}

describe('parsing filing commands', () => {
  it('reads "same as", "merge" and "#company" with the names as written', () => {
    expect(parseCommand('same as Pinecrest — Site Reliability Engineer')).toEqual({ kind: 'merge', target: 'Pinecrest — Site Reliability Engineer' });
    expect(parseCommand('`same as Acme Corp — Data Engineer`')).toEqual({ kind: 'merge', target: 'Acme Corp — Data Engineer' });
    expect(parseCommand('Merge with Acme.')).toEqual({ kind: 'merge', target: 'Acme' });
    expect(parseCommand('merge')).toEqual({ kind: 'merge', target: null });
    expect(parseCommand('#company Tessellate Partners\n\nOn Mon, Nov 9 jobnudge wrote:\n> #company Acme')).toEqual({ kind: 'company', name: 'Tessellate Partners' });
    expect(parseCommand('#company: Acme, Inc.')).toEqual({ kind: 'company', name: 'Acme, Inc' });
  });

  it('does not read ordinary words as filing commands', () => {
    expect(parseCommand('mergers are interesting')).toMatchObject({ kind: 'unknown' });
    expect(parseCommand('company is great')).toMatchObject({ kind: 'unknown' });
    expect(parseCommand('#company')).toMatchObject({ kind: 'unknown' });
  });

  it.each(PROTOTYPE_KEYS)('takes "%s" as a plain name, leaving Object.prototype alone', (key) => {
    const before = prototypeSnapshot();
    expect(parseCommand(`#company ${key}`)).toEqual({ kind: 'company', name: key });
    expect(parseCommand(`same as ${key}`)).toEqual({ kind: 'merge', target: key });
    expect(prototypeSnapshot()).toEqual(before);
  });
});

describe('filing commands in replies', () => {
  async function twoApplications() {
    const world = new ReplyWorld(settingsWith(), new Date(CONFIRMED.getTime() + 3_600_000));
    const acme = await world.forward(confirmation(CONFIRMED));
    // An invite filed on its own under another name (the user knows it is Acme's).
    const invite = interview(new Date('2026-10-02T08:00:00Z'), '2026-10-20 14:00');
    const other = await world.forward({
      ...invite,
      original: { ...invite.original, from: 'dana@talent-relay.example' },
      note: '#interview\n#company Acme Labs Scheduling\n#role Data Engineer\n#at 2026-10-20 14:00',
    });
    world.clock.set(LATER);
    return { world, acme, other };
  }

  it('merges an application into the one named by "same as", moving its emails and re-planning once', async () => {
    const { world, acme, other } = await twoApplications();
    expect(other.id).not.toBe(acme.id);
    const reply = await composeReply({ text: 'same as Acme Corp — Data Engineer', date: LATER, to: { applicationId: other.id, reminderId: 'prepare.1' } });

    const result = processed(await world.ingest('reply-1', reply));

    expect(result.reason).toMatch(/^command: merge\b/);
    expect(await world.store.getApplication(other.id)).toBeNull();
    expect(await world.store.listApplications()).toHaveLength(1);
    const merged = await world.application(acme.id);
    expect(merged).toMatchObject({ stage: 'interviewing', interviewRound: 1 });
    expect((await world.store.listEvents(acme.id)).map((e) => e.kind)).toEqual(['confirmation', 'interview']);
    const pending = (await world.store.listReminders(acme.id)).filter((r) => r.status === 'pending').map((r) => r.rule);
    expect(pending).toEqual(expect.arrayContaining(['prepare', 'thank-you-email', 'status-check']));
    expect(pending).not.toContain('keep-applying');
    // The merged application's reminders are unscheduled; the acknowledgement names both.
    expect(result.command?.diff.cancel.map((r) => r.applicationId)).toContain(other.id);
    expect(result.notices.map((n) => n.details.command)).toEqual(['merge']);
    expect(result.notices[0]?.details.text).toMatch(/^Merged: Acme Labs/);
  });

  it('renames an application on "#company", and joins it to an existing one of that name', async () => {
    const { world, acme, other } = await twoApplications();
    const rename = await composeReply({ text: '#company Northwind Traders', date: LATER, to: { applicationId: other.id, reminderId: 'prepare.1' } });
    processed(await world.ingest('reply-1', rename));
    expect(await world.application(other.id)).toMatchObject({ company: 'Northwind Traders', companyKey: 'northwind traders', companyGuessed: false });
    expect(await world.store.listApplications()).toHaveLength(2);

    const join = await composeReply({ text: '#company Acme Corp', date: LATER, to: { applicationId: other.id, reminderId: 'prepare.1' } });
    const joined = processed(await world.ingest('reply-2', join));
    expect(joined.reason).toMatch(/^command: company\b/);
    expect((await world.store.listApplications()).map((a) => a.id)).toEqual([acme.id]);
  });

  it('answers a "same as" naming no application with help, and changes nothing', async () => {
    const { world, other } = await twoApplications();
    const before = await world.store.listApplications();
    for (const [i, name] of ['Nobody Inc — Astronaut', 'constructor', '__proto__'].entries()) {
      const reply = await composeReply({ text: `same as ${name}`, date: LATER, to: { applicationId: other.id, reminderId: 'prepare.1' } });
      const result = processed(await world.ingest(`reply-${i}`, reply));
      expect(result.notices.map((n) => n.details.problem)).toEqual(['merge-target-unknown']);
    }
    expect(await world.store.listApplications()).toEqual(before);
  });

  it('does nothing twice: a merge replayed after its application is gone changes nothing', async () => {
    const { world, acme, other } = await twoApplications();
    const reply = await composeReply({ text: 'same as Acme Corp', date: LATER, to: { applicationId: other.id, reminderId: 'prepare.1' } });
    processed(await world.ingest('reply-1', reply));
    const after = await world.application(acme.id);
    // The same reply again (a retry before the outcome was recorded would re-run the command).
    const again = await world.ingest('reply-2', reply);
    expect(again.outcome).toBe('ignored');
    expect(await world.application(acme.id)).toEqual(after);
  });
});

describe('the filing notices', () => {
  const notice = (details: Record<string, string>): Notice => ({
    noticeId: `${details.problem ?? 'x'}.m-1`,
    kind: 'command-help',
    messageId: 'm-1',
    details,
    status: 'pending',
    createdAt: '2026-11-17T15:20:00.000Z',
  });

  it('offers each application the email may belong to as a line to reply with', () => {
    const email = renderNotice(
      notice({
        problem: 'merge-suggestion',
        applicationId: 'app-new',
        application: 'Pinecrest',
        subject: 'Your application to Pinecrest',
        choices: 'Pinecrest — Platform Engineer\nPinecrest — Site Reliability Engineer',
        choiceIds: 'app-a,app-b',
      }),
      settingsWith(),
    );
    expect(email.subject).toBe('jobnudge filed "Your application to Pinecrest" on its own');
    expect(email.text).toContain('same as Pinecrest — Platform Engineer');
    expect(email.text).toContain('same as Pinecrest — Site Reliability Engineer');
    expect(email.html).toContain('same as Pinecrest — Site Reliability Engineer');
  });

  it('asks for the employer of an application filed under a stand-in name, with the reply to send', () => {
    const email = renderNotice(
      notice({ problem: 'name-employer', applicationId: 'app-1', application: 'Unknown employer — Quick chat', subject: 'Quick chat' }),
      settingsWith(),
    );
    expect(email.subject).toBe('jobnudge: which employer sent "Quick chat"?');
    expect(email.text).toContain('tracked as "Unknown employer — Quick chat"');
    expect(email.text).toContain('#company Acme Corp');
  });
});
