/**
 * `npm run reliability` (lives under test/, not shared/: product code never imports tests, and
 * this tool needs the emulators, which are dev dependencies): the hostile corpus and the duplicate/concurrency scenarios through the
 * inbound pipeline over local emulators (s3rver, dynalite; recording scheduler and mailer), then
 * every schedule fired twice; then the faults section (fault-run.ts): a fault injected at every step
 * and what it cost, with a self-check that the counters can become non-zero (the same run with the
 * reconciler switched off must lose reminders). Prints figures only (never mail content). Everything
 * but the counts and the memory figures must be 0.
 */
import { hostileCorpus, LARGE_ATTACHMENT_BYTES } from '../hardening/hostile-corpus.ts';
import { jobMail, type JobMailKind } from '../hardening/job-mail.ts';
import { eventItemsFor, outcomeItemsFor, parserPath, startEmulators, type ParserPath } from '../hardening/parser-harness.ts';
import { pipelineRig, type PipelineRig } from '../hardening/pipeline-rig.ts';
import { fireReminder } from '../../shared/pipeline/index.ts';
import { faultRun, type FaultFigures } from './fault-run.ts';

/** Messages in the faults section: every step fault met several times over. */
const FAULT_RUN_MESSAGES = Number(process.env.RELIABILITY_FAULT_MESSAGES ?? 48);

/** How often resident memory is sampled: often enough to catch the peak of a 35 MB parse. */
const RSS_SAMPLE_MS = 10;
const MB = 1024 * 1024;

interface Tally {
  inputs: number;
  crashes: number;
  withoutOutcome: number;
  duplicateRecords: number;
  duplicateSchedules: number;
  /** Creates that met an existing name (ConflictException, answered as done): retries and replays. */
  scheduleConflicts: number;
  duplicateSends: number;
  rawMissing: number;
}

class RssSampler {
  private peak = 0;
  private windowPeak = 0;
  private readonly timer: NodeJS.Timeout;
  constructor() {
    this.timer = setInterval(() => this.sample(), RSS_SAMPLE_MS);
    this.timer.unref();
  }
  sample(): void {
    const rss = process.memoryUsage().rss;
    this.peak = Math.max(this.peak, rss);
    this.windowPeak = Math.max(this.windowPeak, rss);
  }
  startWindow(): void {
    this.windowPeak = process.memoryUsage().rss;
  }
  endWindow(): number {
    this.sample();
    return this.windowPeak;
  }
  stop(): number {
    clearInterval(this.timer);
    this.sample();
    return this.peak;
  }
}

async function attempt(tally: Tally, run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch {
    tally.crashes++;
  }
}

/** Records, schedules and sends that exist more than once for what should be one. */
async function audit(path: ParserPath, rig: PipelineRig, messageIds: readonly string[], tally: Tally): Promise<void> {
  const items = await path.scanAll();
  for (const messageId of messageIds) {
    const outcomes = outcomeItemsFor(items, messageId).length;
    if (outcomes === 0) tally.withoutOutcome++;
    tally.duplicateRecords += Math.max(0, outcomes - 1) + Math.max(0, eventItemsFor(items, messageId).length - 1);
    if (!(await path.rawStillStored(messageId).catch(() => false))) tally.rawMissing++;
  }
  const companies = items.filter((item) => item.type === 'application').map((item) => `${String(item.companyKey)}#${String(item.roleKey)}#${String(item.stage)}`);
  tally.duplicateRecords += companies.length - new Set(companies).size;
  // Names are unique by construction (the scheduler answers a conflict for a second create), so what
  // can go wrong is two live schedules for one reminder: an old plan's left behind beside the new one.
  const live = rig.scheduler.activeSchedules().map((s) => `${s.payload.applicationId}#${s.payload.reminderId}`);
  tally.duplicateSchedules += live.length - new Set(live).size;
  tally.scheduleConflicts += rig.scheduler.conflicts.length;
}

/** Fire every due schedule twice at once (a retried or doubled invocation), then count repeated emails. */
async function fireAllTwice(rig: PipelineRig, tally: Tally): Promise<number> {
  const until = new Date('2027-12-31T00:00:00Z');
  for (let next = rig.scheduler.fireNextDue(until); next !== null; next = rig.scheduler.fireNextDue(until)) {
    rig.clock.set(next.dueAt);
    const { payload } = next;
    await attempt(tally, () => Promise.all([fireReminder(payload, rig.deps), fireReminder(payload, rig.deps)]));
  }
  const ids = rig.mailer.sent.map((email) => email.messageId);
  tally.duplicateSends += ids.length - new Set(ids).size;
  return ids.length;
}

