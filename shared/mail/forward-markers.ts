import type { ForwardFormat } from '../domain/message.ts';

/**
 * A line that opens a forwarded message. `explicit` markers only ever introduce a forward; the
 * others (Outlook's "Original Message" and separator lines) also open quoted replies, so they are
 * trusted only when the subject says the message is a forward (see `forwardIntent`).
 */
export interface ForwardMarker {
  readonly format: ForwardFormat;
  readonly explicit: boolean;
  readonly pattern: RegExp;
}

/** "Forwarded message" in the languages Gmail and Thunderbird are commonly used in. */
const FORWARDED_MESSAGE =
  '(?:forwarded message|weitergeleitete nachricht|message transf[ée]r[ée]|mensaje reenviado|messaggio inoltrato|doorgestuurd bericht|mensagem encaminhada)';

/** A marker starting with a character not in inline-forward.ts's MAYBE_MARKER must be added there too. */
export const FORWARD_MARKERS: readonly ForwardMarker[] = [
  // Thunderbird: exactly eight dashes each side ("-------- Forwarded Message --------").
  { format: 'thunderbird', explicit: true, pattern: new RegExp(`^-{8} ?${FORWARDED_MESSAGE} ?-{8}$`, 'i') },
  // Gmail: ten dashes, then nine ("---------- Forwarded message ---------").
  { format: 'gmail', explicit: true, pattern: new RegExp(`^-{5,} ?${FORWARDED_MESSAGE} ?-{5,}$`, 'i') },
  {
    format: 'apple-mail',
    explicit: true,
    pattern:
      /^(?:begin forwarded message|anfang der weitergeleiteten nachricht|d[ée]but du message r[ée]exp[ée]di[ée]|inicio del mensaje reenviado|inizio messaggio inoltrato) ?:$/i,
  },
  {
    format: 'outlook-desktop',
    explicit: false,
    pattern:
      /^-{3,} ?(?:original message|urspr[üu]ngliche nachricht|message d'origine|mensaje original|messaggio originale|oorspronkelijk bericht) ?-{3,}$/i,
  },
];

/**
 * A rule line some clients put above a bare header block: Outlook's 32 underscores, and the dashes
 * html-to-text draws for an `<hr>` (Outlook on the web).
 */
export const SEPARATOR_LINE = /^(?:_{10,}|-{20,})$/;

const FORWARD_PREFIX = /^(?:fwd?|fw|wg|tr|rv|enc|doorst|inoltro|i)\s*:/i;
const REPLY_PREFIX = /^(?:re|aw|sv|antw|res|r|rif)\s*:/i;

/**
 * What the subject's first prefix says: "Fwd: Re: x" is a forward, "Re: Fwd: x" a reply.
 * Brackets some gateways add ("[EXT] Fwd: x") are skipped.
 */
export function forwardIntent(subject: string): 'forward' | 'reply' | 'unknown' {
  const bare = subject.replace(/^(?:\s*\[[^\]]{0,40}\])+/, '').trimStart();
  if (FORWARD_PREFIX.test(bare)) return 'forward';
  if (REPLY_PREFIX.test(bare)) return 'reply';
  return 'unknown';
}

/** The subject without the reply/forward prefixes clients stack on it. */
export function stripSubjectPrefixes(subject: string): string {
  let rest = subject.trim();
  for (let i = 0; i < 10; i++) {
    const next = rest
      .replace(/^(?:\s*\[[^\]]{0,40}\])+/, '')
      .replace(/^(?:fwd?|fw|wg|tr|rv|enc|doorst|re|aw|sv|antw|res|rif)\s*:\s*/i, '')
      .trim();
    if (next === rest) break;
    rest = next;
  }
  return rest;
}
