// "Read as report" in Chromium, on pages the detector rejects: from the real
// toolbar popup (opened as a click on the toolbar button opens it, which
// grants activeTab), from the context menu's handler in the background, and
// by picking the text; per-site modes kept over a reload; the options page's
// shortcuts as the browser has them set. Each time the page costs nothing
// before the reader asks and comes back exactly afterwards.
//
// The context menu itself cannot be clicked: headless Chromium draws no
// menus, and CDP has no call for them. The test checks the entry exists (an
// update of it succeeds in the background) and then has the background run
// the reading the entry's click runs (readAsReportInTab), asked through the
// message the popup sends, after the activeTab grant a toolbar click gives.
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ACTION_DEBUGGING_ARG, openActionPopup } from './harness/action-popup';
import { readSidebar, sidebarAction, waitForLensAttribute, waitForReady } from './harness/chromium';
import { describeFirstDifference, readBodyHtml } from './harness/page-scripts';
import { resolveDist, screenshotPath } from './harness/paths';
import { chromiumLab, type ChromiumLab } from './harness/lab';

const NEWS = '/pages/news-npc-session/index.html';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const STOCKS = '/pages/stock-news/index.html';
const WIKI = '/pages/wiki-county/index.html';

/** Nothing of Report Lens on the page: no attribute, mark, sidebar, sheet or picker. */
const untouched = `(() => ({
  attribute: document.documentElement.getAttribute('data-report-lens'),
  marks: document.querySelectorAll('report-lens-mark').length,
  ours: document.querySelectorAll('report-lens-sidebar, report-lens-picker, [data-report-lens-body], [data-report-lens-pick]').length,
  sheets: document.adoptedStyleSheets.length,
}))()`;
const NOTHING = { attribute: null, marks: 0, ours: 0, sheets: 0 };

interface ChromeApi {
  tabs: { query(filter: object): Promise<{ id?: number; active?: boolean }[]> };
  contextMenus: { update(id: string, properties: object): Promise<void> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(value: object): Promise<void> } };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
}

/** The browser and the test server of the describe block running. */
let lab: ChromiumLab;

/** A Chromium with the extension, whose action CDP may trigger, for one describe block. */
function withChromium(options: { dist?: string } = {}): void {
  // the dist is read when the browser starts (a getter: an earlier hook makes it)
  const own = chromiumLab({ args: [ACTION_DEBUGGING_ARG], get dist() { return options.dist; } });
  beforeAll(() => {
    lab = own;
  });
}

function worker() {
  const found = lab.browser.context.serviceWorkers()[0];
  if (!found) throw new Error('no extension service worker');
  return found;
}

