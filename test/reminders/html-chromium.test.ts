import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderNotice } from '../../shared/reminders/notice.ts';
import { renderReminder } from '../../shared/reminders/render.ts';
import { application, event, input, settings } from './fixtures.ts';

const CHROMIUM = '/usr/bin/chromium';
const REQUIRED = process.env.JOBNUDGE_REQUIRE_SYSTEM_TOOLS === '1';
const AVAILABLE = existsSync(CHROMIUM);
const PHONE = { width: 390, height: 844 };
const SCREENSHOT = '/tmp/jn/reminder-phone.png';

if (!AVAILABLE && !REQUIRED) console.warn('install Debian chromium to run this test');

describe('system tools', () => {
  it.runIf(REQUIRED)('has Debian chromium when CI requires it', () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: install Debian chromium`).toBe(true);
  });
});

describe.skipIf(!AVAILABLE)('reminder HTML in headless Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  // Page-side expressions as strings: the project compiles without DOM types.
  async function evaluateNumber(page: Page, expression: string): Promise<number> {
    const value: unknown = await page.evaluate(expression);
    if (typeof value !== 'number') throw new TypeError(`${expression} gave ${typeof value}`);
    return value;
  }

  async function open(html: string, viewport = PHONE): Promise<{ page: Page; requests: string[] }> {
    const page = await browser.newPage({ viewport, javaScriptEnabled: true });
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('data:') && request.url() !== 'about:blank') requests.push(request.url());
    });
    await page.setContent(html, { waitUntil: 'load' });
    return { page, requests };
  }

  it('shows the subject, the what-to-do line and the draft on a phone, without sideways scrolling', async () => {
    const email = renderReminder(input('thank-you-email'));
    const { page, requests } = await open(email.html);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Today: thank Acme for your interview (Data Engineer)');
    const article = page.getByRole('article');
    expect(await article.getByText('Send a short thank-you email to Emily Garner today').isVisible()).toBe(true);
    expect(await article.getByText("I'm looking forward to next steps.").isVisible()).toBe(true);
    expect(await article.getByText('Dear Emily,').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
      'What to do now',
      'Draft: thank-you email to Emily Garner',
      'What happened so far',
      'Why this reminder',
    ]);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const overflow = await evaluateNumber(page, 'document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    // The inbox preview line stays hidden; body text is at least 16px.
    expect(await page.getByText('Send a short thank-you email').first().isVisible()).toBe(false);
    const fontSize = await evaluateNumber(page, "parseFloat(getComputedStyle(document.querySelector('[role=article] h2 + p')).fontSize)");
    expect(fontSize).toBeGreaterThanOrEqual(16);
    expect(requests).toEqual([]);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    await page.close();
  });

  it('keeps a readable column on a desktop screen', async () => {
    const { page } = await open(renderReminder(input('status-check')).html, { width: 1280, height: 900 });
    const width = (await page.getByRole('article').boundingBox())?.width ?? Infinity;
    expect(width).toBeLessThanOrEqual(600);
    expect(await page.getByText('Could you tell me where things stand').isVisible()).toBe(true);
    await page.close();
  });

  it('shows hostile values from emails as text and runs none of them', async () => {
    const email = renderReminder(
      input('thank-you-email', {
        application: application({ company: '<script>window.__pwned=1</script>Acme', role: '<img src=x onerror="window.__pwned=2">Engineer' }),
        timeline: [event('interview', '2026-10-27T09:30:00+01:00', '<svg onload="window.__pwned=3">Invite', { interviewAt: '2026-11-03T10:00:00+01:00' })],
      }),
    );
    const { page, requests } = await open(email.html);
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    expect(await page.locator('script, img, svg').count()).toBe(0);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('<script>window.__pwned=1</script>Acme');
    expect(requests).toEqual([]);
    await page.close();
  });

  it('shows the Gmail forwarding code and a working link in the notice', async () => {
    const email = renderNotice(
      {
        noticeId: 'n',
        kind: 'forwarding-verification',
        messageId: 'm',
        details: { code: '482913576', link: 'https://mail-settings.google.com/mail/vf-abc' },
        status: 'pending',
        createdAt: '2026-11-20T10:00:00Z',
      },
      settings(),
    );
    const { page } = await open(email.html);
    expect(await page.getByText('482913576', { exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Confirm forwarding in Gmail' }).getAttribute('href')).toBe('https://mail-settings.google.com/mail/vf-abc');
    await page.close();
  });
});
