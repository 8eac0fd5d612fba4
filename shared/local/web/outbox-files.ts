import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import PostalMime, { type Address } from 'postal-mime';

/** Outbox file names as OutboxMailer writes them; anything else is not served (no path tricks). */
export const OUTBOX_FILE_NAME = /^[0-9]{8}T[0-9]{9}Z-[A-Za-z0-9_=.-]+\.eml$/;

/** Newest messages listed on the page: each is parsed for its subject, so this bounds a page view's work. */
export const MAX_OUTBOX_LISTED = 25;

export interface OutboxEntry {
  readonly name: string;
  readonly subject: string;
  readonly date: Date | null;
  readonly to: string;
}

export interface OutboxMessage extends OutboxEntry {
  readonly text: string;
  readonly html: string | null;
  readonly attachments: readonly { readonly filename: string; readonly contentType: string; readonly size: number }[];
}

/** "Name <address>" for each recipient, as a mail client lists them. */
function recipients(addresses: readonly Address[]): string {
  return addresses
    .flatMap((entry) => entry.group ?? [entry])
    .map((mailbox) => (mailbox.name === '' ? mailbox.address : `${mailbox.name} <${mailbox.address}>`))
    .join(', ');
}

async function parse(directory: string, name: string): Promise<OutboxMessage> {
  const parsed = await PostalMime.parse(await readFile(join(directory, name)));
  const date = parsed.date === undefined ? null : new Date(parsed.date);
  return {
    name,
    subject: parsed.subject ?? '(no subject)',
    date: date === null || Number.isNaN(date.getTime()) ? null : date,
    to: recipients(parsed.to ?? []),
    text: parsed.text ?? '',
    html: parsed.html ?? null,
    attachments: parsed.attachments.map((a) => ({
      filename: a.filename ?? '(unnamed)',
      contentType: a.mimeType,
      size: typeof a.content === 'string' ? Buffer.byteLength(a.content) : a.content.byteLength,
    })),
  };
}

/** Newest first. */
export async function listOutbox(directory: string): Promise<OutboxEntry[]> {
  let names: string[];
  try {
    names = await readdir(directory);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return [];
    throw error;
  }
  const newest = names.filter((name) => OUTBOX_FILE_NAME.test(name)).sort().reverse().slice(0, MAX_OUTBOX_LISTED);
  return Promise.all(newest.map(async (name) => {
    const { text: _text, html: _html, attachments: _attachments, ...entry } = await parse(directory, name);
    return entry;
  }));
}

/** One outbox message, or null when the name is not an outbox file. */
export async function readOutboxMessage(directory: string, name: string): Promise<OutboxMessage | null> {
  if (!OUTBOX_FILE_NAME.test(name)) return null;
  try {
    return await parse(directory, name);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw error;
  }
}
