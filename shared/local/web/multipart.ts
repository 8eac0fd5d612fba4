/** A form body could not be read as the upload form sends it. */
export class UploadFormError extends Error {
  override readonly name = 'UploadFormError';
}

/** Longest text field kept (the token is 43 characters): a form field is never a place for data. */
const MAX_FIELD_CHARS = 256;

export interface UploadForm {
  /** Text fields by name (the upload form sends `token`). */
  readonly fields: ReadonlyMap<string, string>;
  /** The first file part, or null when the form had none. */
  readonly file: { readonly filename: string; readonly bytes: Buffer } | null;
}

/**
 * The parts of a multipart/form-data body: text fields and the first file. Binary safe: each
 * part's bytes are cut out between its header block and the next boundary.
 */
export function readUploadForm(body: Buffer, contentType: string): UploadForm {
  const match = /boundary=(?:"([^"]{1,200})"|([^;]{1,200}))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  if (!boundary) throw new UploadFormError('the form body has no multipart boundary');
  const delimiter = Buffer.from(`--${boundary.trim()}`);
  const nextDelimiter = Buffer.concat([Buffer.from('\r\n'), delimiter]);
  const fields = new Map<string, string>();
  let file: UploadForm['file'] = null;
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const headerStart = start + delimiter.length + 2; // past CRLF
    const headerEnd = body.indexOf('\r\n\r\n', headerStart);
    if (headerEnd === -1) break;
    const headers = body.subarray(headerStart, headerEnd).toString('utf8');
    const next = body.indexOf(nextDelimiter, headerEnd + 4);
    if (next === -1) break;
    const name = /\bname="([^"]{0,100})"/i.exec(headers)?.[1];
    const filename = /filename="([^"]{0,1000})"/i.exec(headers)?.[1];
    const bytes = body.subarray(headerEnd + 4, next);
    if (filename !== undefined) file ??= { filename, bytes };
    else if (name !== undefined && bytes.length <= MAX_FIELD_CHARS) fields.set(name, bytes.toString('utf8'));
    start = next + 2;
  }
  return { fields, file };
}
