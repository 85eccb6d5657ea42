// The sidebar for its readers (issue #15) and the table that renders only
// the rows in view (issue #17), in a real Chromium with the built extension:
// the UI language setting over an English browser (sidebar, card, popup and
// the copied table without an English word of ours), header cells never cut
// at the default width, the colour convention in the page and the legend,
// the three emphasis levels, downloads read back, the columns of copies, and
// the long table on the largest report of seeds/.
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpusReport, reportPage } from '../bench/bench-pages';
import { COUNT_UNITS } from '../../src/core/key-indicators';
import { sidebar, sidebarAction } from './harness/chromium';
import { screenshotPath, seedPagePath } from './harness/paths';
import { chromiumLab } from './harness/lab';

const seed = seedPagePath();
const COMMUNIQUE = '/pages/portal-jx-province-2022-communique/index.html';
const LARGEST = '/readers/gd-province-2025-gwr.html';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface ChromeApi {
  tabs: { query(filter: object): Promise<{ id?: number }[]>; sendMessage(tabId: number, message: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
}

/** Latin words of two letters or more. */
const latinWords = (text: string) => text.match(/[A-Za-z]{2,}/g) ?? [];
/** Names of formats and programs the UI names as they are called (report-lens/1 is the JSON's schema). */
const NAMES = new Set(['CSV', 'JSON', 'Markdown', 'Excel', 'WPS', 'BOM', 'xlsx', 'report', 'lens']);

/** The sidebar's words: each text node on its own, and the labels, titles
 * and placeholders a screen reader or a pointer brings up. */
const sidebarWordsScript = (selector: string) => `(() => {
  const root = document.querySelector('report-lens-sidebar')?.shadowRoot;
  const scope = root?.querySelector(${JSON.stringify(selector)});
  if (!scope) return null;
  const texts = [];
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node.textContent);
  for (const element of scope.querySelectorAll('[aria-label], [title], [placeholder]')) {
    for (const name of ['aria-label', 'title', 'placeholder']) if (element.getAttribute(name)) texts.push(element.getAttribute(name));
  }
  return texts.join('\\n');
})()`;

describe('the sidebar for its readers, in Chromium', () => {
  const lab = chromiumLab({
    clipboard: true,
    serve: (server) => server.route(LARGEST, { body: reportPage(readCorpusReport('gd-province-2025-gwr')), headers: { 'content-type': 'text/html; charset=utf-8' } }),
  });
  let page: Page;
  /** the Latin words of the report's own text: names and units the report gives */
  let reportWords: Set<string>;

  const worker = () => {
    const found = lab.browser.context.serviceWorkers()[0];
    if (!found) throw new Error('no extension service worker');
    return found;
  };
  /** Changes settings as the options page would: in storage, which the background relays to the tabs. */
  async function setSettings(patch: Record<string, unknown>): Promise<void> {
    await worker().evaluate(async (changes) => {
      const { storage } = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      const stored = ((await storage.local.get('settings'))['settings'] ?? {}) as Record<string, unknown>;
      await storage.local.set({ settings: { ...stored, ...changes } });
    }, patch);
  }
  async function open(path: string): Promise<void> {
    await lab.visit(page, path);
  }
  async function copyThrough(act: () => Promise<void>): Promise<string> {
    const sentinel = `sentinel-${Date.now()}-${Math.random()}`;
    await page.evaluate((text) => navigator.clipboard.writeText(text), sentinel);
    await act();
    // the copy's text: neither the sentinel nor the empty read a busy clipboard can give
    for (let attempt = 0; attempt < 50; attempt++) {
      const text = await page.evaluate(() => navigator.clipboard.readText());
      if (text !== sentinel && text !== '') return text;
      await page.waitForTimeout(100);
    }
    throw new Error('nothing was copied within 5 s');
  }
  const foreignWords = (text: string) => latinWords(text).filter((word) => !NAMES.has(word) && !reportWords.has(word));

  beforeAll(async () => {
    page = await lab.open(seed.path);
    reportWords = new Set(latinWords(await page.evaluate(() => document.querySelector('[data-report-lens-body]')?.textContent ?? '')));
  });

  describe('the language setting in an English browser', () => {
    it('中文: the sidebar, its card, the popup and the copied table say no English word but names the report gives', async () => {
      await setSettings({ language: 'zh' });
      await open(seed.path);
      await sidebar(page).locator('[data-tab="metrics"]').click();
      expect(await sidebar(page).locator('[data-tab="outline"]').textContent()).toBe('大纲');
      expect(await sidebar(page).locator('.rl-legend li').allTextContents()).toEqual(['结果', '目标', '主要预期目标', '▲增长', '▼下降']);
      const sidebarText = (await page.evaluate(sidebarWordsScript('.rl-sidebar'))) as string;
      expect(sidebarText).toContain('复制');
      expect(foreignWords(sidebarText)).toEqual([]);
      // the outline too
      await sidebar(page).locator('[data-tab="outline"]').click();
      expect(foreignWords((await page.evaluate(sidebarWordsScript('#rl-panel-outline'))) as string)).toEqual([]);

      const mark = page.locator('report-lens-mark', { hasText: /^6\.5%左右$/ }).first();
      await mark.scrollIntoViewIfNeeded();
      await mark.hover();
      await sidebar(page).locator('.rl-card').waitFor({ state: 'visible' });
      const cardText = (await page.evaluate(sidebarWordsScript('.rl-card'))) as string;
      expect(cardText).toContain('主要预期目标');
      expect(foreignWords(cardText)).toEqual([]);
      await page.mouse.move(5, 5);

      const tsv = await copyThrough(() => sidebarAction(page, 'copy-tsv').click());
      const [header, ...rows] = tsv.split('\n').map((line) => line.split('\t'));
      expect(header?.slice(0, 4)).toEqual(['编号', '指标', '原文数值', '数值']);
      expect(rows.length).toBeGreaterThan(100);
      expect(new Set(rows.map((cells) => cells[header?.indexOf('类型') ?? -1]))).toEqual(new Set(['结果', '目标']));
      expect(foreignWords(tsv)).toEqual([]);
      // the scan can fail: the same copy in English holds our words
      await setSettings({ language: 'en' });
      await expect.poll(() => sidebar(page).locator('[data-tab="outline"]').textContent()).toBe('Outline');
      expect(foreignWords(await copyThrough(() => sidebarAction(page, 'copy-tsv').click()))).toContain('target');
    });

    it('中文: the popup, opened on the report’s tab', async () => {
      await setSettings({ language: 'zh' });
      await open(seed.path);
      const tabId = await worker().evaluate(async () => {
        const chromeApi = (globalThis as unknown as { chrome: ChromeApi }).chrome;
        for (const tab of await chromeApi.tabs.query({})) {
          if (tab.id !== undefined && (await chromeApi.tabs.sendMessage(tab.id, { type: 'report-lens:status' }).catch(() => undefined))) return tab.id;
        }
        return -1;
      });
      const popup = await lab.browser.context.newPage();
      try {
        await popup.setViewportSize({ width: 360, height: 480 });
        await popup.goto(`chrome-extension://${lab.browser.extensionId ?? ''}/src/entries/popup.html?tab=${tabId}`);
        await popup.locator('.rl-report[data-state="ready"]').waitFor({ timeout: 5_000 });
        expect(await popup.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
        const text = await popup.evaluate(() => {
          const texts: string[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.parentElement?.tagName !== 'STYLE') texts.push(node.textContent ?? '');
          for (const element of document.querySelectorAll('[aria-label], [title]')) texts.push(`${element.getAttribute('aria-label') ?? ''} ${element.getAttribute('title') ?? ''}`);
          return texts.join('\n');
        });
        expect(text).toContain('政府工作报告');
        expect(foreignWords(text)).toEqual([]);
      } finally {
        await popup.close();
        await setSettings({ language: 'auto' });
      }
    });
  });

  describe('a table that reads, at the default width', () => {
    for (const language of ['en', 'zh'] as const) {
      it(`${language}: no header cell is cut; the indicator column holds 8 Chinese characters on a line; the citation column is labelled`, async () => {
        await setSettings({ language, sidebarWidth: 380 });
        await open(seed.path);
        await sidebar(page).locator('[data-tab="metrics"]').click();
        for (const sort of [null, 'value', 'kind']) {
          // a sort adds its arrow to the header it sorts by
          if (sort) await sidebar(page).locator(`[data-sort="${sort}"]`).click();
          const cells = await page.evaluate(() => {
            const root = document.querySelector('report-lens-sidebar')?.shadowRoot;
            return Array.from(root?.querySelectorAll<HTMLElement>('thead th') ?? [])
              .filter((cell) => cell.offsetParent !== null)
              .flatMap((cell) => [cell, ...Array.from(cell.querySelectorAll<HTMLElement>('button'))])
              .map((element) => ({ text: element.textContent, scroll: element.scrollWidth, client: element.clientWidth }));
          });
          expect(cells.length).toBeGreaterThanOrEqual(5);
          for (const cell of cells) expect(cell.scroll, `"${cell.text}" (sorted by ${sort})`).toBeLessThanOrEqual(cell.client);
        }
        const indicator = await page.evaluate(() => {
          const root = document.querySelector('report-lens-sidebar')?.shadowRoot;
          const cell = root?.querySelector<HTMLElement>('tbody tr[data-metric-id] td');
          if (!cell) return null;
          const style = getComputedStyle(cell);
          const inner = cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          // the rows whose indicator has up to 8 characters: each on one line
          const lines = Array.from(root?.querySelectorAll<HTMLElement>('tbody tr[data-metric-id] .rl-indicator-cell') ?? [])
            .filter((each) => (each.firstChild?.textContent ?? '').length <= 8 && (each.firstChild?.textContent ?? '').length >= 6)
            .map((each) => {
              const range = document.createRange();
              range.selectNodeContents(each.firstChild as Node);
              return new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top))).size;
            });
          return { inner, fontSize: parseFloat(style.fontSize), lines };
        });
        expect(indicator).not.toBeNull();
        expect(indicator?.inner ?? 0).toBeGreaterThanOrEqual(8 * (indicator?.fontSize ?? 99));
        expect(indicator?.lines.length ?? 0).toBeGreaterThan(3);
        expect(new Set(indicator?.lines)).toEqual(new Set([1]));
        const cite = await sidebar(page).locator('thead th.rl-cite-head span[aria-hidden="true"]').textContent();
        expect(cite).toBe(language === 'zh' ? '引用' : 'Cite');
        // the value in base units only where it says more than the figure
        expect(await sidebar(page).locator('tr:has(.rl-figure-cell:text-is("6.5%左右")) .rl-normalized').count()).toBe(0);
      });
    }

    it('counts in the header only when not zero: a communiqué has no targets', async () => {
      await setSettings({ language: 'en' });
      await open(COMMUNIQUE);
      const pills = await sidebar(page).locator('.rl-counts .rl-pill').allTextContents();
      expect(pills).toHaveLength(1);
      expect(pills[0]).toMatch(/^\d+ results$/);
      await open(seed.path);
      expect(await sidebar(page).locator('.rl-counts .rl-pill').count()).toBe(3);
    });
  });

  describe('colours and the legend', () => {
    /** The colour of a mark's arrow in the page, of the legend's up arrow, and of marks and swatches by kind. */
    const colours = () =>
      page.evaluate(() => {
        const root = document.querySelector('report-lens-sidebar')?.shadowRoot;
        const arrow = (relation: string) => {
          const mark = document.querySelector(`report-lens-mark[data-relation="${relation}"]:not([data-emphasis="quiet"])`);
          return mark ? getComputedStyle(mark, '::after').color : null;
        };
        const mark = (selector: string) => {
          const found = document.querySelector(`report-lens-mark${selector}`);
          return found ? { line: getComputedStyle(found).textDecorationColor, background: getComputedStyle(found).backgroundColor } : null;
        };
        const swatch = (kind: string) => {
          const found = root?.querySelector(`.rl-swatch-${kind}`);
          return found ? { line: getComputedStyle(found).borderBottomColor, background: getComputedStyle(found).backgroundColor } : null;
        };
        return {
          pageUp: arrow('increase'),
          pageDown: arrow('decrease'),
          legendUp: root?.querySelector('.rl-legend .rl-up') ? getComputedStyle(root.querySelector('.rl-legend .rl-up') as Element).color : null,
          tableUp: root?.querySelector('tbody .rl-up') ? getComputedStyle(root.querySelector('tbody .rl-up') as Element).color : null,
          target: mark('[data-kind="target"][data-emphasis="normal"]:not([data-headline])'),
          actual: mark('[data-kind="actual"][data-emphasis="normal"]'),
          headline: mark('[data-headline="true"]'),
          swatches: { target: swatch('target'), actual: swatch('actual'), headline: swatch('headline') },
        };
      });
    const RED = 'rgb(198, 40, 40)';
    const GREEN = 'rgb(46, 125, 50)';

    it('up is green in an English UI, red (红涨绿跌) when set so or in a Chinese UI; the legend and the table say the same', async () => {
      await setSettings({ language: 'en', colourConvention: 'auto' });
      await open(seed.path);
      await sidebar(page).locator('[data-tab="metrics"]').click();
      let seen = await colours();
      expect(seen).toMatchObject({ pageUp: GREEN, pageDown: RED, legendUp: GREEN, tableUp: GREEN });
      await setSettings({ colourConvention: 'red-up' });
      await expect.poll(async () => (await colours()).pageUp).toBe(RED);
      seen = await colours();
      expect(seen).toMatchObject({ pageUp: RED, pageDown: GREEN, legendUp: RED, tableUp: RED });
      await setSettings({ colourConvention: 'auto', language: 'zh' });
      await open(seed.path);
      await sidebar(page).locator('[data-tab="metrics"]').click();
      expect(await colours()).toMatchObject({ pageUp: RED, pageDown: GREEN, legendUp: RED });
      await setSettings({ colourConvention: 'green-up' });
      await expect.poll(async () => (await colours()).legendUp).toBe(GREEN);
      expect((await colours()).pageUp).toBe(GREEN);
      await setSettings({ colourConvention: 'auto', language: 'auto' });
    });

    it('each kind is one colour in the page and in the legend; targets are not the headline targets’ gold', async () => {
      await open(seed.path);
      const seen = await colours();
      for (const kind of ['target', 'actual', 'headline'] as const) {
        expect(seen[kind], kind).not.toBeNull();
        expect(seen.swatches[kind], kind).toEqual(seen[kind]);
      }
      expect(seen.target?.line).not.toBe(seen.headline?.line);
      expect(seen.target?.line).not.toBe(seen.actual?.line);
      await page.screenshot({ path: screenshotPath('sidebar-legend-en') });
    });
  });

  describe('the important figures first', () => {
    const looks = () =>
      page.evaluate(() => {
        const look = (selector: string) => {
          const mark = document.querySelector(`report-lens-mark${selector}`);
          return mark ? { background: getComputedStyle(mark).backgroundColor, underline: getComputedStyle(mark).textDecorationLine, text: mark.textContent } : null;
        };
        return {
          strong: look('[data-emphasis="strong"][data-kind="actual"]'),
          normal: look('[data-emphasis="normal"][data-kind="actual"]'),
          quiet: look('[data-emphasis="quiet"]'),
          headline: look('[data-headline="true"]'),
          counts: Array.from(document.querySelectorAll('report-lens-mark[data-emphasis="quiet"]'), (mark) => mark.textContent ?? ''),
          strongTexts: Array.from(document.querySelectorAll('report-lens-mark[data-emphasis="strong"]'), (mark) => mark.textContent ?? ''),
        };
      });
    const alpha = (colour: string | undefined) => Number(/rgba\([^)]*,\s*([\d.]+)\)/.exec(colour ?? '')?.[1] ?? (colour?.startsWith('rgb(') ? 1 : 0));

    it('key statistics and headline targets strong, other figures normal, plain counts quiet; the setting decides what is highlighted', async () => {
      await setSettings({ emphasis: 'all' });
      await open(seed.path);
      const all = await looks();
      expect(all.strongTexts).toContain('221.46亿元');
      expect(all.strongTexts).toContain('6.5%左右');
      // counts of things: 个, 家, 项 …
      expect(all.counts.length).toBeGreaterThan(5);
      for (const text of all.counts) expect([...COUNT_UNITS].some((unit) => text.includes(unit)), text).toBe(true);
      expect(all.counts.some((text) => /^\d+个$/.test(text))).toBe(true);
      expect(alpha(all.strong?.background)).toBeGreaterThan(alpha(all.normal?.background));
      expect(alpha(all.normal?.background)).toBeGreaterThan(0);
      expect(alpha(all.quiet?.background)).toBe(0);
      expect(all.quiet?.underline).toBe('underline');

      await setSettings({ emphasis: 'key' });
      await expect.poll(async () => alpha((await looks()).normal?.background)).toBe(0);
      const key = await looks();
      expect(key.normal?.underline).toBe('none');
      expect(alpha(key.strong?.background)).toBeGreaterThan(0);
      expect(alpha(key.headline?.background)).toBeGreaterThan(0);

      await setSettings({ emphasis: 'headline' });
      await expect.poll(async () => alpha((await looks()).strong?.background)).toBe(0);
      expect(alpha((await looks()).headline?.background)).toBeGreaterThan(0);
      // every figure is still a mark: its card and its row stay
      await setSettings({ emphasis: 'all' });
      await expect.poll(async () => alpha((await looks()).normal?.background)).toBeGreaterThan(0);
    });
  });

  describe('save as a file, and the columns of copies and downloads', () => {
    async function saved(action: string): Promise<{ name: string; bytes: Buffer }> {
      const download = page.waitForEvent('download');
      await sidebarAction(page, action).click();
      const file = await download;
      return { name: file.suggestedFilename(), bytes: await readFile((await file.path()) ?? '') };
    }

    it('.xlsx and .csv of the rows shown, read back, in the UI’s language; the page’s body untouched', async () => {
      await setSettings({ language: 'zh', tableColumns: null });
      await open(seed.path);
      await sidebar(page).locator('[data-tab="metrics"]').click();
      await sidebar(page).locator('[data-filter="targets"]').click();
      const total = Number(await sidebar(page).locator('table.rl-table').getAttribute('aria-rowcount')) - 1;
      const bodyBefore = await page.evaluate(() => document.body.children.length);
      const xlsx = await saved('download-xlsx');
      expect(xlsx.name).toMatch(/^2020年利津县政府工作报告-\d{4}-\d{2}-\d{2}\.xlsx$/);
      const [sheet] = await readXlsxFile(xlsx.bytes);
      const rows = sheet?.data ?? [];
      expect(rows[0]?.slice(0, 5)).toEqual(['编号', '指标', '原文数值', '数值', '上限']);
      expect(rows).toHaveLength(total + 1);
      const head = rows[0] ?? [];
      const gdp = rows.find((row) => row[head.indexOf('原文数值')] === '6.5%左右');
      expect(gdp?.[head.indexOf('数值')]).toBe(6.5);
      expect(gdp?.[head.indexOf('类型')]).toBe('目标');
      expect(gdp?.[head.indexOf('主要预期目标')]).toBe('是');
      expect(gdp?.[head.indexOf('限定')]).toBe('左右');
      await expect.poll(() => sidebar(page).locator('.rl-footer .rl-status').textContent()).toContain(xlsx.name);

      const csv = await saved('download-csv');
      expect(csv.name.endsWith('.csv')).toBe(true);
      expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = csv.bytes.toString('utf8').slice(1).split('\r\n').filter((line) => line !== '');
      expect(lines[0]?.split(',').slice(0, 2)).toEqual(['编号', '指标']);
      expect(lines).toHaveLength(total + 1);
      // the link was clicked inside the sidebar, not in the page
      expect(await page.evaluate(() => document.body.children.length)).toBe(bodyBefore);
    });

    it('the columns chosen are the columns copied and saved, and they are kept', async () => {
      await setSettings({ language: 'en' });
      await open(seed.path);
      await sidebar(page).locator('[data-tab="metrics"]').click();
      await sidebar(page).locator('.rl-columns summary').click();
      for (const column of ['id', 'sentence', 'normalized_value', 'normalized_unit']) await sidebar(page).locator(`input[data-column="${column}"]`).uncheck();
      const tsv = await copyThrough(() => sidebarAction(page, 'copy-tsv').click());
      const header = tsv.split('\n')[0]?.split('\t') ?? [];
      expect(header).not.toContain('sentence');
      expect(header).not.toContain('id');
      expect(header.slice(0, 3)).toEqual(['indicator', 'figure', 'value']);
      const stored = await worker().evaluate(async () => ((await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.get('settings'))['settings'] as { tableColumns?: string[] }).tableColumns);
      expect(stored).toHaveLength(13);
      // kept over a reload, and in the file too
      await open(seed.path);
      const xlsx = await saved('download-xlsx');
      const [sheet] = await readXlsxFile(xlsx.bytes);
      expect(sheet?.data[0]).toEqual(header);
      // the JSON copy is the contract's document, every field
      const json = JSON.parse(await copyThrough(() => sidebarAction(page, 'copy-json').click())) as { metrics: Record<string, unknown>[] };
      expect(Object.keys(json.metrics[0] ?? {})).toContain('sentence');
      await sidebar(page).locator('.rl-columns summary').click();
      await sidebarAction(page, 'columns-all').click();
      await expect.poll(async () => (await copyThrough(() => sidebarAction(page, 'copy-tsv').click())).split('\n')[0]?.split('\t').length).toBe(17);
      await setSettings({ language: 'auto' });
    });
  });

  describe('the table of the largest report renders the rows in view (#17)', () => {
    it('rows in view and a margin, each with its id; scrolling, search, row → figure and figure → row as before; copies hold every row', async () => {
      await open(LARGEST);
      await sidebar(page).locator('[data-tab="metrics"]').click();
      const state = () => page.evaluate(() => {
        const root = document.querySelector('report-lens-sidebar')?.shadowRoot;
        const rows = Array.from(root?.querySelectorAll('tbody tr[data-metric-id]') ?? []);
        return {
          rendered: rows.length,
          ids: rows.map((row) => row.getAttribute('data-metric-id') ?? ''),
          total: Number(root?.querySelector('table')?.getAttribute('aria-rowcount')) - 1,
        };
      });
      const first = await state();
      const exported = JSON.parse(await copyThrough(() => sidebarAction(page, 'copy-json').click())) as { metrics: { id: string; text: string }[] };
      expect(first.total).toBe(exported.metrics.length);
      expect(first.total).toBeGreaterThan(250);
      expect(first.rendered).toBeLessThan(first.total / 3);
      expect(first.ids).toEqual(exported.metrics.slice(0, first.rendered).map((metric) => metric.id));
      const tsv = await copyThrough(() => sidebarAction(page, 'copy-tsv').click());
      expect(tsv.split('\n')).toHaveLength(first.total + 1);

      // scrolled to the end, the last rows are there
      await page.evaluate(() => {
        const scroller = document.querySelector('report-lens-sidebar')?.shadowRoot?.querySelector('.rl-table-scroll');
        if (scroller) scroller.scrollTop = scroller.scrollHeight;
      });
      await expect.poll(async () => (await state()).ids.at(-1)).toBe(exported.metrics.at(-1)?.id);
      expect((await state()).rendered).toBeLessThan(first.total / 3);

      // a figure far down the page, clicked: its row scrolled into the table's view and selected
      const far = exported.metrics[Math.floor(exported.metrics.length * 0.6)];
      await page.evaluate(() => {
        const scroller = document.querySelector('report-lens-sidebar')?.shadowRoot?.querySelector('.rl-table-scroll');
        if (scroller) scroller.scrollTop = 0;
      });
      const mark = page.locator(`report-lens-mark[data-metric-id="${far?.id ?? ''}"]`).first();
      await mark.scrollIntoViewIfNeeded();
      await mark.click();
      const row = sidebar(page).locator(`tbody tr[data-metric-id="${far?.id ?? ''}"]`);
      await expect.poll(() => row.getAttribute('aria-selected')).toBe('true');
      const inView = await page.evaluate((id) => {
        const root = document.querySelector('report-lens-sidebar')?.shadowRoot;
        const scroller = root?.querySelector('.rl-table-scroll')?.getBoundingClientRect();
        const found = Array.from(root?.querySelectorAll('tbody tr[data-metric-id]') ?? []).find((each) => each.getAttribute('data-metric-id') === id)?.getBoundingClientRect();
        return Boolean(scroller && found && found.top >= scroller.top && found.bottom <= scroller.bottom);
      }, far?.id ?? '');
      expect(inView).toBe(true);

      // a row clicked: its figure into the page's view
      const other = exported.metrics[Math.floor(exported.metrics.length * 0.2)];
      await sidebar(page).locator('input.rl-search').fill(other?.text ?? '');
      const otherRow = sidebar(page).locator(`tbody tr[data-metric-id="${other?.id ?? ''}"]`);
      await otherRow.click();
      await expect
        .poll(() => page.evaluate((id) => {
          const box = document.querySelector(`report-lens-mark[data-metric-id="${id}"]`)?.getBoundingClientRect();
          return Boolean(box && box.top >= 0 && box.bottom <= window.innerHeight);
        }, other?.id ?? ''), { timeout: 5_000 })
        .toBe(true);
      await sidebar(page).locator('input.rl-search').fill('');
    });

    it('axe finds nothing serious, light and dark, Chinese, with the columns open', async () => {
      await setSettings({ language: 'zh' });
      await open(seed.path);
      await sidebar(page).locator('[data-tab="metrics"]').click();
      await sidebar(page).locator('.rl-columns summary').click();
      if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const violations = (await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> } }).axe;
          return (await axe.run({ include: [['report-lens-sidebar']] })).violations;
        })).filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
        expect(violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`), scheme).toEqual([]);
      }
      await page.emulateMedia({ colorScheme: 'light' });
      await setSettings({ language: 'auto' });
    });
  });

  describe('README screenshots: a headline target in the text, the legend, in both languages', () => {
    for (const language of ['zh', 'en'] as const) {
      it(language, async () => {
        await setSettings({ language, sidebarWidth: 380 });
        await open(seed.path);
        const headline = page.locator('report-lens-mark[data-headline="true"]').first();
        await headline.evaluate((mark) => mark.scrollIntoView({ block: 'center' }));
        await sidebar(page).locator('[data-tab="metrics"]').click();
        await sidebar(page).locator('[data-filter="headline"]').click();
        await page.waitForTimeout(100);
        await page.screenshot({ path: screenshotPath(`sidebar-readers-${language}`) });
      });
    }
    afterAll(async () => {
      await setSettings({ language: 'auto' });
    });
  });
});
