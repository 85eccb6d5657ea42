// Pages that change under the extension: a report put in after load, a
// single-page app that swaps it away or turns it editable, and a
// background that does not answer.
import { describe, expect, it } from 'vitest';
import { readSidebar, waitForReady } from '../harness/chromium';
import { outlineTitlesAgainst } from '../harness/page-scripts';
import { baseLevel1, contentScriptWorld, markCount, nestedMarks, robustLab } from './robust-lab';

describe('Chromium: the extension never breaks a page that changes under it', () => {
  const { lab, open, pristineBody, expectRestores, stepGivesBackTheApp, logged, checkWhatItLeft } = robustLab();

  it('a report inserted after load (in two parts) is annotated once, when the page has settled', async () => {
    const path = '/robust/late.html';
    const [page, pristine] = await Promise.all([open(path), pristineBody(path, 3_000)]);
    try {
      await waitForReady(page, 10_000);
      const state = await readSidebar(page);
      expect(state.sidebarCount).toBe(1);
      expect(outlineTitlesAgainst(state.outlineLevel1, baseLevel1)).toEqual(baseLevel1);
      expect(await page.evaluate(nestedMarks)).toBe(0);
      // both parts were there when it read the page: the last figure of the report is marked
      expect(await page.locator('#app report-lens-mark').last().textContent()).toBeTruthy();
      const plainMarks = await page.evaluate(markCount);
      expect(plainMarks).toBeGreaterThan(80);
      await expectRestores(page, pristine);
    } finally {
      await page.close();
    }
  });

  it('a single-page app that swaps the report for another view gets that view untouched; the next report it shows is annotated', async () => {
    const page = await open('/robust/spa.html');
    try {
      await waitForReady(page, 10_000);
      expect(await page.evaluate(markCount)).toBeGreaterThan(80);
      await stepGivesBackTheApp(page, '/robust/spa.html', 'list');
      expect(await page.locator('#list li').first().isVisible()).toBe(true);

      await page.evaluate(() => (window as unknown as { app: { report(): void } }).app.report());
      await waitForReady(page, 10_000);
      const state = await readSidebar(page);
      expect(state.sidebarCount).toBe(1);
      expect(state.text).toContain('政府工作报告');
      expect(await page.evaluate(markCount)).toBeGreaterThan(50);
      expect(await page.evaluate(nestedMarks)).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('a page that switches the annotated report to editing gets it back without a mark (nothing of ours would be saved)', async () => {
    const page = await open('/robust/spa.html');
    try {
      await waitForReady(page, 10_000);
      await stepGivesBackTheApp(page, '/robust/spa.html', 'edit');
      // and it is not taken up again while it is being edited
      await page.waitForTimeout(1_500);
      expect(await page.evaluate(markCount)).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('when the background gives no answer, the page runs the engine itself and is annotated all the same', async () => {
    // the late page: its content script is waiting, so the world can be changed before the report comes
    const normal = await open('/robust/late.html');
    const page = await open('/robust/late.html?no-background');
    try {
      const world = await contentScriptWorld(page, lab.browser);
      await world.run(`(() => {
        const refuse = () => { throw new Error('no background (test)'); };
        for (const api of [globalThis.chrome, globalThis.browser]) if (api && api.runtime) api.runtime.sendMessage = refuse;
        return true;
      })()`);
      await Promise.all([waitForReady(normal, 10_000), waitForReady(page, 10_000)]);
      const marks = await page.evaluate(markCount);
      expect(marks).toBeGreaterThan(80);
      expect(marks).toBe(await normal.evaluate(markCount));
      const messages = logged.filter((entry) => entry.page === page).map((entry) => entry.text);
      expect(messages.some((text) => text.startsWith('[Report Lens] reading the report in the page:'))).toBe(true);
      expect(logged.filter((entry) => entry.page === normal)).toHaveLength(0);
      await world.cdp.detach();
    } finally {
      await page.close();
      await normal.close();
    }
  });

  // last: over everything the tests above did
  checkWhatItLeft();
});
