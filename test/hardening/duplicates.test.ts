import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventItemsFor, itemsWithPrefix, outcomeItemsFor, parserPath, startEmulators, type Emulators, type ParserPath } from './parser-harness.ts';
import { jobMail, type JobMailKind } from './job-mail.ts';
import { pipelineRig, type PipelineRig } from './pipeline-rig.ts';

// Inbound pipeline over s3rver + dynalite (one table per scenario); recording scheduler and mailer.
let emulators: Emulators;

beforeAll(async () => {
  emulators = await startEmulators();
});

afterAll(async () => {
  await emulators?.stop();
});

async function freshRig(): Promise<{ path: ParserPath; rig: PipelineRig }> {
  const path = await parserPath(emulators);
  return { path, rig: pipelineRig(path) };
}

/** What a user would see of their applications: everything but ids, versions and write times. */
async function visibleState(path: ParserPath) {
  const applications = await path.store.listApplications();
  return Promise.all(
    applications.map(async (app) => ({
      company: app.company,
      role: app.role,
      stage: app.stage,
      interviewRound: app.interviewRound,
      interviewAt: app.interviewAt,
      nextStepBy: app.nextStepBy,
      lastEventAt: app.lastEventAt,
      doNotContact: app.doNotContact,
      events: (await path.store.listEvents(app.id)).map((e) => `${e.kind}@${e.occurredAt}`),
    })),
  );
}

/** Fire everything due within half a year: the reminders (by id) the user actually receives. */
async function remindersSent(rig: PipelineRig): Promise<string[]> {
  const fired = await rig.fireDue(new Date('2027-06-01T00:00:00Z'));
  return fired.filter((r) => r.status === 'sent').map((r) => r.reminderId).sort();
}

async function deliverAll(path: ParserPath, prefix: string, kinds: readonly JobMailKind[]): Promise<string[]> {
  return Promise.all(
    kinds.map(async (kind) => {
      const messageId = `${prefix}-${kind}`;
      await path.deliver(messageId, await jobMail(kind, { originalTag: prefix }));
      return messageId;
    }),
  );
}

describe('the same SES event delivered again and again', () => {
  it('100 deliveries, 10 at a time, leave one outcome, one event, one application and one set of schedules', async () => {
    const { path, rig } = await freshRig();
    const messageId = 'dup-100';
    await path.deliver(messageId, await jobMail('interview', { originalTag: 'dup-100' }));

    const results = [];
    for (let round = 0; round < 10; round++) {
      results.push(...(await Promise.all(Array.from({ length: 10 }, () => rig.inbound(messageId)))));
    }

    expect(new Set(results.map((r) => r.outcome))).toEqual(new Set(['processed']));
    expect(results.filter((r) => !r.replayed).length).toBeGreaterThanOrEqual(1);
    const items = await path.scanAll();
    expect(outcomeItemsFor(items, messageId)).toHaveLength(1);
    expect(eventItemsFor(items, messageId)).toHaveLength(1);
    expect(items.filter((item) => item.type === 'application')).toHaveLength(1);
    expect(itemsWithPrefix(items, 'ORIG#')).toHaveLength(1);

    const reminders = items.filter((item) => item.type === 'reminder');
    expect(reminders.length).toBeGreaterThan(0);
    const names = rig.scheduler.created.map((s) => s.scheduleName);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(names)).toEqual(new Set(reminders.map((r) => r.scheduleName)));
    expect(rig.scheduler.cancelled).toEqual([]);
    expect(rig.mailer.sent).toEqual([]);
  });

  it('the same original forwarded again under a new SES messageId is a duplicate, attached or inline', async () => {
    const { path, rig } = await freshRig();
    for (const style of ['attached', 'inline'] as const) {
      await path.deliver(`reforward-${style}-1`, await jobMail('interview', { originalTag: `re-${style}`, style, company: `Re ${style} Labs` }));
      await path.deliver(`reforward-${style}-2`, await jobMail('interview', { originalTag: `re-${style}`, style, company: `Re ${style} Labs` }));
      const first = await rig.inbound(`reforward-${style}-1`);
      const schedules = rig.scheduler.created.length;
      const second = await rig.inbound(`reforward-${style}-2`);

      expect(first.outcome).toBe('processed');
      expect(second).toMatchObject({ outcome: 'duplicate', reason: 'this email was forwarded before' });
      if (first.outcome !== 'processed' || second.outcome !== 'duplicate') return;
      expect(second.applicationId).toBe(first.application?.id);
      expect(await path.store.listEvents(second.applicationId ?? '')).toHaveLength(1);
      expect(rig.scheduler.created.length).toBe(schedules);
    }
  });
});

