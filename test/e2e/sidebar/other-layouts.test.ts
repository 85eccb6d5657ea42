// Two other layouts than the seed's (a national portal, a provincial
// communiqué): outline, row click, card and room for the report.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sidebar } from '../harness/chromium';
import { chromiumLab } from '../harness/lab';
import { expectHeadingAtTop, otherLayouts, reportBodyRect, seed, settleScroll, sidebarRect, switchTab } from './sidebar-driver';

describe(`the sidebar in Chromium: other layouts (${seed.isStandIn ? 'seed stand-in' : 'seed page'})`, () => {
  const lab = chromiumLab({ clipboard: true });
  let page: Page;

  beforeAll(async () => {
    page = await lab.open(seed.path);
  });

  for (const path of otherLayouts) {
    it(`another layout (${path.split('/')[2]}): outline, row click, card, room for the report`, async () => {
      await page.setViewportSize({ width: 1400, height: 900 });
      await lab.visit(page, path);
      await switchTab(page, 'outline');
      const entries = sidebar(page).locator('[data-outline-level="1"]');
      expect(await entries.count()).toBeGreaterThan(1);
      const entry = entries.last();
      await entry.click();
      await settleScroll(page);
      const title = ((await entry.locator('.rl-outline-title').textContent()) ?? '').trim();
      await expectHeadingAtTop(page, title);
      await expect.poll(() => entry.getAttribute('aria-current')).toBe('location');

      await switchTab(page, 'metrics');
      const row = sidebar(page).locator('tbody tr[data-metric-id]').nth(3);
      const id = (await row.getAttribute('data-metric-id')) ?? '';
      await row.click();
      await settleScroll(page);
      const mark = page.locator(`report-lens-mark[data-metric-id="${id}"]`).first();
      const box = await mark.boundingBox();
      expect(box && box.y > 0 && box.y + box.height < 900, `figure ${id} at ${JSON.stringify(box)}`).toBe(true);
      await mark.hover();
      const card = sidebar(page).locator('.rl-card');
      await card.waitFor({ state: 'visible' });
      expect(await card.getAttribute('data-metric-id')).toBe(id);
      expect(((await card.textContent()) ?? '').length).toBeGreaterThan(10);
      await page.mouse.move(5, 5);

      for (const width of [1400, 1024]) {
        await page.setViewportSize({ width, height: 800 });
        await page.waitForTimeout(100);
        const body = await reportBodyRect(page);
        expect(body.width).toBeGreaterThan(300);
        expect(body.right).toBeLessThanOrEqual((await sidebarRect(page)).left + 0.5);
      }
      await page.setViewportSize({ width: 1400, height: 900 });
    });
  }
});
