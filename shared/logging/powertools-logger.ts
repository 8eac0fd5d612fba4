import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import type { LogKeys, Logger } from './logger.ts';
import { redactSensitive } from './logger.ts';

/** Drop undefined values: Powertools would print them as missing keys anyway. */
function defined(keys: LogKeys): Record<string, string | number | boolean | null | readonly string[]> {
  const out: Record<string, string | number | boolean | null | readonly string[]> = {};
  for (const [key, value] of Object.entries(keys)) if (value !== undefined) out[key] = value;
  return out;
}

/**
 * Parser errors can quote the mail they choked on, so their message stays out; AWS SDK service
 * errors (they carry `$metadata`) describe infrastructure and are kept for the operator.
 */
function describeError(error: Error): Record<string, string> {
  const frames = (error.stack ?? '').split('\n').slice(1).join('\n');
  return '$metadata' in error ? { errorName: error.name, errorMessage: error.message, stack: frames } : { errorName: error.name, stack: frames };
}

/**
 * The Logger port over Powertools (structured JSON to CloudWatch). The level comes from
 * POWERTOOLS_LOG_LEVEL, which Powertools reads itself.
 */
export class PowertoolsLoggerAdapter implements Logger {
  constructor(private readonly inner: PowertoolsLogger) {}

  static create(serviceName: string): PowertoolsLoggerAdapter {
    return new PowertoolsLoggerAdapter(new PowertoolsLogger({ serviceName }));
  }

  debug(message: string, keys: LogKeys = {}): void {
    this.inner.debug(message, defined(keys));
  }
  info(message: string, keys: LogKeys = {}): void {
    this.inner.info(message, defined(redactSensitive(keys)));
  }
  warn(message: string, keys: LogKeys = {}): void {
    this.inner.warn(message, defined(redactSensitive(keys)));
  }
  error(message: string, keys: LogKeys = {}, error?: unknown): void {
    const safe = defined(redactSensitive(keys));
    if (error instanceof Error) this.inner.error(message, { ...safe, ...describeError(error) });
    else this.inner.error(message, safe);
  }
  child(keys: LogKeys): Logger {
    const child = this.inner.createChild();
    child.appendPersistentKeys(defined(redactSensitive(keys)));
    return new PowertoolsLoggerAdapter(child);
  }
}
