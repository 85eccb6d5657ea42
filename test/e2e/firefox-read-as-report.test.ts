// "Read as report" in Firefox ESR: a news page the detector rejects is read
// as a report from the popup's button, and given back exactly. WebDriver may
// not navigate to a moz-extension:// page, and cannot click the toolbar
// button: the popup is opened as a tab by an extension page (the ledger page,
// opened by a report's sidebar), naming the news page's tab with ?tab=, as
// the popup does for a test; its address is fixed through the profile's
// extensions.webextensions.uuids.
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { clickSidebarActionScript, readBodyHtml, readLensAttribute } from './harness/page-scripts';
import { screenshotPath, seedPagePath } from './harness/paths';
import { firefoxLab } from './harness/lab';

const ADDON_ID = 'report-lens@report-lens.org';
const UUID = '7a4d3b2f-6c8e-4f90-8a1b-2d3e4f5a6b7c';
const BASE = `moz-extension://${UUID}/`;
const NEWS = '/pages/news-npc-session/index.html';

describe('Firefox ESR: Read as report', () => {
  const ff = firefoxLab({ preferences: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }) } });
  /** an extension page's tab, from which extension pages can be opened */
  let extensionTab = '';

  it('an extension page to start from: the ledger, opened by a report\'s sidebar', async () => {
    await ff.open(seedPagePath().path, { timeout: 15_000 });
    await ff.firefox.evaluate(`(document.querySelector('report-lens-sidebar').shadowRoot.querySelector('[data-action="open-ledger"]').click(), true)`);
    extensionTab = await ff.firefox.contextAt(`${BASE}src/entries/ledger.html`);
    expect(extensionTab).not.toBe('');
  });

  it('the popup\'s button reads the news page as a report, and the page comes back exactly', async () => {
    await ff.open(NEWS, { until: 'load' });
    await new Promise((resume) => setTimeout(resume, 1_500));
    // the first stage looked and found no report: nothing on the page
    expect(await ff.firefox.evaluate(readLensAttribute)).toBeNull();
    const pristine = await ff.firefox.evaluate<string>(readBodyHtml);
    const tabId = await ff.firefox.evaluateIn<number | undefined>(
      extensionTab,
      `browser.tabs.query({}).then((tabs) => tabs.find((tab) => (tab.url ?? '').endsWith(${JSON.stringify(NEWS)}))?.id)`,
    );
    expect(tabId).toBeDefined();
    await ff.firefox.evaluateIn(extensionTab, `(window.open(${JSON.stringify(`${BASE}src/entries/popup.html?tab=${tabId}`)}), true)`);
    const popup = await ff.firefox.contextAt(`${BASE}src/entries/popup.html`);
    await ff.firefox.waitForIn(popup, `document.querySelector('[data-action="read-as-report"]')`, 10_000);
    await ff.firefox.evaluateIn(popup, `(document.querySelector('[data-action="read-as-report"]').click(), true)`);
    await ff.firefox.waitFor(`${readLensAttribute} === 'ready'`, 15_000);
    const marks = await ff.firefox.evaluate<string[]>(`Array.from(document.querySelectorAll('report-lens-mark'), (mark) => mark.textContent)`);
    expect(marks).toEqual(expect.arrayContaining(['5%左右', '1200万人以上']));
    expect(await ff.firefox.evaluate<number>(`document.querySelectorAll('report-lens-sidebar').length`)).toBe(1);
    await ff.firefox.closeTab(popup);
    await writeFile(screenshotPath('read-as-report-firefox'), await ff.firefox.screenshot());
    await ff.firefox.waitFor(`document.querySelector('report-lens-sidebar')?.shadowRoot?.querySelector('[data-action="toggle-original"]')`, 5_000);
    await ff.firefox.evaluate(clickSidebarActionScript('toggle-original'));
    await ff.firefox.waitFor(`${readLensAttribute} === 'off'`, 5_000);
    expect(await ff.firefox.evaluate<string>(readBodyHtml)).toBe(pristine);
  });
});
