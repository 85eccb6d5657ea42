// axe-core on the sidebar in light and dark, both tabs and the card; and the
// reading view in a dark system theme, readable on a portal with colours of
// its own.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sidebar } from '../harness/chromium';
import { chromiumLab } from '../harness/lab';
import { screenshotPath } from '../harness/paths';
import { axeSerious, axeSource, describeViolations, reloadSeed as reloadSeedIn, seed, switchTab } from './sidebar-driver';

describe(`the sidebar in Chromium: accessibility and themes (${seed.isStandIn ? 'seed stand-in' : 'seed page'})`, () => {
  const lab = chromiumLab({ clipboard: true });
  let page: Page;

  beforeAll(async () => {
    page = await lab.open(seed.path);
  });

  const reloadSeed = () => reloadSeedIn(lab, page);

  it('accessibility: axe finds nothing serious in the sidebar, light and dark, both tabs and the card', async () => {
    await reloadSeed();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await switchTab(page, 'outline');
      let violations = await axeSerious(page, 'report-lens-sidebar');
      expect(violations, `${scheme} outline:\n${describeViolations(violations)}`).toEqual([]);
      await page.screenshot({ path: screenshotPath(`sidebar-${scheme}-outline`) });
      await switchTab(page, 'metrics');
      await sidebar(page).locator('tbody tr[data-metric-id]').first().click();
      await page.mouse.move(5, 5);
      violations = await axeSerious(page, 'report-lens-sidebar');
      expect(violations, `${scheme} metrics:\n${describeViolations(violations)}`).toEqual([]);
      await page.screenshot({ path: screenshotPath(`sidebar-${scheme}-metrics`) });
      const mark = page.locator('report-lens-mark[tabindex="0"]').nth(3);
      await mark.focus();
      await sidebar(page).locator('.rl-card').waitFor({ state: 'visible' });
      violations = await axeSerious(page, 'report-lens-sidebar');
      expect(violations, `${scheme} card:\n${describeViolations(violations)}`).toEqual([]);
      await page.keyboard.press('Escape');
    }
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('a dark system theme darkens the reading view too, and the report stays readable (axe colour contrast, on a portal page with colours of its own)', async () => {
    const path = '/pages/portal-jx-province-2022-communique/index.html';
    const look = () => page.evaluate(() => {
      const report = document.querySelector('[data-report-lens-body]');
      if (!report) throw new Error('no report body');
      const red = Array.from(report.querySelectorAll('[style*="192, 0, 0"]'));
      return { background: getComputedStyle(report).backgroundColor, text: getComputedStyle(report).color, pageRed: red.some((element) => getComputedStyle(element).color === 'rgb(192, 0, 0)') };
    });
    const contrastFailures = async () => {
      if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
      return (await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: { nodes: unknown[] }[]; passes: { nodes: unknown[] }[] }> } }).axe;
        const result = await axe.run({ include: [['[data-report-lens-body]']] }, { runOnly: ['color-contrast'] });
        return { failing: result.violations.flatMap((rule) => rule.nodes).length, checked: result.passes.flatMap((rule) => rule.nodes).length };
      })) as { failing: number; checked: number };
    };
    try {
      await lab.visit(page, path);
      const light = await look();
      // the page's one red is its title's, which the view sets as its own title
      expect(light.pageRed, 'the title block in the view\'s own ink').toBe(false);
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await look();
      const luminance = (rgb: string) => {
        const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
        return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      };
      expect(luminance(dark.background)).toBeLessThan(0.2);
      expect(luminance(dark.text)).toBeGreaterThan(0.8);
      expect(dark.pageRed, 'dark red text would vanish on the dark card').toBe(false);
      const contrast = await contrastFailures();
      expect(contrast.checked, 'axe looked at the report').toBeGreaterThan(50);
      expect(contrast.failing).toBe(0);
      await page.screenshot({ path: screenshotPath('reading-view-dark') });
    } finally {
      await page.emulateMedia({ colorScheme: 'light' });
    }
  });
});
