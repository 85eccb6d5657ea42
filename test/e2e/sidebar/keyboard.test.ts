// The keyboard: the commands the background relays, and Tab, Enter, Space,
// the arrows and Escape in the sidebar.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sidebar, waitForLensAttribute, waitForReady } from '../harness/chromium';
import { chromiumLab } from '../harness/lab';
import { reloadSeed as reloadSeedIn, seed, sendCommand, settleScroll, switchTab, visibleRows, type ChromeApi } from './sidebar-driver';

describe(`the sidebar in Chromium: the keyboard (${seed.isStandIn ? 'seed stand-in' : 'seed page'})`, () => {
  const lab = chromiumLab({ clipboard: true });
  let page: Page;

  beforeAll(async () => {
    page = await lab.open(seed.path);
  });

  const reloadSeed = () => reloadSeedIn(lab, page);

  it('keyboard commands reach the content script and do what they say', async () => {
    await reloadSeed();
    // background.ts registered its relay
    const worker = lab.browser.context.serviceWorkers()[0];
    expect(await worker?.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.commands.onCommand.hasListeners())).toBe(true);
    const manifestCommands = await worker?.evaluate(() =>
      Object.keys((globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.getManifest().commands ?? {}).sort(),
    );
    expect(manifestCommands).toEqual(['next-figure', 'previous-figure', 'toggle-original', 'toggle-sidebar']);

    await sendCommand(lab.browser, 'toggle-sidebar');
    await sidebar(page).locator('.rl-handle').waitFor({ state: 'visible' });
    await sendCommand(lab.browser, 'toggle-sidebar');
    await sidebar(page).locator('.rl-sidebar').waitFor({ state: 'visible' });

    const markOrder = await page.evaluate(() => [
      ...new Set(Array.from(document.querySelectorAll('report-lens-mark'), (mark) => mark.getAttribute('data-metric-id') ?? '')),
    ]);
    const selected = () => page.evaluate(() => document.querySelector('report-lens-sidebar')?.shadowRoot?.querySelector('tbody tr[aria-selected="true"]')?.getAttribute('data-metric-id') ?? null);
    await sendCommand(lab.browser, 'next-figure');
    await expect.poll(selected).toBe(markOrder[0]);
    await sendCommand(lab.browser, 'next-figure');
    await expect.poll(selected).toBe(markOrder[1]);
    await settleScroll(page);
    const inView = await page.evaluate((id) => {
      const rect = Array.from(document.querySelectorAll('report-lens-mark')).find((mark) => mark.getAttribute('data-metric-id') === id)?.getBoundingClientRect();
      return Boolean(rect && rect.top >= 0 && rect.bottom <= window.innerHeight);
    }, markOrder[1]);
    expect(inView).toBe(true);
    await sendCommand(lab.browser, 'previous-figure');
    await expect.poll(selected).toBe(markOrder[0]);
    await sendCommand(lab.browser, 'previous-figure');
    await expect.poll(selected).toBe(markOrder[markOrder.length - 1]);

    const bodyBefore = await page.evaluate(() => document.querySelectorAll('report-lens-mark').length);
    expect(bodyBefore).toBeGreaterThan(0);
    await sendCommand(lab.browser, 'toggle-original');
    await waitForLensAttribute(page, 'off');
    expect(await page.evaluate(() => document.querySelectorAll('report-lens-mark').length)).toBe(0);
    await sendCommand(lab.browser, 'toggle-original');
    await waitForReady(page);
    expect(await page.evaluate(() => document.querySelectorAll('report-lens-mark').length)).toBe(bodyBefore);
  });

  it('keyboard: Tab walks the sidebar in order; Enter and Space activate; Escape closes the card', async () => {
    await reloadSeed();
    await switchTab(page, 'metrics');
    await sidebar(page).locator('.rl-resize').focus();
    const names: string[] = [];
    for (let step = 0; step < 24; step += 1) {
      names.push(
        await page.evaluate(() => {
          const element = document.querySelector('report-lens-sidebar')?.shadowRoot?.activeElement;
          if (!element) return `page:${document.activeElement?.tagName.toLowerCase() ?? ''}`;
          const data =
            element.getAttribute('data-action') ??
            (element.getAttribute('data-tab') && `tab:${element.getAttribute('data-tab')}`) ??
            (element.getAttribute('data-filter') && `filter:${element.getAttribute('data-filter')}`) ??
            (element.getAttribute('data-sort') && `sort:${element.getAttribute('data-sort')}`) ??
            (element.matches('tr') ? 'row' : null) ??
            (element.matches('input') ? 'search' : null) ??
            element.className;
          return data;
        }),
      );
      await page.keyboard.press('Tab');
    }
    const order = names.join(' > ');
    const indexOf = (name: string) => names.indexOf(name);
    for (const name of ['rl-resize', 'toggle-original', 'tab:metrics', 'filter:all', 'filter:headline', 'search', 'sort:indicator', 'sort:value', 'row', 'copy-tsv', 'copy-json']) {
      expect(indexOf(name), `${name} in ${order}`).toBeGreaterThanOrEqual(0);
    }
    const sequence = ['rl-resize', 'toggle-original', 'tab:metrics', 'filter:all', 'search', 'sort:indicator', 'row', 'copy-citation', 'copy-tsv', 'copy-json'];
    const positions = sequence.map(indexOf);
    expect(positions, order).toEqual([...positions].sort((a, b) => a - b));
    // only the selected tab and one row are tab stops
    expect(names.filter((name) => name === 'row').length, order).toBe(1);
    expect(names.includes('tab:outline'), order).toBe(false);

    // Enter and Space activate
    await sidebar(page).locator('[data-filter="headline"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await visibleRows(page)).length).toBe(6);
    await sidebar(page).locator('[data-filter="all"]').focus();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await visibleRows(page)).length).toBeGreaterThan(6);
    // arrows move between tabs
    await sidebar(page).locator('[data-tab="metrics"]').focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => sidebar(page).locator('[data-tab="outline"]').getAttribute('aria-selected')).toBe('true');
    // Enter on an outline entry goes to the section
    await page.evaluate(() => window.scrollTo(0, 0));
    await sidebar(page).locator('[data-outline-level="1"]').nth(1).focus();
    await page.keyboard.press('Enter');
    await settleScroll(page);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    // Enter on a figure in the page selects its row
    const mark = page.locator('report-lens-mark[tabindex="0"]', { hasText: /^6\.5%左右$/ }).first();
    await mark.focus();
    await sidebar(page).locator('.rl-card').waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.querySelector('report-lens-sidebar')?.shadowRoot?.querySelector('tbody tr[aria-selected="true"]')?.textContent ?? ''))
      .toContain('6.5%左右');
    await page.keyboard.press('Escape');
    await sidebar(page).locator('.rl-card').waitFor({ state: 'detached' });
  });
});
