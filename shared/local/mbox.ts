import { createReadStream } from 'node:fs';

/**
 * mbox (mboxrd, as Google Takeout and most mail programs export it): each message starts with a
 * "From " line at the start of the file or after an empty line; body lines that began with "From "
 * were written as ">From " (and ">From " as ">>From "), so one ">" is taken off again.
 */

const LF = 0x0a;
const CR = 0x0d;
const FROM_ = Buffer.from('From ');
const ESCAPED_FROM = /^>+From /;

/** Where one message lies in the mbox: from after its From_ line up to the next From_ line. */
export interface MboxRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Finds message boundaries in an mbox fed chunk by chunk, keeping only offsets: a Takeout export
 * runs to gigabytes (above what one Buffer may hold), so it is never read whole.
 */
export class MboxIndexer {
  /** Byte offsets of each message's From_ line and of the line after it. */
  private readonly starts: { fromLine: number; body: number }[] = [];
  private offset = 0;
  private lineStart = 0;
  /** The current line's first bytes, enough to tell a From_ line. */
  private readonly head = Buffer.alloc(FROM_.length);
  private headLength = 0;
  private previousLineEmpty = false;

  push(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      const lf = chunk.indexOf(LF, at);
      const lineEnd = lf === -1 ? chunk.length : lf;
      // `at` is a line start, or the chunk start in the middle of a line whose head may be short.
      if (this.headLength < this.head.length) {
        const take = Math.min(this.head.length - this.headLength, lineEnd - at);
        chunk.copy(this.head, this.headLength, at, at + take);
        this.headLength += take;
      }
      if (lf === -1) break;
      this.endLine(this.offset + lf);
      at = lf + 1;
    }
    this.offset += chunk.length;
  }

  /** The messages' ranges; the last runs to the end of the input. */
  finish(): MboxRange[] {
    if (this.lineStart < this.offset) this.endLine(this.offset);
    return this.starts.map((start, index) => ({ start: Math.min(start.body, this.offset), end: this.starts[index + 1]?.fromLine ?? this.offset }));
  }

  /** The line from lineStart ends at `lf` (the offset of its LF, or the end of the input). */
  private endLine(lf: number): void {
    const isFromLine = this.headLength === FROM_.length && this.head.equals(FROM_);
    if (isFromLine && (this.lineStart === 0 || this.previousLineEmpty)) {
      this.starts.push({ fromLine: this.lineStart, body: lf + 1 });
    }
    const length = lf - this.lineStart;
    this.previousLineEmpty = length === 0 || (length === 1 && this.headLength === 1 && this.head[0] === CR);
    this.lineStart = lf + 1;
    this.headLength = 0;
  }
}

/** Message ranges of an mbox file, read as a stream. */
export async function indexMboxFile(path: string): Promise<MboxRange[]> {
  const indexer = new MboxIndexer();
  for await (const chunk of createReadStream(path)) indexer.push(chunk as Buffer);
  return indexer.finish();
}

/** The messages of an mbox already in memory (without their From_ lines). */
export function splitMbox(buffer: Buffer): Buffer[] {
  const indexer = new MboxIndexer();
  indexer.push(buffer);
  return indexer.finish().map((range) => mboxMessage(buffer.subarray(range.start, range.end)));
}

/** One range's bytes as the message they hold: separator line dropped, "From " lines unescaped. */
export function mboxMessage(bytes: Buffer): Buffer {
  return unescape(trimSeparator(bytes));
}

/** The empty line written before the next From_ line belongs to the mbox, not the message. */
function trimSeparator(message: Buffer): Buffer {
  const tail = message.subarray(Math.max(0, message.length - 4)).toString('latin1');
  if (tail.endsWith('\r\n\r\n')) return message.subarray(0, message.length - 2);
  if (tail.endsWith('\n\n')) return message.subarray(0, message.length - 1);
  return message;
}

function unescape(message: Buffer): Buffer {
  if (!message.includes('>From ')) return message;
  const text = message.toString('latin1');
  return Buffer.from(
    text
      .split('\n')
      .map((line) => (ESCAPED_FROM.test(line) ? line.slice(1) : line))
      .join('\n'),
    'latin1',
  );
}
