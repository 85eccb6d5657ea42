// Hostile pages: page CSS that hits every element, patched page globals, a
// report in a frame, a page too large to read, a page that is no report, and
// a report in an editor. None of them broken, each left as it was or
// restored exactly.
import { describe, expect, it } from 'vitest';
import { readSidebar, sidebar, waitForReady } from '../harness/chromium';
import { describeFirstDifference, outlineTitlesAgainst, readBodyHtml } from '../harness/page-scripts';
import { baseLevel1, lensAttribute, longestExtensionRun, markCount, robustLab, type CpuProfile } from './robust-lab';
import type { Frame } from 'playwright-core';

describe('Chromium: the extension never breaks a page, however hostile', () => {
  const { lab, open, pristineBody, expectRestores, logged, opened, checkWhatItLeft } = robustLab();

  it('page CSS that hits every element hides neither the sidebar nor the highlights', async () => {
    const path = '/robust/hostile-css.html';
    const [page, pristine] = await Promise.all([open(path), pristineBody(path)]);
    try {
      await waitForReady(page);
      const host = await sidebar(page).boundingBox();
      expect(host && host.width > 100 && host.height > 100, `sidebar box ${JSON.stringify(host)}`).toBe(true);
      await expect(sidebar(page).locator('[data-outline-level="1"]').first().isVisible()).resolves.toBe(true);
      const marks = await page.evaluate(() =>
        Array.from(document.querySelectorAll('report-lens-mark'), (mark) => ({
          visible: mark.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && mark.getClientRects().length > 0,
          display: getComputedStyle(mark).display,
        })),
      );
      expect(marks.length).toBeGreaterThan(50);
      expect(marks.filter((mark) => !mark.visible), 'marks hidden by the page CSS').toEqual([]);
      expect(new Set(marks.map((mark) => mark.display))).toEqual(new Set(['inline']));
      await expectRestores(page, pristine);
    } finally {
      await page.close();
    }
  });

  it('a page that patches Array, Node, Element, JSON and MutationObserver built-ins is still annotated (isolated world)', async () => {
    const path = '/robust/patched-globals.html';
    const [page, pristine] = await Promise.all([open(path), pristineBody(path)]);
    try {
      // proof the patches are in force in the page's own world
      expect(await page.evaluate('(() => { try { [1].map((x) => x); return "map works"; } catch (e) { return e.message; } })()')).toBe(
        'page patched Array.prototype.map',
      );
      // Playwright's own waitForFunction polling uses the patched built-ins; a locator does not
      await page.locator('html[data-report-lens="ready"]').waitFor({ state: 'attached', timeout: 10_000 });
      const state = await readSidebar(page);
      expect(state.sidebarCount).toBe(1);
      expect(outlineTitlesAgainst(state.outlineLevel1, baseLevel1)).toEqual(baseLevel1);
      expect(state.markCount).toBeGreaterThan(50);
      await expectRestores(page, pristine);
    } finally {
      await page.close();
    }
  });

  it('a report in a frame big enough to read is annotated inside the frame; the top page and a small frame are left alone', async () => {
    const page = await open('/robust/frame-top.html');
    opened.add('/pages/plain-tibet-2025/index.html');
    try {
      const frame = (name: string): Frame => {
        const found = page.frames().find((candidate) => candidate.url().includes(`frame=${name}`));
        if (!found) throw new Error(`no frame ${name}`);
        return found;
      };
      await frame('big').waitForFunction(lensAttribute, undefined, { timeout: 10_000, polling: 100 });
      expect(await frame('big').evaluate(lensAttribute)).toBe('ready');
      expect(await frame('big').evaluate(() => document.querySelectorAll('report-lens-sidebar').length)).toBe(1);
      expect(await frame('big').evaluate(markCount)).toBeGreaterThan(50);
      await page.waitForTimeout(1_500);
      expect(await frame('small').evaluate(lensAttribute)).toBeNull();
      expect(await frame('small').evaluate(markCount)).toBe(0);
      expect(await page.evaluate(lensAttribute)).toBeNull();
      expect(await page.evaluate(() => document.querySelectorAll('report-lens-sidebar').length)).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('a 5 MB report page is refused with a console notice, without a long task from the extension', async () => {
    const page = await open('/robust/start.html');
    opened.add('/robust/huge.html');
    try {
      // Sample every JavaScript stack of the renderer (the content script's world included) while
      // the page loads; the navigation stays in the same origin, so in the same process.
      const cdp = await lab.browser.context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
      await page.goto(lab.server.url('/robust/huge.html'), { waitUntil: 'load' });
      await expect.poll(() => logged.filter((entry) => entry.page === page).length, { timeout: 10_000 }).toBeGreaterThan(0);
      await page.waitForTimeout(500);
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      const longest = longestExtensionRun(profile);
      expect(longest.samples, 'the profile saw the extension run').toBeGreaterThan(0);
      expect(longest.ms, 'longest uninterrupted stretch of extension code (ms)').toBeLessThan(50);

      expect(logged.filter((entry) => entry.page === page).map((entry) => entry.text)).toEqual([
        expect.stringMatching(/^\[Report Lens\] this page is too large to annotate \(\d+ characters of text, limit \d+\); it is left as it is\.$/),
      ]);
      expect(await page.evaluate(lensAttribute)).toBeNull();
      expect(await page.evaluate(markCount)).toBe(0);
      expect(await page.locator('report-lens-sidebar').count()).toBe(0);
      // what the popup is told about this tab, asked the way the popup asks (no tabs permission,
      // so no addresses: every tab is asked, and this is the only one with a report stage)
      const worker = lab.browser.context.serviceWorkers()[0];
      const answers = await worker?.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { tabs: {
          query(filter: object): Promise<{ id?: number }[]>;
          sendMessage(id: number, message: object): Promise<unknown>;
        } } }).chrome;
        const tabs = await api.tabs.query({});
        const replies = await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : api.tabs.sendMessage(tab.id, { type: 'report-lens:status' }).catch(() => undefined))));
        return replies.filter((reply) => reply !== undefined);
      });
      const status = answers?.find((answer) => (answer as { state?: string }).state === 'too-large');
      expect(status).toMatchObject({ state: 'too-large', hostname: '127.0.0.1', message: expect.stringMatching(/^\d+ characters of text, limit \d+$/) });
    } finally {
      await page.close();
    }
  });

  it('a non-report page gets no request, attribute or node from the extension', async () => {
    const page = await open('/pages/stock-news/index.html');
    try {
      await page.waitForTimeout(1_500);
      expect(await page.evaluate(lensAttribute)).toBeNull();
      expect(await page.locator('report-lens-sidebar').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('a report being edited (a contenteditable box, an editor frame in design mode) is left exactly as it is', async () => {
    const path = '/robust/editor.html';
    const [page, pristine] = await Promise.all([open(path), pristineBody(path)]);
    try {
      await page.waitForTimeout(2_000);
      expect(await page.evaluate(lensAttribute)).toBeNull();
      expect(await page.locator('report-lens-sidebar').count()).toBe(0);
      const body = (await page.evaluate(readBodyHtml)) as string;
      expect(body === pristine, describeFirstDifference(body, pristine)).toBe(true);
      const frame = page.frame({ url: /about:blank/ }) ?? page.frames()[1];
      expect(await frame?.evaluate(() => [document.designMode, document.querySelectorAll('report-lens-mark').length, document.documentElement.getAttribute('data-report-lens')])).toEqual(['on', 0, null]);
    } finally {
      await page.close();
    }
  });

  // last: over everything the tests above did
  checkWhatItLeft();
});
