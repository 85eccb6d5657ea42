// The report library and the ledger page in Chromium: three work reports of
// one jurisdiction read one after another (Hailar 2013–2015), the sidebar's
// line about last year's targets, the ledger page opened from the sidebar
// (table, chart, sentences), the library exported, deleted from, imported
// back, a malformed import refused, everything deleted.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { sidebar, sidebarAction, waitForReady } from './harness/chromium';
import { screenshotPath } from './harness/paths';
import { scrollTableRowsScript, type TableRowSeen } from './harness/page-scripts';
import { HAILAR_YEARS, hailarPage, hailarPath } from './harness/report-pages';
import { chromiumLab } from './harness/lab';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: unknown[] }[];
}

async function axeSerious(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document)).violations;
  })) as AxeViolation[];
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

/** The notes beside the figures, every row of the table read by scrolling it
 * (it renders only the rows in view and a margin). */
const notesOnPage = async (page: Page) =>
  ((await page.evaluate(scrollTableRowsScript)) as TableRowSeen[]).flatMap((row) => (row.note ? [{ figure: row.figure, kind: row.kind, note: row.note }] : []));

describe('Chromium: the report library and the ledger page', () => {
  const lab = chromiumLab({
    serve: (server) => {
      for (const year of HAILAR_YEARS) server.route(hailarPath(year), { body: hailarPage(year), headers: { 'content-type': 'text/html; charset=utf-8' } });
    },
  });
  let report: Page;
  let ledger: Page;
  let exported = '';

  beforeAll(async () => {
    report = await lab.browser.newPage();
  });

  it('reads three reports of one jurisdiction one after another; the first has nothing beside its figures', async () => {
    await lab.visit(report, hailarPath(2013));
    await sidebar(report).locator('[data-tab="metrics"]').click();
    expect(await notesOnPage(report)).toEqual([]);
    for (const year of [2014, 2015]) {
      await lab.visit(report, hailarPath(year));
    }
  });

  it('the 2015 sidebar: beside each headline target last year\'s target and how it turned out, beside results the target they answer', async () => {
    await sidebar(report).locator('[data-tab="metrics"]').click();
    const notes = await notesOnPage(report);
    // read in the reports: 2014 set 地区生产总值增长11%，达到282亿元; 2015 reports 274.4亿元, 增长9.1%
    expect(notes).toContainEqual({ figure: '8%', kind: 'target', note: "Last year's target 11% · actual 9.1% · missed" });
    expect(notes).toContainEqual({ figure: '296亿元', kind: 'target', note: "Last year's target 282亿元 · actual 274.4亿元 · missed" });
    expect(notes).toContainEqual({ figure: '9.1%', kind: 'actual', note: 'Target 11% · missed' });
    expect(notes).toContainEqual({ figure: '33.5%', kind: 'actual', note: 'Target 20% · exceeded' });
    // the headline targets, each with last year's beside it
    await sidebar(report).locator('[data-filter="headline"]').click();
    const row = sidebar(report).locator('tr[data-kind="target"]', { has: report.locator('.rl-ledger-note') }).first();
    await row.scrollIntoViewIfNeeded();
    await report.screenshot({ path: screenshotPath('sidebar-last-year') });
    await sidebar(report).locator('[data-filter="all"]').click();
  });

  it('the sidebar\'s Ledger button opens the ledger page on this jurisdiction', async () => {
    const opened = lab.browser.context.waitForEvent('page');
    await sidebarAction(report, 'open-ledger').click();
    ledger = await opened;
    await ledger.waitForLoadState('load');
    expect(ledger.url()).toBe(`chrome-extension://${lab.browser.extensionId ?? ''}/src/entries/ledger.html?jurisdiction=${encodeURIComponent('海拉尔区')}`);
    await ledger.setViewportSize({ width: 1400, height: 1000 });
    await ledger.locator('.rl-ledger-table').waitFor({ timeout: 5_000 });
    expect(await ledger.locator('.rl-library-summary').textContent()).toBe('Reports: 3 · jurisdictions: 1');
    expect(await ledger.locator('#rl-jurisdiction-title').textContent()).toBe('海拉尔区');
    expect(await ledger.locator('.rl-entry').count()).toBe(3);
  });

  it('the table: indicator × year, the target as written, the outcome and the status', async () => {
    expect(await ledger.locator('.rl-ledger-table thead th').allTextContents()).toEqual(['Indicator', '2013', '2014', '2015']);
    const gdp = ledger.locator('tr[data-measure="地区生产总值|change|%"]');
    expect(await gdp.locator('th').textContent()).toBe('地区生产总值 · increase %');
    const cell = (year: number) => gdp.locator(`td[data-year="${year}"] .rl-cell`);
    expect(await cell(2013).textContent()).toBe('20%Outcome 10.1%missed');
    expect(await cell(2014).textContent()).toBe('11%Outcome 9.1%missed');
    expect(await cell(2015).textContent()).toBe('8%—no outcome');
    expect(await ledger.locator('.rl-cell[data-status="exceeded"]').count()).toBeGreaterThan(0);
    expect(await ledger.locator('.rl-cell[data-status="met"]').count()).toBeGreaterThan(0);
  });

  it('a cell is one click from its sentences, each with the way to its page', async () => {
    await ledger.locator('tr[data-measure="地区生产总值|change|%"] td[data-year="2014"] .rl-cell').click();
    const detail = ledger.locator('.rl-detail');
    expect(await detail.locator('[data-half="target"] mark').textContent()).toBe('11%');
    expect(await detail.locator('[data-half="target"] .rl-sentence').textContent()).toContain('地区生产总值增长11%，达到282亿元');
    expect(await detail.locator('[data-half="target"] a').getAttribute('href')).toBe(lab.server.url(hailarPath(2014)));
    expect(await detail.locator('[data-half="outcome"] mark').textContent()).toBe('9.1%');
    expect(await detail.locator('[data-half="outcome"] a').getAttribute('href')).toBe(lab.server.url(hailarPath(2015)));
  });

  it('a chart per indicator: the outcomes as a line, each year\'s target as a mark', async () => {
    const chart = ledger.locator('.rl-chart[data-measure="地区生产总值|change|%"]');
    expect(await ledger.locator('.rl-chart').count()).toBe(await ledger.locator('.rl-ledger-table tbody tr').count());
    expect(await chart.locator('.rl-chart-point').evaluateAll((points) => points.map((p) => p.getAttribute('data-year')))).toEqual(['2013', '2014']);
    expect(await chart.locator('polyline.rl-chart-line').count()).toBe(1);
    // a plain growth target is a floor: the outcome is meant to be at or above it
    expect(await chart.locator('[data-shape]').evaluateAll((marks) => marks.map((m) => `${m.getAttribute('data-year')}:${m.getAttribute('data-shape')}`))).toEqual([
      '2013:floor', '2014:floor', '2015:floor',
    ]);
    // drawn where the numbers say: the 2013 outcome (10.1%) below its target (20%)
    const y = (selector: string) => chart.locator(selector).first().evaluate((node) => node.getBoundingClientRect().top);
    expect(await y('.rl-chart-point[data-year="2013"]')).toBeGreaterThan(await y('[data-year="2013"] .rl-chart-target'));
    await ledger.screenshot({ path: screenshotPath('ledger-page'), fullPage: true });
  });

  it('filters: the year range and the level', async () => {
    await ledger.locator('select[name="year-from"]').selectOption('2014');
    expect(await ledger.locator('.rl-ledger-table thead th').allTextContents()).toEqual(['Indicator', '2014', '2015']);
    await ledger.locator('select[name="year-from"]').selectOption('');
    await ledger.locator('select[name="level"]').selectOption('province');
    expect(await ledger.locator('.rl-ledger-table').count()).toBe(0);
    await ledger.locator('select[name="level"]').selectOption('county');
    expect(await ledger.locator('.rl-ledger-table thead th').count()).toBe(4);
    await ledger.locator('input[name="headline-only"]').check();
    expect(await ledger.locator('.rl-ledger-table tbody tr').count()).toBeGreaterThan(4);
    await ledger.locator('input[name="headline-only"]').uncheck();
  });

  it('copies the ledger shown as a table (TSV, an HTML table beside it) and downloads it as CSV with a BOM, XLSX and JSON', async () => {
    // CDP grants no permission to an extension's origin: the clipboard is read back from the report's page
    await lab.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: lab.server.origin });
    await ledger.locator('select[name="year-from"]').selectOption('2014');
    const rows = await ledger.locator('.rl-cell').count();
    await ledger.locator('[data-action="copy-tsv"]').click();
    await expect.poll(() => ledger.locator('.rl-status').textContent()).toBe(`Copied ${rows} rows.`);
    await report.bringToFront();
    const copied = await report.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const html = item && item.types.includes('text/html') ? await (await item.getType('text/html')).text() : '';
      return { text: await navigator.clipboard.readText(), html };
    });
    const lines = copied.text.split('\n');
    expect(lines[0]?.split('\t').slice(0, 5)).toEqual(['jurisdiction', 'indicator', 'year', 'change', 'target']);
    expect(lines).toHaveLength(rows + 1);
    expect(lines.some((line) => /^海拉尔区\t地区生产总值\t2014\tincrease\t11%\t/.test(line))).toBe(true);
    expect(copied.html).toContain('<table');
    await ledger.bringToFront();
    const saved = async (action: string) => {
      const download = ledger.waitForEvent('download');
      await ledger.locator(`[data-action="${action}"]`).click();
      const file = await download;
      return { name: file.suggestedFilename(), bytes: await readFile((await file.path()) ?? '') };
    };
    const csv = await saved('download-csv');
    expect(csv.name).toMatch(/^report-lens-ledger-海拉尔区-\d{4}-\d{2}-\d{2}\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.bytes.toString('utf8').split('\r\n')).toHaveLength(rows + 1);
    const xlsx = await saved('download-xlsx');
    expect(xlsx.name).toMatch(/\.xlsx$/);
    const [workbook] = await readXlsxFile(xlsx.bytes);
    const sheet = workbook?.data ?? [];
    expect(sheet[0]?.slice(0, 3)).toEqual(['jurisdiction', 'indicator', 'year']);
    expect(sheet.find((row) => row[1] === '地区生产总值' && row[2] === 2014 && row[4] === '11%')?.[5]).toBe(11);
    const json = JSON.parse((await saved('download-json')).bytes.toString('utf8')) as { schema: string; rows: { year: number }[] };
    expect(json.schema).toBe('report-lens-ledger/1');
    expect(json.rows).toHaveLength(rows);
    expect(json.rows.every((row) => row.year >= 2014)).toBe(true);
    await ledger.locator('select[name="year-from"]').selectOption('');
  });

  it('accessibility: axe finds nothing serious on the ledger page, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await ledger.emulateMedia({ colorScheme: scheme });
      const violations = await axeSerious(ledger);
      expect(violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`), scheme).toEqual([]);
    }
    await ledger.emulateMedia({ colorScheme: 'light' });
  });

  it('exports the whole library as one JSON file', async () => {
    const download = ledger.waitForEvent('download');
    await ledger.locator('[data-action="export-library"]').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^report-lens-library-\d{4}-\d{2}-\d{2}\.json$/);
    exported = await readFile((await file.path()) ?? '', 'utf8');
    const library = JSON.parse(exported) as { schema: string; reports: { year: number; url: string; report: { metrics: unknown[] } }[] };
    expect(library.schema).toBe('report-lens-library/1');
    expect(library.reports.map((r) => r.year).sort()).toEqual([2013, 2014, 2015]);
    expect(library.reports.every((r) => r.report.metrics.length > 100)).toBe(true);
  });

  it('deletes a report; importing the file brings it back, the others unchanged', async () => {
    await ledger.locator('.rl-entry', { hasText: '2015年海拉尔区政府工作报告' }).locator('[data-action="delete-report"]').click();
    await expect.poll(() => ledger.locator('.rl-entry').count()).toBe(2);
    expect(await ledger.locator('tr[data-measure="地区生产总值|change|%"] td[data-year="2014"] .rl-cell').textContent()).toBe('11%—no outcome');
    await ledger.locator('[data-action="import-library"]').setInputFiles({ name: 'library.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect.poll(() => ledger.locator('.rl-status').textContent()).toBe('Imported: 1 added, 0 replaced by newer copies, 2 already up to date.');
    expect(await ledger.locator('.rl-entry').count()).toBe(3);
    expect(await ledger.locator('tr[data-measure="地区生产总值|change|%"] td[data-year="2014"] .rl-cell').textContent()).toBe('11%Outcome 9.1%missed');
  });

  it('a malformed file is refused with a clear message and changes nothing', async () => {
    await ledger.locator('[data-action="import-library"]').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"schema": "report-lens-library/1", "reports": [{}]}') });
    await expect.poll(() => ledger.locator('.rl-status[data-error]').textContent()).toBe(
      'Not imported, nothing changed: this file is not a Report Lens library (reports[0] has no firstSeen or lastSeen date).',
    );
    expect(await ledger.locator('.rl-entry').count()).toBe(3);
  });

  it('deletes everything, after asking', async () => {
    ledger.once('dialog', (dialog) => void dialog.accept());
    await ledger.locator('[data-action="delete-all"]').click();
    await ledger.locator('.rl-empty-library').waitFor({ timeout: 5_000 });
    expect(await ledger.locator('.rl-library-summary').textContent()).toBe('Reports: 0 · jurisdictions: 0');
  });

  it('with the library empty, a report page shows nothing beside its figures', async () => {
    await report.reload({ waitUntil: 'load' });
    await waitForReady(report);
    // the reload kept 2015 again; there is no 2014 report to set beside it
    await sidebar(report).locator('[data-tab="metrics"]').click();
    expect(await notesOnPage(report)).toEqual([]);
  });
});
