import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../shared/logging/logger.ts';
import { startLocalServer, type LocalServer } from '../../shared/local/local-server.ts';
import { fixture, FIXTURES, sendBySmtp, tempDataDir, testSettings } from './local-helpers.ts';

const CHROMIUM = '/usr/bin/chromium';
const REQUIRED = process.env.JOBNUDGE_REQUIRE_SYSTEM_TOOLS === '1';
const AVAILABLE = existsSync(CHROMIUM);
if (!AVAILABLE && !REQUIRED) console.warn('install Debian chromium to run the local page test');

describe('system tools', () => {
  it.runIf(REQUIRED)('has Debian chromium when CI requires it', () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: install Debian chromium`).toBe(true);
  });
});

describe.skipIf(!AVAILABLE)('the local page in headless Chromium', () => {
  let browser: Browser;
  let server: LocalServer;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await tempDataDir();
    // A clock in late 2026: the fixtures' reminders (an interview in November) are due right away.
    server = await startLocalServer({ dataDir, smtpPort: 0, httpPort: 0, local: testSettings(), logger: silentLogger, clock: { now: () => new Date('2026-12-20T15:00:00Z') } });
    await sendBySmtp(server.smtpPort, await fixture('gmail-forward-interview-invite.eml'));
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

  it('shows the applications with their stage, and an outbox reminder rendered in a sandboxed frame', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    const app = page.locator('article.app', { hasText: 'Lumenfield Analytics' });
    await expect(app.locator('.stage').textContent()).resolves.toBe('interviewing');
    const outboxLinks = page.locator('section[aria-labelledby="out-h"] a');
    expect(await outboxLinks.count()).toBeGreaterThan(0);
    await outboxLinks.first().click();
    const frame = page.locator('iframe[title="Message content"]');
    expect(await frame.getAttribute('sandbox')).toBe('');
    const inner = page.frameLocator('iframe[title="Message content"]');
    await expect(inner.locator('body').textContent()).resolves.toContain('Lumenfield');
    await page.close();
  });

  it('takes an .eml through the upload form and shows the new application', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.setInputFiles('#eml', join(FIXTURES, 'thunderbird-forward-rejection.eml'));
    await Promise.all([page.waitForURL(/message=/), page.click('button[type=submit]')]);
    await expect(page.locator('#upload-result').textContent()).resolves.toMatch(/processed/);
    await expect(page.locator('article.app', { hasText: 'Brightwater Logistics GmbH' }).locator('.stage').textContent()).resolves.toBe('rejected');
    await page.close();
  });
});
