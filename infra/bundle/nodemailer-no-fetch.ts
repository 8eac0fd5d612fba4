/**
 * Stands in for nodemailer's `fetch` in the function bundles (see substitutedModules in
 * ../constructs/function-bundling.ts). nodemailer fetches a part's content from a URL only when URL
 * access is allowed, and shared/mailer/compose.ts always sets `disableUrlAccess`, so nodemailer
 * rejects such a part before it gets here. Its HTTP client, cookie jar and URL parser (about 9 KB)
 * would be dead code in every bundle that sends mail.
 */
export default function nmfetch(url: string): never {
  throw new Error(`jobnudge's bundles fetch no URLs (asked for a part from ${url.slice(0, 100)})`);
}
