// The digest's HTML in Debian's Chromium at a phone's width (390 px) and a desktop's, built from the
// week of mail the pipeline stored in dynalite, plus applications with hostile names.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeDigest } from '../../shared/digest/load-digest-input.ts';
import { renderDigest } from '../../shared/digest/render-digest.ts';
import type { RenderedEmail } from '../../shared/reminders/rendered-email.ts';
import { startDynamo, type DynamoEmulator } from '../support/emulators.ts';
import { anApplication } from '../support/records.ts';
import { ZONE } from '../pipeline/pipeline-support.ts';
import { digestWorld, weekOfMail } from './digest-world.ts';

const CHROMIUM = '/usr/bin/chromium';
const AVAILABLE = existsSync(CHROMIUM);
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

if (!AVAILABLE) console.warn('install Debian chromium to run the digest HTML checks');

describe.skipIf(!AVAILABLE)('digest HTML in headless Chromium', () => {
  let browser: Browser;
  let dynamo: DynamoEmulator;
  let week: RenderedEmail;
  let hostile: RenderedEmail;

  beforeAll(async () => {
    dynamo = await startDynamo();
    const world = await digestWorld(dynamo);
    await weekOfMail(world);
    const options = { kind: 'weekly' as const, timeZone: ZONE, clock: world.pipeline.clock };
    const plain = await composeDigest(world.store, options);
    week = renderDigest({ ...plain, timeZone: ZONE });
    await world.store.createApplication(
      anApplication({ id: 'app-long', company: 'Supercalifragilisticexpialidociousandthensomemorelettersinarow GmbH', companyKey: 'long', lastEventAt: '2026-03-01T09:00:00.000Z', createdAt: '2026-03-01T09:00:00.000Z' }),
    );
    await world.store.createApplication(
      anApplication({ id: 'app-script', company: '<script>document.title="pwned"</script><img src=https://tracker.example/x.png>', companyKey: 'script', createdAt: '2026-03-02T09:00:00.000Z' }),
    );
    hostile = renderDigest({ ...(await composeDigest(world.store, options)), timeZone: ZONE });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await dynamo?.stop();
  });

  // Page-side expressions as strings: the project compiles without DOM types.
  async function evaluateNumber(page: Page, expression: string): Promise<number> {
    const value: unknown = await page.evaluate(expression);
    if (typeof value !== 'number') throw new TypeError(`${expression} gave ${typeof value}`);
    return value;
  }

  async function open(html: string, viewport: { width: number; height: number }): Promise<{ page: Page; requests: string[] }> {
    const page = await browser.newPage({ viewport, javaScriptEnabled: true });
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('data:') && request.url() !== 'about:blank') requests.push(request.url());
    });
    await page.setContent(html, { waitUntil: 'load' });
    return { page, requests };
  }

  const overflow = (page: Page): Promise<number> => evaluateNumber(page, 'document.documentElement.scrollWidth - document.documentElement.clientWidth');

  it('shows every section on a phone, in order, without sideways scrolling or outside requests', async () => {
    const { page, requests } = await open(week.html, PHONE);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(week.subject);
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'Open applications (2)',
      'What changed in the last 7 days',
      'Coming up in the next 7 days',
      'Gone quiet',
      'Skipped messages',
    ]);
    const article = page.getByRole('article');
    expect(await article.getByText('Tue 10 Mar 2026, 10:00 · Quillbyte — Platform Engineer').isVisible()).toBe(true);
    expect(await article.getByText(/Northwind Labs — Site Reliability Engineer · nothing for 20 days/).isVisible()).toBe(true);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    const fontSize = await evaluateNumber(page, "parseFloat(getComputedStyle(document.querySelector('[role=article] li')).fontSize)");
    expect(fontSize).toBeGreaterThanOrEqual(16);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('keeps hostile names as text and long unbroken names inside a phone screen', async () => {
    const { page, requests } = await open(hostile.html, PHONE);
    expect(await page.title()).not.toBe('pwned');
    expect(await evaluateNumber(page, "document.querySelectorAll('script, img').length")).toBe(0);
    expect(await page.getByRole('article').getByText(/<script>document\.title="pwned"<\/script>/).first().isVisible()).toBe(true);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('keeps a readable column on a desktop screen', async () => {
    const { page } = await open(week.html, DESKTOP);
    const width = (await page.getByRole('article').boundingBox())?.width ?? Infinity;
    expect(width).toBeLessThanOrEqual(600);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.close();
  });
});
