import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForLensAttribute, waitForReady } from './harness/chromium';
import { repoRoot } from './harness/paths';
import { chromiumLab } from './harness/lab';

/**
 * Back and forward: a report page kept in the back-forward cache misses the
 * settings changes the background relays while it is away (they go to the
 * page shown in its place). Coming back, it must follow the settings as they
 * are now. Playwright switches the cache off by default; this browser has it.
 * And the page's own history: a single-page app that moves on while its
 * report waits switched off.
 */
const reportPath = '/pages/plain-tibet-2025/index.html';
const elsewherePath = '/history/elsewhere.html';
const appPath = '/history/app.html';
const tibetBody = /<body>([\s\S]*)<\/body>/.exec(readFileSync(join(repoRoot, 'seeds/pages/plain-tibet-2025/index.html'), 'utf8'))?.[1] ?? '';
const appHtml = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>政务公开</title></head>
<body><div id="app"><main>${tibetBody}</main></div>
<script>window.showList = () => { history.pushState({}, '', '/history/list'); document.getElementById('app').innerHTML = '<ul id="list"><li>通知公告</li></ul>'; };</script>
</body></html>`;
const marker = '__reportLensHistoryTest';

describe('Chromium: a report page restored from the back-forward cache follows the settings changed while it was away', () => {
  const lab = chromiumLab({
    withoutDefaultArgs: ['--disable-back-forward-cache'],
    serve: (server) => {
      server.route(elsewherePath, {
        body: '<!DOCTYPE html><title>elsewhere</title><p>Another page of the same site.</p>',
        headers: { 'content-type': 'text/html; charset=utf-8' },
      });
      server.route(appPath, { body: appHtml, headers: { 'content-type': 'text/html; charset=utf-8' } });
    },
  });

  /** What the popup's site switch does: the stored settings change, and the background relays them. */
  async function setSiteEnabled(enabled: boolean): Promise<void> {
    const worker = lab.browser.context.serviceWorkers()[0];
    if (!worker) throw new Error('no extension service worker');
    await worker.evaluate(`(async () => {
      const { settings = {} } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, siteModes: ${enabled ? '{}' : "{ '127.0.0.1': 'never' }"} } });
    })()`);
  }

  /** The content script's answer to the popup's status request, from whichever tab answers. */
  async function reportState(): Promise<string | undefined> {
    const worker = lab.browser.context.serviceWorkers()[0];
    return (await worker?.evaluate(`(async () => {
      for (const tab of await chrome.tabs.query({})) {
        const answer = await chrome.tabs.sendMessage(tab.id, { type: 'report-lens:status' }).catch(() => undefined);
        if (answer) return answer.state;
      }
      return undefined;
    })()`)) as string | undefined;
  }

  /** Leaves the report for another page, runs `whileAway`, and comes back with the Back button. */
  async function awayAndBack(page: Page, whileAway: () => Promise<void>): Promise<void> {
    await page.evaluate((name) => Object.assign(window, { [name]: true }), marker);
    await page.goto(lab.server.url(elsewherePath), { waitUntil: 'load' });
    await whileAway();
    // a page restored from the cache fires no load event
    await page.goBack({ waitUntil: 'commit' });
    // the page's own global survived: this is the cached page, not a new load
    expect(await page.evaluate((name) => (window as unknown as Record<string, unknown>)[name] === true, marker)).toBe(true);
  }

  /** A new tab for one test, closed however the test ends (the status request asks every tab). */
  async function withPage(test: (page: Page) => Promise<void>): Promise<void> {
    const page = await lab.browser.newPage();
    try {
      await test(page);
    } finally {
      await page.close();
    }
  }

  /** Opens a report page of a site switched off, once it is read and waits (touching nothing) for the site to be switched on. */
  async function openWaitingSwitchedOff(page: Page, path: string): Promise<void> {
    await page.goto(lab.server.url(path), { waitUntil: 'load' });
    await expect.poll(reportState, { timeout: 10_000 }).toBe('disabled');
  }

  const marksOn = (page: Page) => page.evaluate(() => document.querySelectorAll('report-lens-mark').length);

  it('switched off for its site while away: it comes back as the original, and switching on annotates it again', async () => {
    await setSiteEnabled(true);
    await withPage(async (page) => {
      await lab.visit(page, reportPath);
      expect(await marksOn(page)).toBeGreaterThan(0);

      await awayAndBack(page, () => setSiteEnabled(false));
      await waitForLensAttribute(page, 'off', 5_000);
      expect(await marksOn(page)).toBe(0);

      // shown again, the page follows the relayed changes as before
      await setSiteEnabled(true);
      await waitForReady(page, 5_000);
      expect(await marksOn(page)).toBeGreaterThan(0);
    });
  });

  it('switched on for its site while away: a report page that waited untouched is annotated when it comes back', async () => {
    await setSiteEnabled(false);
    await withPage(async (page) => {
      await openWaitingSwitchedOff(page, reportPath);
      expect(await page.evaluate(() => document.documentElement.getAttribute('data-report-lens'))).toBeNull();

      await awayAndBack(page, () => setSiteEnabled(true));
      await waitForReady(page, 5_000);
      expect(await marksOn(page)).toBeGreaterThan(0);
    });
  });

  it('a single-page app that moves on while its report waits switched off: the popup hears of no report, and switching the site on leaves the new view as it is', async () => {
    await setSiteEnabled(false);
    await withPage(async (page) => {
      await openWaitingSwitchedOff(page, appPath);
      await page.evaluate(() => (window as unknown as { showList(): void }).showList());
      // the popup no longer hears of the report that left
      expect(await reportState()).toBe('none');
      await setSiteEnabled(true);
      await page.waitForTimeout(1_500);
      expect(await page.evaluate(() => ({
        state: document.documentElement.getAttribute('data-report-lens'),
        ours: document.querySelectorAll('report-lens-sidebar, report-lens-mark, [data-report-lens-path], [data-report-lens-body]').length,
      }))).toEqual({ state: null, ours: 0 });
      expect(await page.locator('#list li').isVisible()).toBe(true);
    });
  });
});
