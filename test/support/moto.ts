import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * moto (`python3 -m moto.server`), a Python stand-in for many AWS APIs on one loopback port. It is
 * not an npm package: machines and CI install it with pip. Tests that need it skip with one line
 * where it is missing, except in CI (JOBNUDGE_REQUIRE_SYSTEM_TOOLS=1), where its absence fails.
 */
export const MOTO_INSTALL_HINT = 'install moto to run this test: pip install "moto[server]"';
export const MOTO_CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' } as const;
/** moto's server starts in about a second; a cold Python import on a busy machine can take longer. */
const START_TIMEOUT_MS = 30_000;

export function motoAvailable(): boolean {
  return spawnSync('python3', ['-c', 'import moto.server'], { stdio: 'ignore' }).status === 0;
}

export interface Moto {
  readonly endpoint: string;
  /** moto's record of what it was asked to do (sent SES mail under `ses.sent_messages` etc.). */
  data(): Promise<Record<string, unknown>>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export async function startMoto(): Promise<Moto> {
  const port = await freePort();
  const child: ChildProcess = spawn('python3', ['-m', 'moto.server', '-H', '127.0.0.1', '-p', String(port)], { stdio: 'ignore' });
  const endpoint = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    try {
      const response = await fetch(`${endpoint}/moto-api/data.json`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill();
      throw new Error(`moto did not start on ${endpoint}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    endpoint,
    async data() {
      return (await (await fetch(`${endpoint}/moto-api/data.json`)).json()) as Record<string, unknown>;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill();
      await exited;
    },
  };
}
