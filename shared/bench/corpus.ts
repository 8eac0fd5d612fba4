import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod';
import { EVENT_KINDS } from '../domain/kinds.ts';

/**
 * The labeled corpus lives beside the checkout (`../shared/corpus`), not in it: a user's clone has
 * none, so every reader must cope with it being absent.
 */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS_FILE = resolve(repoRoot, '../shared/corpus/dev.jsonl');

export const CorpusItemSchema = z.object({
  id: z.string(),
  label: z.enum(EVENT_KINDS),
  subject: z.string(),
  from: z.string(),
  body: z.string(),
  source: z.string(),
  note: z.string().optional().nullable(),
});
export type CorpusItem = z.infer<typeof CorpusItemSchema>;

export function corpusAvailable(file = CORPUS_FILE): boolean {
  return existsSync(file);
}

export function loadCorpus(file = CORPUS_FILE): CorpusItem[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const parsed = CorpusItemSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`corpus line ${index + 1}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      return parsed.data;
    });
}

/**
 * Deterministic tune/check split by source, so that near-identical items from one project or page
 * never sit on both sides: the check half measures how the rules do on senders they were not tuned on.
 */
export function splitBySource(items: readonly CorpusItem[]): { tune: CorpusItem[]; check: CorpusItem[] } {
  const tune: CorpusItem[] = [];
  const check: CorpusItem[] = [];
  for (const item of items) {
    const group = item.source;
    (stableHash(group) % 2 === 0 ? tune : check).push(item);
  }
  return { tune, check };
}

function stableHash(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash;
}
