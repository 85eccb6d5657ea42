import { beforeAll, describe, expect, it } from 'vitest';
import {
  clickSidebarActionScript,
  describeFirstDifference,
  outlineTitlesAgainst,
  readBodyHtml,
  readLensAttribute,
  readSidebarState,
  type SidebarState,
} from './harness/page-scripts';
import { listPageCases, resolveDist } from './harness/paths';
import { firefoxLab } from './harness/lab';

/**
 * Every report page of the corpus (seeds/pages) in Firefox ESR: detected, sidebar with the expected
 * outline, and back to the exact original. One Firefox for the whole file: the untouched bodies are
 * read first without the add-on, then the add-on is installed and every page visited again.
 */
const reportCases = listPageCases().filter((pageCase) => pageCase.path.startsWith('/pages/') && pageCase.expected.detection.isReport);
const settleMs = 1_000;
const cspPath = '/hostile/firefox-strict-csp.html';
const cspPage = 'seeds/pages/plain-tibet-2025/index.html';

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('Firefox ESR on every report page of the corpus', () => {
  // Firefox alone first: the pristine bodies are read before the add-on goes in
  const ff = firefoxLab({
    extension: false,
    serve: (server) =>
      server.route(cspPath, {
        file: cspPage,
        headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; style-src 'none'" },
      }),
  });
  const pristine = new Map<string, string>();

  beforeAll(async () => {
    for (const pageCase of reportCases) {
      await ff.open(pageCase.path, { until: 'load' });
      await pause(settleMs);
      pristine.set(pageCase.name, await ff.firefox.evaluate<string>(readBodyHtml));
    }
    await ff.firefox.installExtension(resolveDist());
  }, 120_000);

  it('has report pages to check', () => {
    expect(reportCases.length).toBeGreaterThan(5);
  });

  for (const pageCase of reportCases) {
    it(`${pageCase.name}: detected, sidebar with its outline, and restored exactly`, async () => {
      await ff.open(pageCase.path);
      const state = await ff.firefox.evaluate<SidebarState>(readSidebarState);
      expect(state.sidebarCount).toBe(1);
      expect(state.placedAfterBody).toBe(true);
      expect(state.hasOpenShadowRoot).toBe(true);
      expect(state.wellFormedMarkCount).toBe(state.markCount);
      const level1 = pageCase.expected.outline?.level1;
      if (level1) expect(outlineTitlesAgainst(state.outlineLevel1, level1).slice(0, level1.length)).toEqual(level1);
      if (pageCase.expected.detection.title) expect(state.text).toContain(pageCase.expected.detection.title);

      await ff.firefox.evaluate(clickSidebarActionScript('toggle-original'));
      await ff.firefox.waitFor(`${readLensAttribute} === 'off'`, 5_000);
      const restored = await ff.firefox.evaluate<string>(readBodyHtml);
      const before = pristine.get(pageCase.name) ?? '';
      expect(restored === before, describeFirstDifference(restored, before)).toBe(true);
    });
  }

  it("annotates under Content-Security-Policy: default-src 'none'; style-src 'none', with a sidebar on screen", async () => {
    await ff.open(cspPath);
    const state = await ff.firefox.evaluate<SidebarState>(readSidebarState);
    expect(state.sidebarCount).toBe(1);
    expect(state.markCount).toBeGreaterThan(50);
    const box = await ff.firefox.evaluate<{ width: number; height: number; rules: number }>(`(() => {
      const host = document.querySelector('report-lens-sidebar');
      const rect = host.getBoundingClientRect();
      const root = host.shadowRoot;
      const sheets = [...root.adoptedStyleSheets, ...Array.from(root.querySelectorAll('style'), (style) => style.sheet)];
      return { width: rect.width, height: rect.height, rules: sheets.reduce((n, sheet) => n + (sheet ? sheet.cssRules.length : 0), 0) };
    })()`);
    expect(box.width * box.height).toBeGreaterThan(10_000);
    expect(box.rules, 'style rules in force inside the sidebar').toBeGreaterThan(0);
  });
});