/** Stores settings as the options page does (the background relays them). */
async function storeSettings(patch: Record<string, unknown>): Promise<void> {
  await worker().evaluate(async (values) => {
    const storage = (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local;
    const { settings = {} } = (await storage.get('settings')) as { settings?: object };
    await storage.set({ settings: { ...settings, ...values } });
  }, patch);
}

async function loadRejected(path: string): Promise<{ page: Page; pristine: string }> {
  const page = await lab.open(path, { until: 'load' });
  // the first stage has long looked, and found no report: nothing on the page
  await page.waitForTimeout(1_500);
  expect(await page.evaluate(untouched)).toEqual(NOTHING);
  return { page, pristine: (await page.evaluate(readBodyHtml)) as string };
}

async function backToOriginal(page: Page, pristine: string): Promise<void> {
  for (let round = 1; round <= 3; round++) {
    await sidebarAction(page, 'toggle-original').click();
    await waitForLensAttribute(page, 'off');
    const restored = (await page.evaluate(readBodyHtml)) as string;
    expect(restored === pristine, `round ${round}: ${describeFirstDifference(restored, pristine)}`).toBe(true);
    await sidebarAction(page, 'toggle-original').click();
    await waitForReady(page);
  }
}

/** Starts picking from the popup's button, which closes the popup. */
async function pickFromPopup(page: Page): Promise<void> {
  const popup = await openActionPopup(lab.browser, page);
  await popup.waitFor(`document.querySelector('[data-action="pick-report"]')`);
  await popup.evaluate(`(document.querySelector('[data-action="pick-report"]').click(), true)`).catch(() => undefined);
  await popup.close();
  await page.locator('report-lens-picker').waitFor({ state: 'attached' });
}

const AXE_RUN = `(async () => {
  const result = await window.axe.run(document, {});
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id + ': ' + v.nodes.map((n) => JSON.stringify(n.target)).join(' '));
})()`;

function optionsUrl(): string {
  return `chrome-extension://${lab.browser.extensionId ?? ''}/src/entries/options.html`;
}

describe('Read as report from the popup and the context menu, in Chromium', () => {
  withChromium();

  it('the popup\'s button reads a news page as a report: its prose annotated, the sidebar up, the page given back exactly', async () => {
    const { page, pristine } = await loadRejected(NEWS);
    const popup = await openActionPopup(lab.browser, page);
    try {
      await popup.waitFor(`document.querySelector('.rl-report')?.dataset.state === 'none'`);
      expect(await popup.evaluate<string>(`document.querySelector('.rl-report-state').textContent`)).toBe('This page does not look like a government report.');
      await writeFile(screenshotPath('popup-read-as-report'), await popup.screenshot());
      await popup.evaluate(`(document.querySelector('[data-action="read-as-report"]').click(), true)`);
      await waitForReady(page);
      // the popup hears of the report now on the page
      await popup.waitFor(`document.querySelector('.rl-report')?.dataset.state === 'ready'`);
    } finally {
      await popup.close();
    }
    const state = await readSidebar(page);
    expect(state.sidebarCount).toBe(1);
    // the two targets the news item quotes from the report, as written
    const marks = await page.evaluate(() => Array.from(document.querySelectorAll('report-lens-mark'), (mark) => mark.textContent));
    expect(marks).toEqual(expect.arrayContaining(['5%左右', '1200万人以上']));
    expect(await page.evaluate(() => document.querySelector('[data-report-lens-body]')?.textContent ?? '')).toContain('国务院总理向大会作政府工作报告');
    await page.screenshot({ path: screenshotPath('read-as-report') });
    await backToOriginal(page, pristine);
    await page.close();
  });

  it('the context menu\'s entry exists, and its reading (run by the background) annotates the page', async () => {
    const { page, pristine } = await loadRejected(WIKI);
    const tabId = await worker().evaluate(async () => {
      const chromeApi = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      // an update fails for an entry that was never created
      await chromeApi.contextMenus.update('report-lens-read-as-report', {});
      const [tab] = await chromeApi.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id;
    });
    expect(tabId).toBeDefined();
    // the grant the menu's click gives: a click on the toolbar button gives the same
    const popup = await openActionPopup(lab.browser, page);
    await popup.close();
    const options = await lab.browser.newPage();
    await options.goto(optionsUrl());
    const answer = await options.evaluate(
      (id) => (globalThis as unknown as { chrome: { runtime: { sendMessage(message: object): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'report-lens:read-as-report', tabId: id, mode: 'densest' }),
      tabId,
    );
    expect(answer).toEqual({ ok: true });
    await options.close();
    await waitForReady(page);
    expect((await readSidebar(page)).sidebarCount).toBe(1);
    await backToOriginal(page, pristine);
    await page.close();
  });
});

describe('picking the text, and the shortcuts set, in Chromium', () => {
  withChromium();

  it('picking the text: hover outlines the prose under the pointer, ↑ widens, Esc cancels leaving nothing; a click picks and reads just that', async () => {
    const { page, pristine } = await loadRejected(STOCKS);
    // the popup closes itself so that the reader can pick
    await pickFromPopup(page);
    const paragraph = page.locator('p', { hasText: '盘面上，券商、保险、半导体板块涨幅居前' });
    await paragraph.hover();
    const outlined = () => page.evaluate(() => {
      const marked = document.querySelector('[data-report-lens-pick]');
      return marked ? { tag: marked.localName, text: (marked.textContent ?? '').length, outline: getComputedStyle(marked).outlineStyle } : null;
    });
    const first = await outlined();
    expect(first?.outline).toBe('solid');
    await page.keyboard.press('ArrowUp');
    const wider = await outlined();
    expect(wider?.text ?? 0).toBeGreaterThan(first?.text ?? 0);
    await page.keyboard.press('ArrowDown');
    expect(await outlined()).toEqual(first);
    await page.screenshot({ path: screenshotPath('picker') });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(untouched)).toEqual(NOTHING);
    expect((await page.evaluate(readBodyHtml)) as string).toBe(pristine);

    await pickFromPopup(page);
    // the pointer still rests on the paragraph: it comes to it again
    await page.mouse.move(1, 1);
    await paragraph.hover();
    const picked = await page.evaluate(() => document.querySelector('[data-report-lens-pick]')?.textContent ?? '');
    await paragraph.click();
    await waitForReady(page);
    expect(await page.evaluate(() => document.querySelector('[data-report-lens-body]')?.textContent ?? '')).toBe(picked);
    await backToOriginal(page, pristine);
    await page.close();
  });

  it('the options page shows the shortcuts the browser has set, and opens its shortcut page', async () => {
    const set = await worker().evaluate(async () => (await (globalThis as unknown as { chrome: ChromeApi }).chrome.commands.getAll()).map((command) => [command.name ?? '', command.shortcut ?? '']));
    const options = await lab.browser.newPage();
    await options.goto(optionsUrl());
    // the manifest's suggestions show until the browser has said what is set
    await options.locator('.rl-shortcuts[data-source="browser"]').waitFor();
    const shown = await options.evaluate(() => Array.from(document.querySelectorAll('[data-command]'), (row) => [row.getAttribute('data-command') ?? '', row.querySelector('kbd')?.textContent ?? '']));
    // headless Chromium assigns none of the suggested keys: what is set is what shows, "not set" included
    const byName = (rows: string[][]) => [...rows].sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
    expect(byName(shown)).toEqual(byName(set.filter(([name]) => name !== '_execute_action')));
    expect(await options.locator('[data-command]:has(kbd)').count() + (await options.locator('[data-command]', { hasText: 'not set' }).count())).toBe(4);
    const opened = lab.browser.context.waitForEvent('page');
    await options.locator('[data-action="open-shortcuts"]').click();
    expect((await opened).url()).toBe('chrome://extensions/shortcuts');
    await options.close();
  });
});

describe('axe on the popup and the options page, in Chromium', () => {
  withChromium();

  it('axe finds nothing serious on the popup offering "Read as report" and on the options page in Chinese, light and dark', async () => {
    const { page } = await loadRejected(NEWS);
    const popup = await openActionPopup(lab.browser, page);
    await popup.waitFor(`document.querySelector('[data-action="read-as-report"]')`);
    await popup.evaluate(`${axeSource};true`);
    const popupFindings: Record<string, string[]> = {};
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateColorScheme(scheme);
      popupFindings[scheme] = await popup.evaluate<string[]>(AXE_RUN);
    }
    await popup.close();
    expect(popupFindings).toEqual({ light: [], dark: [] });
    await page.close();
    await storeSettings({ language: 'zh', siteModes: { 'www.example.gov.cn': 'always', 'bbs.example.com': 'never' } });
    const options = await lab.browser.newPage();
    await options.goto(optionsUrl());
    await options.locator('[data-site="bbs.example.com"]').waitFor();
    expect(await options.locator('h1').textContent()).toBe('报告透镜设置');
    await options.evaluate(axeSource);
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: scheme });
      expect(await options.evaluate(AXE_RUN), `options ${scheme}`).toEqual([]);
    }
    await options.emulateMedia({ colorScheme: 'light' });
    await options.screenshot({ path: screenshotPath('options-zh'), fullPage: true });
    await storeSettings({ language: 'en' });
    await expect.poll(() => options.locator('h1').textContent()).toBe('Report Lens settings');
    await options.screenshot({ path: screenshotPath('options-en'), fullPage: true });
    await storeSettings({ language: 'auto', siteModes: {} });
    await options.close();
  });
});

