/**
 * The logging port domain code writes to. Keys are structured (messageId, applicationId, …);
 * anything that could identify a person or carry mail content is only written at DEBUG.
 */
export type LogValue = string | number | boolean | null | undefined | readonly string[];
export type LogKeys = Readonly<Record<string, LogValue>>;

export interface Logger {
  debug(message: string, keys?: LogKeys): void;
  info(message: string, keys?: LogKeys): void;
  warn(message: string, keys?: LogKeys): void;
  /** `error` contributes its class name (and, for SDK errors, its message), never a parser's message. */
  error(message: string, keys?: LogKeys, error?: unknown): void;
  /** A logger that adds `keys` to every entry (e.g. the SES messageId of the record in hand). */
  child(keys: LogKeys): Logger;
}

/**
 * Key names whose values are personal or content (addresses, subjects, bodies). Above DEBUG their
 * values are replaced, so a careless call cannot leak them into CloudWatch.
 */
export const SENSITIVE_LOG_KEYS: ReadonlySet<string> = new Set([
  'from',
  'to',
  'cc',
  'source',
  'address',
  'email',
  'sender',
  'recipient',
  'recipients',
  'subject',
  'body',
  'text',
  'html',
  'note',
  'code',
  'link',
]);

export const REDACTED = '[redacted]';

/** Replace sensitive values; used by every adapter for levels above DEBUG. */
export function redactSensitive(keys: LogKeys): LogKeys {
  const safe: Record<string, LogValue> = {};
  for (const [key, value] of Object.entries(keys)) {
    safe[key] = SENSITIVE_LOG_KEYS.has(key.toLowerCase()) && value !== null && value !== undefined ? REDACTED : value;
  }
  return safe;
}

/** Discards everything: for callers that have nowhere to log. */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  child: () => silentLogger,
};

export interface LogEntry {
  readonly level: 'debug' | 'info' | 'warn' | 'error';
  readonly message: string;
  readonly keys: LogKeys;
}

/** Keeps entries in memory (redacted the same way as the real adapter): for the CLI and tests. */
export class MemoryLogger implements Logger {
  constructor(
    readonly entries: LogEntry[] = [],
    private readonly base: LogKeys = {},
  ) {}
  debug(message: string, keys: LogKeys = {}): void {
    this.entries.push({ level: 'debug', message, keys: { ...this.base, ...keys } });
  }
  info(message: string, keys: LogKeys = {}): void {
    this.entries.push({ level: 'info', message, keys: redactSensitive({ ...this.base, ...keys }) });
  }
  warn(message: string, keys: LogKeys = {}): void {
    this.entries.push({ level: 'warn', message, keys: redactSensitive({ ...this.base, ...keys }) });
  }
  error(message: string, keys: LogKeys = {}, error?: unknown): void {
    const errorName = error instanceof Error ? error.name : error === undefined ? undefined : 'unknown';
    this.entries.push({ level: 'error', message, keys: redactSensitive({ ...this.base, ...keys, errorName }) });
  }
  child(keys: LogKeys): Logger {
    return new MemoryLogger(this.entries, { ...this.base, ...keys });
  }
}
