import MailComposer from 'nodemailer/lib/mail-composer/index.js';

/** The user of every test: the address that forwards, and the settings that allow it. */
export const USER_ADDRESS = 'casey.user@example.org';
export const TEST_SETTINGS = { timeZone: 'Europe/Berlin', allowedSenders: [USER_ADDRESS] } as const;

export interface OriginalSpec {
  readonly from: string;
  readonly fromName?: string;
  readonly date: Date;
  readonly subject: string;
  readonly text: string;
  readonly messageId?: string;
}

export interface ForwardSpec {
  readonly original: OriginalSpec;
  /** The user's note above the forwarded message (where override tags go). */
  readonly note?: string;
  readonly from?: string;
  readonly forwardedAt?: Date;
  /** `inline`: a Gmail-style quoted forward (loses the Message-ID); `attached`: message/rfc822. */
  readonly style?: 'inline' | 'attached';
}

async function build(composer: MailComposer): Promise<Buffer> {
  return new Promise((resolve, reject) => composer.compile().build((error, message) => (error ? reject(error) : resolve(message))));
}

function gmailDate(date: Date): string {
  // Gmail writes the forwarded Date in the forwarder's zone; UTC keeps the tests zone-free.
  const day = date.toLocaleString('en-US', { weekday: 'short', timeZone: 'UTC' });
  const month = date.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  const time = date.toLocaleString('en-US', { hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'UTC' });
  return `${day}, ${month} ${date.getUTCDate()}, ${date.getUTCFullYear()} at ${time} UTC`;
}

/** A message forwarded by the user, composed at run time (no fixture file needed). */
export async function composeForward(spec: ForwardSpec): Promise<Buffer> {
  const { original } = spec;
  const from = spec.from ?? USER_ADDRESS;
  const date = spec.forwardedAt ?? new Date(original.date.getTime() + 3_600_000);
  const note = spec.note ?? '';
  const originalFrom = original.fromName ? `${original.fromName} <${original.from}>` : original.from;
  if (spec.style === 'attached') {
    const inner = await build(
      new MailComposer({
        from: originalFrom,
        to: from,
        subject: original.subject,
        date: original.date,
        messageId: original.messageId,
        text: original.text,
      }),
    );
    return build(
      new MailComposer({
        from,
        to: 'jobs@inbox.example',
        subject: `Fwd: ${original.subject}`,
        date,
        text: note,
        attachments: [{ filename: 'forwarded.eml', contentType: 'message/rfc822', content: inner }],
      }),
    );
  }
  const text = [
    note,
    '',
    '---------- Forwarded message ---------',
    `From: ${originalFrom}`,
    `Date: ${gmailDate(original.date)}`,
    `Subject: ${original.subject}`,
    `To: <${from}>`,
    '',
    '',
    original.text,
  ].join('\n');
  return build(new MailComposer({ from, to: 'jobs@inbox.example', subject: `Fwd: ${original.subject}`, date, text }));
}

/** The employer's email itself, as a provider's automatic forward delivers it (From: unchanged). */
export async function composeOriginal(original: OriginalSpec, to = USER_ADDRESS): Promise<Buffer> {
  const from = original.fromName ? `${original.fromName} <${original.from}>` : original.from;
  return build(new MailComposer({ from, to, subject: original.subject, date: original.date, messageId: original.messageId, text: original.text }));
}
