import { createRequire } from 'node:module';

/**
 * LevelDB options for the embedded store's database. LevelDB maps each open table file into memory
 * whole, and a compaction reads every table it merges, so with LevelDB's default of 1000 open files
 * every table stayed resident: the process grew by the database's size (about 30 KB per imported
 * message, over 300 MB by 10k). LevelDB's least allowed (74) keeps 64 tables open, and tables of
 * about 0.5-1 MiB (LevelDB closes one past the size asked for) keep that near 50 MiB at most
 * instead of 130 at the default 2 MiB. A table needed again is reopened (its index block read again).
 */
export const LEVEL_OPTIONS = { maxOpenFiles: 74, maxFileSize: 512 * 1024 } as const;

interface LevelIterator {
  next(): Promise<unknown>;
  close(): Promise<void>;
}

interface LevelDatabase {
  keys(options?: object): LevelIterator;
  values(options?: object): LevelIterator;
}

type LevelClass = new (location: string, options?: Record<string, unknown>) => LevelDatabase;

/**
 * dynalite's streams over a LevelDB iterator close it, when they end, through `iterator.return()`,
 * which abstract-level's iterators do not have: every Query left its iterator open until the
 * database closed, and an open iterator holds the tables and memory of its moment, so an import
 * grew by every table LevelDB wrote since (none could be freed or unmapped). This gives them one.
 */
function closedOnReturn(iterator: LevelIterator): LevelIterator {
  const read = iterator.next.bind(iterator);
  return Object.assign(iterator, {
    return: () => iterator.close(),
    // A stream can queue one more read after it was destroyed, or while the database shuts down; a
    // closed iterator then reads as ended, instead of failing a stream nobody listens to any more
    // (its error would be uncaught and take the process down).
    next: async () => {
      try {
        return await read();
      } catch (error) {
        if (isNotOpen(error)) return undefined;
        throw error;
      }
    },
  });
}

function isNotOpen(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'LEVEL_ITERATOR_NOT_OPEN';
}

let applied = false;

/**
 * dynalite takes no LevelDB options and opens its database with the defaults, reading the class
 * from the `level` package when its database module loads. So the class it will read is replaced
 * by one that adds LEVEL_OPTIONS and closable iterators; this must run before dynalite is first imported.
 */
export function applyLevelOptionsToDynalite(): void {
  if (applied) return;
  const fromDynalite = createRequire(createRequire(import.meta.url).resolve('dynalite'));
  const level = fromDynalite('level') as { Level: LevelClass };
  const Base = level.Level;
  level.Level = class extends Base {
    constructor(location: string, options: Record<string, unknown> = {}) {
      super(location, { ...LEVEL_OPTIONS, ...options });
    }

    override keys(options?: object): LevelIterator {
      return closedOnReturn(super.keys(options));
    }

    override values(options?: object): LevelIterator {
      return closedOnReturn(super.values(options));
    }
  };
  applied = true;
}
