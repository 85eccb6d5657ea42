// The popup and the options page beside a report: its status and counts, the
// original view, the site's switch and automatic annotation, settings kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sidebar, sidebarAction, waitForLensAttribute, waitForReady } from '../harness/chromium';
import { chromiumLab } from '../harness/lab';
import { screenshotPath } from '../harness/paths';
import { axeSerious, copyThrough, describeViolations, reloadSeed as reloadSeedIn, reportTabId, seed, type ChromeApi } from './sidebar-driver';

describe(`the sidebar in Chromium: popup and options (${seed.isStandIn ? 'seed stand-in' : 'seed page'})`, () => {
  const lab = chromiumLab({ clipboard: true });
  let page: Page;

  beforeAll(async () => {
    page = await lab.open(seed.path);
  });

  const reloadSeed = () => reloadSeedIn(lab, page);

  describe('popup and options', () => {
    let popup: Page;
    const storedSettings = async () =>
      (await lab.browser.context.serviceWorkers()[0]?.evaluate(async () =>
        (await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.get('settings'))['settings'],
      )) as { autoAnnotate?: boolean; siteModes?: Record<string, string>; sidebarWidth?: number } | undefined;
    const siteMode = () => popup.locator('select[name="site-mode"]');
    async function openPopup(): Promise<Page> {
      const tabId = await reportTabId(lab.browser);
      // a popup opened in a tab of its own would ask itself: ?tab= names the report's tab
      const opened = await lab.browser.context.newPage();
      await opened.setViewportSize({ width: 360, height: 420 });
      await opened.goto(`chrome-extension://${lab.browser.extensionId ?? ''}/src/entries/popup.html?tab=${tabId}`);
      await opened.locator('.rl-report:not([data-state="checking"])').waitFor({ timeout: 5_000 });
      return opened;
    }
    const checkbox = (name: string) => popup.locator(`input[name="${name}"]`);

    afterAll(async () => {
      await popup?.close().catch(() => undefined);
    });

    it('shows the report, its kind and its counts', async () => {
      await reloadSeed();
      const exported = JSON.parse(await copyThrough(page, () => sidebarAction(page, 'copy-json').click())) as { metrics: { kind: string }[] };
      popup = await openPopup();
      expect(await popup.locator('.rl-report').getAttribute('data-state')).toBe('ready');
      expect(await popup.locator('.rl-report-title').textContent()).toBe('2020年利津县政府工作报告');
      const counts = (await popup.locator('.rl-report-counts').textContent()) ?? '';
      const actual = exported.metrics.filter((metric) => metric.kind === 'actual').length;
      expect(counts).toContain(String(actual));
      expect(counts).toContain(String(exported.metrics.length - actual));
      expect(await siteMode().inputValue()).toBe('auto');
      expect(await checkbox('show-original').isChecked()).toBe(false);
      await popup.locator('main').screenshot({ path: screenshotPath('popup') });
      for (const scheme of ['light', 'dark'] as const) {
        await popup.emulateMedia({ colorScheme: scheme });
        const violations = await axeSerious(popup);
        expect(violations, `popup ${scheme}:\n${describeViolations(violations)}`).toEqual([]);
      }
      await popup.emulateMedia({ colorScheme: 'light' });
    });

    it('"show original" switches the page to the original and back', async () => {
      await checkbox('show-original').check();
      await waitForLensAttribute(page, 'off');
      expect(await page.evaluate(() => document.querySelectorAll('report-lens-mark').length)).toBe(0);
      await expect.poll(() => popup.locator('.rl-report').getAttribute('data-state')).toBe('off');
      await checkbox('show-original').uncheck();
      await waitForReady(page);
      expect(await page.evaluate(() => document.querySelectorAll('report-lens-mark').length)).toBeGreaterThan(0);
    });

    it('off for this site: persists, a reload leaves the page untouched, switching it on brings the view back', async () => {
      await siteMode().selectOption('never');
      await expect.poll(async () => (await storedSettings())?.siteModes).toEqual({ '127.0.0.1': 'never' });
      await page.reload({ waitUntil: 'load' });
      // the content script has had time to start (it answers the popup), and touched nothing
      await expect.poll(async () => (await openStatus())?.state, { timeout: 5_000 }).toBe('disabled');
      const touched = await page.evaluate(() => ({
        attribute: document.documentElement.getAttribute('data-report-lens'),
        sidebars: document.querySelectorAll('report-lens-sidebar').length,
        marks: document.querySelectorAll('report-lens-mark').length,
        adopted: document.adoptedStyleSheets.length,
        lensAttributes: document.querySelectorAll('[data-report-lens-body], [data-report-lens-path], [data-report-lens-heading]').length,
      }));
      expect(touched).toEqual({ attribute: null, sidebars: 0, marks: 0, adopted: 0, lensAttributes: 0 });
      await popup.close();
      popup = await openPopup();
      expect(await popup.locator('.rl-report').getAttribute('data-state')).toBe('disabled');
      expect(await siteMode().inputValue()).toBe('never');
      await siteMode().selectOption('auto');
      await waitForReady(page);
      expect(await page.locator('report-lens-sidebar').count()).toBe(1);
      expect((await storedSettings())?.siteModes).toEqual({});
    });

    /** The report tab's status, as the popup asks for it. */
    async function openStatus(): Promise<{ state?: string } | undefined> {
      const worker = lab.browser.context.serviceWorkers()[0];
      return (await worker?.evaluate(async () => {
        const chromeApi = (globalThis as unknown as { chrome: ChromeApi }).chrome;
        for (const tab of await chromeApi.tabs.query({})) {
          if (tab.id === undefined) continue;
          const answer = await chromeApi.tabs.sendMessage(tab.id, { type: 'report-lens:status' }).catch(() => undefined);
          if (answer) return answer;
        }
        return undefined;
      })) as { state?: string } | undefined;
    }

    it('annotate automatically off: after a reload the page is the original, the handle offers the annotated view', async () => {
      await popup.close();
      popup = await openPopup();
      await checkbox('auto-annotate').uncheck();
      await expect.poll(async () => (await storedSettings())?.autoAnnotate).toBe(false);
      await page.reload({ waitUntil: 'load' });
      await waitForLensAttribute(page, 'off');
      expect(await page.evaluate(() => document.querySelectorAll('report-lens-mark').length)).toBe(0);
      const handle = sidebarAction(page, 'toggle-original');
      expect(await sidebar(page).locator('.rl-sidebar').count()).toBe(0);
      await handle.click();
      await waitForReady(page);
      expect(await page.evaluate(() => document.querySelectorAll('report-lens-mark').length)).toBeGreaterThan(0);
      await checkbox('auto-annotate').check();
      await expect.poll(async () => (await storedSettings())?.autoAnnotate).toBe(true);
    });

    it('options page: settings persist, disabled sites can be removed, axe finds nothing serious', async () => {
      const options = await lab.browser.context.newPage();
      const url = `chrome-extension://${lab.browser.extensionId ?? ''}/src/entries/options.html`;
      await options.goto(url);
      const auto = options.locator('input[name="auto-annotate"]');
      await auto.waitFor();
      expect(await auto.isChecked()).toBe(true);
      await auto.uncheck();
      await expect.poll(async () => (await storedSettings())?.autoAnnotate).toBe(false);
      await options.reload();
      await expect.poll(() => options.locator('input[name="auto-annotate"]').isChecked()).toBe(false);
      await options.locator('input[name="auto-annotate"]').check();
      await expect.poll(async () => (await storedSettings())?.autoAnnotate).toBe(true);
      // a site switched off in the popup shows up here, and can be removed
      await siteMode().selectOption('never');
      const site = options.locator('[data-site="127.0.0.1"]');
      await site.waitFor({ timeout: 5_000 });
      await site.locator('button').click();
      await expect.poll(async () => (await storedSettings())?.siteModes).toEqual({});
      await waitForReady(page);
      // the shortcuts are listed
      expect(await options.locator('[data-command]').count()).toBe(4);
      for (const scheme of ['light', 'dark'] as const) {
        await options.emulateMedia({ colorScheme: scheme });
        const violations = await axeSerious(options);
        expect(violations, `options ${scheme}:\n${describeViolations(violations)}`).toEqual([]);
      }
      await options.close();
    });
  });
});
