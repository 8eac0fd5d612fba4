import type { NormalizedMessage } from './normalize.ts';
import type { Evidence } from './phrase-rule.ts';
import { identifySender, type SenderInfo } from './senders.ts';

/** Evidence the sender alone gives; small except for robots whose mail is always one thing. */
export function senderEvidence(message: NormalizedMessage): { sender: SenderInfo; evidence: Evidence[] } {
  const sender = identifySender(message.fromAddress, message.fromName);
  const evidence: Evidence[] = [];
  if (sender.forwardingVerifier) evidence.push({ tag: 'sender:gmail-forwarding', kind: 'other', weight: 12 });
  if (sender.alertRobot) evidence.push({ tag: `sender:${sender.board ?? 'board'}-alerts`, kind: 'other', weight: 4 });
  if (sender.ats) evidence.push({ tag: `sender:ats-${sender.ats}`, kind: 'confirmation', weight: 1 });
  else if (sender.board && !sender.alertRobot) {
    evidence.push({ tag: `sender:board-${sender.board}`, kind: 'confirmation', weight: 0.5 });
  }
  if (sender.calendarRobot) evidence.push({ tag: 'sender:calendar-invite', kind: 'interview', weight: 2 });
  if (message.hasCalendar) evidence.push({ tag: 'calendar:invite', kind: 'interview', weight: 4 });
  return { sender, evidence };
}