/** The test server's site set to a mode on the options page, added there by its address the first time. */
async function setSiteOnOptions(mode: string): Promise<void> {
  const options = await lab.browser.newPage();
  await options.goto(optionsUrl());
  const listed = options.locator('select[name="site-mode-127.0.0.1"]');
  if (await listed.count()) await listed.selectOption(mode);
  else {
    await options.locator('input[name="new-site"]').fill('http://127.0.0.1/pages/');
    await options.locator('select[name="new-site-mode"]').selectOption(mode);
    await options.locator('[data-action="add-site"]').click();
  }
  const stored = () => worker().evaluate(async () => (await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.get('settings'))['settings']) as Promise<{ siteModes?: Record<string, string> } | undefined>;
  await expect.poll(async () => (await stored())?.siteModes?.['127.0.0.1'] ?? 'auto').toBe(mode);
  await options.close();
}

/** A copy of dist whose manifest grants the test server's origin: the
 * browser's prompt for a site's pages ("always") cannot be answered in
 * headless Chromium, and this is what the reader's "Allow" gives. */
async function distWithTestOriginGranted(): Promise<string> {
  const dist = await mkdtemp(join(tmpdir(), 'report-lens-granted-'));
  await cp(resolveDist(), dist, { recursive: true });
  const manifest = JSON.parse(await readFile(join(dist, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  manifest['host_permissions'] = ['*://127.0.0.1/*'];
  await writeFile(join(dist, 'manifest.json'), JSON.stringify(manifest));
  return dist;
}

describe('per-site modes kept over a reload, in Chromium', () => {
  let dist = '';
  beforeAll(async () => {
    dist = await distWithTestOriginGranted();
  });
  withChromium({ get dist() { return dist; } });
  afterAll(async () => {
    if (dist) await rm(dist, { recursive: true, force: true });
  });

  it('"always": a page the detector rejects is read at once on every load; a report page annotated at once with automatic annotation off; "auto" again leaves them alone', async () => {
    await storeSettings({ autoAnnotate: false });
    await setSiteOnOptions('always');
    await expect
      .poll(() => worker().evaluate(async () => (await (globalThis as unknown as { chrome: ChromeApi }).chrome.scripting.getRegisteredContentScripts()).map((script) => script.matches)))
      .toEqual([['*://127.0.0.1/*']]);
    const page = await lab.open(NEWS);
    await page.reload({ waitUntil: 'load' });
    await waitForReady(page);
    expect(await page.evaluate(() => document.querySelectorAll('report-lens-mark').length)).toBeGreaterThan(0);
    await lab.visit(page, '/pages/discuz-lijin-2020/index.html');

    await setSiteOnOptions('auto');
    await page.reload({ waitUntil: 'load' });
    // automatic annotation is off: the report waits as the original
    await waitForLensAttribute(page, 'off');
    await lab.visit(page, NEWS, { until: 'load' });
    await page.waitForTimeout(1_500);
    expect(await page.evaluate(untouched)).toEqual(NOTHING);
    await page.close();
  });

  it('"never" leaves a report page alone over a reload', async () => {
    await setSiteOnOptions('never');
    const page = await lab.open('/pages/discuz-lijin-2020/index.html', { until: 'load' });
    await page.reload({ waitUntil: 'load' });
    await page.waitForTimeout(2_000);
    expect(await page.evaluate(untouched)).toEqual(NOTHING);
    await setSiteOnOptions('auto');
    await page.close();
  });
});
