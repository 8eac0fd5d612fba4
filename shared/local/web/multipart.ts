/** A form body could not be read as the upload form sends it. */
export class UploadFormError extends Error {
  override readonly name = 'UploadFormError';
}

/**
 * The first file part of a multipart/form-data body (the upload form has one file field). Binary
 * safe: the file's bytes are cut out between the part's header block and the next boundary.
 */
export function firstFilePart(body: Buffer, contentType: string): { filename: string; bytes: Buffer } {
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const boundary = match?.[1] ?? match?.[2];
  if (!boundary) throw new UploadFormError('the form body has no multipart boundary');
  const delimiter = Buffer.from(`--${boundary.trim()}`);
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const headerStart = start + delimiter.length + 2; // past CRLF
    const headerEnd = body.indexOf('\r\n\r\n', headerStart);
    if (headerEnd === -1) break;
    const headers = body.subarray(headerStart, headerEnd).toString('utf8');
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headerEnd + 4);
    if (next === -1) break;
    const filename = /filename="([^"]*)"/i.exec(headers)?.[1];
    if (filename !== undefined) {
      const bytes = body.subarray(headerEnd + 4, next);
      if (bytes.length === 0) throw new UploadFormError('no file was chosen, or the file is empty');
      return { filename, bytes };
    }
    start = next + 2;
  }
  throw new UploadFormError('the form body has no file in it');
}
