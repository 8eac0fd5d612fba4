import { MailSendError } from '../../shared/mailer/errors.ts';
import { fireReminder } from '../../shared/pipeline/index.ts';
import { reconcileReminders } from '../../shared/pipeline/reconcile-reminders.ts';
import { startFailingProxy, type Fault, type FailingProxy, type ProxiedRequest } from '../hardening/failing-proxy.ts';
import { jobMail } from '../hardening/job-mail.ts';
import { outcomeItemsFor, parserPath, type Emulators } from '../hardening/parser-harness.ts';
import { pipelineRig, type PipelineRig } from '../hardening/pipeline-rig.ts';

/**
 * `npm run reliability`, faults section: many job emails through the whole pipeline with one fault
 * injected per message at a chosen step (S3 read, a DynamoDB write refused or carried out with its
 * reply lost, Scheduler throttled, timed out after creating, or down through every retry), each
 * delivery retried as Lambda retries an async invocation, the reconciler run, then every schedule
 * fired with SES failing before or after accepting, each firing retried like Scheduler retries it.
 * Then it counts what can really go wrong. S3 and DynamoDB faults come from the failing proxy in
 * front of s3rver and dynalite; Scheduler and SES faults from the recording adapters' failNext
 * (they answer as the services do through the adapters: see recording-reminder-scheduler.ts).
 */
export const STEP_FAULTS = [
  'none',
  's3 get fails',
  'dynamodb write fails',
  'dynamodb write done, reply lost',
  'scheduler create throttled',
  'scheduler create done, reply lost',
  'scheduler down through every retry',
  'scheduler delete throttled',
] as const;
export type StepFault = (typeof STEP_FAULTS)[number];

/** Lambda runs an async invocation once and retries it twice. */
const DELIVERY_ATTEMPTS = 3;
/** Firings of one schedule before it would go to the dead-letter queue (kept small: each is a real send). */
const FIRING_ATTEMPTS = 3;
const FIRE_UNTIL = new Date('2027-12-31T00:00:00Z');

export interface FaultRunOptions {
  readonly messages: number;
  /** The deliberately broken variant: no reconciler after the deliveries. */
  readonly reconcile: boolean;
}

export interface FaultFigures {
  messages: number;
  faultsInjected: Record<string, number>;
  sendFaults: { beforeAccept: number; afterAccept: number };
  deliveryFailures: number;
  reconciled: number;
  emailsSent: number;
  lostMessages: number;
  duplicateOutcomes: number;
  lostReminders: number;
  doubleSends: number;
  extraCopiesAfterLostAnswer: number;
  orphanSchedules: number;
}

export async function faultRun(emulators: Emulators, options: FaultRunOptions): Promise<FaultFigures> {
  const dynamoProxy = await startFailingProxy(emulators.dynamo.endpoint, 'dynamodb');
  const s3Proxy = await startFailingProxy(emulators.s3.endpoint, 's3');
  const figures: FaultFigures = {
    messages: options.messages,
    faultsInjected: {},
    sendFaults: { beforeAccept: 0, afterAccept: 0 },
    deliveryFailures: 0,
    reconciled: 0,
    emailsSent: 0,
    lostMessages: 0,
    duplicateOutcomes: 0,
    lostReminders: 0,
    doubleSends: 0,
    extraCopiesAfterLostAnswer: 0,
    orphanSchedules: 0,
  };
  try {
    const path = await parserPath(emulators, { dynamoEndpoint: dynamoProxy.endpoint, s3Endpoint: s3Proxy.endpoint, maxAttempts: 1 });
    const rig = pipelineRig(path);
    const ids: string[] = [];
    for (let index = 0; index < options.messages; index++) {
      const messageId = `fault-${index}`;
      ids.push(messageId);
      const fault = STEP_FAULTS[index % STEP_FAULTS.length] ?? 'none';
      figures.faultsInjected[fault] = (figures.faultsInjected[fault] ?? 0) + 1;
      // Every third email is a confirmation, the rest interviews (the most reminders), each its own application.
      const kind = index % 3 === 0 ? 'confirmation' : 'interview';
      await path.deliver(messageId, await jobMail(kind, { originalTag: messageId, company: `Faultline ${index}` }));
      if (fault === 'scheduler delete throttled') {
        // A second email of the same application re-plans it: its cancellations meet the throttle.
        await deliverWithRetries(rig, messageId, figures);
        const again = `${messageId}-rejection`;
        ids.push(again);
        await path.deliver(again, await jobMail('rejection', { originalTag: again, company: `Faultline ${index}` }));
        rig.scheduler.failNext('cancel', 'throttle');
        await deliverWithRetries(rig, again, figures);
        continue;
      }
      arm(fault, dynamoProxy, s3Proxy, rig);
      await deliverWithRetries(rig, messageId, figures);
      dynamoProxy.failWhen(() => null);
      s3Proxy.failWhen(() => null);
    }

    if (options.reconcile) figures.reconciled = (await reconcileReminders(rig.deps)).rescheduled;

    const items = await path.scanAll();
    for (const messageId of ids) {
      const outcomes = outcomeItemsFor(items, messageId).length;
      if (outcomes === 0) figures.lostMessages++;
      figures.duplicateOutcomes += Math.max(0, outcomes - 1);
    }
    const active = new Set(rig.scheduler.activeSchedules().map((s) => s.scheduleName));
    figures.lostReminders = (await path.store.listAllReminders('pending')).filter((r) => !active.has(r.scheduleName)).length;

    await fireEverything(rig, figures);
    // After every schedule fired: a schedule left whose reminder is not pending would fire a settled reminder.
    for (const schedule of rig.scheduler.activeSchedules()) {
      const stored = await path.store.getReminder(schedule.payload.applicationId, schedule.payload.reminderId);
      if (stored?.status !== 'pending') figures.orphanSchedules++;
    }
  } finally {
    await dynamoProxy.stop();
    await s3Proxy.stop();
  }
  return figures;
}

