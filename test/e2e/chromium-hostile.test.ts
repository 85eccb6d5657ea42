import { describe, expect, it } from 'vitest';
import { readSidebar, sidebar } from './harness/chromium';
import { outlineTitlesAgainst } from './harness/page-scripts';
import { seedOutlineLevel1, seedPagePath, seedTitle } from './harness/paths';
import { chromiumLab } from './harness/lab';

/** The report page as sites really serve it: under a strict CSP, in GBK, or slowly. */
const seed = seedPagePath();
const seedFile = `${seed.isStandIn ? 'test/fixtures' : 'seeds'}${seed.path}`;
const excerptInGbk = 'test/fixtures/gbk/discuz-lijin-2020-excerpt.gbk';

describe('Chromium with the extension on report pages served in unfriendly ways', () => {
  const lab = chromiumLab({
    serve: (server) => {
      server.route('/hostile/strict-csp.html', {
        file: seedFile,
        headers: {
          'content-type': 'text/html; charset=utf-8',
          'content-security-policy': "default-src 'none'; style-src 'self'",
        },
      });
      server.route('/hostile/no-styles-csp.html', {
        file: seedFile,
        headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; style-src 'none'" },
      });
      server.route('/hostile/gbk.html', { file: excerptInGbk, headers: { 'content-type': 'text/html; charset=GBK' } });
      server.route('/hostile/slow.html', { file: seedFile, delayMs: 2_500, headers: { 'content-type': 'text/html; charset=utf-8' } });
    },
  });
  const openReady = (path: string) => lab.open(path);

  for (const [label, path] of [
    ["default-src 'none'; style-src 'self'", '/hostile/strict-csp.html'],
    ["default-src 'none'; style-src 'none'", '/hostile/no-styles-csp.html'],
  ] as const) {
    it(`annotates under Content-Security-Policy: ${label}, with a sidebar that is visible and styled`, async () => {
      const page = await openReady(path);
      try {
        // proof that the policy is in force: the page's own inline <style> got no stylesheet
        const pageStyles = await page.evaluate(() =>
          Array.from(document.querySelectorAll('head style'), (style) => (style as HTMLStyleElement).sheet !== null),
        );
        expect(pageStyles.length, 'the page has inline styles').toBeGreaterThan(0);
        expect(pageStyles, 'every inline page style is blocked by the CSP').not.toContain(true);
        const state = await readSidebar(page);
        expect(state.sidebarCount).toBe(1);
        expect(outlineTitlesAgainst(state.outlineLevel1, seedOutlineLevel1)).toEqual(seedOutlineLevel1);
        await expect(sidebar(page).isVisible()).resolves.toBe(true);
        const box = await sidebar(page).boundingBox();
        expect(box && box.width * box.height, 'the sidebar takes up room on screen').toBeGreaterThan(0);
        const styleRules = await page.evaluate(() => {
          const root = document.querySelector('report-lens-sidebar')?.shadowRoot;
          if (!root) return 0;
          const sheets = [
            ...root.adoptedStyleSheets,
            ...Array.from(root.querySelectorAll('style, link[rel="stylesheet"]'), (node) => (node as HTMLStyleElement).sheet),
          ];
          return sheets.reduce((count, sheet) => count + (sheet ? sheet.cssRules.length : 0), 0);
        });
        expect(styleRules, 'style rules in force inside the sidebar').toBeGreaterThan(0);
      } finally {
        await page.close();
      }
    });
  }

  it('annotates a page served in GBK (the title and outline come out as Chinese, not mojibake)', async () => {
    const page = await openReady('/hostile/gbk.html');
    try {
      expect(await page.evaluate(() => document.characterSet)).toBe('GBK');
      const state = await readSidebar(page);
      expect(state.text).toContain(seedTitle);
      expect(outlineTitlesAgainst(state.outlineLevel1, seedOutlineLevel1)).toEqual(seedOutlineLevel1);
      expect(await page.locator('report-lens-mark', { hasText: /^6\.5%左右$/ }).count()).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });

  it('annotates a page whose server answers only after 2.5 s', async () => {
    const page = await openReady('/hostile/slow.html');
    try {
      expect(outlineTitlesAgainst((await readSidebar(page)).outlineLevel1, seedOutlineLevel1)).toEqual(seedOutlineLevel1);
    } finally {
      await page.close();
    }
  });
});
