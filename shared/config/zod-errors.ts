import type * as z from 'zod';

/** One line per wrong field, each naming the field's path, so a user can fix all of them at once. */
export function describeIssues(error: z.ZodError, prefix = ''): string[] {
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
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, source: string, prefix = ''): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new ConfigError(source, describeIssues(result.error, prefix));
  return result.data;
}