describe('order and concurrency', () => {
  async function inOrderAndReversed() {
    const inOrder = await freshRig();
    for (const id of await deliverAll(inOrder.path, 'order-a', ['interview', 'rejection'])) await inOrder.rig.inbound(id);
    const reversed = await freshRig();
    for (const id of (await deliverAll(reversed.path, 'order-b', ['interview', 'rejection'])).reverse()) await reversed.rig.inbound(id);
    return { inOrder, reversed };
  }

  it('a rejection processed before the interview invite it followed leaves the application as if they came in order', async () => {
    const { inOrder, reversed } = await inOrderAndReversed();
    const expected = await visibleState(inOrder.path);
    expect(expected).toHaveLength(1);
    expect(expected[0]?.stage).toBe('rejected');
    expect(await visibleState(reversed.path)).toEqual(expected);
  });

  it('a rejection processed before the interview invite it followed sends the reminders the in-order run sends', async () => {
    const { inOrder, reversed } = await inOrderAndReversed();
    const expected = await remindersSent(inOrder.rig);
    // The in-order run is the reference: after an interview, a rejection brings its own follow-ups.
    expect(expected).toEqual(expect.arrayContaining(['ask-feedback.1', 'stay-in-touch.1']));
    expect(await remindersSent(reversed.rig)).toEqual(expected);
  });

  it('two different emails for one application processed concurrently lose no update and send exactly what a sequential run sends', async () => {
    const sequential = await freshRig();
    const seqIds = await deliverAll(sequential.path, 'conc-a', ['confirmation', 'interview', 'rejection']);
    for (const id of seqIds) await sequential.rig.inbound(id);

    const concurrent = await freshRig();
    const [confirmation, ...later] = await deliverAll(concurrent.path, 'conc-b', ['confirmation', 'interview', 'rejection']);
    await concurrent.rig.inbound(confirmation ?? '');
    const results = await Promise.all(later.map((id) => concurrent.rig.inbound(id)));

    expect(results.map((r) => r.outcome)).toEqual(['processed', 'processed']);
    const state = await visibleState(concurrent.path);
    expect(state).toEqual(await visibleState(sequential.path));
    expect(state[0]?.events).toHaveLength(3);
    const [app] = await concurrent.path.store.listApplications();
    // Every processed email bumped the version exactly once (created at 1, then two updates).
    expect(app?.version).toBe(3);
    // Never a reminder the sequential run would not send (the stale thank-you ones are dropped at fire
    // time).
    const sent = await remindersSent(concurrent.rig);
    const expected = await remindersSent(sequential.rig);
    expect(sent.filter((reminder) => !expected.includes(reminder))).toEqual([]);
    expect(new Set(sent).size).toBe(sent.length);
    // And none missing: "no extra reminders" alone passes when concurrency loses them all.
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.filter((reminder) => !sent.includes(reminder))).toEqual([]);
  });

  it('the first two emails of a new application arriving at the same moment make one application', async () => {
    const { path, rig } = await freshRig();
    const ids = await deliverAll(path, 'first-two', ['confirmation', 'interview']);
    await Promise.all(ids.map((id) => rig.inbound(id)));
    const applications = await path.store.listApplications();
    expect(applications.map((a) => a.company)).toEqual(['Quillfeather Labs']);
  });
});
