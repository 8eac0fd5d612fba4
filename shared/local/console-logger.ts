import type { LogKeys, Logger } from '../logging/logger.ts';
import { redactSensitive } from '../logging/logger.ts';

/** Errors whose messages describe the machine, not a mail (MailSendError redacts addresses itself). */
const INFRASTRUCTURE_ERRORS: ReadonlySet<string> = new Set(['MailSendError', 'ReminderSchedulingError', 'DataDirBusyError', 'PortInUseError']);

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type ConsoleLogLevel = (typeof LEVELS)[number];

function format(keys: LogKeys): string {
  return Object.entries(keys)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join(',') : JSON.stringify(value)}`)
    .join(' ');
}

/**
 * One readable line per entry on a stream (stderr for `serve`), redacted above DEBUG like the
 * Lambda logger: a local run's terminal output is shared as easily as CloudWatch.
 */
export class ConsoleLogger implements Logger {
  constructor(
    private readonly write: (line: string) => void,
    private readonly level: ConsoleLogLevel = 'info',
    private readonly base: LogKeys = {},
  ) {}

  private emit(level: ConsoleLogLevel, message: string, keys: LogKeys): void {
    if (LEVELS.indexOf(level) < LEVELS.indexOf(this.level)) return;
    const merged = { ...this.base, ...keys };
    const safe = level === 'debug' ? merged : redactSensitive(merged);
    const time = new Date().toISOString().slice(11, 19);
    this.write(`${time} ${level.padEnd(5)} ${message}${Object.keys(safe).length > 0 ? ` ${format(safe)}` : ''}`);
  }

  debug(message: string, keys: LogKeys = {}): void {
    this.emit('debug', message, keys);
  }
  info(message: string, keys: LogKeys = {}): void {
    this.emit('info', message, keys);
  }
  warn(message: string, keys: LogKeys = {}): void {
    this.emit('warn', message, keys);
  }
  error(message: string, keys: LogKeys = {}, error?: unknown): void {
    // The class name only (a parser's message can quote the mail it failed on), except for errors
    // about infrastructure, whose messages are written without mail content.
    const errorName = error instanceof Error ? error.name : error === undefined ? undefined : 'unknown';
    const errorMessage = error instanceof Error && ('$metadata' in error || INFRASTRUCTURE_ERRORS.has(error.name)) ? error.message : undefined;
    this.emit('error', message, { ...keys, errorName, errorMessage });
  }
  child(keys: LogKeys): Logger {
    return new ConsoleLogger(this.write, this.level, { ...this.base, ...keys });
  }
}
