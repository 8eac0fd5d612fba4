import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../shared/logging/logger.ts';
import type { LocalSettings } from '../../../shared/local/local-config.ts';
import { startLocalServer, type LocalServer } from '../../../shared/local/local-server.ts';
import { listSaved } from '../../../shared/local/raw-store.ts';
import { composeOriginal } from '../../support/compose-mail.ts';
import { fixture, tempDataDir, testSettings, USER } from '../local-helpers.ts';
import { pageToken, postUpload, webRequest } from './web-client.ts';

// The page listens on loopback only, but any web site the user visits can make the browser post to
// it (CSRF) or, through DNS rebinding, read it. Real server, real embedded store, requests over
// loopback with exactly the headers a browser or an attacker's page would send.
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(settings: LocalSettings = testSettings()): Promise<LocalServer> {
  const dataDir = await tempDataDir();
  const server = await startLocalServer({ dataDir, smtpPort: 0, httpPort: 0, local: settings, logger: silentLogger });
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }), () => server.stop());
  return server;
}

async function nothingStored(server: LocalServer): Promise<void> {
  expect((await listSaved(server.dataDir)).saved).toEqual([]);
  expect(await server.store.listApplications()).toEqual([]);
}

const rejection = async () => ({ name: 'rejection.eml', bytes: await fixture('thunderbird-forward-rejection.eml') });

describe('the local page refuses requests a foreign web site could make', () => {
  it('refuses an upload posted from another site, even with the right token, and stores nothing', async () => {
    const server = await start();
    const token = await pageToken(server.httpPort);
    const answer = await postUpload(server.httpPort, await rejection(), { token, origin: 'http://evil.example', fetchSite: 'cross-site' });
    expect(answer.status).toBe(403);
    await nothingStored(server);
  });

  it('refuses an upload whose Origin is another port on this machine', async () => {
    const server = await start();
    const token = await pageToken(server.httpPort);
    const answer = await postUpload(server.httpPort, await rejection(), { token, origin: `http://127.0.0.1:${server.httpPort + 1}`, fetchSite: 'same-site' });
    expect(answer.status).toBe(403);
    await nothingStored(server);
  });

  it('refuses an upload that says nothing about where it comes from (no Origin, no Sec-Fetch-Site)', async () => {
    const server = await start();
    const token = await pageToken(server.httpPort);
    const answer = await postUpload(server.httpPort, await rejection(), { token, origin: null, fetchSite: null });
    expect(answer.status).toBe(403);
    await nothingStored(server);
  });

  it('refuses a same-origin upload without this run’s token, or with a wrong one', async () => {
    const server = await start();
    expect((await postUpload(server.httpPort, await rejection(), { token: null })).status).toBe(403);
    expect((await postUpload(server.httpPort, await rejection(), { token: 'x'.repeat(43) })).status).toBe(403);
    await nothingStored(server);
  });

  it('takes the page’s own upload: same origin and the token from the page', async () => {
    const server = await start();
    const token = await pageToken(server.httpPort);
    const answer = await postUpload(server.httpPort, await rejection(), { token });
    expect(answer.status).toBe(303);
    expect((await server.store.listApplications()).map((a) => a.company)).toEqual(['Brightwater Logistics GmbH']);
  });

  it('answers only Host 127.0.0.1:<port> and localhost:<port> (DNS rebinding)', async () => {
    const server = await start();
    const port = server.httpPort;
    expect((await webRequest(port, { host: `127.0.0.1:${port}` })).status).toBe(200);
    expect((await webRequest(port, { host: `localhost:${port}` })).status).toBe(200);
    for (const host of [`rebind.evil.example:${port}`, 'rebind.evil.example', `127.0.0.1:${port + 1}`, `localhost`, `[::1]:${port}`]) {
      const answer = await webRequest(port, { host, path: '/applications.csv' });
      expect(answer.status, host).toBe(421);
      expect(answer.body, host).not.toContain('Brightwater');
    }
    const token = await pageToken(port);
    expect((await postUpload(port, await rejection(), { token, host: `rebind.evil.example:${port}`, origin: `http://rebind.evil.example:${port}` })).status).toBe(421);
    await nothingStored(server);
  });
});

describe('an upload is judged by the same trust rules as mail to the SMTP inbox', () => {
  const original = () =>
    composeOriginal({
      from: 'rowan@quillfeather.example',
      fromName: 'Rowan Ashby',
      date: new Date('2026-11-27T09:00:00Z'),
      subject: 'Interview invitation: Platform Engineer at Quillfeather Labs',
      text: 'Hi Sam,\n\nWe would like to invite you to an interview on December 10, 2026 at 2:00 PM EST.\n\nRowan Ashby\nQuillfeather Labs',
      messageId: '<upload-original@quillfeather.example>',
    }, USER);

  async function upload(server: LocalServer, name: string, bytes: Buffer) {
    const answer = await postUpload(server.httpPort, { name, bytes }, { token: await pageToken(server.httpPort) });
    expect(answer.status).toBe(303);
    const messageId = decodeURIComponent(/message=([^&#]+)/.exec(String(answer.headers.location))?.[1] ?? '');
    return server.store.getOutcome(messageId);
  }

  it('with --allow, the uploader stands in for your envelope: an employer’s original (not forwarded) is listed as skipped, as over SMTP', async () => {
    const server = await start();
    expect(await upload(server, 'original.eml', await original())).toMatchObject({ outcome: 'ignored', reason: 'From is not one of your addresses' });
    expect((await webRequest(server.httpPort)).body).toContain('Skipped mail (1)');
  });

  it('with --allow, a From: written in a forwarding form does not pass as your automatic forward', async () => {
    const server = await start(testSettings({ allowedSenders: [USER, 'sam.jobs@gmail.com'] }));
    const forged = Buffer.from((await original()).toString('latin1').replace(/^From: .*$/m, 'From: sam.jobs+caf_=jobs=localhost@gmail.com'), 'latin1');
    expect(await upload(server, 'forged.eml', forged)).toMatchObject({ outcome: 'ignored' });
    expect(await server.store.listApplications()).toEqual([]);
  });

  it('with --allow, your own forward is taken, as over SMTP with your envelope', async () => {
    const server = await start();
    expect(await upload(server, 'rejection.eml', await fixture('thunderbird-forward-rejection.eml'))).toMatchObject({ outcome: 'processed' });
  });

  it('without --allow (any sender), an upload is taken like any SMTP mail', async () => {
    const server = await start(testSettings({ allowedSenders: [], acceptAnySender: true }));
    expect(await upload(server, 'original.eml', await original())).toMatchObject({ outcome: 'processed' });
  });
});
