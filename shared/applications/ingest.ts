import { analyzeMessage } from '../analyze.ts';
import { ApplicationContentionError, MAX_APPLY_ATTEMPTS } from './apply-contention.ts';
import { handleReply, replayCommandEffect, type CommandEffect } from '../commands/handle-reply.ts';
import type { Analysis } from '../domain/analysis.ts';
import type { ApplicationEvent, ApplicationRecord, MeetingDetails, MessageOutcome, Notice } from '../domain/application.ts';
import type { Clock } from '../domain/clock.ts';
import type { EventKind, Outcome } from '../domain/kinds.ts';
import type { Logger } from '../logging/logger.ts';
import { silentLogger } from '../logging/logger.ts';
import { MailParseError } from '../mail/index.ts';
import type { ApplicationStore } from '../store/application-store.ts';
import { ApplicationExistsError, VersionConflictError } from '../store/application-store.ts';
import { applyEvent, NO_EVENT_YET, type EventFacts } from './apply-event.ts';
import { correlate, type Correlation } from './correlate.ts';
import type { MessageEnvelope } from './envelope.ts';
import { verdictSignals } from './envelope.ts';
import { evidenceOf } from './evidence.ts';
import { applicationLabel, FILING_NOTICE_KINDS, MAX_MERGE_CHOICES, MERGE_SUGGESTION, NAME_EMPLOYER } from './filing-notice.ts';
import { newApplicationIdFor, noticeIdFor, originalIdOf } from './identity.ts';
import type { AnalysisSummary, IngestResult, ProcessedResult } from './ingest-result.ts';
import { companyKey as toCompanyKey, roleKey as toRoleKey } from './normalize.ts';
import { plausibleNear } from './plausible-time.ts';
import { standInCompany, UNKNOWN_EMPLOYER } from './stand-in-company.ts';
import { decideTrust, type TrustDecision, type TrustInput } from './trust.ts';
import { headerFieldsOf, readTrustHeaders } from './trust-headers.ts';
import { recordSkipped } from './skipped-mail.ts';

export interface IngestInput {
  /** SES messageId (or the local inbox's id): the idempotency key of the whole use case. */
  readonly messageId: string;
  readonly rawKey: string;
  readonly raw: Uint8Array;
  readonly envelope: MessageEnvelope;
  /** When the message arrived (ISO). */
  readonly receivedAt: string;
  /**
   * What the trust decision reads (SES: from the event, see shared/ses/trust-input.ts). Without it
   * the decision reads the raw message's own headers, with the envelope above and no recipients.
   */
  readonly trust?: TrustInput;
}

/** The slice of the user's settings (UserSettingsSchema) that ingest needs. */
export interface IngestSettings {
  readonly timeZone: string;
  readonly allowedSenders: readonly string[];
  /** The secret ingest address (UserSettings.ingestSecretAddress), when configured. */
  readonly ingestSecretAddress?: string | undefined;
}

export interface IngestDeps {
  readonly store: ApplicationStore;
  readonly settings: IngestSettings;
  readonly clock: Clock;
  readonly logger?: Logger;
}

/** The one trust decision for a message (shared/applications/trust.ts), from the event or the raw headers. */
export function judgeTrust(input: Pick<IngestInput, 'trust' | 'raw' | 'envelope'>, settings: IngestSettings): TrustDecision {
  const trust: TrustInput = input.trust ?? {
    envelope: input.envelope,
    recipients: [],
    headers: readTrustHeaders(headerFieldsOf(input.raw)),
    commonFrom: null,
    headersTruncated: false,
  };
  return decideTrust(trust, { allowedSenders: settings.allowedSenders, secretAddress: settings.ingestSecretAddress ?? null });
}

/**
 * Record the end of a message that trust turned away, without reading it: the outcome is the only
 * write (a retry finds it and replays).
 */
