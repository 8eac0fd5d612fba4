import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contact } from '../../shared/domain/analysis.ts';
import { renderReminder } from '../../shared/reminders/render.ts';
import { application, input, interviewer, recruiter, robot } from './fixtures.ts';

// The drafts as the user sees them: rendered to HTML and read back from the DOM of real Chromium.
const CHROMIUM = '/usr/bin/chromium';
const AVAILABLE = existsSync(CHROMIUM);
const PHONE = { width: 390, height: 844 };

if (!AVAILABLE) console.warn('install Debian chromium to run this test');

const tomas: Contact = { name: 'Tomás Ruiz', email: 'tomas.ruiz@acme.example', robot: false, source: 'calendar', part: 'interviewer' };
const agencyRecruiter: Contact = { name: 'Jordan Blake', email: 'jordan.blake@bluepeakstaffing.example', robot: false, source: 'from', part: 'arranged' };
const amentum: Contact = { name: 'Amentum Talent Acquisition', email: 'do_not_reply@amentum.example', robot: true, source: 'from', part: 'arranged' };

interface DraftSeen {
  readonly heading: string;
  readonly to: string;
  readonly greeting: string;
}

describe.skipIf(!AVAILABLE)('drafts in headless Chromium', () => {
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

  async function open(html: string): Promise<Page> {
    const page = await browser.newPage({ viewport: PHONE, javaScriptEnabled: true });
    await page.setContent(html, { waitUntil: 'load' });
    return page;
  }

  /** Each draft box: the heading above it, its To: line and its first line (the greeting). Page-side code as a string: no DOM types here. */
  async function draftsOf(page: Page): Promise<DraftSeen[]> {
    const value: unknown = await page.evaluate(`[...document.querySelectorAll('.draft')].map((box) => {
      let heading = box.previousElementSibling;
      while (heading && heading.tagName !== 'H2') heading = heading.previousElementSibling;
      const lines = [...box.querySelectorAll('p')].map((p) => p.innerText.trim());
      return {
        heading: heading ? heading.textContent : '',
        to: (lines.find((l) => l.startsWith('To:')) || '').replace(/^To:\\s*/, ''),
        greeting: lines.find((l) => !l.startsWith('To:') && !l.startsWith('Subject:')) || '',
      };
    })`);
    return value as DraftSeen[];
  }

  it('shows one thank-you per interviewer, each greeted by first name with their own address', async () => {
    const page = await open(renderReminder(input('thank-you-email', { application: application({ contacts: [recruiter, interviewer, tomas, robot] }) })).html);
    expect(await draftsOf(page)).toEqual([
      { heading: 'Draft: thank-you email to Emily Garner', to: 'Emily Garner <emily.garner@acme.example>', greeting: 'Dear Emily,' },
      { heading: 'Draft: thank-you email to Tomás Ruiz', to: 'Tomás Ruiz <tomas.ruiz@acme.example>', greeting: 'Dear Tomás,' },
    ]);
    expect(await page.getByText('Priya').count()).toBe(0);
    await page.close();
  });

  it('shows one status check, to the recruiter who arranged it', async () => {
    const page = await open(renderReminder(input('status-check')).html);
    expect(await draftsOf(page)).toEqual([{ heading: 'Draft: status check', to: 'Priya Natarajan <priya@acme.example>', greeting: 'Dear Priya,' }]);
    await page.close();
  });

  it('writes to a staffing agency’s recruiter about the client', async () => {
    const page = await open(renderReminder(input('status-check', { application: application({ contacts: [agencyRecruiter, interviewer] }) })).html);
    expect(await draftsOf(page)).toEqual([
      { heading: 'Draft: status check', to: 'Jordan Blake <jordan.blake@bluepeakstaffing.example>', greeting: 'Dear Jordan,' },
    ]);
    expect(await page.locator('.draft').getByText('I remain very interested in joining Acme').isVisible()).toBe(true);
    await page.close();
  });

  it('shows no draft and no greeting when only a no-reply team address wrote', async () => {
    const page = await open(renderReminder(input('confirm-receipt', { application: application({ contacts: [amentum] }) })).html);
    expect(await draftsOf(page)).toEqual([]);
    expect(await page.getByText(/Hello Amentum|Dear Amentum/).count()).toBe(0);
    expect(await page.getByRole('article').getByText('Only an automated address has written about this application').isVisible()).toBe(true);
    await page.close();
  });
});
