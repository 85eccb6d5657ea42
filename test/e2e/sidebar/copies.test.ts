// Copies through the real clipboard: a figure with its citation, the table as
// TSV with an HTML table beside it, and each copy button's confirmation.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sidebar, sidebarAction } from '../harness/chromium';
import { chromiumLab } from '../harness/lab';
import { copyThrough, scrollToRow, seed, setFilter, switchTab, visibleRows } from './sidebar-driver';

describe(`the sidebar in Chromium: copies (${seed.isStandIn ? 'seed stand-in' : 'seed page'})`, () => {
  const lab = chromiumLab({ clipboard: true });
  let page: Page;

  beforeAll(async () => {
    page = await lab.open(seed.path);
  });

  it('copy with citation: figure, indicator, sentence, report title, section and page URL', async () => {
    await switchTab(page, 'metrics');
    await setFilter(page, 'all');
    const row = await scrollToRow(page, '221.46亿元');
    const text = await copyThrough(page, () => row.locator('[data-action="copy-citation"]').click());
    expect(text).toContain('221.46亿元');
    expect(text).toContain('地区生产总值');
    expect(text).toContain('全年实现地区生产总值221.46亿元');
    expect(text).toContain('2020年利津县政府工作报告');
    expect(text).toMatch(/一、2019年工作回顾 › [（(]一[)）]经济实现平稳健康发展/);
    expect(text).toContain(page.url());
    await expect.poll(() => sidebar(page).locator('.rl-footer .rl-status').textContent()).not.toBe('');
  });

  it('copy TSV: the clipboard holds the rows of the table as it is sorted and filtered, and an HTML <table>', async () => {
    await setFilter(page, 'targets');
    await sidebar(page).locator('input.rl-search').fill('增长');
    await sidebar(page).locator('[data-sort="indicator"]').click();
    const shown = await visibleRows(page);
    expect(shown.length).toBeGreaterThan(1);
    const status = sidebar(page).locator('.rl-footer .rl-status');
    await page.waitForTimeout(10);
    const text = await copyThrough(page, () => sidebarAction(page, 'copy-tsv').click());
    const [header, ...rows] = text.replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n').map((line) => line.split('\t'));
    const column = (names: string[]) => (header ?? []).findIndex((name) => names.includes(name));
    const at = {
      id: column(['id', '编号']),
      indicator: column(['indicator', '指标']),
      text: column(['figure', '原文数值']),
      section: column(['section', '章节']),
      kind: column(['kind', '类型']),
    };
    expect(Object.values(at).every((index) => index >= 0), `header ${JSON.stringify(header)}`).toBe(true);
    // the rows rendered are the copy's first ones, cell for cell; the copy holds them all
    const total = Number(await sidebar(page).locator('table.rl-table').getAttribute('aria-rowcount')) - 1;
    expect(rows.length).toBe(total);
    expect(shown.length).toBeLessThanOrEqual(total);
    rows.slice(0, shown.length).forEach((cells, index) => {
      const visible = shown[index];
      expect(cells[at.id], `row ${index} id`).toBe(visible?.id);
      expect(cells[at.indicator] || '—', `row ${index} indicator`).toBe(visible?.cells[0]);
      expect(cells[at.text], `row ${index} figure`).toBe(visible?.figure);
      expect(cells[at.section] ?? '', `row ${index} section`).toBe(visible?.section);
      expect(cells[at.kind], `row ${index} kind`).toBe('target');
    });
    for (const cells of rows) expect(cells[at.kind]).toBe('target');
    expect(await status.textContent()).toContain(String(total));
    // the rich flavour spreadsheets and editors paste as a table
    const html = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const item = items.find((candidate) => candidate.types.includes('text/html'));
      return item ? (await item.getType('text/html')).text() : null;
    });
    expect(html).not.toBeNull();
    expect(html).toMatch(/<table[\s>]/);
    expect((html?.match(/<tr>/g) ?? []).length).toBe(total + 1);
    await sidebar(page).locator('input.rl-search').fill('');
    await setFilter(page, 'all');
  });

  it('each copy button shows a short confirmation, which goes away', async () => {
    const status = sidebar(page).locator('.rl-footer .rl-status');
    for (const action of ['copy-csv', 'copy-markdown', 'copy-json']) {
      await copyThrough(page, () => sidebarAction(page, action).click());
      await expect.poll(() => status.textContent()).toMatch(/\S/);
      expect(await status.getAttribute('data-error')).toBeNull();
    }
    await expect.poll(() => status.textContent(), { timeout: 8_000 }).toBe('');
  });
});
