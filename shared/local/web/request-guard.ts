import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/**
 * What keeps other web sites away from the local page. It listens on loopback only, but the user's
 * browser visits other sites too: one of them can post a form here (CSRF), or point its own name at
 * 127.0.0.1 and then read the page as same-origin (DNS rebinding).
 */

/** The only Host values answered: the page's own names. A rebound name fails here. */
export function pageHosts(port: number): ReadonlySet<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

/** A fresh secret per start: the upload form carries it, a foreign site cannot read it. */
export function newFormToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenMatches(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Null when the request says it comes from the page itself; otherwise why not. Browsers send
 * `Origin` on every POST and `Sec-Fetch-Site` on every request; a request with neither is not
 * from a browser showing this page (and still needs the token).
 */
export function foreignOriginReason(headers: IncomingHttpHeaders, host: string): string | null {
  const origin = headers.origin;
  const site = headers['sec-fetch-site'];
  if (origin === undefined && site === undefined) return 'the request does not say where it comes from (no Origin or Sec-Fetch-Site)';
  if (origin !== undefined && origin !== `http://${host}`) return 'the request comes from another site';
  if (site !== undefined && site !== 'same-origin') return `the request comes from another site (Sec-Fetch-Site: ${String(site).slice(0, 20)})`;
  return null;
}
