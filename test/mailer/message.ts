import type { AddressObject, ParsedMail } from 'mailparser';
import type { OutgoingMessage } from '../../shared/mailer/mailer.ts';
import { reminderMessageKey } from '../../shared/mailer/message-id.ts';
import { renderReminder } from '../../shared/reminders/render.ts';
import { input, SENDER, USER } from '../reminders/fixtures.ts';

/** The `prepare` reminder as the reminder Lambda would send it (text, HTML and the .ics). */
export function prepareMessage(overrides: Partial<OutgoingMessage> = {}): OutgoingMessage {
  const email = renderReminder(input('prepare'));
  return {
    ...email,
    to: USER,
    from: SENDER,
    messageKey: reminderMessageKey('app-7f3a', 'prepare.1'),
    headers: { 'X-Jobnudge-Reminder': 'app-7f3a/prepare.1' },
    ...overrides,
  };
}

export function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  if (!field) return [];
  return (Array.isArray(field) ? field : [field]).flatMap((a) => a.value.map((v) => v.address ?? ''));
}

export function header(mail: ParsedMail, name: string): string | undefined {
  const value = mail.headers.get(name);
  return typeof value === 'string' ? value : undefined;
}
