// The core's types and parse: schemas from full zod and from zod/mini (./zod-mini.ts) both pass.
import { safeParse, type $ZodError, type $ZodType, type output } from 'zod/v4/core';

/** One line per wrong field, each naming the field's path, so a user can fix all of them at once. */
export function describeIssues(error: $ZodError, prefix = ''): string[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    return `${path || '(root)'}: ${issue.message}`;
  });
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(`Invalid ${source}:\n  - ${problems.join('\n  - ')}`);
  }
}

/** Parse or throw a ConfigError listing every wrong field. */
export function parseOrThrow<S extends $ZodType>(schema: S, value: unknown, source: string, prefix = ''): output<S> {
  const result = safeParse(schema, value);
  if (!result.success) throw new ConfigError(source, describeIssues(result.error, prefix));
  return result.data;
}
