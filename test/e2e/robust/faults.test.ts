// Faults in the content script's own world, and the script run twice: the
// page is never left half-changed, nor wrapped twice.
import { describe, expect, it } from 'vitest';
import { sidebarAction, waitForLensAttribute, waitForReady } from '../harness/chromium';
import { describeFirstDifference, readBodyHtml } from '../harness/page-scripts';
import { contentScriptWorld, builtChunk, lensAttribute, markCount, nestedMarks, robustLab } from './robust-lab';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveDist } from '../harness/paths';

describe('Chromium: the extension never breaks a page when its own code fails', () => {
  const { lab, open, pristineBody, logged, checkWhatItLeft } = robustLab();

  it('running the content script a second time on an annotated page changes nothing (no double wrapping)', async () => {
    const page = await open('/pages/plain-tibet-2025/index.html');
    try {
      await waitForReady(page);
      // off-screen blocks are laid out after ready, each losing its waiting mark: let that finish first
      await page.waitForFunction(() => document.querySelectorAll('[data-report-lens-defer]').length === 0, undefined, { timeout: 10_000 });
      const before = { body: (await page.evaluate(readBodyHtml)) as string, marks: await page.evaluate(markCount) };
      const world = await contentScriptWorld(page, lab.browser);
      // the content script's whole path again, in its own world: the injected first stage (a classic
      // script, its source run again as is) and, since its marker makes that a no-op, the report
      // part's start function directly, twice
      const firstStage = readFileSync(join(resolveDist(), builtChunk('content.js')), 'utf8');
      await world.run(`(async () => {
        ${firstStage};
        const { startReportLens } = await import(chrome.runtime.getURL(${JSON.stringify(builtChunk('content-report-'))}));
        await startReportLens(document);
        await startReportLens(document);
        return true;
      })()`);
      await page.waitForTimeout(300);
      const after = (await page.evaluate(readBodyHtml)) as string;
      expect(after === before.body, describeFirstDifference(after, before.body)).toBe(true);
      expect(await page.evaluate(markCount)).toBe(before.marks);
      expect(await page.evaluate(nestedMarks)).toBe(0);
      expect(await page.locator('report-lens-sidebar').count()).toBe(1);
      await world.cdp.detach();
    } finally {
      await page.close();
    }
  });

  const faults = [
    {
      name: 'an exception after the page was annotated (reading a heading position)',
      inject: `Element.prototype.getBoundingClientRect = function () { throw new Error('injected fault: getBoundingClientRect'); }`,
    },
    {
      name: 'an exception half-way through wrapping the figures',
      inject: `(() => {
        const insert = Node.prototype.insertBefore;
        let wraps = 0;
        Node.prototype.insertBefore = function (node, child) {
          if (node && node.localName === 'report-lens-mark' && ++wraps > 30) throw new Error('injected fault: insertBefore');
          return insert.call(this, node, child);
        };
      })()`,
    },
  ];
  for (const fault of faults) {
    it(`${fault.name} is caught, logged once, and the page is restored`, async () => {
      const path = '/pages/plain-tibet-2025/index.html';
      const [page, pristine] = await Promise.all([open(path), pristineBody(path)]);
      try {
        await waitForReady(page);
        await sidebarAction(page, 'toggle-original').click();
        await waitForLensAttribute(page, 'off', 5_000);
        const world = await contentScriptWorld(page, lab.browser);
        await world.run(fault.inject);
        const before = logged.filter((entry) => entry.page === page).length;
        await sidebarAction(page, 'toggle-original').click();
        await expect.poll(() => logged.filter((entry) => entry.page === page).length, { timeout: 5_000 }).toBeGreaterThan(before);
        await page.waitForTimeout(300);
        const messages = logged.filter((entry) => entry.page === page).map((entry) => entry.text);
        expect(messages).toHaveLength(1);
        expect(messages[0]).toMatch(/^\[Report Lens\] stopped after an error; the page is shown as it was\./);
        expect(await page.evaluate(lensAttribute)).toBeNull();
        expect(await page.evaluate(markCount)).toBe(0);
        expect(await page.locator('report-lens-sidebar').count()).toBe(0);
        const restored = (await page.evaluate(readBodyHtml)) as string;
        expect(restored === pristine, describeFirstDifference(restored, pristine)).toBe(true);
        await world.cdp.detach();
      } finally {
        await page.close();
      }
    });
  }

  // last: over everything the tests above did
  checkWhatItLeft();
});
