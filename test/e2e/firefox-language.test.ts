// The UI language setting in Firefox ESR, whose own UI is English: 中文 chosen
// (in storage, from an extension page: the ledger page the sidebar opens, as
// WebDriver may not navigate to a moz-extension:// page itself) turns the
// open report's sidebar and the ledger page Chinese at once, a report read
// afterwards is Chinese from the start, and English comes back the same way.
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, seedPagePath } from './harness/paths';
import { readFileSync } from 'node:fs';
import { firefoxLab } from './harness/lab';

const ADDON_ID = 'report-lens@report-lens.org';
const UUID = '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const LEDGER_URL = `moz-extension://${UUID}/src/entries/ledger.html`;
const seed = seedPagePath();
const zh = JSON.parse(readFileSync(`${repoRoot}/src/public/_locales/zh_CN/messages.json`, 'utf8')) as Record<string, { message: string }>;
const en = JSON.parse(readFileSync(`${repoRoot}/src/public/_locales/en/messages.json`, 'utf8')) as Record<string, { message: string }>;

const inSidebar = (selector: string) => `(document.querySelector('report-lens-sidebar')?.shadowRoot?.querySelector(${JSON.stringify(selector)})?.textContent ?? null)`;
const setLanguage = (language: string) => `browser.storage.local.get('settings').then((stored) =>
  browser.storage.local.set({ settings: { ...(stored.settings ?? {}), language: ${JSON.stringify(language)} } })).then(() => true)`;

describe('Firefox ESR: the UI language setting', () => {
  const ff = firefoxLab({ preferences: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }) } });
  let ledger = '';

  beforeAll(async () => {
    await ff.open(seed.path);
  });

  it('follows the browser (English) at first', async () => {
    await ff.firefox.waitFor(`${inSidebar('[data-tab="outline"]')} !== null`, 5_000);
    expect(await ff.firefox.evaluate(inSidebar('[data-tab="outline"]'))).toBe(en['tabOutline']?.message);
    expect(await ff.firefox.evaluate(inSidebar('.rl-legend'))).toContain(en['legendTarget']?.message);
  });

  it('中文 chosen: the open report\'s sidebar and the ledger page turn Chinese at once', async () => {
    await ff.firefox.evaluate(`(document.querySelector('report-lens-sidebar').shadowRoot.querySelector('[data-action="open-ledger"]').click(), true)`);
    if (!ledger) ledger = await ff.firefox.contextAt(LEDGER_URL);
    expect(ledger, 'a tab with the ledger page').not.toBe('');
    await ff.firefox.waitForIn(ledger, `document.title === ${JSON.stringify(en['ledgerTitle']?.message)}`, 10_000);
    await ff.firefox.evaluateIn(ledger, setLanguage('zh'));
    await ff.firefox.waitForIn(ledger, `document.title === ${JSON.stringify(zh['ledgerTitle']?.message)}`, 5_000);
    expect(await ff.firefox.evaluateIn(ledger, 'document.documentElement.lang')).toBe('zh-CN');
    await ff.firefox.waitFor(`${inSidebar('[data-tab="outline"]')} === ${JSON.stringify(zh['tabOutline']?.message)}`, 5_000);
    expect(await ff.firefox.evaluate(inSidebar('[data-action="toggle-original"]'))).toBe(zh['showOriginal']?.message);
    // a Chinese UI draws up red
    expect(await ff.firefox.evaluate(`document.querySelector('report-lens-sidebar').shadowRoot.querySelector('aside').getAttribute('data-red-up')`)).toBe('true');
  });

  it('a report read afterwards is Chinese from the start: words, legend, counts', async () => {
    await ff.open(seed.path);
    await ff.firefox.waitFor(`${inSidebar('.rl-legend')} !== null`, 5_000);
    expect(await ff.firefox.evaluate(inSidebar('[data-tab="metrics"]'))).toBe(zh['tabMetrics']?.message);
    const legend = (await ff.firefox.evaluate<string>(inSidebar('.rl-legend'))) ?? '';
    for (const key of ['legendActual', 'legendTarget', 'legendHeadline', 'legendUp', 'legendDown']) expect(legend).toContain(zh[key]?.message);
    const counts = (await ff.firefox.evaluate<string>(inSidebar('.rl-counts'))) ?? '';
    expect(counts).toMatch(/^结果 \d+ 项目标 \d+ 项主要预期目标 6 项$/);
    const words = (await ff.firefox.evaluate<string>(`document.querySelector('report-lens-sidebar').shadowRoot.querySelector('aside').innerText`)) ?? '';
    const latin = (words.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !['CSV', 'JSON', 'Markdown', 'Excel'].includes(word));
    expect(latin).toEqual([]);
  });

  it('English chosen again: back at once', async () => {
    await ff.firefox.evaluateIn(ledger, setLanguage('en'));
    await ff.firefox.waitFor(`${inSidebar('[data-tab="outline"]')} === ${JSON.stringify(en['tabOutline']?.message)}`, 5_000);
    await ff.firefox.waitForIn(ledger, `document.documentElement.lang === 'en'`, 5_000);
  });
});
