import { deflateSync } from 'node:zlib';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../shared/logging/logger.ts';
import { startLocalServer, type LocalServer } from '../../../shared/local/local-server.ts';
import { listSaved } from '../../../shared/local/raw-store.ts';
import { MAX_RAW_BYTES } from '../../../shared/mail/index.ts';
import { tempDataDir, testSettings } from '../local-helpers.ts';
import { pageToken, postUpload } from './web-client.ts';

// What a person sees when the file they picked is not a saved email. Real server and store; the
// files are made here (a real 1×1 PNG, a PDF header, plain text), posted as the page's form does.
let server: LocalServer;
let dataDir: string;
beforeAll(async () => {
  dataDir = await tempDataDir();
  server = await startLocalServer({ dataDir, smtpPort: 0, httpPort: 0, local: testSettings(), logger: silentLogger });
});
afterAll(async () => {
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** A valid 1×1 PNG, as a phone screenshot would start. */
function png(): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
  };
  const header = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return Buffer.concat([header, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.from([0, 255, 255, 255]))), chunk('IEND', Buffer.alloc(0))]);
}

async function upload(name: string, bytes: Buffer) {
  const answer = await postUpload(server.httpPort, { name, bytes }, { token: await pageToken(server.httpPort) });
  const alert = /id="upload-error">([^<]*(?:<[^/][^<]*)*)<\/p>/.exec(answer.body)?.[1] ?? '';
  return { status: answer.status, alert: alert.replace(/<[^>]+>/g, '') };
}

describe('an upload that is not an email says what is wrong, and nothing is stored', () => {
  it('a PNG is named as an image, with how to save the email instead (not a sender complaint)', async () => {
    const { status, alert } = await upload('screenshot.png', png());
    expect(status).toBe(400);
    expect(alert).toContain('“screenshot.png” is a PNG image, not an email (.eml)');
    expect(alert).toMatch(/Download message/);
    expect(alert).not.toMatch(/sender/);
  });

  it('a PDF is named as a PDF', async () => {
    const { status, alert } = await upload('offer.pdf', Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'));
    expect(status).toBe(400);
    expect(alert).toContain('“offer.pdf” is a PDF document, not an email (.eml)');
  });

  it('plain text without mail headers is not an email', async () => {
    const { status, alert } = await upload('notes.txt', Buffer.from('Interview with Acme on Tuesday at 3pm.\nBring portfolio.\n'));
    expect(status).toBe(400);
    expect(alert).toContain('“notes.txt” is not an email (.eml): it does not start with mail headers');
  });

  it('an empty file is called empty', async () => {
    const { status, alert } = await upload('empty.eml', Buffer.alloc(0));
    expect(status).toBe(400);
    expect(alert).toContain('“empty.eml” is empty');
  });

  it('a file over the size limit is refused with the limit in MB, and the answer arrives whole', async () => {
    const huge = Buffer.concat([Buffer.from('From: sam.rivera@example.net\r\nSubject: big\r\n\r\n'), Buffer.alloc(MAX_RAW_BYTES + 1024, 0x61)]);
    const { status, alert } = await upload('huge.eml', huge);
    expect(status).toBe(413);
    expect(alert).toContain(`larger than ${MAX_RAW_BYTES / (1024 * 1024)} MB`);
  });

  it('stored none of them', async () => {
    expect((await listSaved(server.dataDir)).saved).toEqual([]);
    expect(await server.store.listApplications()).toEqual([]);
  });
});
