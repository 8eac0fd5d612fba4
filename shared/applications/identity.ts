import { createHash } from 'node:crypto';
import type { OriginalMessage } from '../domain/message.ts';

/**
 * DynamoDB keys hold at most 2 KB and a Message-ID may legally be far longer; longer ids are
 * replaced by their hash so one hostile header cannot make the write fail.
 */
export const MAX_ORIGINAL_ID_LENGTH = 256;

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Identity of the forwarded original, for spotting re-forwards: its Message-ID, or (when a forward
 * lost it) a hash of sender, Date and Subject, which a re-forward of the same mail reproduces.
 */
export function originalIdOf(original: OriginalMessage): string {
  const messageId = original.messageId?.trim().replace(/^<|>$/g, '') ?? '';
  if (messageId !== '') return messageId.length <= MAX_ORIGINAL_ID_LENGTH ? messageId : `h-${sha256(messageId)}`;
  const from = original.from?.address.toLowerCase() ?? '';
  const date = original.date ? original.date.toISOString() : '';
  const subject = original.subject.trim().replace(/\s+/g, ' ');
  return `h-${sha256(`${from}\n${date}\n${subject}`)}`;
}

/**
 * A new application's id comes from the original that started it, so two concurrent runs for the
 * same message try to create the same item and one of them loses cleanly.
 */
export function applicationIdFor(originalId: string): string {
  return `app-${sha256(originalId).slice(0, 20)}`;
}

/**
 * The id of a new application, from what correlation decided on: the company and role, and the
 * applications it already found there. Two different first emails of one application processed
 * at the same moment (neither sees the other's application yet) so propose the same id: one
 * creates it and the other, finding it exists, applies its event to it, instead of a second
 * application for the same job. Once that application is stored, the next new one at the company
 * sees it among `known` and gets a different id.
 */
export function newApplicationIdFor(input: { readonly companyKey: string; readonly roleKey: string | null; readonly known: readonly string[] }): string {
  return applicationIdFor(['new', input.companyKey, input.roleKey ?? '', ...[...input.known].sort()].join('\u0000'));
}

export function noticeIdFor(kind: string, messageId: string): string {
  return `${kind}.${messageId}`;
}
