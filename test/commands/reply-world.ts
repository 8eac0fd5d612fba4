import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type { AuthVerdicts } from '../../shared/applications/envelope.ts';
import { ingestMessage, type IngestInput } from '../../shared/applications/ingest.ts';
import type { IngestResult } from '../../shared/applications/ingest-result.ts';
import { UserSettingsSchema, type UserSettings, type UserSettingsInput } from '../../shared/config/settings.ts';
import type { ApplicationRecord, ReminderRecord } from '../../shared/domain/application.ts';
import { ManualClock } from '../../shared/domain/clock.ts';
import { buildMessageId, noticeMessageKey, reminderMessageKey } from '../../shared/mailer/message-id.ts';
import { planReminders } from '../../shared/policy/index.ts';
import { MemoryApplicationStore } from '../../shared/store/memory-application-store.ts';
import { composeForward, USER_ADDRESS, type ForwardSpec } from '../support/compose-mail.ts';

/**
 * A small world for reply commands: the real ingest, planner and in-memory store, an application
 * made by forwarding an email, its planned reminders stored, and replies composed at run time.
 */

export const SENDER = 'nudges@jobs.example';
export const STRANGER = 'someone.else@example.net';
const PASSING: AuthVerdicts = { spam: 'PASS', virus: 'PASS', spf: 'PASS', dkim: 'PASS', dmarc: 'PASS' };
const SES_ID_DOMAIN = 'email.amazonses.com';

export function settingsWith(overrides: Partial<UserSettingsInput> = {}): UserSettings {
  return UserSettingsSchema.parse({
    timeZone: 'Europe/Berlin',
    allowedSenders: [USER_ADDRESS],
    notifyAddress: USER_ADDRESS,
    senderAddress: SENDER,
    ...overrides,
  });
}

export const confirmation = (date: Date): ForwardSpec => ({
  note: '#company Acme Corp\n#role Data Engineer',
  original: {
    // The ATS confirms; the application went to a named recruiter, so the policy plans confirm-receipt
    // (a recruiter who wrote that it arrived herself would already have answered that question).
    from: 'no-reply@acme.example',
    fromName: 'Acme Corp',
    date,
    subject: 'We received your application',
    text: 'Thank you for applying for the Data Engineer role at Acme Corp. Your application has been sent to Maya Chen (maya.chen@acme.example), who will review it.\n\nMaya Chen\nRecruiter, Acme Corp',
    messageId: `<confirm-${date.getTime()}@acme.example>`,
  },
});

export const interview = (date: Date, at: string): ForwardSpec => ({
  note: `#interview\n#company Acme Corp\n#role Data Engineer\n#at ${at}`,
  original: {
    from: 'dana@acme.example',
    fromName: 'Dana Smith',
    date,
    subject: 'Next steps',
    text: 'Hi Casey,\n\nLet us talk on Thursday.\n\nDana Smith\nAcme Corp',
    messageId: `<interview-${date.getTime()}@acme.example>`,
  },
});

export interface ReplySpec {
  readonly text: string;
  readonly date: Date;
  /** The reminder replied to; or a notice id for a reply to a notice. */
  readonly to: { readonly applicationId: string; readonly reminderId: string } | { readonly noticeId: string };
  readonly from?: string;
}

async function build(composer: MailComposer): Promise<Buffer> {
  return new Promise((resolve, reject) => composer.compile().build((error, message) => (error ? reject(error) : resolve(message))));
}

/**
 * A reply as a mail client writes it: In-Reply-To carries only the id SES gave the reminder, and
 * References carries jobnudge's own id (which the composer put there) followed by SES's.
 */
export async function composeReply(spec: ReplySpec): Promise<Buffer> {
  const key = 'noticeId' in spec.to ? noticeMessageKey(spec.to.noticeId) : reminderMessageKey(spec.to.applicationId, spec.to.reminderId);
  const ours = buildMessageId(key, SENDER);
  const sesId = `<0102019a-${Math.abs(hash(key)).toString(16)}-000000@${SES_ID_DOMAIN}>`;
  return build(
    new MailComposer({
      from: spec.from ?? USER_ADDRESS,
      to: 'jobs@inbox.example',
      subject: 'Re: Today: follow up with Acme Corp (Data Engineer)',
      date: spec.date,
      inReplyTo: sesId,
      references: [ours, sesId],
      text: spec.text,
    }),
  );
}

function hash(text: string): number {
  let h = 0;
  for (const char of text) h = (h * 31 + char.charCodeAt(0)) | 0;
  return h;
}

/** The quoted reminder under a reply, as Gmail lays it out. */
export function quoted(command: string): string {
  return [
    command,
    '',
    'On Mon, Nov 2, 2026 at 9:00 AM jobnudge <nudges@jobs.example> wrote:',
    '> Today: follow up with Acme Corp (Data Engineer)',
    '> Reply done, snooze 3d, stop or wrong: interview.',
    '> stop',
  ].join('\n');
}

export class ReplyWorld {
  readonly store = new MemoryApplicationStore();
  readonly clock: ManualClock;
  private count = 0;

  constructor(
    readonly settings: UserSettings,
    start: Date,
  ) {
    this.clock = new ManualClock(start);
  }

  input(messageId: string, raw: Uint8Array, source = USER_ADDRESS): IngestInput {
    return {
      messageId,
      rawKey: `inbound/${messageId}`,
      raw,
      envelope: { source, verdicts: PASSING },
      receivedAt: this.clock.now().toISOString(),
    };
  }

  ingest(messageId: string, raw: Uint8Array, source = USER_ADDRESS): Promise<IngestResult> {
    return ingestMessage(this.input(messageId, raw, source), { store: this.store, settings: this.settings, clock: this.clock });
  }

  /** Forward an email, then plan and store its reminders (what the pipeline does). */
  async forward(spec: ForwardSpec): Promise<ApplicationRecord> {
    const result = await this.ingest(`fwd-${++this.count}`, await composeForward(spec));
    if (result.outcome !== 'processed' || !result.application || !result.event) throw new Error(`forward not processed: ${result.reason}`);
    const plan = planReminders({
      application: result.application,
      previous: result.applicationBefore,
      event: result.event,
      pending: await this.store.listReminders(result.application.id),
      settings: this.settings,
      now: this.clock.now(),
    });
    for (const record of plan.diff.cancel) await this.store.putReminder(record);
    for (const record of plan.diff.create) await this.store.putReminder(record);
    return result.application;
  }

  async markSent(applicationId: string, reminderId: string): Promise<ReminderRecord> {
    return this.store.updateReminderStatus(applicationId, reminderId, { from: ['pending'], to: 'sent', sentAt: this.clock.now().toISOString() });
  }

  async reminder(applicationId: string, reminderId: string): Promise<ReminderRecord> {
    const record = await this.store.getReminder(applicationId, reminderId);
    if (!record) throw new Error(`no reminder ${reminderId}`);
    return record;
  }

  async application(applicationId: string): Promise<ApplicationRecord> {
    const record = await this.store.getApplication(applicationId);
    if (!record) throw new Error(`no application ${applicationId}`);
    return record;
  }
}
