// The figure's card, on hover and on keyboard focus, and a click on a figure
// in the page that selects its row.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sidebar } from '../harness/chromium';
import { chromiumLab } from '../harness/lab';
import { screenshotPath } from '../harness/paths';
import { seed, setFilter, switchTab } from './sidebar-driver';

describe(`the sidebar in Chromium: the figure card (${seed.isStandIn ? 'seed stand-in' : 'seed page'})`, () => {
  const lab = chromiumLab({ clipboard: true });
  let page: Page;

  beforeAll(async () => {
    page = await lab.open(seed.path);
  });

  it('hover card: pointing at 221.46亿元 shows indicator, normalized value, qualifier, kind, period and section', async () => {
    const mark = page.locator('report-lens-mark', { hasText: /^221\.46亿元$/ }).first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const card = sidebar(page).locator('.rl-card');
    await card.waitFor({ state: 'visible', timeout: 3_000 });
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('地区生产总值');
    expect(text).toContain('2.2146 × 10^10 元');
    expect(text).toMatch(/exact|确数/);
    expect(text).toMatch(/result|actual|结果|完成/i);
    expect(text).toContain('2019');
    // the section with its parent: a subsection's title alone says little
    expect(text).toMatch(/一、2019年工作回顾 › [（(]一[)）]经济实现平稳健康发展/);
    // it sits next to the figure, inside the viewport
    const cardBox = await card.boundingBox();
    const markBox = await mark.boundingBox();
    expect(cardBox && markBox).toBeTruthy();
    if (cardBox && markBox) {
      expect(Math.abs(cardBox.y - (markBox.y + markBox.height)) < 40 || Math.abs(cardBox.y + cardBox.height - markBox.y) < 40).toBe(true);
      expect(cardBox.x).toBeGreaterThanOrEqual(0);
      expect(cardBox.x + cardBox.width).toBeLessThanOrEqual(1400);
    }
    await page.screenshot({ path: screenshotPath('hover-card') });
    // leaving the figure hides it
    await page.mouse.move(5, 5);
    await card.waitFor({ state: 'detached', timeout: 3_000 });
  });

  it('hover card: keyboard focus on a figure shows it; Escape closes it', async () => {
    const mark = page.locator('report-lens-mark[tabindex="0"]', { hasText: /^221\.46亿元$/ }).first();
    await mark.focus();
    const card = sidebar(page).locator('.rl-card');
    await card.waitFor({ state: 'visible', timeout: 3_000 });
    expect(await card.getAttribute('data-metric-id')).toBe(await mark.getAttribute('data-metric-id'));
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached', timeout: 3_000 });
    // focus stays on the figure, and the sidebar did not fold on that Escape
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('report-lens-mark');
    expect(await sidebar(page).locator('.rl-sidebar').isVisible()).toBe(true);
  });

  it('clicking a figure selects its row in the metrics table', async () => {
    await switchTab(page, 'outline');
    await setFilterLater();
    const mark = page.locator('report-lens-mark', { hasText: /^7%左右$/ }).first();
    const id = (await mark.getAttribute('data-metric-id')) ?? '';
    await mark.scrollIntoViewIfNeeded();
    await mark.click();
    await expect.poll(() => sidebar(page).locator('[data-tab="metrics"]').getAttribute('aria-selected')).toBe('true');
    const row = sidebar(page).locator(`tbody tr[data-metric-id="${id}"]`);
    await expect.poll(() => row.getAttribute('aria-selected')).toBe('true');
    expect(await row.isVisible()).toBe(true);
    expect(await sidebar(page).locator('tbody tr[aria-selected="true"]').count()).toBe(1);
  });

  /** Leaves a filter on that hides the row, to check a click in the page brings it back. */
  async function setFilterLater(): Promise<void> {
    await switchTab(page, 'metrics');
    await setFilter(page, 'results');
    await switchTab(page, 'outline');
  }
});
