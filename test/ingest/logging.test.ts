import { afterEach, describe, expect, it, vi } from 'vitest';
import { PowertoolsLoggerAdapter } from '../../shared/logging/powertools-logger.ts';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

function capture(): string[] {
  const lines: string[] = [];
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
  }
  return lines;
}

describe('PowertoolsLoggerAdapter', () => {
  it('writes structured keys and redacts addresses and subjects above DEBUG', () => {
    vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'INFO');
    const lines = capture();
    const logger = PowertoolsLoggerAdapter.create('jobnudge-test').child({ messageId: 'm-1' });
    logger.info('message ingested', { applicationId: 'app-1', from: 'someone@example.org', subject: 'Interview' });
    const entry = JSON.parse(lines.join('')) as Record<string, unknown>;
    expect(entry).toMatchObject({ message: 'message ingested', messageId: 'm-1', applicationId: 'app-1', from: '[redacted]', subject: '[redacted]' });
  });

  it('logs only the class name of a non-AWS error, not its message', () => {
    vi.stubEnv('POWERTOOLS_LOG_LEVEL', 'INFO');
    const lines = capture();
    PowertoolsLoggerAdapter.create('jobnudge-test').error('failed', {}, new TypeError('quoted mail text'));
    const out = lines.join('');
    expect(out).toContain('TypeError');
    expect(out).not.toContain('quoted mail text');
  });
});
