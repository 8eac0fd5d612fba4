import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { ApplicationListing, ApplicationCursor } from '../../store/application-listing.ts';
import type { ApplicationStore } from '../../store/application-store.ts';
import type { Logger } from '../../logging/logger.ts';
import { MAX_RAW_BYTES } from '../../mail/index.ts';
import { listenOnLoopback } from '../listen.ts';
import type { LocalSettings } from '../local-config.ts';
import type { LocalInbox } from '../local-inbox.ts';
import { outerFromAddress } from '../local-inbox.ts';
import type { OutboundTarget } from '../outbound.ts';
import { APPLICATIONS_CSV_CONTENT_TYPE, APPLICATIONS_CSV_FILENAME, applicationsCsv } from '../../digest/applications-csv.ts';
import { composeDigest } from '../../digest/load-digest-input.ts';
import { systemClock } from '../../domain/clock.ts';
import { readUploadForm, UploadFormError } from './multipart.ts';
import { listOutbox, readOutboxMessage } from './outbox-files.ts';
import { isSkippedNotice } from '../../applications/skipped-mail.ts';
import { layout, renderApplication, renderNotFound, renderOutboxMessage, renderOverview, type PageView } from './page.ts';
import { html } from './html.ts';
import { foreignOriginReason, newFormToken, pageHosts, tokenMatches } from './request-guard.ts';
import { notAnEmailReason } from './upload-check.ts';
import { uploadEnvelopeSender } from './upload-sender.ts';

/** Largest upload body: one message at the SES bound plus the form's own framing. */
export const MAX_UPLOAD_BYTES = MAX_RAW_BYTES + 64 * 1024;

/**
 * No scripts at all; styles inline; the message frame (srcdoc) inherits this, so a rendered email
 * cannot load remote images or run anything.
 */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'self'; base-uri 'none'";

/** Applications on one page of the overview, and pending reminders listed under them. */
export const DEFAULT_PAGE_SIZE = 50;
export const UPCOMING_REMINDERS_LISTED = 50;
/** Skipped mail listed on the overview, newest first. */
export const SKIPPED_LISTED = 20;

export interface WebServerOptions {
  readonly port: number;
  readonly store: ApplicationStore;
  /** The overview's reads, each one call whatever the number of applications. */
  readonly listing: ApplicationListing;
  readonly inbox: LocalInbox;
  /** Whose mail is trusted: an upload is judged as SMTP mail from the user (upload-sender.ts). */
  readonly local: LocalSettings;
  readonly outbound: OutboundTarget;
  readonly zone: string;
  readonly smtpPort: () => number;
  readonly logger: Logger;
  /** Applications per page (default DEFAULT_PAGE_SIZE). */
  readonly pageSize?: number;
}

export interface WebServer {
  readonly port: number;
  close(): Promise<void>;
}

class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError';
}

const MEGABYTE = 1024 * 1024;

/**
 * The request body, up to `limit` bytes. Past it the rest is read and dropped, so the browser gets
 * the answer instead of a reset connection halfway through sending.
 */
async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? 0);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size <= limit && declared <= limit) chunks.push(chunk as Buffer);
  }
  if (size > limit || declared > limit) throw new BodyTooLargeError(TOO_LARGE);
  return Buffer.concat(chunks);
}

const TOO_LARGE = `the file is larger than ${Math.floor(MAX_RAW_BYTES / MEGABYTE)} MB, the most jobnudge reads from one email (the same limit as mail it receives)`;

/** `<createdAt>|<id>` in the page links; anything else is ignored (the first page is shown). */
function parseCursor(value: string | null): ApplicationCursor | undefined {
  if (value === null) return undefined;
  const match = /^(\d{4}-\d{2}-\d{2}T[0-9:.]{5,18}(?:Z|[+-]\d{2}:\d{2}))\|([^|\s]{1,300})$/.exec(value);
  return match ? { createdAt: match[1]!, id: match[2]! } : undefined;
}

/** A path segment as written in a link; null when its %-escapes are broken. */
function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function cursorQuery(name: 'after' | 'before', cursor: ApplicationCursor | null): string | null {
  return cursor === null ? null : `?${name}=${encodeURIComponent(`${cursor.createdAt}|${cursor.id}`)}`;
}

function send(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    // Not no-referrer: with it, the browser sends `Origin: null` on the page's own form post.
    'referrer-policy': 'same-origin',
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(body);
}

