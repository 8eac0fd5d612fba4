import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { parseLocalConfig, type LocalSettings } from '../../shared/local/local-config.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'eml');
/** The fixtures' user (test/fixtures/eml/README.md). */
export const USER = 'sam.rivera@example.net';

export function testSettings(overrides: Record<string, unknown> = {}): LocalSettings {
  return parseLocalConfig({ timeZone: 'America/New_York', allowedSenders: [USER], notifyAddress: USER, ...overrides }, 'test settings', { relay: false });
}

export function tempDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'jobnudge-local-'));
}

export async function fixture(name: string): Promise<Buffer> {
  return readFile(join(FIXTURES, name));
}

/** Sends a saved .eml as is through a real SMTP client, as a mail program forwarding it would. */
export async function sendBySmtp(port: number, raw: Buffer, from = USER): Promise<string> {
  const transport = createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
  try {
    const info = (await transport.sendMail({ envelope: { from, to: ['jobs@localhost'] }, raw })) as { response: string };
    return info.response;
  } finally {
    transport.close();
  }
}

export async function outboxFiles(dataDir: string): Promise<string[]> {
  try {
    return (await readdir(join(dataDir, 'outbox'))).filter((name) => name.endsWith('.eml')).sort();
  } catch {
    return [];
  }
}
