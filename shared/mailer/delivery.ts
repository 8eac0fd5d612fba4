/**
 * How often each kind of email jobnudge writes may arrive, when a send fails in a way that leaves
 * it unknown whether the transport took the message (a timeout or a reset after the request went
 * out: SES SendRawEmail has no idempotency token, so nothing can ask SES afterwards).
 *
 * - Reminders (`fire-reminder.ts`): AT LEAST ONCE. A reminder is the product: a lost "thank the
 *   interviewers today" or "prepare for tomorrow" costs the user something they cannot get back,
 *   while a rare second copy (same subject, same Message-ID) costs a glance. So any failed send
 *   puts the claim back and the firing fails, and the retry sends again; when SES had in fact
 *   accepted the first one, the user gets exactly one extra copy per lost answer.
 * - Notices and acknowledgements (`process-inbound.ts` deliverNotices: forwarding codes, "could
 *   not read this forward", answers to reply commands): AT MOST ONCE. They answer something the
 *   user just did and can do again (forward again, reply again); a duplicate of a command's
 *   answer looks like the command ran twice. So a notice is marked sent before it is mailed and a
 *   failed send is reported, not retried.
 *
 * Either way the SDK must not resend on its own: its retry of a reset connection is exactly the
 * "accepted, then the answer was lost" case, and it would double a notice that must go at most
 * once and add unbounded copies to a reminder. The one retry that may resend is the pipeline's,
 * which first re-checks the reminder (still due? already sent?).
 */
export type DeliveryGuarantee = 'at-least-once' | 'at-most-once';

export const DELIVERY: Readonly<{ reminder: DeliveryGuarantee; notice: DeliveryGuarantee }> = {
  reminder: 'at-least-once',
  notice: 'at-most-once',
};

/** SDK attempts per SendRawEmail call: one, so only the pipeline decides about resending (above). */
export const MAIL_SEND_MAX_ATTEMPTS = 1;
