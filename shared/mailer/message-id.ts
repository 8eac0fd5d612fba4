import { InvalidMessageKeyError } from './errors.ts';

/**
 * Deterministic Message-IDs let a reply to a reminder be matched to it later (its In-Reply-To or
 * References carry the id). Each part is encoded so the id stays a valid dot-atom and can be read back:
 * characters outside [A-Za-z0-9_-] become `=XX` (hex of each UTF-8 byte), and parts are joined with dots.
 */
export type MessageKind = 'reminder' | 'notice';

/** Longest message key: keeps Message-ID well under header line limits. */
export const MAX_MESSAGE_KEY_LENGTH = 200;

const SAFE_CHAR = /^[A-Za-z0-9_-]$/;

function encodePart(part: string): string {
  if (part === '') throw new InvalidMessageKeyError('a Message-ID part must not be empty');
  let out = '';
  for (const char of part) {
    if (SAFE_CHAR.test(char)) out += char;
    else for (const byte of Buffer.from(char, 'utf8')) out += `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function decodePart(part: string): string | null {
  if (!/^(?:[A-Za-z0-9_-]|=[0-9A-F]{2})+$/.test(part)) return null;
  const bytes: number[] = [];
  for (let i = 0; i < part.length; ) {
    if (part[i] === '=') {
      bytes.push(parseInt(part.slice(i + 1, i + 3), 16));
      i += 3;
    } else {
      bytes.push(part.charCodeAt(i));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The key (left of `@`) for a reminder's email: `reminder.<applicationId>.<reminderId>`. */
export function reminderMessageKey(applicationId: string, reminderId: string): string {
  return checkedKey(['reminder', encodePart(applicationId), encodePart(reminderId)].join('.'));
}

/** The key (left of `@`) for a notice's email: `notice.<noticeId>`. */
export function noticeMessageKey(noticeId: string): string {
  return checkedKey(['notice', encodePart(noticeId)].join('.'));
}

function checkedKey(key: string): string {
  if (key.length > MAX_MESSAGE_KEY_LENGTH) throw new InvalidMessageKeyError(`message key longer than ${MAX_MESSAGE_KEY_LENGTH} characters`);
  return key;
}

const KEY_SHAPE = /^[A-Za-z0-9_=-]+(?:\.[A-Za-z0-9_=-]+)*$/;
const DOMAIN_SHAPE = /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*$/;

/** `<key@domain>` with the domain taken from the sender address (falls back to `jobnudge`). */
export function buildMessageId(key: string, senderAddress: string): string {
  if (!KEY_SHAPE.test(key) || key.length > MAX_MESSAGE_KEY_LENGTH) {
    throw new InvalidMessageKeyError(`"${key.slice(0, 40)}" is not a dot-atom message key`);
  }
  const domain = senderAddress.slice(senderAddress.lastIndexOf('@') + 1).toLowerCase();
  return `<${key}@${DOMAIN_SHAPE.test(domain) ? domain : 'jobnudge'}>`;
}

export type JobnudgeMessageRef =
  | { readonly kind: 'reminder'; readonly applicationId: string; readonly reminderId: string }
  | { readonly kind: 'notice'; readonly noticeId: string };

/** Read back a Message-ID this module built (with or without angle brackets); null for any other id. */
export function parseJobnudgeMessageId(messageId: string): JobnudgeMessageRef | null {
  const match = /^<?([^@<>\s]+)@[^@<>\s]+>?$/.exec(messageId.trim());
  if (!match?.[1]) return null;
  const parts = match[1].split('.');
  if (parts[0] === 'reminder' && parts.length === 3) {
    const applicationId = decodePart(parts[1] ?? '');
    const reminderId = decodePart(parts[2] ?? '');
    return applicationId && reminderId ? { kind: 'reminder', applicationId, reminderId } : null;
  }
  if (parts[0] === 'notice' && parts.length === 2) {
    const noticeId = decodePart(parts[1] ?? '');
    return noticeId ? { kind: 'notice', noticeId } : null;
  }
  return null;
}
