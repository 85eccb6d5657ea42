// The report library and the ledger page in Firefox ESR: the Hailar reports
// of 2013–2015 read in turn are kept in the add-on's IndexedDB (the event
// page's), the 2015 sidebar hears of 2014's targets, the ledger page (opened
// by the sidebar's button: WebDriver may not navigate to a moz-extension://
// page itself; its address fixed through the profile's
// extensions.webextensions.uuids) shows the table and the chart, deletes a
// report and imports it back from a library file.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeReport, signalsFromText } from '../../src/core/analyze';
import { toExportDocument } from '../../src/core/export';
import { recordOf } from '../../src/core/library';
import { libraryFile } from '../../src/core/library-file';
import { blocksFromText } from '../../src/core/text';
import { scrollTableRowsScript } from './harness/page-scripts';
import { repoRoot, screenshotPath } from './harness/paths';
import { HAILAR_YEARS, hailarPage, hailarPath } from './harness/report-pages';
import { firefoxLab } from './harness/lab';

const ADDON_ID = 'report-lens@report-lens.org';
const UUID = '6f3c2a1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b';
const LEDGER_URL = `moz-extension://${UUID}/src/entries/ledger.html`;

/** The notes beside the figures, every row of the table read by scrolling it
 * (it renders only the rows in view and a margin): "8% Last year's target …". */
const notes = `${scrollTableRowsScript}.then((rows) => rows.flatMap((row) => (row.note ? [row.figure + ' ' + row.note] : [])))`;
const text = (selector: string) => `(document.querySelector(${JSON.stringify(selector)})?.textContent ?? null)`;
const count = (selector: string) => `document.querySelectorAll(${JSON.stringify(selector)}).length`;
const gdp = (year: number) => `tr[data-measure="地区生产总值|change|%"] td[data-year="${year}"] .rl-cell`;

/** A library file holding the 2015 report as the extension would have kept it. */
function libraryWith2015(url: string): string {
  const folder = 'county-nm-hailar-2015-gwr';
  const report = readFileSync(join(repoRoot, 'seeds/reports', folder, 'report.txt'), 'utf8');
  const signals = { ...signalsFromText(report, folder), title: '2015年海拉尔区政府工作报告' };
  const record = recordOf(toExportDocument(analyzeReport(signals, blocksFromText(report)), url), {
    firstSeen: '2026-01-05T00:00:00.000Z',
    lastSeen: '2026-01-05T00:00:00.000Z',
  });
  return JSON.stringify(libraryFile([record], '2026-01-06T00:00:00.000Z'));
}

describe('Firefox ESR: the report library and the ledger page', () => {
  const ff = firefoxLab({
    preferences: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }) },
    serve: (server) => {
      for (const year of HAILAR_YEARS) server.route(hailarPath(year), { body: hailarPage(year), headers: { 'content-type': 'text/html; charset=utf-8' } });
    },
  });
  /** the ledger page's tab */
  let ledger = '';
  const inLedger = <T,>(expression: string) => ff.firefox.evaluateIn<T>(ledger, expression);

  it('keeps the three reports read in turn; the 2015 sidebar sets last year\'s targets beside its own', async () => {
    for (const year of HAILAR_YEARS) {
      await ff.open(hailarPath(year));
    }
    // the library's answer comes with the analysis: the notes are there at ready
    await ff.firefox.waitFor(`${notes}.then((seen) => seen.length > 5)`, 5_000);
    const seen = await ff.firefox.evaluate<string[]>(notes);
    expect(seen).toContain("8% Last year's target 11% · actual 9.1% · missed");
    expect(seen).toContain('9.1% Target 11% · missed');
  });

  it('the sidebar\'s Ledger button opens the ledger page, which shows the table and charts from the add-on\'s storage', async () => {
    await ff.firefox.evaluate(`(document.querySelector('report-lens-sidebar').shadowRoot.querySelector('[data-action="open-ledger"]').click(), true)`);
    if (!ledger) ledger = await ff.firefox.contextAt(LEDGER_URL);
    expect(ledger, 'a tab with the ledger page').not.toBe('');
    await ff.firefox.waitForIn(ledger, `!!document.querySelector('.rl-ledger-table')`, 10_000);
    expect(await inLedger(text('.rl-library-summary'))).toBe('Reports: 3 · jurisdictions: 1');
    expect(await inLedger(text(gdp(2013)))).toBe('20%Outcome 10.1%missed');
    expect(await inLedger(text(gdp(2014)))).toBe('11%Outcome 9.1%missed');
    expect(await inLedger(count('.rl-chart'))).toBe(await inLedger(count('.rl-ledger-table tbody tr')));
    expect(await inLedger(count('.rl-chart[data-measure="地区生产总值|change|%"] .rl-chart-point'))).toBe(2);
    const shot = (await ff.firefox.send('browsingContext.captureScreenshot', { context: ledger })) as { data: string };
    await writeFile(screenshotPath('ledger-firefox'), Buffer.from(shot.data, 'base64'));
  });

  it('deletes a report from the library, and a library file brings it back', async () => {
    await inLedger(`(Array.from(document.querySelectorAll('.rl-entry')).find((entry) => entry.textContent.includes('2015年'))
      .querySelector('[data-action="delete-report"]').click(), true)`);
    await ff.firefox.waitForIn(ledger, `${count('.rl-entry')} === 2`, 5_000);
    expect(await inLedger(text(gdp(2014)))).toBe('11%—no outcome');
    const file = libraryWith2015(ff.server.url(hailarPath(2015)));
    await inLedger(`(() => {
      const input = document.querySelector('[data-action="import-library"]');
      const files = new DataTransfer();
      files.items.add(new File([${JSON.stringify(file)}], 'library.json', { type: 'application/json' }));
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    })()`);
    await ff.firefox.waitForIn(ledger, `${count('.rl-entry')} === 3`, 5_000);
    expect(await inLedger(text('.rl-status'))).toBe('Imported: 1 added, 0 replaced by newer copies, 0 already up to date.');
    expect(await inLedger(text(gdp(2014)))).toBe('11%Outcome 9.1%missed');
  });

  it('kept across a reload of the page: the library is the browser\'s, not the page\'s', async () => {
    await ff.firefox.send('browsingContext.reload', { context: ledger, wait: 'complete' });
    await ff.firefox.waitForIn(ledger, `${count('.rl-entry')} === 3`, 10_000);
  });
});
