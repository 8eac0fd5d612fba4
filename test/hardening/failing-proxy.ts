import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback HTTP proxy in front of an emulator that fails chosen requests the way AWS does
 * (throttling, 5xx, a connection that never answers, or a request the service carried out whose
 * answer is lost on the way back) and passes everything else through unchanged
 * (Host header included, so S3 signatures still match). The SDK clients under test are pointed at
 * it instead of the emulator: nothing in the project is mocked.
 */
export type Fault = 'throttle' | 'server-error' | 'hang' | 'drop-reply';

export interface ProxiedRequest {
  /** 1-based count of requests seen by the proxy. */
  readonly index: number;
  readonly method: string;
  readonly url: string;
  /** DynamoDB's operation (`DynamoDB_20120810.PutItem`), when the request names one. */
  readonly target: string | null;
}

export interface FailingProxy {
  readonly endpoint: string;
  /** Decide per request whether (and how) it fails; null passes it through. */
  failWhen(rule: (request: ProxiedRequest) => Fault | null): void;
  /** Requests seen since the last reset, and how many were failed. */
  readonly seen: ProxiedRequest[];
  readonly failed: ProxiedRequest[];
  reset(): void;
  stop(): Promise<void>;
}

export type ProxiedService = 'dynamodb' | 's3' | 'scheduler' | 'ses';

export async function startFailingProxy(targetEndpoint: string, service: ProxiedService): Promise<FailingProxy> {
  const target = new URL(targetEndpoint);
  let rule: (request: ProxiedRequest) => Fault | null = () => null;
  const seen: ProxiedRequest[] = [];
  const failed: ProxiedRequest[] = [];
  const hanging = new Set<ServerResponse>();

  const fail = (fault: Fault, res: ServerResponse): void => {
    if (fault === 'hang') {
      hanging.add(res);
      res.on('close', () => hanging.delete(res));
      return;
    }
    if (service === 'dynamodb') {
      const [status, type] = fault === 'throttle' ? [400, 'ThrottlingException'] : [500, 'InternalServerError'];
      res.writeHead(status, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-errortype': type });
      res.end(JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${type}`, message: `injected ${fault}` }));
      return;
    }
    if (service === 'scheduler') {
      // restJson1: the error code travels in x-amzn-ErrorType.
      const [status, type] = fault === 'throttle' ? [429, 'ThrottlingException'] : [500, 'InternalServerException'];
      res.writeHead(status, { 'content-type': 'application/json', 'x-amzn-errortype': type });
      res.end(JSON.stringify({ Message: `injected ${fault}` }));
      return;
    }
    if (service === 'ses') {
      // awsQuery: an ErrorResponse document.
      const [status, code] = fault === 'throttle' ? [400, 'Throttling'] : [500, 'InternalFailure'];
      res.writeHead(status, { 'content-type': 'text/xml' });
      res.end(`<ErrorResponse><Error><Type>${status === 400 ? 'Sender' : 'Receiver'}</Type><Code>${code}</Code><Message>injected ${fault}</Message></Error><RequestId>x</RequestId></ErrorResponse>`);
      return;
    }
    const [status, code] = fault === 'throttle' ? [503, 'SlowDown'] : [500, 'InternalError'];
    res.writeHead(status, { 'content-type': 'application/xml' });
    res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>injected ${fault}</Message></Error>`);
  };

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const target_ = req.headers['x-amz-target'];
    const info: ProxiedRequest = { index: seen.length + 1, method: req.method ?? 'GET', url: req.url ?? '/', target: typeof target_ === 'string' ? target_ : null };
    seen.push(info);
    const fault = rule(info);
    if (fault === 'drop-reply') {
      // The service does the work (SES accepts and stores the email), then the connection is reset
      // before the client reads a byte of the answer: the client cannot tell this from a request
      // that never arrived.
      failed.push(info);
      const upstream = request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
        answer.resume();
        answer.on('end', () => res.socket?.destroy());
      });
      upstream.on('error', () => res.socket?.destroy());
      req.pipe(upstream);
      return;
    }
    if (fault !== null) {
      failed.push(info);
      req.resume();
      fail(fault, res);
      return;
    }
    const upstream = request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    failWhen(next) {
      rule = next;
    },
    seen,
    failed,
    reset() {
      seen.length = 0;
      failed.length = 0;
      rule = () => null;
    },
    async stop() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
