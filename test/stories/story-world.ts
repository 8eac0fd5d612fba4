import { DateTime } from 'luxon';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { UNCHECKED_VERDICTS } from '../../shared/applications/envelope.ts';
import { UserSettingsSchema, type UserSettings } from '../../shared/config/settings.ts';
import type { ApplicationRecord, ReminderRecord } from '../../shared/domain/application.ts';
import { ManualClock } from '../../shared/domain/clock.ts';
import { silentLogger } from '../../shared/logging/logger.ts';
import { buildMessageId, noticeMessageKey, reminderMessageKey } from '../../shared/mailer/message-id.ts';
import { RecordingMailer } from '../../shared/mailer/recording-mailer.ts';
import type { PipelineDeps } from '../../shared/pipeline/deps.ts';
import { fireDueUpTo } from '../../shared/pipeline/fire-due.ts';
import { processInbound, type InboundResult } from '../../shared/pipeline/process-inbound.ts';
import { RecordingReminderScheduler } from '../../shared/scheduler/recording-reminder-scheduler.ts';
import { MemoryApplicationStore } from '../../shared/store/memory-application-store.ts';
import { composeForward, USER_ADDRESS } from '../support/compose-mail.ts';
import type { Story, StoryEmail, StoryReply } from './story-mail.ts';

/**
 * A story through the real pipeline as `jobnudge plan` runs it: in-memory store, recording scheduler
 * and mailer (nothing can be sent from a test), and a clock that moves to each email's Date, firing
 * every reminder due before it first.
 */

export const STORY_ZONE = 'America/New_York';
export const STORY_SENDER = 'nudges@jobnudge.example';
/** Every story runs to the end of the year. */
export const STORY_END = '2026-12-31 23:59';

export function storyInstant(wallClock: string): Date {
  const at = DateTime.fromFormat(wallClock, 'yyyy-LL-dd HH:mm', { zone: STORY_ZONE });
  if (!at.isValid) throw new Error(`bad story time ${wallClock}`);
  return at.toJSDate();
}

export function wallClock(iso: string): string {
  return DateTime.fromISO(iso).setZone(STORY_ZONE).toFormat('yyyy-LL-dd HH:mm');
}

async function build(composer: MailComposer): Promise<Buffer> {
  return new Promise((resolve, reject) => composer.compile().build((error, message) => (error ? reject(error) : resolve(message))));
}

/** The employer's email forwarded by the user: inline (Gmail) or as an attached .eml that keeps its headers. */
async function composeStoryEmail(mail: StoryEmail): Promise<Buffer> {
  const date = storyInstant(mail.at);
  const forwardedAt = new Date(date.getTime() + 20 * 60_000);
  if (mail.delivery === 'inline') {
    return composeForward({ original: { from: mail.from, fromName: mail.fromName, date, subject: mail.subject, text: mail.text, messageId: mail.messageId }, forwardedAt });
  }
  const inner = await build(
    new MailComposer({
      from: `${mail.fromName} <${mail.from}>`,
      to: `Casey User <${USER_ADDRESS}>`,
      subject: mail.subject,
      date,
      messageId: mail.messageId,
      ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
      ...(mail.references ? { references: [...mail.references] } : {}),
      text: mail.text,
    }),
  );
  return build(
    new MailComposer({
      from: USER_ADDRESS,
      to: 'jobs@inbox.example',
      subject: `Fwd: ${mail.subject}`,
      date: forwardedAt,
      text: '',
      attachments: [{ filename: 'forwarded.eml', contentType: 'message/rfc822', content: inner }],
    }),
  );
}

export class StoryWorld {
  readonly store = new MemoryApplicationStore();
  readonly scheduler = new RecordingReminderScheduler();
  readonly settings: UserSettings;
  readonly mailer: RecordingMailer;
  readonly clock: ManualClock;
  readonly deps: PipelineDeps;
  readonly results: InboundResult[] = [];
  private count = 0;

