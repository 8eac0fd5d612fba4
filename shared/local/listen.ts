import type { Server } from 'node:net';
import type { AddressInfo } from 'node:net';

/** Everything local listens on loopback only: nothing here is meant to be reachable from outside. */
export const LOOPBACK_HOST = '127.0.0.1';

/** A port the local run wants is taken; names the flag that changes it. */
export class PortInUseError extends Error {
  override readonly name = 'PortInUseError';
  constructor(
    readonly port: number,
    readonly flag: string,
  ) {
    super(`port ${port} on ${LOOPBACK_HOST} is already in use: choose another with ${flag} PORT (0 picks a free one)`);
  }
}

/** Listen on loopback; EADDRINUSE becomes a PortInUseError naming `flag`. Resolves the bound port. */
export function listenOnLoopback(server: Server, port: number, flag: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error & { code?: string }): void => {
      reject(error.code === 'EADDRINUSE' || error.code === 'EACCES' ? new PortInUseError(port, flag) : error);
    };
    server.once('error', onError);
    server.listen(port, LOOPBACK_HOST, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}