export async function recordUntrusted(
  message: { readonly messageId: string; readonly rawKey: string; readonly receivedAt: string },
  decision: Extract<TrustDecision, { accepted: false }>,
  deps: Pick<IngestDeps, 'store' | 'clock' | 'logger'>,
): Promise<IngestResult> {
  // Before the outcome (the commit point), so a crash between the two repeats both on the retry.
  if (decision.claimsUser) await recordSkipped(message, decision, deps.store);
  const recorded = await deps.store.recordOutcome({
    messageId: message.messageId,
    outcome: decision.outcome,
    reason: decision.reason,
    applicationId: null,
    rawKey: message.rawKey,
    recordedAt: deps.clock.now().toISOString(),
  });
  const { outcome } = recorded;
  (deps.logger ?? silentLogger).info('message ingested', { messageId: message.messageId, outcome: outcome.outcome, replayed: !recorded.recorded, reason: outcome.reason, read: false });
  const base = {
    messageId: outcome.messageId,
    rawKey: outcome.rawKey,
    reason: outcome.reason,
    notices: [],
    replayed: !recorded.recorded,
    ...(decision.claimsUser ? { listedForUser: true } : {}),
  };
  return outcome.outcome === 'quarantined' ? { ...base, outcome: 'quarantined' } : { ...base, outcome: 'ignored' };
}

/**
 * One inbound message, start to end: trust → parse/analyze → correlate → store, ending in exactly
 * one recorded outcome. Safe to run again for the same messageId, also concurrently:
 *   1. an outcome already recorded for the messageId ends the run (replay);
 *   2. the original is claimed with a conditional write that also fixes the application it goes to,
 *      so a retry or a twin run attaches it to the same application;
 *   3. the event's key is derived from the message, the application update is conditional on its
 *      version and applying the same event twice changes nothing;
 *   4. the outcome is written last, conditionally: it is the commit point.
 * A crash anywhere before 4 leaves writes that the next attempt repeats harmlessly.
 */
export async function ingestMessage(input: IngestInput, deps: IngestDeps): Promise<IngestResult> {
  const logger = (deps.logger ?? silentLogger).child({ messageId: input.messageId });
  const run = new IngestRun(input, deps, logger);
  const result = await run.execute();
  logger.info('message ingested', {
    outcome: result.outcome,
    replayed: result.replayed,
    applicationId: result.outcome === 'processed' ? (result.application?.id ?? null) : result.outcome === 'duplicate' ? result.applicationId : null,
    kind: result.outcome === 'processed' ? (result.analysis?.kind ?? null) : null,
    reason: result.reason,
  });
  return result;
}

class IngestRun {
  private readonly notices: Notice[] = [];
  /** How trust accepted the message, recorded with its event. */
  private trustSignals: string[] = [];

  constructor(
    private readonly input: IngestInput,
    private readonly deps: IngestDeps,
    private readonly logger: Logger,
  ) {}

  private now(): string {
    return this.deps.clock.now().toISOString();
  }

  async execute(): Promise<IngestResult> {
    const { input, deps } = this;
    const replayed = await replayRecorded(input.messageId, deps.store);
    if (replayed) return replayed;

    const trust = judgeTrust(input, deps.settings);
    if (!trust.accepted) return recordUntrusted(input, trust, { ...deps, logger: this.logger });

    let analysis: Analysis;
    try {
      analysis = await analyzeMessage(input.raw, { timeZone: deps.settings.timeZone, userAddresses: deps.settings.allowedSenders });
    } catch (error) {
      if (!(error instanceof MailParseError)) throw error;
      // Only mail that passed trust reaches this point, so a stranger cannot cause this notice.
      this.logger.warn('unreadable message quarantined', { errorName: error.name });
      await this.notice('unreadable-forward', { problem: 'the message could not be read as an email', rawKey: input.rawKey });
      return this.finish({ outcome: 'quarantined', reason: `unreadable message: ${error.name}` });
    }

    // SES judged the headers it listed; the parser must see the same sender (a truncated header list,
    // or a header SES and mailparser read differently, ends here).
    const parsedFrom = analysis.mail.outer.from?.address.toLowerCase() ?? null;
    if (trust.as !== 'secret-address' && trust.fromAddress !== null && parsedFrom !== trust.fromAddress) {
      return this.finish({ outcome: 'quarantined', reason: 'From header read differently than the trust decision saw it' });
    }
    this.trustSignals = [`trust:${trust.as}`, ...(trust.provider ? [`forwarded-by:${trust.provider}`] : [])];

    const verification = analysis.extraction.forwardingVerification;
    if (trust.as === 'forwarding-verification' && verification === null) {
      return this.finish({ outcome: 'ignored', reason: 'from Google, but not a forwarding confirmation' });
    }

    // ── reply commands (shared/commands) ──────────────────────────────────────────────────────
    // The user's reply to a reminder is a command (done, snooze, stop, wrong: KIND), not a forward:
    // it is never classified; its reminder changes travel in the result for the scheduler.
    if (trust.as === 'hand-forward' || trust.as === 'reply-command') {
      const reply = await handleReply(analysis.mail, { messageId: input.messageId, receivedAt: input.receivedAt }, deps);
      if (reply !== null) {
        this.notices.push(...reply.notices);
        return this.finish(
          { outcome: reply.outcome, reason: reply.reason, applicationId: reply.applicationId },
          { ...(reply.application ? { application: reply.application } : {}), ...(reply.effect ? { command: reply.effect } : {}) },
        );
      }
    }
    // ── end reply commands ────────────────────────────────────────────────────────────────────

    const summary = summarize(analysis, input.receivedAt);
    if (verification !== null && trust.as === 'forwarding-verification') {
      // Only the fact is logged: the code and link go to the user through the notice.
      this.logger.info('forwarding verification received', { provider: verification.provider });
      const details: Record<string, string> = { provider: verification.provider };
      if (verification.code) details.code = verification.code;
      if (verification.link) details.link = verification.link;
      await this.notice('forwarding-verification', details);
      return this.finish({ outcome: 'processed', reason: 'forwarding verification: code recorded for you' }, { analysis: summary });
    }
    if (summary.overrideProblems.length > 0) {
      await this.notice('command-help', { problem: 'unreadable-tags', tags: summary.overrideProblems.join('; ') });
    }
    return this.attach(analysis, summary);
  }

