import { request as httpRequest } from 'node:http';

/** A raw HTTP answer: status, headers and body text. */
export interface WebAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

export interface WebRequest {
  readonly method?: string;
  readonly path?: string;
  /** Sent as the Host header as is (fetch would not let a test choose it). */
  readonly host?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: Buffer;
}

/** One request to the local page over loopback, with exactly the headers given (node:http, no browser). */
export function webRequest(port: number, spec: WebRequest = {}): Promise<WebAnswer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: spec.method ?? 'GET',
        path: spec.path ?? '/',
        headers: { host: spec.host ?? `127.0.0.1:${port}`, ...spec.headers, ...(spec.body ? { 'content-length': String(spec.body.length) } : {}) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(spec.body);
  });
}

/** The upload form's per-start token, read from the page the way a browser gets it. */
export async function pageToken(port: number): Promise<string> {
  const page = await webRequest(port);
  const token = /name="token" value="([^"]+)"/.exec(page.body)?.[1];
  if (token === undefined) throw new Error('the page has no upload token');
  return token;
}

const BOUNDARY = '----jobnudgeTestBoundary7MA4YWxkTrZu0gW';

/** A multipart/form-data body as a browser sends the upload form: the token field, then the file. */
export function uploadForm(file: { readonly name: string; readonly bytes: Buffer }, token: string | null): { body: Buffer; contentType: string } {
  const parts: Buffer[] = [];
  if (token !== null) parts.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="token"\r\n\r\n${token}\r\n`));
  parts.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="eml"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`));
  parts.push(file.bytes, Buffer.from(`\r\n--${BOUNDARY}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${BOUNDARY}` };
}

/** POST /upload as the page's own form would (same origin, the token), unless told otherwise. */
export function postUpload(
  port: number,
  file: { readonly name: string; readonly bytes: Buffer },
  options: { readonly token: string | null; readonly origin?: string | null; readonly fetchSite?: string | null; readonly host?: string },
): Promise<WebAnswer> {
  const { body, contentType } = uploadForm(file, options.token);
  const origin = options.origin === undefined ? `http://127.0.0.1:${port}` : options.origin;
  const fetchSite = options.fetchSite === undefined ? 'same-origin' : options.fetchSite;
  const headers: Record<string, string> = { 'content-type': contentType };
  if (origin !== null) headers.origin = origin;
  if (fetchSite !== null) headers['sec-fetch-site'] = fetchSite;
  return webRequest(port, { method: 'POST', path: '/upload', body, headers, ...(options.host ? { host: options.host } : {}) });
}
