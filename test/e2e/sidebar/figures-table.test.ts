// The table of figures: its filters, the search box, sorting by value within
// a unit, and a row's click that brings its figure into view.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sidebar } from '../harness/chromium';
import { chromiumLab } from '../harness/lab';
import { scrollToRow, seed, setFilter, settleScroll, switchTab, tableRows, visibleRows, type ExportedMetric } from './sidebar-driver';

describe(`the sidebar in Chromium: the table of figures (${seed.isStandIn ? 'seed stand-in' : 'seed page'})`, () => {
  const lab = chromiumLab({ clipboard: true });
  let page: Page;

  beforeAll(async () => {
    page = await lab.open(seed.path);
  });

  it('metrics: the filters change the rows; headline is the six main targets', async () => {
    await switchTab(page, 'metrics');
    const marks = await page.evaluate(() => ({
      all: document.querySelectorAll('report-lens-mark').length,
      ids: [...new Set(Array.from(document.querySelectorAll('report-lens-mark'), (mark) => mark.getAttribute('data-metric-id')))].length,
    }));
    await setFilter(page, 'all');
    const all = await tableRows(page);
    expect(all.length).toBe(marks.ids);
    // the table renders the first of them, in order, each with its id, and says how many it holds
    const rendered = await visibleRows(page);
    expect(rendered.length).toBeGreaterThan(10);
    expect(rendered.map((row) => row.id)).toEqual(all.slice(0, rendered.length).map((row) => row.id));
    expect(await sidebar(page).locator('table.rl-table').getAttribute('aria-rowcount')).toBe(String(all.length + 1));

    await setFilter(page, 'targets');
    const targets = await tableRows(page);
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.length).toBeLessThan(all.length);
    expect(new Set(targets.map((row) => row.kind))).toEqual(new Set(['target']));

    await setFilter(page, 'results');
    const results = await tableRows(page);
    expect(new Set(results.map((row) => row.kind))).toEqual(new Set(['actual']));
    expect(results.length + targets.length).toBe(all.length);

    await setFilter(page, 'headline');
    const headline = await visibleRows(page);
    expect((await tableRows(page)).map((row) => row.id)).toEqual(headline.map((row) => row.id));
    expect(headline.map((row) => row.figure)).toEqual(['6.5%左右', '5%左右', '7%左右', '5%左右', '7%左右', '3.5%以内']);
    expect(headline.map((row) => row.cells[0])).toEqual([
      '地区生产总值',
      '一般公共财政预算收入',
      '固定资产投资',
      '社会消费品零售总额',
      '居民人均可支配收入',
      '城镇登记失业率',
    ]);
    await setFilter(page, 'all');
    expect((await tableRows(page)).length).toBe(all.length);
  });

  it('metrics: the search box narrows the rows to those that mention the words', async () => {
    const before = (await visibleRows(page)).length;
    const search = sidebar(page).locator('input.rl-search');
    await search.fill('地区生产总值');
    await expect.poll(async () => (await visibleRows(page)).length).toBeLessThan(before);
    const rows = await visibleRows(page);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((row) => row.figure === '221.46亿元')).toBe(true);
    // the counter says so
    expect(await sidebar(page).locator('.rl-shown').textContent()).toContain(String(rows.length));
    await search.fill('no such words 不存在的指标');
    await expect.poll(async () => (await visibleRows(page)).length).toBe(0);
    expect(await sidebar(page).locator('#rl-panel-metrics .rl-empty').isVisible()).toBe(true);
    // Escape in the box clears it and brings every row back
    await search.press('Escape');
    await expect.poll(async () => (await visibleRows(page)).length).toBe(before);
    expect(await search.inputValue()).toBe('');
  });

  it('metrics: sorting by value orders the rows by their value in base units within each unit, then back', async () => {
    const inDocument = await tableRows(page);
    // the units in the order the report first names them
    const units = [...new Set(inDocument.map((row) => row.normalized.unit))];
    expect(units.length).toBeGreaterThan(3);
    const sortButton = sidebar(page).locator('[data-sort="value"]');
    /** The rows' values, unit by unit, and whether the units come in the report's order. */
    const byUnit = (rows: ExportedMetric[]) => {
      const groups = new Map<string, number[]>();
      for (const row of rows) groups.set(row.normalized.unit, [...(groups.get(row.normalized.unit) ?? []), row.normalized.value]);
      // each unit's rows together: as many runs of units as units
      const runs = rows.filter((row, i) => i === 0 || rows[i - 1]?.normalized.unit !== row.normalized.unit).length;
      return { groups, runs, order: [...groups.keys()] };
    };
    await sortButton.click();
    await expect.poll(() => sidebar(page).locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
    const ascending = byUnit(await tableRows(page));
    expect(ascending.order).toEqual(units);
    expect(ascending.runs).toBe(units.length);
    for (const values of ascending.groups.values()) expect(values).toEqual([...values].sort((a, b) => a - b));
    // the rendered rows are the sorted table's first ones
    const rendered = await visibleRows(page);
    expect(rendered.map((row) => row.id)).toEqual((await tableRows(page)).slice(0, rendered.length).map((row) => row.id));
    await sortButton.click();
    await expect.poll(() => sidebar(page).locator('th[aria-sort]').getAttribute('aria-sort')).toBe('descending');
    const descending = byUnit(await tableRows(page));
    expect(descending.order).toEqual(units);
    for (const values of descending.groups.values()) expect(values).toEqual([...values].sort((a, b) => b - a));
    const percent = descending.groups.get('%') ?? [];
    expect(percent[0]).toBeGreaterThan(percent[percent.length - 1] ?? Infinity);
  });

  it('metrics: clicking a row scrolls its figure into view and flashes it', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await sidebar(page).locator('input.rl-search').fill('');
    // sorted by value the row is far down a table that renders only what is in view
    const row = await scrollToRow(page, '3.5%以内');
    const id = (await row.getAttribute('data-metric-id')) ?? '';
    expect(id).not.toBe('');
    await row.click();
    const flashed = await page.evaluate(
      (wanted) => Array.from(document.querySelectorAll('report-lens-mark[data-flash], report-lens-mark[data-report-lens-flash]'), (mark) => mark.getAttribute('data-metric-id')).includes(wanted),
      id,
    );
    expect(flashed, 'the figure flashes').toBe(true);
    await settleScroll(page);
    const box = await page.evaluate((wanted) => {
      const mark = Array.from(document.querySelectorAll('report-lens-mark')).find((element) => element.getAttribute('data-metric-id') === wanted);
      const rect = mark?.getBoundingClientRect();
      return rect ? { top: rect.top, bottom: rect.bottom, height: window.innerHeight } : null;
    }, id);
    expect(box).not.toBeNull();
    expect(box?.top ?? -1).toBeGreaterThan(0);
    expect(box?.bottom ?? 1e9).toBeLessThan(box?.height ?? 0);
    expect(await row.getAttribute('aria-selected')).toBe('true');
  });
});
