import { FormatLocaleSchema } from '../config/settings.ts';
import { UsageError } from './usage-error.ts';

/**
 * `--locale` checked where it enters, by the same rule as the `locale` setting: one line naming
 * the flag and the value, never a stack trace. Undefined when the flag was not given.
 */
export function localeFlag(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const parsed = FormatLocaleSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const reason = parsed.error.issues[0]?.message ?? 'is not a locale';
  throw new UsageError(`--locale: "${value}" ${reason.replace(/^must be/, 'is not')}`);
}
