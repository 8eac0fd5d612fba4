/**
 * mbox (mboxrd, as Google Takeout and most mail programs export it): each message starts with a
 * "From " line at the start of the file or after an empty line; body lines that began with "From "
 * were written as ">From " (and ">From " as ">>From "), so one ">" is taken off again.
 */

const LF = 0x0a;
const FROM_ = Buffer.from('From ');
const ESCAPED_FROM = /^>+From /;

function startsWithFrom(buffer: Buffer, at: number): boolean {
  return buffer.length - at >= FROM_.length && buffer.compare(FROM_, 0, FROM_.length, at, at + FROM_.length) === 0;
}

function isEmptyLineBefore(buffer: Buffer, lineStart: number): boolean {
  // The line before ends at lineStart-1 (LF); it is empty if the char before that is LF (or CR LF).
  if (lineStart < 2) return false;
  if (buffer[lineStart - 2] === LF) return true;
  return buffer[lineStart - 2] === 0x0d && lineStart >= 3 && buffer[lineStart - 3] === LF;
}

/** Byte ranges of the messages (without their From_ lines). No copying. */
export function splitMbox(buffer: Buffer): Buffer[] {
  const starts: { lineStart: number; bodyStart: number }[] = [];
  let lineStart = 0;
  while (lineStart < buffer.length) {
    const end = buffer.indexOf(LF, lineStart);
    const next = end === -1 ? buffer.length : end + 1;
    if (startsWithFrom(buffer, lineStart) && (lineStart === 0 || isEmptyLineBefore(buffer, lineStart))) {
      starts.push({ lineStart, bodyStart: next });
    }
    lineStart = next;
  }
  return starts.map((start, index) => {
    const stop = starts[index + 1]?.lineStart ?? buffer.length;
    return unescape(trimSeparator(buffer.subarray(start.bodyStart, stop)));
  });
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
