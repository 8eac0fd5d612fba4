import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from 'zod';

/** `<dataDir>/raw`: every accepted message, kept as received. */
export function rawDirectory(dataDir: string): string {
  return join(dataDir, 'raw');
}

/** A message id from its bytes: the same message sent twice is one message (ingest replays it). */
export function contentMessageId(raw: Uint8Array): string {
  return `local-${createHash('sha256').update(raw).digest('hex').slice(0, 40)}`;
}

/** What the receiving side knew besides the bytes, saved beside them for a re-run after a crash. */
export const ReceiptSchema = z.object({
  messageId: z.string().regex(/^[A-Za-z0-9-]+$/),
  /** SMTP MAIL FROM ('' when none). */
  source: z.string(),
  receivedAt: z.iso.datetime({ offset: true }),
  /** `smtp`, `upload` or `import`. */
  via: z.enum(['smtp', 'upload', 'import']),
});
export type Receipt = z.infer<typeof ReceiptSchema>;

export interface SavedMessage {
  readonly receipt: Receipt;
  /** Path of the .eml (the rawKey of the local run). */
  readonly path: string;
}

async function writeAtomically(path: string, content: string | Uint8Array): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, content, { flush: true });
  await rename(temp, path);
}

/**
 * Keep the raw copy before anything acknowledges the message. The receipt is written first and the
 * .eml last (atomically): an .eml on disk always has its receipt.
 */
export async function saveRaw(dataDir: string, raw: Uint8Array, receipt: Receipt): Promise<SavedMessage> {
  const directory = rawDirectory(dataDir);
  await mkdir(directory, { recursive: true });
  const path = join(directory, `${receipt.messageId}.eml`);
  await writeAtomically(join(directory, `${receipt.messageId}.json`), `${JSON.stringify(receipt)}\n`);
  await writeAtomically(path, raw);
  return { receipt, path };
}

/** Every saved message (oldest receipt first); broken receipts are skipped with their names reported. */
export async function listSaved(dataDir: string): Promise<{ saved: SavedMessage[]; broken: string[] }> {
  const directory = rawDirectory(dataDir);
  let names: string[];
  try {
    names = await readdir(directory);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return { saved: [], broken: [] };
    throw error;
  }
  const saved: SavedMessage[] = [];
  const broken: string[] = [];
  for (const name of names.filter((n) => n.endsWith('.eml'))) {
    const id = name.slice(0, -'.eml'.length);
    try {
      const receipt = ReceiptSchema.parse(JSON.parse(await readFile(join(directory, `${id}.json`), 'utf8')));
      saved.push({ receipt, path: join(directory, name) });
    } catch {
      broken.push(name);
    }
  }
  saved.sort((a, b) => a.receipt.receivedAt.localeCompare(b.receipt.receivedAt));
  return { saved, broken };
}
