import type { Readable } from 'node:stream';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { Logger } from '../logging/logger.ts';
import { MAX_RAW_BYTES } from '../mail/index.ts';
import { listenOnLoopback } from './listen.ts';
import type { LocalInbox } from './local-inbox.ts';

/** Largest message taken: the same bound as SES inbound mail, which the parser is built for. */
export const MAX_SMTP_MESSAGE_BYTES = MAX_RAW_BYTES;

export interface SmtpInbox {
  readonly port: number;
  /** Stop accepting connections; waits for open sessions to end (bounded by smtp-server). */
  close(): Promise<void>;
}

class MessageTooLargeError extends Error {
  override readonly name = 'MessageTooLargeError';
  readonly responseCode = 552;
}

async function readAll(stream: Readable & { sizeExceeded?: boolean }): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    // Keep draining (the client is still sending) but stop holding bytes past the limit.
    if (size <= MAX_SMTP_MESSAGE_BYTES) chunks.push(buffer);
  }
  if (stream.sizeExceeded || size > MAX_SMTP_MESSAGE_BYTES) throw new MessageTooLargeError(`message larger than ${MAX_SMTP_MESSAGE_BYTES} bytes`);
  return Buffer.concat(chunks);
}

/**
 * SMTP on loopback for forwarded mail: no authentication (it only listens on 127.0.0.1), any
 * recipient. A message gets its 250 only once its raw copy is on disk; processing continues after.
 */
export async function startSmtpInbox(options: { port: number; inbox: LocalInbox; logger: Logger }): Promise<SmtpInbox> {
  const { inbox, logger } = options;
  const server = new SMTPServer({
    name: 'jobnudge.localhost',
    banner: 'jobnudge local inbox',
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    size: MAX_SMTP_MESSAGE_BYTES,
    logger: false,
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback: (error?: Error | null, message?: string) => void): void {
      const source = session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address;
      readAll(stream)
        .then((raw) => inbox.accept(raw, { source, via: 'smtp' }))
        .then((accepted) => {
          callback(null, `queued as ${accepted.saved.receipt.messageId}`);
          accepted.processed.catch((error: unknown) => {
            logger.error('message saved but not processed; it is retried at the next start', { messageId: accepted.saved.receipt.messageId }, error);
          });
        })
        .catch((error: unknown) => {
          if (!(error instanceof MessageTooLargeError)) logger.error('could not save an incoming message', {}, error);
          callback(error instanceof Error ? error : new Error('could not save the message'));
        });
    },
  });
  // smtp-server re-emits its socket's errors; a failed listen is already reported as PortInUseError.
  let listening = false;
  server.on('error', (error) => {
    if (listening) logger.error('smtp server error', {}, error);
  });
  const port = await listenOnLoopback(server.server, options.port, '--smtp-port');
  listening = true;
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
