import { MailParseError } from './mail-parse-error.ts';
import { parseMime, type MimeLayer } from './parse-mime.ts';
import { checkRawMessage } from './raw-guard.ts';

/**
 * The first attached message that reads as an email. Attached messages carry the original's real
 * headers (Message-ID included), so they beat anything recovered from body text. One that does not
 * parse is skipped rather than failing the forward that carried it.
 */
export async function firstReadableAttachedMessage(attached: readonly Buffer[]): Promise<MimeLayer | null> {
  for (const bytes of attached) {
    try {
      const start = checkRawMessage(bytes);
      return await parseMime(bytes.subarray(start));
    } catch (error) {
      if (!(error instanceof MailParseError)) throw error;
    }
  }
  return null;
}
