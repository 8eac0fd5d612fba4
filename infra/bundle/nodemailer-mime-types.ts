import { parse } from 'node:path';

/**
 * Stands in for nodemailer's `mime-funcs/mime-types.js` in the function bundles (see
 * substitutedModules in ../constructs/function-bundling.ts): that module is a table of every file
 * extension and MIME type (76 KB minified), which nodemailer reads only for a part that comes
 * without a content type or a file name. shared/mailer/compose.ts gives every part both (text and
 * HTML get theirs from nodemailer itself), so the bundles never reach it. In case one does, this
 * answers as the table does for what jobnudge writes, and with the table's own defaults for anything
 * else. test/infra/function-bundles.test.ts checks both against nodemailer's table and composes the
 * same bytes from the bundle as from source.
 */
const TYPE_OF_EXTENSION = new Map([
  ['csv', 'text/csv'],
  ['eml', 'message/rfc822'],
  ['htm', 'text/html'],
  ['html', 'text/html'],
  ['ics', 'text/calendar'],
  ['txt', 'text/plain'],
]);
const EXTENSION_OF_TYPE = new Map([
  ['message/rfc822', 'eml'],
  ['text/calendar', 'ics'],
  ['text/csv', 'csv'],
  ['text/html', 'html'],
  ['text/plain', 'txt'],
]);
const DEFAULT_TYPE = 'application/octet-stream';
const DEFAULT_EXTENSION = 'bin';

/** The MIME type of a file name's extension (nodemailer's detectMimeType, same parsing). */
export function detectMimeType(filename?: string): string {
  if (!filename) return DEFAULT_TYPE;
  const parsed = parse(filename);
  const extension = (parsed.ext.slice(1) || parsed.name || '').split('?').shift()?.trim().toLowerCase() ?? '';
  return TYPE_OF_EXTENSION.get(extension) ?? DEFAULT_TYPE;
}

/** The file extension of a MIME type (nodemailer's detectExtension, same parsing and fallbacks). */
export function detectExtension(mimeType?: string): string {
  if (!mimeType) return DEFAULT_EXTENSION;
  const parts = mimeType.toLowerCase().trim().split('/');
  const rootType = (parts.shift() ?? '').trim();
  const subType = parts.join('/').trim();
  return EXTENSION_OF_TYPE.get(`${rootType}/${subType}`) ?? (rootType === 'text' ? 'txt' : DEFAULT_EXTENSION);
}
