// The sidebar's room: resized by drag and keys (kept over a reload), folded to
// its handle and back, never over the report, and a drawer in a narrow window.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sidebar } from '../harness/chromium';
import { chromiumLab } from '../harness/lab';
import { screenshotPath } from '../harness/paths';
import { expectHeadingAtTop, reloadSeed as reloadSeedIn, reportBodyRect, seed, settleScroll, sidebarRect, switchTab } from './sidebar-driver';

describe(`the sidebar in Chromium: the sidebar's room (${seed.isStandIn ? 'seed stand-in' : 'seed page'})`, () => {
  const lab = chromiumLab({ clipboard: true });
  let page: Page;

  beforeAll(async () => {
    page = await lab.open(seed.path);
  });

  const reloadSeed = () => reloadSeedIn(lab, page);

  it('resize: dragging the left edge widens the sidebar, and the width survives a reload', async () => {
    const before = await sidebarRect(page);
    const handle = sidebar(page).locator('.rl-resize');
    const box = await handle.boundingBox();
    if (!box) throw new Error('no resize handle');
    const x = box.x + box.width / 2;
    const y = box.y + 200;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 60, y, { steps: 4 });
    await page.mouse.move(x - 120, y, { steps: 4 });
    await page.mouse.up();
    await expect.poll(async () => Math.round((await sidebarRect(page)).width)).toBe(Math.round(before.width) + 120);
    expect(await handle.getAttribute('aria-valuenow')).toBe(String(Math.round(before.width) + 120));
    // the report moves over rather than going under the wider sidebar
    await expect.poll(async () => (await reportBodyRect(page)).right).toBeLessThanOrEqual((await sidebarRect(page)).left + 0.5);
    await reloadSeed();
    expect(Math.round((await sidebarRect(page)).width)).toBe(Math.round(before.width) + 120);
    // keyboard: ArrowRight narrows by a step
    await sidebar(page).locator('.rl-resize').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Math.round((await sidebarRect(page)).width)).toBe(Math.round(before.width) + 100);
    await page.keyboard.press('Home');
    await expect.poll(async () => Math.round((await sidebarRect(page)).width)).toBe(280);
    // in a 1024 px window it goes only as wide as leaves the report 480 px (1024 - 24 - 480)
    await page.setViewportSize({ width: 1024, height: 800 });
    await expect.poll(() => sidebar(page).locator('.rl-resize').getAttribute('aria-valuemax')).toBe('520');
    await sidebar(page).locator('.rl-resize').focus();
    await page.keyboard.press('End');
    await expect.poll(async () => Math.round((await sidebarRect(page)).width)).toBe(520);
    expect((await reportBodyRect(page)).right).toBeLessThanOrEqual((await sidebarRect(page)).left + 0.5);
    await page.keyboard.press('Home');
    await expect.poll(async () => Math.round((await sidebarRect(page)).width)).toBe(280);
    await page.setViewportSize({ width: 1400, height: 900 });
    // back to the default width (five steps of 20 px), which the tests after this one see
    await sidebar(page).locator('.rl-resize').focus();
    for (let step = 1; step <= 5; step++) {
      await page.keyboard.press('ArrowLeft');
      await expect.poll(async () => Math.round((await sidebarRect(page)).width)).toBe(280 + 20 * step);
    }
  });

  it('collapse to the handle and back; the report gets the room', async () => {
    await reloadSeed();
    await sidebar(page).locator('.rl-header button[aria-expanded="true"]').click();
    const expand = sidebar(page).locator('.rl-handle button[aria-expanded="false"]');
    await expand.waitFor({ state: 'visible' });
    expect(await sidebar(page).locator('.rl-sidebar').count()).toBe(0);
    const handle = await sidebarRect(page);
    expect(handle.width).toBeLessThan(80);
    // focus went to the handle, so the keyboard user is not lost (it moves
    // there in an effect after the render: poll rather than race it)
    const focusedExpanded = () => page.evaluate(() => document.querySelector('report-lens-sidebar')?.shadowRoot?.activeElement?.getAttribute('aria-expanded') ?? null);
    await expect.poll(focusedExpanded, { timeout: 5_000 }).toBe('false');
    await expand.click();
    await sidebar(page).locator('.rl-sidebar').waitFor({ state: 'visible' });
    // Escape inside the sidebar folds it too
    await sidebar(page).locator('[data-tab="outline"]').focus();
    await page.keyboard.press('Escape');
    await expand.waitFor({ state: 'visible' });
    await expect.poll(focusedExpanded, { timeout: 5_000 }).toBe('false');
    await page.keyboard.press('Enter');
    await sidebar(page).locator('.rl-sidebar').waitFor({ state: 'visible' });
  });

  for (const width of [1400, 1024]) {
    it(`the report is never under the sidebar at ${width} px`, async () => {
      await page.setViewportSize({ width, height: 800 });
      await page.waitForTimeout(100);
      const body = await reportBodyRect(page);
      const side = await sidebarRect(page);
      expect(body.width).toBeGreaterThan(300);
      expect(side.left).toBeGreaterThan(0);
      expect(body.right).toBeLessThanOrEqual(side.left + 0.5);
      expect(body.left).toBeGreaterThanOrEqual(0);
      await page.setViewportSize({ width: 1400, height: 900 });
    });
  }

  it('a narrow window: the sidebar starts folded and the report keeps the window; opened, it lies over the report and folds once an entry is chosen', async () => {
    await page.setViewportSize({ width: 600, height: 800 });
    await lab.visit(page, seed.path);
    const expand = sidebar(page).locator('.rl-handle button[aria-expanded="false"]');
    await expand.waitFor({ state: 'visible' });
    expect(await sidebar(page).locator('.rl-sidebar').count()).toBe(0);
    const folded = await reportBodyRect(page);
    // 600 px less the handle's room and small margins: ~30 characters a line, not 6
    expect(folded.width).toBeGreaterThan(480);
    await page.screenshot({ path: screenshotPath('narrow-folded') });

    // not chosen yet: it follows the window, docked when wide, folded again when narrow
    await page.setViewportSize({ width: 1400, height: 800 });
    await sidebar(page).locator('.rl-sidebar').waitFor({ state: 'visible' });
    expect((await reportBodyRect(page)).right).toBeLessThanOrEqual((await sidebarRect(page)).left + 0.5);
    await page.setViewportSize({ width: 600, height: 800 });
    await expand.waitFor({ state: 'visible' });

    await expand.click();
    await sidebar(page).locator('.rl-sidebar').waitFor({ state: 'visible' });
    const open = await reportBodyRect(page);
    expect(open.width).toBe(folded.width); // over the report, not beside it
    expect((await sidebarRect(page)).left).toBeLessThan(open.right);
    await page.screenshot({ path: screenshotPath('narrow-drawer') });

    await switchTab(page, 'outline');
    const entry = sidebar(page).locator('[data-outline-level="1"]').nth(1);
    const title = (await entry.locator('.rl-outline-title').textContent()) ?? '';
    await entry.click();
    await expand.waitFor({ state: 'visible' });
    await settleScroll(page);
    // it landed where the reader can see it, no longer under the drawer
    await expectHeadingAtTop(page, title);
    await reloadSeed();
  });
});