  private async attach(analysis: Analysis, summary: AnalysisSummary): Promise<IngestResult> {
    const { input, deps } = this;
    const original = analysis.mail.original;
    const readCompanyKey = summary.company === null ? null : toCompanyKey(summary.company);
    const roleKey = summary.role === null ? null : toRoleKey(summary.role);
    const evidence = evidenceOf(original, analysis.contacts, deps.settings.allowedSenders);
    // Every application is a candidate: the thread, a requisition id or the sender may tie the email
    // to one whose company was read differently (a single user's applications are few).
    const applications = await deps.store.listApplications();
    const correlation = correlate({ kind: summary.kind, companyKey: readCompanyKey, roleKey, evidence }, applications);
    if (correlation.match === 'none') return this.finish({ outcome: 'ignored', reason: correlation.reason }, { analysis: summary });

    // A job email is never dropped for want of a company: it is filed under a stand-in name.
    const company = summary.company !== null && readCompanyKey !== null ? summary.company : standInCompany(original);
    const companyKey = readCompanyKey ?? toCompanyKey(company) ?? UNKNOWN_EMPLOYER.toLowerCase();
    const companyGuessed = readCompanyKey === null;
    const proposedId =
      correlation.match === 'existing'
        ? correlation.application.id
        : newApplicationIdFor({ companyKey, roleKey, known: applications.filter((app) => app.companyKey === companyKey).map((app) => app.id) });
    const claim = await deps.store.claimOriginal({
      originalId: summary.originalId,
      messageId: input.messageId,
      applicationId: proposedId,
      claimedAt: this.now(),
    });
    if (!claim.claimed && claim.claim.messageId !== input.messageId) {
      return this.finish(
        { outcome: 'duplicate', reason: 'this email was forwarded before', applicationId: claim.claim.applicationId },
        { analysis: summary },
      );
    }
    // A retry (or a twin run) follows the first run's choice, even if correlation would now differ.
    const applicationId = claim.claim.applicationId;

    const event: ApplicationEvent = {
      applicationId,
      messageId: input.messageId,
      originalId: summary.originalId,
      kind: summary.kind,
      confidence: summary.confidence,
      // SPF/DKIM/DMARC of the forward travel with the event, for the record.
      signals: [...summary.signals, ...this.trustSignals, ...verdictSignals(input.envelope.verdicts)],
      occurredAt: summary.occurredAt,
      receivedAt: input.receivedAt,
      subject: original.subject,
      fromName: original.from?.name || null,
      fromAddress: original.from?.address ?? null,
      rawKey: input.rawKey,
      interviewAt: summary.interviewAt,
      nextStepBy: summary.nextStepBy,
      doNotContact: summary.doNotContact,
      ...(summary.kind === 'interview' ? { meeting: meetingOf(analysis) } : {}),
    };
    await deps.store.putEvent(event);

    const facts: EventFacts = {
      kind: summary.kind,
      occurredAt: summary.occurredAt,
      interviewAt: summary.interviewAt,
      nextStepBy: summary.nextStepBy,
      doNotContact: summary.doNotContact,
      contacts: analysis.contacts,
      role: summary.role,
      roleKey,
      meeting: event.meeting ?? null,
      evidence,
      company: companyGuessed ? null : { name: company, key: companyKey },
    };
    const seed = { company, companyKey, role: summary.role, roleKey, ...(companyGuessed ? { companyGuessed: true } : {}) };
    const { before, after } = await this.applyWithRetry(applicationId, facts, seed);
    await this.filingNotices(correlation, summary.kind, after, before === null && after.companyGuessed === true, original.subject, summary.occurredAt);
    return this.finish(
      { outcome: 'processed', reason: correlation.reason },
      { analysis: summary, application: after, applicationBefore: before, event },
    );
  }

