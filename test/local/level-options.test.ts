import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyLevelOptionsToDynalite, LEVEL_OPTIONS } from '../../shared/local/level-options.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanups.splice(0)) await step();
});

interface Db {
  open(): Promise<void>;
  values(): { next(): Promise<unknown>; return?: () => Promise<void> };
  put(key: string, value: unknown): Promise<void>;
  compactRange(start: string, end: string): Promise<void>;
  close(): Promise<void>;
}

/** The LevelDB class dynalite's database module reads from `level`, resolved from where dynalite is. */
function dynaliteLevel(): new (location: string, options: object) => Db {
  applyLevelOptionsToDynalite();
  const fromDynalite = createRequire(createRequire(import.meta.url).resolve('dynalite'));
  return (fromDynalite('level') as { Level: new (location: string, options: object) => Db }).Level;
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'jobnudge-level-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

describe('LevelDB options of the embedded store', () => {
  it("gives iterators the return() dynalite's streams call when they end, and it closes them", async () => {
    const Level = dynaliteLevel();
    const db = new Level(await tempDir(), { valueEncoding: 'json' });
    await db.open();
    await db.put('only', 1);
    const iterator = db.values();
    expect(await iterator.next()).toBe(1);
    expect(await iterator.next()).toBeUndefined();
    await iterator.return?.();
    // Closed underneath (left open, it would hold LevelDB's tables until the database closes) ...
    const underlying = Object.getPrototypeOf(iterator) as { next: (this: unknown) => Promise<unknown> };
    await expect(underlying.next.call(iterator)).rejects.toMatchObject({ code: 'LEVEL_ITERATOR_NOT_OPEN' });
    // ... while a read a stream queues after that reads as the end, not as an error nobody handles.
    await expect(iterator.next()).resolves.toBeUndefined();
    await db.close();
  });

  it('reads as ended, not as an error, when the database closed under an open iterator', async () => {
    const Level = dynaliteLevel();
    const db = new Level(await tempDir(), { valueEncoding: 'json' });
    await db.open();
    for (let n = 0; n < 50; n++) await db.put(`key-${String(n).padStart(2, '0')}`, n);
    const iterator = db.values();
    expect(await iterator.next()).toBe(0);
    await db.close();
    await expect(iterator.next()).resolves.toBeUndefined();
  });

  it('still reports a read that fails for another reason', async () => {
    const Level = dynaliteLevel();
    const db = new Level(await tempDir(), { valueEncoding: 'json' });
    await db.open();
    await db.put('only', 1);
    const iterator = db.values();
    // Two reads at once are a caller's bug, and abstract-level says so; that error must still surface.
    const first = iterator.next();
    await expect(iterator.next()).rejects.toMatchObject({ code: 'LEVEL_ITERATOR_BUSY' });
    await first;
    await iterator.return?.();
    await db.close();
  });

  it('reach the database dynalite opens: compacted tables stay within the file size asked for', async () => {
    const Level = dynaliteLevel();
    const dir = await tempDir();
    // A small write buffer makes many small level-0 tables, their keys interleaved (written out of
    // order), out of 1.4 MB that does not compress. Compacting merges them; with maxFileSize the
    // result is split into several tables, with LevelDB's default (2 MiB) it is one table of 1.4 MB.
    const db = new Level(dir, { valueEncoding: 'json', writeBufferSize: 64 * 1024 });
    await db.open();
    for (let n = 0; n < 512; n++) {
      const i = (n * 197) % 512;
      await db.put(`key-${String(i).padStart(4, '0')}`, randomBytes(2048).toString('base64'));
    }
    await db.compactRange('key-0000', 'key-9999');
    await db.close();
    const tables = (await readdir(dir)).filter((name) => name.endsWith('.ldb'));
    const sizes = await Promise.all(tables.map(async (name) => (await stat(join(dir, name))).size));
    const total = sizes.reduce((sum, size) => sum + size, 0);
    expect(total).toBeGreaterThan(2 * LEVEL_OPTIONS.maxFileSize);
    expect(tables.length).toBeGreaterThan(1);
    for (const size of sizes) expect(size).toBeLessThan(total);
  });
});
