import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readSidebar, sidebarAction, waitForLensAttribute } from './harness/chromium';
import {
  describeFirstDifference,
  outlineTitlesAgainst,
  readBodyHtml,
  readDocumentHtml,
  textVisibilityScript,
  type TextVisibility,
} from './harness/page-scripts';
import { listPageCases, screenshotPath, type PageCase } from './harness/paths';
import { chromiumLab } from './harness/lab';

/**
 * The same page loaded in two browsers that differ only by the extension. Page scripts run in both,
 * so the "pristine" body is what the page looks like after its own scripts, taken after the same
 * settling time; a page whose scripts are not deterministic (clock, random ids) cannot be compared
 * this way and would show up here as a difference.
 */
const settleMs = 2_000;
const cases = listPageCases();
/**
 * Pages are checked two at a time: most of a check is waiting (settling, annotation), and two keep
 * the file within its time budget as the corpus grows without crowding the machine's two cores.
 */
const pagesAtOnce = 2;

function createLimiter(slots: number): <T>(work: () => Promise<T>) => Promise<T> {
  let running = 0;
  const queue: (() => void)[] = [];
  return async (work) => {
    while (running >= slots) await new Promise<void>((turn) => queue.push(turn));
    running += 1;
    try {
      return await work();
    } finally {
      running -= 1;
      queue.shift()?.();
    }
  };
}
const inTurn = createLimiter(pagesAtOnce);

function httpUrls(requests: { url: string }[]): Set<string> {
  return new Set(requests.map((request) => request.url).filter((url) => /^https?:/.test(url)));
}

describe('Chromium on every page of the corpus', () => {
  const lab = chromiumLab({ plain: true });

  it('has pages to check', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  /** Loads the page in the browser without the extension and returns its body after the settling time. */
  async function loadPristine(page: Page, pageCase: PageCase): Promise<{ body: string; document: string }> {
    await lab.visit(page, pageCase.path, { until: 'load' });
    await page.waitForTimeout(settleMs);
    return {
      body: (await page.evaluate(readBodyHtml)) as string,
      document: (await page.evaluate(readDocumentHtml)) as string,
    };
  }

  /** The same page in both browsers; afterwards, the annotated page may not have fetched anything the plain one did not. */
  function withPages<T>(run: (annotated: Page, plain: Page) => Promise<T>): Promise<T> {
    return inTurn(async () => {
      const [annotated, plain] = await Promise.all([lab.browser.newPage(), lab.plain.newPage()]);
      const seen = { annotated: [] as { url: string }[], plain: [] as { url: string }[] };
      annotated.on('request', (request) => seen.annotated.push({ url: request.url() }));
      plain.on('request', (request) => seen.plain.push({ url: request.url() }));
      try {
        const result = await run(annotated, plain);
        const plainUrls = httpUrls(seen.plain);
        const extra = [...httpUrls(seen.annotated)].filter((url) => !plainUrls.has(url));
        expect(extra, 'requests made only with the extension').toEqual([]);
        return result;
      } finally {
        await Promise.all([annotated.close(), plain.close()]);
      }
    });
  }

  for (const pageCase of cases) {
    if (!pageCase.expected.detection.isReport) {
      it.concurrent(`${pageCase.name}: not a report, left exactly as it is`, async () => {
        await withPages(async (annotated, plain) => {
          const [, pristine] = await Promise.all([
            lab.visit(annotated, pageCase.path, { until: 'load' }).then(() => annotated.waitForTimeout(settleMs)),
            loadPristine(plain, pageCase),
          ]);
          const seen = (await annotated.evaluate(readDocumentHtml)) as string;
          expect(seen === pristine.document, describeFirstDifference(seen, pristine.document)).toBe(true);
          expect(await annotated.locator('report-lens-sidebar').count()).toBe(0);
          expect(await annotated.evaluate(() => document.documentElement.hasAttribute('data-report-lens'))).toBe(false);
          await annotated.screenshot({ path: screenshotPath(pageCase.name) });
        });
      });
      continue;
    }

    it.concurrent(`${pageCase.name}: annotated, reading view, and back to the original`, async () => {
      await withPages(async (annotated, plain) => {
        const [, pristine] = await Promise.all([
          lab.visit(annotated, pageCase.path),
          loadPristine(plain, pageCase),
        ]);

        const state = await readSidebar(annotated);
        expect(state.sidebarCount).toBe(1);
        expect(state.hasOpenShadowRoot).toBe(true);
        const level1 = pageCase.expected.outline?.level1;
        if (level1) {
          // expected level1 is the main part only (seeds/README.md); an appendix may follow it, and is
          // checked when expected.json lists it
          const appendix = pageCase.expected.outline?.appendix;
          const wanted = appendix ? [...level1, ...appendix] : level1;
          const shown = outlineTitlesAgainst(state.outlineLevel1, wanted);
          expect(appendix ? shown : shown.slice(0, level1.length)).toEqual(wanted);
        }

        const hidden = pageCase.expected.page?.hidden ?? [];
        const visible = pageCase.expected.page?.visible ?? [];
        const seen = (await annotated.evaluate(textVisibilityScript([...hidden, ...visible]))) as TextVisibility[];
        for (const result of seen.slice(0, hidden.length)) {
          expect(result.occurrences, `"${result.text}" is on the page`).toBeGreaterThan(0);
          expect(result.partlyVisible, `"${result.text}" is hidden by the reading view`).toBe(0);
        }
        for (const result of seen.slice(hidden.length)) {
          expect(result.fullyVisible, `"${result.text}" stays visible`).toBeGreaterThan(0);
        }
        // ten round trips: every one restores the page exactly and annotates it the same way again
        // (an undo that leaks a split text node or an attribute shows up as a growing difference)
        for (let round = 1; round <= 10; round++) {
          await sidebarAction(annotated, 'toggle-original').click();
          await waitForLensAttribute(annotated, 'off', 5_000);
          const restored = (await annotated.evaluate(readBodyHtml)) as string;
          expect(restored === pristine.body, `round ${round}: ${describeFirstDifference(restored, pristine.body)}`).toBe(true);

          await sidebarAction(annotated, 'toggle-original').click();
          await waitForLensAttribute(annotated, 'ready', 5_000);
          const again = await readSidebar(annotated);
          expect(again.sidebarCount).toBe(1);
          expect(again.markCount, `round ${round}`).toBe(state.markCount);
        }
        // last: a screenshot leaves traces in the DOM (style="" on inputs) that would spoil the comparison
        await annotated.screenshot({ path: screenshotPath(pageCase.name) });
      });
    });
  }

  // after the concurrent page checks: over the whole run, the extension's own service worker included
  it('the browser with the extension went nowhere over http that the plain browser did not', () => {
    const plainUrls = httpUrls(lab.plain.requests);
    const extra = [...httpUrls(lab.browser.requests)].filter((url) => !plainUrls.has(url));
    expect(extra).toEqual([]);
  });
});
