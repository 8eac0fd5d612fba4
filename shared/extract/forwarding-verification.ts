import type { ForwardingVerification } from '../domain/analysis.ts';
import type { OriginalMessage } from '../domain/message.ts';

const SENDER = 'forwarding-noreply@google.com';
const SUBJECT = /\(#(\d{5,12})\)\s*Gmail Forwarding Confirmation\b.*?(?:from\s+(\S+@\S+))?\s*$/i;
const LINK = /https:\/\/mail(?:-settings)?\.google\.com\/mail\/[^\s<>"')\]]+/i;
const CODE = /\bconfirmation code:?\s*(\d{5,12})\b/i;
const REQUESTER = /\b([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)\s+has requested to (?:automatically )?forward/i;

/**
 * Gmail's "confirm forwarding" mail: the user has to see the code or open the link to finish
 * setting up forwarding, so it is surfaced instead of being treated as a job email.
 */
export function findForwardingVerification(original: OriginalMessage): ForwardingVerification | null {
  const fromGoogle = original.from?.address.toLowerCase() === SENDER;
  const subject = SUBJECT.exec(original.subject);
  const link = LINK.exec(original.text)?.[0] ?? null;
  if (!fromGoogle && !(subject && link)) return null;
  if (!subject && !link && !CODE.test(original.text)) return null;
  const code = subject?.[1] ?? CODE.exec(original.text)?.[1] ?? null;
  const requestedBy = (subject?.[2] ?? REQUESTER.exec(original.text)?.[1] ?? null)?.toLowerCase().replace(/[.,;:]+$/, '') ?? null;
  return { provider: 'gmail', code, link: link?.replace(/[.,;:]+$/, '') ?? null, requestedBy };
}
