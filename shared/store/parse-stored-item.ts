import type * as z from '../config/zod-mini.ts';
import { describeIssues } from '../config/zod-errors.ts';
import { CorruptItemError } from './application-store.ts';
import { TABLE_KEYS } from './table-schema.ts';

/** An item read back from the table, checked against the shape this code writes. */
export function parseStoredItem<T>(schema: z.ZodMiniType<T>, item: Record<string, unknown>, label?: string): T {
  const result = schema.safeParse(item);
  if (!result.success) {
    throw new CorruptItemError(label ?? `${String(item[TABLE_KEYS.partitionKey])}/${String(item[TABLE_KEYS.sortKey])}`, describeIssues(result.error));
  }
  return result.data;
}