async function main(): Promise<void> {
  const sampler = new RssSampler();
  const emulators = await startEmulators();
  const tally: Tally = { inputs: 0, crashes: 0, withoutOutcome: 0, duplicateRecords: 0, duplicateSchedules: 0, scheduleConflicts: 0, duplicateSends: 0, rawMissing: 0 };
  let largestPeak = 0;
  let beforeLargest = 0;
  let emailsSent = 0;
  let faults: FaultFigures | null = null;
  let broken: FaultFigures | null = null;
  try {
    // Hostile corpus: each message processed, then delivered again (a Lambda retry).
    const hostile = await parserPath(emulators);
    const hostileRig = pipelineRig(hostile);
    const ids: string[] = [];
    for (const [index, input] of hostileCorpus().entries()) {
      const messageId = `reliability-hostile-${index}`;
      ids.push(messageId);
      tally.inputs++;
      const large = input.name.startsWith('35 MB');
      await hostile.deliver(messageId, input.build());
      if (large) {
        beforeLargest = process.memoryUsage().rss;
        sampler.startWindow();
      }
      await attempt(tally, () => hostileRig.inbound(messageId));
      if (large) largestPeak = sampler.endWindow();
      await attempt(tally, () => hostileRig.inbound(messageId));
    }
    await audit(hostile, hostileRig, ids, tally);
    emailsSent += await fireAllTwice(hostileRig, tally);

    // The same SES event 100 times, 10 at a time.
    const dup = await parserPath(emulators);
    const dupRig = pipelineRig(dup);
    await dup.deliver('reliability-dup', await jobMail('interview', { originalTag: 'reliability-dup' }));
    for (let round = 0; round < 10; round++) {
      tally.inputs += 10;
      await Promise.all(Array.from({ length: 10 }, () => attempt(tally, () => dupRig.inbound('reliability-dup'))));
    }
    // The same original forwarded again under a new messageId, and two emails of one application at once.
    const kinds: JobMailKind[] = ['confirmation', 'interview', 'rejection'];
    const later: string[] = [];
    for (const kind of kinds) {
      const messageId = `reliability-concurrent-${kind}`;
      later.push(messageId);
      await dup.deliver(messageId, await jobMail(kind, { originalTag: 'reliability-concurrent', company: 'Concurrent Labs' }));
    }
    await dup.deliver('reliability-reforward', await jobMail('interview', { originalTag: 'reliability-dup' }));
    tally.inputs += 1 + later.length;
    await attempt(tally, () => dupRig.inbound('reliability-reforward'));
    await Promise.all(later.map((messageId) => attempt(tally, () => dupRig.inbound(messageId))));
    await audit(dup, dupRig, ['reliability-dup', 'reliability-reforward', ...later], tally);
    emailsSent += await fireAllTwice(dupRig, tally);

    faults = await faultRun(emulators, { messages: FAULT_RUN_MESSAGES, reconcile: true });
    broken = await faultRun(emulators, { messages: FAULT_RUN_MESSAGES, reconcile: false });
  } finally {
    await emulators.stop();
  }
  const peak = sampler.stop();
  const lines: [string, string | number][] = [
    ['inputs tried', tally.inputs],
    ['emails sent (reminders and notices, each schedule fired twice)', emailsSent],
    ['crashes', tally.crashes],
    ['messages without an outcome', tally.withoutOutcome],
    ['duplicate records', tally.duplicateRecords],
    ['duplicate schedules (two live for one reminder)', tally.duplicateSchedules],
    ['schedule creates answered ConflictException (idempotent retries)', tally.scheduleConflicts],
    ['duplicate sends', tally.duplicateSends],
    ['raw copies missing', tally.rawMissing],
    ['peak RSS, whole run (MB)', (peak / MB).toFixed(0)],
    ['RSS before the 35 MB message (MB)', (beforeLargest / MB).toFixed(0)],
    [`peak RSS while processing it (${(LARGE_ATTACHMENT_BYTES / MB).toFixed(0)} MB attachment, base64) (MB)`, (largestPeak / MB).toFixed(0)],
  ];
  for (const [label, value] of lines) console.log(`${label.padEnd(62)} ${value}`);
  let failures = tally.crashes + tally.withoutOutcome + tally.duplicateRecords + tally.duplicateSchedules + tally.duplicateSends + tally.rawMissing;
  if (faults && broken) {
    printFaults('faults at every step (the real code)', faults);
    printFaults('self-check: the same run with the reconciler off', broken);
    failures += faults.lostMessages + faults.duplicateOutcomes + faults.lostReminders + faults.doubleSends + faults.orphanSchedules;
    // A counter that cannot move proves nothing: the broken variant must lose reminders.
    if (broken.lostReminders === 0) {
      console.log('self-check FAILED: lost reminders stayed 0 with the reconciler off');
      failures++;
    }
  }
  process.exitCode = failures === 0 ? 0 : 1;
}

function printFaults(title: string, figures: FaultFigures): void {
  console.log(`\n${title}`);
  const lines: [string, string | number][] = [
    ...Object.entries(figures.faultsInjected).map(([fault, count]): [string, number] => [`  messages with fault: ${fault}`, count]),
    ['  SES sends failed before accepting / after accepting', `${figures.sendFaults.beforeAccept} / ${figures.sendFaults.afterAccept}`],
    ['  failed delivery attempts (retried)', figures.deliveryFailures],
    ['  orphans the reconciler scheduled', figures.reconciled],
    ['  emails sent', figures.emailsSent],
    ['  extra copies after a lost SES answer (at least once, by design)', figures.extraCopiesAfterLostAnswer],
    ['  lost messages (no recorded outcome)', figures.lostMessages],
    ['  duplicate outcomes', figures.duplicateOutcomes],
    ['  lost reminders (pending, no schedule)', figures.lostReminders],
    ['  double sends (beyond one copy per lost answer)', figures.doubleSends],
    ['  orphan schedules (left for a settled reminder)', figures.orphanSchedules],
  ];
  for (const [label, value] of lines) console.log(`${label.padEnd(62)} ${value}`);
}

await main();
