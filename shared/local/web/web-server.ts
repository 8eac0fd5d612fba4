import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { ApplicationStore } from '../../store/application-store.ts';
import type { Logger } from '../../logging/logger.ts';
import { MAX_RAW_BYTES } from '../../mail/index.ts';
import { listenOnLoopback } from '../listen.ts';
import type { LocalInbox } from '../local-inbox.ts';
import { outerFromAddress } from '../local-inbox.ts';
import type { OutboundTarget } from '../outbound.ts';
import { APPLICATIONS_CSV_CONTENT_TYPE, APPLICATIONS_CSV_FILENAME, applicationsCsv } from '../../digest/applications-csv.ts';
import { composeDigest } from '../../digest/load-digest-input.ts';
import { systemClock } from '../../domain/clock.ts';
import { firstFilePart, UploadFormError } from './multipart.ts';
import { listOutbox, readOutboxMessage } from './outbox-files.ts';
import { isSkippedNotice } from '../../applications/skipped-mail.ts';
import { renderNotFound, renderOutboxMessage, renderOverview, type PageView } from './page.ts';

/** Largest upload body: one message at the SES bound plus the form's own framing. */
export const MAX_UPLOAD_BYTES = MAX_RAW_BYTES + 64 * 1024;

/**
 * No scripts at all; styles inline; the message frame (srcdoc) inherits this, so a rendered email
 * cannot load remote images or run anything.
 */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'self'; base-uri 'none'";

export interface WebServerOptions {
  readonly port: number;
  readonly store: ApplicationStore;
  readonly inbox: LocalInbox;
  readonly outbound: OutboundTarget;
  readonly zone: string;
  readonly smtpPort: () => number;
  readonly logger: Logger;
}

export interface WebServer {
  readonly port: number;
  close(): Promise<void>;
}

class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
}

async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError(`the upload is larger than ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function send(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(body);
}

/** The local page: overview, outbox messages, and the upload form (same path as SMTP). */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const { store, inbox, logger } = options;

  async function overview(url: URL, uploadError: string | null = null): Promise<string> {
    const applications = await Promise.all(
      (await store.listApplications()).map(async (application) => ({
        application,
        events: await store.listEvents(application.id),
        reminders: await store.listReminders(application.id),
      })),
    );
    const messageId = url.searchParams.get('message');
    const view: PageView = {
      zone: options.zone,
      applications: applications.reverse(),
      outbox: options.outbound.kind === 'outbox' ? await listOutbox(options.outbound.directory) : [],
      outbound: options.outbound,
      smtpPort: options.smtpPort(),
      uploaded: messageId && /^[A-Za-z0-9-]{1,80}$/.test(messageId) ? { messageId, outcome: await store.getOutcome(messageId) } : null,
      uploadError,
      skipped: (await store.listNotices()).filter(isSkippedNotice).sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    };
    return renderOverview(view);
  }

  async function upload(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    let file: { bytes: Buffer };
    try {
      file = firstFilePart(await readBody(request, MAX_UPLOAD_BYTES), request.headers['content-type'] ?? '');
    } catch (error) {
      if (error instanceof UploadFormError || error instanceof BodyTooLargeError) {
        send(response, error instanceof BodyTooLargeError ? 413 : 400, await overview(url, error.message));
        return;
      }
      throw error;
    }
    // An upload has no SMTP envelope: the person uploading stands in for the From address.
    const source = (await outerFromAddress(file.bytes, options.zone)) ?? '';
    const accepted = await inbox.accept(file.bytes, { source, via: 'upload' });
    await accepted.processed;
    response.writeHead(303, { location: `/?message=${encodeURIComponent(accepted.saved.receipt.messageId)}#upload-result` });
    response.end();
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method === 'POST' && url.pathname === '/upload') return upload(request, response, url);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, renderNotFound(), { allow: 'GET, HEAD, POST' });
      return;
    }
    if (url.pathname === '/') {
      send(response, 200, await overview(url));
      return;
    }
    if (url.pathname === `/${APPLICATIONS_CSV_FILENAME}`) {
      // The digest's attachment, the same rows `jobnudge export --csv` prints.
      const { rows } = await composeDigest(store, { kind: 'status', timeZone: options.zone, clock: systemClock });
      send(response, 200, applicationsCsv(rows), {
        'content-type': APPLICATIONS_CSV_CONTENT_TYPE,
        'content-disposition': `attachment; filename="${APPLICATIONS_CSV_FILENAME}"`,
      });
      return;
    }
    const outboxName = /^\/outbox\/([^/]+)$/.exec(url.pathname)?.[1];
    if (outboxName !== undefined && options.outbound.kind === 'outbox') {
      const message = await readOutboxMessage(options.outbound.directory, decodeURIComponent(outboxName));
      if (message) {
        send(response, 200, renderOutboxMessage(message, options.zone));
        return;
      }
    }
    send(response, 404, renderNotFound());
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      logger.error('page request failed', { path: request.url?.split('?')[0] ?? null }, error);
      if (!response.headersSent) send(response, 500, 'Something went wrong; the terminal running jobnudge has the details.', { 'content-type': 'text/plain; charset=utf-8' });
      else response.end();
    });
  });
  const port = await listenOnLoopback(server, options.port, '--http-port');
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