  private async applyWithRetry(
    applicationId: string,
    facts: EventFacts,
    seed: Pick<ApplicationRecord, 'company' | 'companyKey' | 'role' | 'roleKey' | 'companyGuessed'>,
  ): Promise<{ before: ApplicationRecord | null; after: ApplicationRecord }> {
    const { store } = this.deps;
    for (let attempt = 1; attempt <= MAX_APPLY_ATTEMPTS; attempt++) {
      const now = this.now();
      const current = await store.getApplication(applicationId);
      if (!current) {
        const base: ApplicationRecord = {
          id: applicationId,
          ...seed,
          stage: 'applied',
          contacts: [],
          interviewRound: 0,
          interviewAt: null,
          nextStepBy: null,
          doNotContact: false,
          lastEventAt: NO_EVENT_YET,
          remindersStopped: false,
          createdAt: now,
          updatedAt: now,
          version: 1,
        };
        try {
          const created = await store.createApplication({ ...applyEvent(base, facts, now), version: 1 });
          return { before: null, after: created };
        } catch (error) {
          if (error instanceof ApplicationExistsError) continue;
          throw error;
        }
      }
      const next = applyEvent(current, facts, now);
      if (next === current) return { before: current, after: current };
      try {
        return { before: current, after: await store.updateApplication(next, current.version) };
      } catch (error) {
        if (error instanceof VersionConflictError) {
          this.logger.debug('application changed meanwhile, retrying', { applicationId, attempt });
          continue;
        }
        throw error;
      }
    }
    throw new ApplicationContentionError(applicationId);
  }

  /**
   * What the user is told about how an email was filed, once: a job email filed on its own while
   * other applications matched about as well (reply `same as …` to merge), and an application filed
   * under a stand-in name (reply `#company …`), asked once per application.
   */
  private async filingNotices(
    correlation: Correlation,
    kind: EventKind,
    application: ApplicationRecord,
    created: boolean,
    subject: string,
    /** When the email was sent: the notice names it by subject and date, as the user's mailbox lists it. */
    sentAt: string,
  ): Promise<void> {
    const label = applicationLabel(application);
    if (correlation.match === 'new' && FILING_NOTICE_KINDS.has(kind)) {
      const others = correlation.ambiguous.filter((candidate) => candidate.application.id !== application.id).slice(0, MAX_MERGE_CHOICES);
      if (others.length > 0) {
        await this.notice(
          'command-help',
          {
            problem: MERGE_SUGGESTION,
            applicationId: application.id,
            application: label,
            subject,
            sentAt,
            choices: others.map((candidate) => applicationLabel(candidate.application)).join('\n'),
            choiceIds: others.map((candidate) => candidate.application.id).join(','),
          },
          noticeIdFor(MERGE_SUGGESTION, this.input.messageId),
        );
      }
    }
    if (created && application.companyGuessed === true) {
      await this.notice(
        'command-help',
        { problem: NAME_EMPLOYER, applicationId: application.id, application: label, subject, sentAt },
        noticeIdFor(NAME_EMPLOYER, application.id),
      );
    }
  }

  private async notice(kind: Notice['kind'], details: Record<string, string>, noticeId = noticeIdFor(kind, this.input.messageId)): Promise<void> {
    const notice: Notice = {
      noticeId,
      kind,
      messageId: this.input.messageId,
      details,
      status: 'pending',
      createdAt: this.now(),
    };
    const { notice: stored } = await this.deps.store.putNotice(notice);
    this.notices.push(stored);
  }