async function deliverWithRetries(rig: PipelineRig, messageId: string, figures: FaultFigures): Promise<void> {
  for (let attempt = 1; attempt <= DELIVERY_ATTEMPTS; attempt++) {
    try {
      await rig.inbound(messageId);
      return;
    } catch {
      figures.deliveryFailures++;
    }
  }
}

/** Set the fault for the next delivery: the proxies fail one matching request, the scheduler its next calls. */
function arm(fault: StepFault, dynamo: FailingProxy, s3: FailingProxy, rig: PipelineRig): void {
  const once = (proxy: FailingProxy, matches: (request: ProxiedRequest) => boolean, answer: Fault, nth = 1): void => {
    let seen = 0;
    proxy.failWhen((request) => (matches(request) && ++seen === nth ? answer : null));
  };
  const isWrite = (request: ProxiedRequest) => /PutItem|UpdateItem|TransactWriteItems|DeleteItem/.test(request.target ?? '');
  switch (fault) {
    case 's3 get fails':
      once(s3, (request) => request.method === 'GET', 'server-error');
      return;
    case 'dynamodb write fails':
      once(dynamo, isWrite, 'server-error', 2);
      return;
    case 'dynamodb write done, reply lost':
      once(dynamo, isWrite, 'drop-reply', 2);
      return;
    case 'scheduler create throttled':
      rig.scheduler.failNext('schedule', 'throttle');
      return;
    case 'scheduler create done, reply lost':
      rig.scheduler.failNext('schedule', 'timeout');
      return;
    case 'scheduler down through every retry':
      for (let attempt = 0; attempt < DELIVERY_ATTEMPTS; attempt++) rig.scheduler.failNext('schedule', 'throttle');
      return;
    default:
      return;
  }
}

/**
 * Fire each due schedule in time order; SES fails before accepting on every 5th firing and after
 * accepting on every 7th. A failed firing is retried (Scheduler's retry policy); a firing that
 * succeeded is invoked once more (a doubled invocation), which must send nothing.
 */
async function fireEverything(rig: PipelineRig, figures: FaultFigures): Promise<void> {
  const lostAnswers = new Map<string, number>();
  let firing = 0;
  for (let next = rig.scheduler.fireNextDue(FIRE_UNTIL); next !== null; next = rig.scheduler.fireNextDue(FIRE_UNTIL)) {
    rig.clock.set(next.dueAt);
    firing++;
    if (firing % 5 === 0) {
      rig.mailer.failNext('before-accept');
      figures.sendFaults.beforeAccept++;
    } else if (firing % 7 === 0) {
      rig.mailer.failNext('after-accept');
      figures.sendFaults.afterAccept++;
    }
    for (let attempt = 1; attempt <= FIRING_ATTEMPTS; attempt++) {
      const sentBefore = rig.mailer.sent.length;
      try {
        await fireReminder(next.payload, rig.deps);
        await fireReminder(next.payload, rig.deps);
        break;
      } catch (error) {
        const accepted = rig.mailer.sent.length > sentBefore ? rig.mailer.sent[rig.mailer.sent.length - 1] : undefined;
        if (error instanceof MailSendError && accepted) lostAnswers.set(accepted.messageId, (lostAnswers.get(accepted.messageId) ?? 0) + 1);
      }
    }
  }
  const copies = new Map<string, number>();
  for (const email of rig.mailer.sent) copies.set(email.messageId, (copies.get(email.messageId) ?? 0) + 1);
  figures.emailsSent = rig.mailer.sent.length;
  for (const [messageId, count] of copies) {
    // At least once (delivery.ts): one extra copy per answer SES lost is the decided price; more is a double send.
    const allowed = 1 + (lostAnswers.get(messageId) ?? 0);
    figures.extraCopiesAfterLostAnswer += Math.min(count, allowed) - 1;
    figures.doubleSends += Math.max(0, count - allowed);
  }
}
