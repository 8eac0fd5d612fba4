import { describe, expect, it } from 'vitest';
import { MailSendError } from '../../shared/mailer/errors.ts';
import { RecordingMailer } from '../../shared/mailer/recording-mailer.ts';
import { USER } from '../reminders/fixtures.ts';
import { prepareMessage } from './message.ts';

// The recording mailer stands in for SES in simulations and the reliability run, so it fails the
// ways SES fails: refused before accepting (nothing delivered), or accepted with the answer lost.
describe('RecordingMailer faults', () => {
  it('refused before accepting: the send fails, retryable, and nothing is delivered', async () => {
    const mailer = new RecordingMailer({ allowedRecipient: USER });
    mailer.failNext('before-accept');
    await expect(mailer.send(prepareMessage())).rejects.toMatchObject({ name: 'MailSendError', retryable: true });
    expect(mailer.sent).toHaveLength(0);
    await mailer.send(prepareMessage());
    expect(mailer.sent).toHaveLength(1);
  });

  it('accepted, then the answer lost: the send fails although the email was delivered', async () => {
    const mailer = new RecordingMailer({ allowedRecipient: USER });
    mailer.failNext('after-accept');
    await expect(mailer.send(prepareMessage())).rejects.toBeInstanceOf(MailSendError);
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.acceptedThenFailed).toBe(1);
  });
});