  constructor(readonly story: Story) {
    this.settings = UserSettingsSchema.parse({
      timeZone: STORY_ZONE,
      allowedSenders: [USER_ADDRESS],
      notifyAddress: USER_ADDRESS,
      senderAddress: STORY_SENDER,
      rules: Object.fromEntries((story.disabledRules ?? []).map((rule) => [rule, { enabled: false }])),
    });
    this.mailer = new RecordingMailer({ allowedRecipient: USER_ADDRESS });
    const first = story.steps[0];
    this.clock = new ManualClock(first ? storyInstant(first.at) : new Date());
    this.deps = { store: this.store, scheduler: this.scheduler, mailer: this.mailer, settings: this.settings, clock: this.clock, logger: silentLogger };
  }

  async run(): Promise<this> {
    for (const step of this.story.steps) {
      const at = storyInstant(step.at);
      // The user forwards (or replies) 20 minutes after the email: reminders due before then fire first.
      const arrives = new Date(at.getTime() + 20 * 60_000);
      await fireDueUpTo(new Date(arrives.getTime() - 1), this.deps, { scheduler: this.scheduler, clock: this.clock });
      this.clock.set(new Date(Math.max(this.clock.now().getTime(), arrives.getTime())));
      const raw = step.step === 'email' ? await composeStoryEmail(step) : await this.composeReply(step, arrives);
      this.results.push(
        await processInbound(
          {
            messageId: `story-${++this.count}`,
            rawKey: `inbound/story-${this.count}`,
            raw,
            envelope: { source: USER_ADDRESS, verdicts: UNCHECKED_VERDICTS },
            receivedAt: arrives.toISOString(),
          },
          this.deps,
        ),
      );
    }
    await fireDueUpTo(storyInstant(STORY_END), this.deps, { scheduler: this.scheduler, clock: this.clock });
    return this;
  }

  /** The user's reply to the notice of that kind, as a mail client threads it (References holds jobnudge's id). */
  private async composeReply(reply: StoryReply, at: Date): Promise<Buffer> {
    const notice = (await this.store.listNotices()).find((candidate) => candidate.details.problem === reply.toNotice);
    if (!notice) throw new Error(`story ${this.story.id}: no ${reply.toNotice} notice to reply to`);
    const ours = buildMessageId(noticeMessageKey(notice.noticeId), STORY_SENDER);
    return build(
      new MailComposer({
        from: USER_ADDRESS,
        to: 'jobs@inbox.example',
        subject: 'Re: jobnudge',
        date: at,
        inReplyTo: ours,
        references: [ours],
        text: `${reply.text}\n\nOn Mon, Nov 9, 2026 at 12:30 PM jobnudge <${STORY_SENDER}> wrote:\n> quoted notice`,
      }),
    );
  }

  applications(): Promise<ApplicationRecord[]> {
    return this.store.listApplications();
  }

  async reminders(): Promise<{ application: ApplicationRecord; reminder: ReminderRecord }[]> {
    const out: { application: ApplicationRecord; reminder: ReminderRecord }[] = [];
    for (const application of await this.applications()) {
      for (const reminder of await this.store.listReminders(application.id)) out.push({ application, reminder });
    }
    return out;
  }

  /** The text of the reminder email that went out, or null. */
  sentText(application: ApplicationRecord, reminder: ReminderRecord): string | null {
    const id = buildMessageId(reminderMessageKey(application.id, reminder.reminderId), STORY_SENDER);
    return this.mailer.sent.find((email) => email.messageId === id)?.message.text ?? null;
  }

  /** Filing notices (merge suggestions, name-the-employer) the user was sent, by kind. */
  async filingNotices(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const notice of await this.store.listNotices()) {
      const problem = notice.details.problem ?? '';
      if (problem !== 'merge-suggestion' && problem !== 'name-employer') continue;
      counts[problem] = (counts[problem] ?? 0) + 1;
    }
    return counts;
  }
}
