import { linesAboveQuote } from './parse-command.ts';

/**
 * `status`: the one reply command that needs no reminder. A reply to any jobnudge email (reminder,
 * notice or digest) asks for the digest now; shared/pipeline sends it, rate-limited.
 */
export const STATUS_COMMAND = 'status';

/** True when the user's first line above the quote is `status` (case and punctuation ignored). */
export function asksForStatus(replyText: string): boolean {
  const first = linesAboveQuote(replyText)[0] ?? '';
  return first.normalize('NFKC').toLowerCase().replace(/[^a-z]+/g, ' ').trim() === STATUS_COMMAND;
}
