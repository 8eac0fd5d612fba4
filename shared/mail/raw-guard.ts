import { MAX_HEADER_BLOCK_BYTES, MAX_RAW_BYTES } from './limits.ts';
import { MailParseError } from './mail-parse-error.ts';

/**
 * Header names that only an email (or a MIME entity) starts with. One of them must appear in the
 * header block, so a text file that happens to begin with "Note: ..." is not taken for mail.
 */
const RECOGNIZED_HEADERS: ReadonlySet<string> = new Set([
  'from',
  'to',
  'date',
  'subject',
  'message-id',
  'content-type',
  'mime-version',
  'received',
  'return-path',
  'delivered-to',
]);

/** A header line: a field name of printable ASCII without a colon, then a colon (RFC 5322 §2.2). */
const HEADER_LINE = /^([\x21-\x39\x3b-\x7e]+)[ \t]*:/;

/**
 * Refuses input that cannot be an email before the MIME parser sees it: mailparser reads anything
 * (a PNG becomes a body with no headers), so without this a wrong file would look like an empty mail.
 * Returns the byte offset the headers start at (after a byte-order mark or an mbox "From " line).
 */
export function checkRawMessage(raw: Uint8Array): number {
  if (raw.byteLength === 0) throw new MailParseError('empty input: there are no bytes to read as an email');
  if (raw.byteLength > MAX_RAW_BYTES) {
    throw new MailParseError(
      `message is ${raw.byteLength} bytes, above the ${MAX_RAW_BYTES}-byte limit of SES inbound mail`,
    );
  }
  // latin1 maps every byte to one char, so offsets stay byte offsets and nothing can fail to decode.
  const head = Buffer.from(raw.buffer, raw.byteOffset, Math.min(raw.byteLength, MAX_HEADER_BLOCK_BYTES + 4)).toString('latin1');
  const end = headerBlockEnd(head);
  if (end === -1 && raw.byteLength > MAX_HEADER_BLOCK_BYTES) {
    throw new MailParseError(`header block is larger than ${MAX_HEADER_BLOCK_BYTES} bytes`);
  }
  const block = end === -1 ? head : head.slice(0, end);
  if (block.includes('\0')) throw new MailParseError('header block contains NUL bytes: this is binary data, not an email');

  const start = leadingNoiseLength(block);
  const lines = block.slice(start).split(/\r?\n/);
  const first = lines[0] ?? '';
  if (!HEADER_LINE.test(first)) {
    throw new MailParseError('input does not start with an email header line ("Name: value"): not an email');
  }
  const recognized = lines.some((line) => {
    const name = HEADER_LINE.exec(line)?.[1];
    return name !== undefined && RECOGNIZED_HEADERS.has(name.toLowerCase());
  });
  if (!recognized) {
    throw new MailParseError(
      'header block has none of From, To, Date, Subject, Message-ID, Content-Type, MIME-Version, Received: not an email',
    );
  }
  return start;
}

/** Offset of the blank line that ends the header block, or -1 when none is in `head`. */
function headerBlockEnd(head: string): number {
  const match = /\r?\n\r?\n/.exec(head);
  return match === null ? -1 : match.index;
}

/**
 * Bytes before the first header: a UTF-8 byte-order mark (some editors add one to saved .eml files)
 * and the "From sender date" line mailbox files put before each message (not a header: no colon).
 */
function leadingNoiseLength(block: string): number {
  let start = block.startsWith('\xEF\xBB\xBF') ? 3 : 0;
  if (block.startsWith('From ', start)) {
    const newline = block.indexOf('\n', start);
    if (newline !== -1) start = newline + 1;
  }
  return start;
}
