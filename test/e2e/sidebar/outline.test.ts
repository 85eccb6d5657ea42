// The outline: a click brings the section's heading to the top, the entry
// being read is marked as the reader scrolls, and levels fold.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sidebar } from '../harness/chromium';
import { chromiumLab } from '../harness/lab';
import { expectHeadingAtTop, seed, settleScroll, switchTab } from './sidebar-driver';

describe(`the sidebar in Chromium: the outline (${seed.isStandIn ? 'seed stand-in' : 'seed page'})`, () => {
  const lab = chromiumLab({ clipboard: true });
  let page: Page;

  beforeAll(async () => {
    page = await lab.open(seed.path);
  });

  it('outline: clicking an entry brings its heading to the top of the viewport and flashes it', async () => {
    await switchTab(page, 'outline');
    const entry = sidebar(page).locator('[data-outline-level="1"]').nth(2);
    const id = await entry.getAttribute('data-outline-id');
    const title = (await entry.locator('.rl-outline-title').textContent()) ?? '';
    expect(title).toContain('2020年主要工作');
    await page.evaluate(() => window.scrollTo(0, 0));
    await entry.click();
    // the flash is set at once, on the heading itself
    const flashed = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-report-lens-flash]'), (element) => element.textContent ?? ''),
    );
    expect(flashed.some((text) => text.includes(title)), `flashed: ${JSON.stringify(flashed)}`).toBe(true);
    await settleScroll(page);
    await expectHeadingAtTop(page, title);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    await expect.poll(() => entry.getAttribute('aria-current')).toBe('location');
    expect(id).toBeTruthy();
    // the flash goes away again
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('[data-report-lens-flash]').length), { timeout: 4_000 }).toBe(0);
  });

  it('scroll-spy: scrolling the report marks the outline entry being read with aria-current', async () => {
    // headings in document order are the outline entries in tree order
    const pairs = await page.evaluate(() => {
      const root = document.querySelector('report-lens-sidebar')?.shadowRoot;
      const entries = root ? Array.from(root.querySelectorAll('[data-outline-id]'), (entry) => entry.getAttribute('data-outline-id') ?? '') : [];
      const headings = document.querySelectorAll('report-lens-heading, [data-report-lens-heading]');
      return { entries, headings: headings.length };
    });
    expect(pairs.headings).toBe(pairs.entries.length);
    for (const index of [0, Math.floor(pairs.entries.length / 2), pairs.entries.length - 1]) {
      await page.evaluate(
        ({ at, last }) => {
          // the last heading cannot come up to the top: the reader scrolls to the end instead
          if (last) window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
          else document.querySelectorAll('report-lens-heading, [data-report-lens-heading]')[at]?.scrollIntoView({ block: 'start', behavior: 'instant' });
        },
        { at: index, last: index === pairs.entries.length - 1 },
      );
      const wanted = pairs.entries[index] ?? '';
      await expect
        .poll(() =>
          page.evaluate(() =>
            document.querySelector('report-lens-sidebar')?.shadowRoot?.querySelector('[aria-current="location"]')?.getAttribute('data-outline-id'),
          ),
        )
        .toBe(wanted);
    }
    // only one entry is current at a time
    expect(await sidebar(page).locator('[aria-current]').count()).toBe(1);
  });

  it('outline: a level folds and unfolds, its entries hidden and shown', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const toggle = sidebar(page).locator('.rl-outline-toggle').first();
    const childList = sidebar(page).locator(`#${(await toggle.getAttribute('aria-controls')) ?? 'missing'}`);
    const firstChild = childList.locator('[data-outline-level="2"]').first();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await firstChild.isVisible()).toBe(true);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await firstChild.isVisible()).toBe(false);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await firstChild.isVisible()).toBe(true);
  });
});
