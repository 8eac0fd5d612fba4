import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as sesLocalModule from 'aws-ses-v2-local';

type StartSesLocal = (config?: { host?: string; port?: number }) => Promise<Server>;

// The package is CommonJS with `exports.default`: depending on the loader's interop the start
// function is `default` or `default.default`.
function startFunction(): StartSesLocal {
  const candidate: unknown = sesLocalModule.default;
  if (typeof candidate === 'function') return candidate as StartSesLocal;
  const nested = (candidate as { default?: unknown } | undefined)?.default;
  if (typeof nested === 'function') return nested as StartSesLocal;
  throw new Error('aws-ses-v2-local: no start function exported');
}

export interface StoredEmail {
  readonly messageId: string;
  readonly from: string;
  readonly destination: { readonly to: readonly string[]; readonly cc: readonly string[]; readonly bcc: readonly string[] };
  readonly subject: string;
  readonly body: { readonly html?: string; readonly text?: string };
  readonly attachments: readonly { readonly content: string; readonly contentType: string; readonly filename?: string }[];
}

export interface SesLocal {
  readonly endpoint: string;
  emails(): Promise<StoredEmail[]>;
  clear(): Promise<void>;
  stop(): Promise<void>;
}

/** aws-ses-v2-local in this process on a free loopback port. */
export async function startSesLocal(): Promise<SesLocal> {
  const server = await startFunction()({ host: '127.0.0.1', port: 0 });
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    async emails() {
      const response = await fetch(`${endpoint}/store`);
      return ((await response.json()) as { emails: StoredEmail[] }).emails;
    },
    async clear() {
      await fetch(`${endpoint}/clear-store`, { method: 'POST' });
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
