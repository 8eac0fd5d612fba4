/**
 * Why an uploaded file is not an email, in words a person can act on, or null when it looks like
 * one. Checked before anything is saved, so a photo or a PDF never reaches the trust check (which
 * would only say the sender is not yours).
 */

/** File signatures people pick by mistake, by their first bytes. */
const KNOWN_FILES: readonly { readonly what: string; readonly magic: readonly number[] }[] = [
  { what: 'a PNG image', magic: [0x89, 0x50, 0x4e, 0x47] },
  { what: 'a JPEG image', magic: [0xff, 0xd8, 0xff] },
  { what: 'a GIF image', magic: [0x47, 0x49, 0x46, 0x38] },
  { what: 'a PDF document', magic: [0x25, 0x50, 0x44, 0x46] },
  { what: 'a ZIP archive (or a Word/Excel file)', magic: [0x50, 0x4b, 0x03, 0x04] },
  { what: 'an Outlook .msg file', magic: [0xd0, 0xcf, 0x11, 0xe0] },
];

/** How far the header block is looked at: a real one is a few KB; this bounds the work. */
const HEADER_SCAN_BYTES = 64 * 1024;

const HOW_TO_SAVE = 'Save the message itself as .eml (Gmail: ⋮ → Download message; Outlook: File → Save As; Apple Mail: File → Save As, Raw Message Source) and upload that file.';

function startsWith(bytes: Buffer, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/** A header line: a field name of printable characters other than ':', then ':'. */
const HEADER_FIELD = /^[!-9;-~]{1,76}:/;

export function notAnEmailReason(filename: string, bytes: Buffer): string | null {
  const shown = filename === '' ? 'The file' : `“${filename}”`;
  const known = KNOWN_FILES.find((file) => startsWith(bytes, file.magic));
  if (known) return `${shown} is ${known.what}, not an email (.eml). ${HOW_TO_SAVE}`;
  const head = bytes.subarray(0, HEADER_SCAN_BYTES).toString('latin1');
  const end = head.search(/\r?\n\r?\n/);
  const lines = (end === -1 ? head : head.slice(0, end)).split(/\r?\n/);
  // An mbox export starts with a "From sender date" line before the headers.
  const headerLines = lines[0]?.startsWith('From ') ? lines.slice(1) : lines;
  const looksLikeHeaders = head.indexOf('\0') === -1 && headerLines.length > 0 && HEADER_FIELD.test(headerLines[0] ?? '');
  if (!looksLikeHeaders) return `${shown} is not an email (.eml): it does not start with mail headers such as From: and Subject:. ${HOW_TO_SAVE}`;
  if (!headerLines.some((line) => /^from:/i.test(line))) return `${shown} has mail headers but no From: line, so nobody can be said to have sent it. ${HOW_TO_SAVE}`;
  return null;
}