  private async finish(
    end: { outcome: Outcome; reason: string; applicationId?: string | null },
    extra: {
      analysis?: AnalysisSummary;
      application?: ApplicationRecord;
      applicationBefore?: ApplicationRecord | null;
      event?: ApplicationEvent;
      command?: CommandEffect;
    } = {},
  ): Promise<IngestResult> {
    const { input } = this;
    const applicationId = end.applicationId ?? extra.application?.id ?? null;
    await this.deps.store.recordOutcome({
      messageId: input.messageId,
      outcome: end.outcome,
      reason: end.reason,
      applicationId,
      rawKey: input.rawKey,
      recordedAt: this.now(),
    });
    const base = { messageId: input.messageId, rawKey: input.rawKey, reason: end.reason, notices: this.notices, replayed: false };
    switch (end.outcome) {
      case 'processed':
        return {
          ...base,
          outcome: 'processed',
          application: extra.application ?? null,
          applicationBefore: extra.applicationBefore ?? null,
          event: extra.event ?? null,
          analysis: extra.analysis ?? null,
          ...(extra.command ? { command: extra.command } : {}),
        } satisfies ProcessedResult;
      case 'duplicate':
        return { ...base, outcome: 'duplicate', applicationId };
      case 'ignored':
        return { ...base, outcome: 'ignored' };
      case 'quarantined':
        return { ...base, outcome: 'quarantined' };
    }
  }
}

/** The invitation's link, place, dial-in and length, as the reminders repeat them. */
function meetingOf(analysis: Analysis): MeetingDetails {
  const { format, link, location, durationMinutes, dialIn } = analysis.extraction.interview;
  return { format, link, location, dialIn: dialIn ?? null, durationMinutes: durationMinutes ?? null };
}

function summarize(analysis: Analysis, receivedAt: string): AnalysisSummary {
  const { mail, classification, extraction, overrides } = analysis;
  const overridden = (['kind', 'company', 'role', 'interviewAt'] as const).filter((field) => overrides[field] !== null);
  const date = mail.original.date ?? mail.outer.date;
  const occurredAt = date && !Number.isNaN(date.getTime()) ? date.toISOString() : new Date(receivedAt).toISOString();
  return {
    kind: analysis.kind,
    confidence: overrides.kind !== null ? 1 : classification.confidence,
    signals: [...classification.signals, ...overridden.map((field) => `override:${field}`)],
    company: analysis.company,
    role: analysis.role,
    interviewAt: plausibleNear(analysis.interviewAt, occurredAt),
    nextStepBy: plausibleNear(extraction.nextStepBy, occurredAt),
    doNotContact: extraction.doNotContact,
    forwardFormat: mail.forwardFormat,
    originalId: originalIdOf(mail.original),
    occurredAt,
    overrideProblems: overrides.problems,
  };
}

/** The result of a message handled before, rebuilt from what was stored; null when it is new. */
export async function replayRecorded(messageId: string, store: ApplicationStore): Promise<IngestResult | null> {
  const recorded = await store.getOutcome(messageId);
  return recorded ? replay(recorded, store) : null;
}

async function replay(recorded: MessageOutcome, store: ApplicationStore): Promise<IngestResult> {
  const noticeIds = [
    ...(['forwarding-verification', 'unreadable-forward', 'command-help', MERGE_SUGGESTION] as const).map((kind) => noticeIdFor(kind, recorded.messageId)),
    // Asked once per application; a replay still hands it on when its first run did not mail it.
    ...(recorded.applicationId ? [noticeIdFor(NAME_EMPLOYER, recorded.applicationId)] : []),
  ];
  const notices = (await Promise.all(noticeIds.map((id) => store.getNotice(id)))).filter((n): n is Notice => n !== null);
  const base = { messageId: recorded.messageId, rawKey: recorded.rawKey, reason: recorded.reason, notices, replayed: true };
  switch (recorded.outcome) {
    case 'processed': {
      const application = recorded.applicationId ? await store.getApplication(recorded.applicationId) : null;
      const event = application
        ? ((await store.listEvents(application.id)).find((e) => e.messageId === recorded.messageId) ?? null)
        : null;
      const command = await replayCommandEffect(recorded, store);
      return { ...base, outcome: 'processed', application, applicationBefore: null, event, analysis: null, ...(command ? { command } : {}) };
    }
    case 'duplicate':
      return { ...base, outcome: 'duplicate', applicationId: recorded.applicationId };
    case 'ignored':
      return { ...base, outcome: 'ignored' };
    case 'quarantined':
      return { ...base, outcome: 'quarantined' };
  }
}
