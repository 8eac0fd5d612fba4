import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillApplications } from '../../../shared/bench/page-data.ts';
import { silentLogger } from '../../../shared/logging/logger.ts';
import { startLocalServer, type LocalServer } from '../../../shared/local/local-server.ts';
import { fixture, sendBySmtp, tempDataDir, testSettings } from '../local-helpers.ts';

// Issue #12: on a 390 px phone the page was 478 px wide (the "Why" column overflowed). Real
// Chromium at a phone's viewport, with the long names, titles, links and reasons real mail gives.
const CHROMIUM = '/usr/bin/chromium';
const AVAILABLE = existsSync(CHROMIUM);
if (!AVAILABLE) console.warn('install Debian chromium to run the phone-width page test');

describe.skipIf(!AVAILABLE)('the local page on a 390 px phone', () => {
  let browser: Browser;
  let server: LocalServer;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await tempDataDir();
    server = await startLocalServer({ dataDir, smtpPort: 0, httpPort: 0, local: testSettings(), logger: silentLogger, clock: { now: () => new Date('2026-12-20T15:00:00Z') } });
    // Dated after the clock, so their reminders are still ahead when the scheduler sweeps.
    await fillApplications(server.store, 8, { start: new Date('2027-01-05T09:00:00Z') });
    // A real forward (its reminders reach the outbox) and one from a stranger's envelope (skipped mail).
    await sendBySmtp(server.smtpPort, await fixture('gmail-forward-interview-invite.eml'));
    await sendBySmtp(server.smtpPort, await fixture('outlook-web-forward-confirmation.eml'), 'someone.with.a.rather.long.address@subdomain.unrelated-example.example');
    await server.inbox.drain();
    await server.scheduler.sweep();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  async function widths(path: string): Promise<{ scrollWidth: number; clientWidth: number; text: string }> {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true });
    try {
      await page.goto(new URL(path, server.url).href);
      // A string expression: this file is type-checked without the DOM library.
      const value: unknown = await page.evaluate(
        '({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth, text: document.body.innerText })',
      );
      return value as { scrollWidth: number; clientWidth: number; text: string };
    } finally {
      await page.close();
    }
  }

  it('the overview has no sideways scroll, with reminders, skipped mail and the outbox on it', async () => {
    const overview = await widths('/');
    expect(overview.text).toContain('Fourteen days have passed');
    expect(overview.text).toContain('Skipped mail');
    expect(overview.text).toContain('Lumenfield');
    expect(overview.clientWidth).toBe(390);
    expect(overview.scrollWidth).toBeLessThanOrEqual(overview.clientWidth);
  });

  it('an application with a long timeline and reminders has no sideways scroll', async () => {
    const application = await widths('/applications/bench-app-00003');
    expect(application.text).toContain('Northwind Interplanetary Logistics');
    expect(application.scrollWidth).toBeLessThanOrEqual(application.clientWidth);
  });
});