/** The local page: overview, one application, outbox messages, and the upload form (same path as SMTP). */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const { store, listing, inbox, logger } = options;
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  const formToken = newFormToken();
  let hosts: ReadonlySet<string> = new Set();

  /** A constant number of store calls, whatever the number of applications (issue #13). */
  async function overview(url: URL, uploadError: string | null = null): Promise<string> {
    const after = parseCursor(url.searchParams.get('after'));
    const before = after ? undefined : parseCursor(url.searchParams.get('before'));
    const messageId = url.searchParams.get('message');
    const [page, pending, notices, outbox, outcome] = await Promise.all([
      listing.listApplicationPage({ limit: pageSize, ...(after ? { after } : {}), ...(before ? { before } : {}) }),
      listing.listPendingReminders(UPCOMING_REMINDERS_LISTED),
      store.listNotices(),
      options.outbound.kind === 'outbox' ? listOutbox(options.outbound.directory) : Promise.resolve([]),
      messageId && /^[A-Za-z0-9-]{1,80}$/.test(messageId) ? store.getOutcome(messageId) : Promise.resolve(undefined),
    ]);
    const owners = new Map((await listing.getApplications(pending.map((r) => r.applicationId))).map((a) => [a.id, a]));
    const view: PageView = {
      zone: options.zone,
      applications: page.applications,
      olderPage: cursorQuery('after', page.older),
      newerPage: cursorQuery('before', page.newer),
      upcoming: pending.map((reminder) => ({ reminder, application: owners.get(reminder.applicationId) ?? null })),
      outbox,
      outbound: options.outbound,
      smtpPort: options.smtpPort(),
      formToken,
      uploaded: messageId && outcome !== undefined ? { messageId, outcome } : null,
      uploadError,
      skipped: notices.filter(isSkippedNotice).sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, SKIPPED_LISTED),
    };
    return renderOverview(view);
  }

  async function applicationPage(id: string): Promise<string | null> {
    const [application, events, reminders] = await Promise.all([store.getApplication(id), store.listEvents(id), store.listReminders(id)]);
    return application ? renderApplication({ zone: options.zone, application, events, reminders }) : null;
  }

  function refuse(response: ServerResponse, status: 403 | 421, why: string): void {
    send(response, status, layout('Refused', 'jobnudge', html`<p>${why}</p><p><a href="/">Open the page</a> and upload from there.</p>`));
  }

  async function upload(request: IncomingMessage, response: ServerResponse, url: URL, host: string): Promise<void> {
    // Who is asking comes first: nothing of a foreign request is read, saved or answered with data.
    const foreign = foreignOriginReason(request.headers, host);
    if (foreign !== null) {
      request.resume();
      refuse(response, 403, `Upload refused: ${foreign}.`);
      return;
    }
    let file: { filename: string; bytes: Buffer } | null;
    try {
      const form = readUploadForm(await readBody(request, MAX_UPLOAD_BYTES), request.headers['content-type'] ?? '');
      if (!tokenMatches(formToken, form.fields.get('token'))) {
        refuse(response, 403, 'Upload refused: the form is not from this run of jobnudge (it was restarted, or the form came from elsewhere). Reload the page and try again.');
        return;
      }
      file = form.file;
      if (file === null || file.bytes.length === 0) throw new UploadFormError(file === null ? 'no file was chosen' : `“${file.filename}” is empty`);
      // The form's own framing fits under MAX_UPLOAD_BYTES; the file itself gets the mail bound.
      if (file.bytes.length > MAX_RAW_BYTES) throw new BodyTooLargeError(TOO_LARGE);
      const notEmail = notAnEmailReason(file.filename, file.bytes);
      if (notEmail !== null) throw new UploadFormError(notEmail);
    } catch (error) {
      if (error instanceof UploadFormError || error instanceof BodyTooLargeError) {
        send(response, error instanceof BodyTooLargeError ? 413 : 400, await overview(url, error.message));
        return;
      }
      throw error;
    }
    const source = uploadEnvelopeSender(options.local, await outerFromAddress(file.bytes, options.zone));
    const accepted = await inbox.accept(file.bytes, { source, via: 'upload' });
    await accepted.processed;
    response.writeHead(303, { location: `/?message=${encodeURIComponent(accepted.saved.receipt.messageId)}#upload-result` });
    response.end();
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // DNS rebinding: a foreign name resolved to 127.0.0.1 still carries that name in Host.
    const host = request.headers.host ?? '';
    if (!hosts.has(host)) {
      request.resume();
      send(response, 421, 'This page answers only at 127.0.0.1 and localhost with its own port.', { 'content-type': 'text/plain; charset=utf-8' });
      return;
    }
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method === 'POST' && url.pathname === '/upload') return upload(request, response, url, host);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, renderNotFound(), { allow: 'GET, HEAD, POST' });
      return;
    }
    if (url.pathname === '/') {
      send(response, 200, await overview(url));
      return;
    }
    const applicationId = decodeSegment(/^\/applications\/([^/]{1,400})$/.exec(url.pathname)?.[1] ?? '');
    if (applicationId) {
      const page = await applicationPage(applicationId);
      if (page !== null) {
        send(response, 200, page);
        return;
      }
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
    const outboxName = decodeSegment(/^\/outbox\/([^/]{1,200})$/.exec(url.pathname)?.[1] ?? '');
    if (outboxName && options.outbound.kind === 'outbox') {
      const message = await readOutboxMessage(options.outbound.directory, outboxName);
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
  hosts = pageHosts(port);
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}
