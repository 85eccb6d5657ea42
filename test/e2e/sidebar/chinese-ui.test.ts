// The UI in Chinese where the browser's language is Chinese: the sidebar's
// words and the card's come from zh_CN/messages.json.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sidebar, sidebarAction } from '../harness/chromium';
import { chromiumLab } from '../harness/lab';
import { screenshotPath } from '../harness/paths';
import { seed, zhMessages } from './sidebar-driver';

describe('the UI in Chinese (Chromium with --lang=zh-CN)', () => {
  const lab = chromiumLab({ args: ['--lang=zh-CN'], env: { LANGUAGE: 'zh_CN', LANG: 'zh_CN.UTF-8' } });
  let page: Page;

  beforeAll(async () => {
    page = await lab.open(seed.path);
  });

  it('tab names, actions and the card come from zh_CN/messages.json', async () => {
    expect(await sidebar(page).locator('[data-tab="outline"]').textContent()).toBe(zhMessages['tabOutline']?.message);
    expect(await sidebar(page).locator('[data-tab="metrics"]').textContent()).toBe(zhMessages['tabMetrics']?.message);
    expect(await sidebarAction(page, 'toggle-original').textContent()).toBe(zhMessages['showOriginal']?.message);
    await page.screenshot({ path: screenshotPath('sidebar-zh') });
    const mark = page.locator('report-lens-mark', { hasText: /^221\.46亿元$/ }).first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const card = sidebar(page).locator('.rl-card');
    await card.waitFor({ state: 'visible' });
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('确数');
    expect(text).toContain('2.2146 × 10^10 元');
  });
});
