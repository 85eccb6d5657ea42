// Every sidebar action, driven in a real Chromium with the built extension:
// outline, scroll-spy, metrics filters/search/sort, the hover card, copying
// (read back from the real clipboard), resizing, folding, keyboard commands,
// popup and options, accessibility (axe-core), themes and the Chinese UI.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, sidebar, sidebarAction, waitForLensAttribute, waitForReady, type ChromiumSession } from './harness/chromium';
import { repoRoot, screenshotPath, seedPagePath } from './harness/paths';
import { startServer, type StaticServer } from './harness/server';

const seed = seedPagePath();
const otherLayouts = ['/pages/portal-trs-national-2025/index.html', '/pages/portal-jx-province-2022-communique/index.html'];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const zhMessages = JSON.parse(readFileSync(`${repoRoot}/src/public/_locales/zh_CN/messages.json`, 'utf8')) as Record<
  string,
  { message: string }
>;

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/** The parts of the extension API the service-worker snippets use (no @types/chrome here). */
interface ChromeApi {
  tabs: {
    query(filter: object): Promise<{ id?: number; url?: string; active?: boolean }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  commands: { onCommand: { hasListeners(): boolean } };
  runtime: { getManifest(): { commands?: Record<string, unknown> } };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; clear(): Promise<void> } };
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
}

/** The rows the metrics table has rendered (those in view and a margin,
 * CONTRACT §1), cell texts in order; `figure` is the figure as written,
 * without the line in base units under it. */
async function visibleRows(page: Page): Promise<{ id: string; cells: string[]; figure: string; section: string }[]> {
  return page.evaluate(() => {
    const root = document.querySelector('report-lens-sidebar')?.shadowRoot;
    if (!root) return [];
    return Array.from(root.querySelectorAll('#rl-panel-metrics tbody tr[data-metric-id]'), (row) => ({
      id: row.getAttribute('data-metric-id') ?? '',
      cells: Array.from(row.querySelectorAll('td'), (cell) => (cell.textContent ?? '').trim()),
      figure: (row.querySelector('.rl-figure-cell')?.firstChild?.textContent ?? '').trim(),
      section: row.querySelector('.rl-section-cell')?.getAttribute('title') ?? '',
    }));
  });
}

interface ExportedMetric {
  id: string;
  text: string;
  kind: string;
  headline: boolean;
  indicator: string;
  normalized: { value: number; unit: string };
}

/** Every row the table holds, in its order, as the JSON copy carries them:
 * what a script reads instead of the rendered rows (CONTRACT §1). */
async function tableRows(page: Page): Promise<ExportedMetric[]> {
  const exported = JSON.parse(await copyThrough(page, () => sidebarAction(page, 'copy-json').click())) as { metrics: ExportedMetric[] };
  return exported.metrics;
}

/** Scrolls the table until the row whose figure reads `text` is rendered, as
 * a reader scrolls to it; its locator. */
async function scrollToRow(page: Page, text: string) {
  const row = sidebar(page).locator('tbody tr[data-metric-id]').filter({ has: page.locator('.rl-figure-cell', { hasText: text }) }).first();
  await page.evaluate(() => {
    const scroller = document.querySelector('report-lens-sidebar')?.shadowRoot?.querySelector('.rl-table-scroll');
    if (scroller) scroller.scrollTop = 0;
  });
  await page.waitForTimeout(50);
  for (let step = 0; step < 80 && (await row.count()) === 0; step++) {
    await page.evaluate(() => {
      const scroller = document.querySelector('report-lens-sidebar')?.shadowRoot?.querySelector('.rl-table-scroll');
      if (scroller) scroller.scrollTop += scroller.clientHeight / 2;
    });
    await page.waitForTimeout(50);
  }
  return row;
}

async function sidebarRect(page: Page): Promise<Rect> {
  return page.evaluate(() => {
    const root = document.querySelector('report-lens-sidebar')?.shadowRoot;
    const box = root?.querySelector('.rl-sidebar, .rl-handle')?.getBoundingClientRect();
    return box
      ? { left: box.left, top: box.top, right: box.right, bottom: box.bottom, width: box.width, height: box.height }
      : { left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0 };
  });
}

async function reportBodyRect(page: Page): Promise<Rect> {
  return page.evaluate(() => {
    const box = document.querySelector('[data-report-lens-body]')?.getBoundingClientRect();
    return box
      ? { left: box.left, top: box.top, right: box.right, bottom: box.bottom, width: box.width, height: box.height }
      : { left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0 };
  });
}

/** The report's heading with this title stands at the top of the viewport
 * (within the first 120 px), where an outline jump puts it. */
async function expectHeadingAtTop(page: Page, title: string): Promise<void> {
  const top = await page.evaluate((wanted) => {
    const heading = Array.from(document.querySelectorAll('report-lens-heading, [data-report-lens-heading]')).find((element) =>
      (element.textContent ?? '').includes(wanted),
    );
    return heading ? heading.getBoundingClientRect().top : null;
  }, title);
  expect(top, `the heading "${title}"`).not.toBeNull();
  expect(top ?? -1).toBeGreaterThanOrEqual(-2);
  expect(top ?? 999).toBeLessThan(120);
}

/** Waits until a smooth scroll has settled (scrollY unchanged over a few frames). */
async function settleScroll(page: Page): Promise<void> {
  let previous = -1;
  for (let tries = 0; tries < 40; tries += 1) {
    const now = await page.evaluate(() => window.scrollY);
    if (now === previous) return;
    previous = now;
    await page.waitForTimeout(100);
  }
}

/** Clicks (or runs) something that copies, and returns the clipboard text once it changed. */
async function copyThrough(page: Page, act: () => Promise<void>): Promise<string> {
  const sentinel = `report-lens-sentinel-${Date.now()}-${Math.random()}`;
  await page.evaluate((text) => navigator.clipboard.writeText(text), sentinel);
  await act();
  await page.waitForFunction(async (previous) => (await navigator.clipboard.readText()) !== previous, sentinel, {
    timeout: 5_000,
    polling: 100,
  });
  return page.evaluate(() => navigator.clipboard.readText());
}

/** axe-core on the page (or on the sidebar host with its shadow tree); serious and critical findings only. */
async function axeSerious(page: Page, selector?: string): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.evaluate(axeSource);
  const { violations, shadowNodes } = (await page.evaluate(async (target) => {
    const axe = (window as unknown as {
      axe: { run(context: unknown, options: unknown): Promise<{ violations: unknown[]; passes: { nodes: { target: unknown[] }[] }[] }> };
    }).axe;
    const context = target ? { include: [[target]] } : document;
    const result = await axe.run(context, {});
    // a node inside a shadow root has a target that is a list of selectors
    const shadowNodes = result.passes.flatMap((rule) => rule.nodes).filter((node) => Array.isArray(node.target[0])).length;
    return { violations: result.violations, shadowNodes };
  }, selector ?? null)) as { violations: AxeViolation[]; shadowNodes: number };
  // guards against a vacuous pass: axe must have looked inside the sidebar's shadow root
  if (selector) expect(shadowNodes, 'nodes axe checked inside the shadow root').toBeGreaterThan(20);
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n  ')}`)
    .join('\n');
}

async function switchTab(page: Page, tab: 'outline' | 'metrics'): Promise<void> {
  await sidebar(page).locator(`[data-tab="${tab}"]`).click();
  await expect.poll(() => sidebar(page).locator(`[data-tab="${tab}"]`).getAttribute('aria-selected')).toBe('true');
}

async function setFilter(page: Page, filter: string): Promise<void> {
  await sidebar(page).locator(`[data-filter="${filter}"]`).click();
  await expect.poll(() => sidebar(page).locator(`[data-filter="${filter}"]`).getAttribute('aria-pressed')).toBe('true');
}

/** The id of the one tab whose content script answers a status request (the
 * extension has no "tabs" permission, so tab URLs are not visible to it). */
async function reportTabId(browser: ChromiumSession): Promise<number> {
  const worker = browser.context.serviceWorkers()[0];
  if (!worker) throw new Error('no extension service worker');
  const ids = await worker.evaluate(async () => {
    const chromeApi = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const answering: number[] = [];
    for (const tab of await chromeApi.tabs.query({})) {
      if (tab.id === undefined) continue;
      const answer = await chromeApi.tabs.sendMessage(tab.id, { type: 'report-lens:status' }).catch(() => undefined);
      if (answer) answering.push(tab.id);
    }
    return answering;
  });
  if (ids.length !== 1 || ids[0] === undefined) throw new Error(`expected one report tab, found ${JSON.stringify(ids)}`);
  return ids[0];
}

/** Sends a manifest command to the report's tab, the message background.ts relays for a shortcut. */
async function sendCommand(browser: ChromiumSession, command: string): Promise<void> {
  const tabId = await reportTabId(browser);
  await browser.context.serviceWorkers()[0]?.evaluate(
    async ({ tabId: id, command: name }) => {
      const chromeApi = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      await chromeApi.tabs.sendMessage(id, { type: 'report-lens:command', command: name });
    },
    { tabId, command },
  );
}

describe(`the sidebar in Chromium, every action (${seed.isStandIn ? 'seed stand-in' : 'seed page'})`, () => {
  let server: StaticServer;
  let browser: ChromiumSession;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium({ extension: true });
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    page = await browser.newPage();
    await page.goto(server.url(seed.path), { waitUntil: 'load' });
    await waitForReady(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function reloadSeed(): Promise<void> {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(server.url(seed.path), { waitUntil: 'load' });
    await waitForReady(page);
  }

  it('outline: clicking an entry brings its heading to the top of the viewport and flashes it', async () => {
    await switchTab(page, 'outline');
    const entry = sidebar(page).locator('[data-outline-level="1"]').nth(2);
    const id = await entry.getAttribute('data-outline-id');
    const title = (await entry.locator('.rl-outline-title').textContent()) ?? '';
    expect(title).toContain('2020年主要工作');
    await page.evaluate(() => window.scrollTo(0, 0));
    await entry.click();
    // the flash is set at once, on the heading itself
    const flashed = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-report-lens-flash]'), (element) => element.textContent ?? ''),
    );
    expect(flashed.some((text) => text.includes(title)), `flashed: ${JSON.stringify(flashed)}`).toBe(true);
    await settleScroll(page);
    await expectHeadingAtTop(page, title);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    await expect.poll(() => entry.getAttribute('aria-current')).toBe('location');
    expect(id).toBeTruthy();
    // the flash goes away again
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('[data-report-lens-flash]').length), { timeout: 4_000 }).toBe(0);
  });

  it('scroll-spy: scrolling the report marks the outline entry being read with aria-current', async () => {
    // headings in document order are the outline entries in tree order
    const pairs = await page.evaluate(() => {
      const root = document.querySelector('report-lens-sidebar')?.shadowRoot;
      const entries = root ? Array.from(root.querySelectorAll('[data-outline-id]'), (entry) => entry.getAttribute('data-outline-id') ?? '') : [];
      const headings = document.querySelectorAll('report-lens-heading, [data-report-lens-heading]');
      return { entries, headings: headings.length };
    });
    expect(pairs.headings).toBe(pairs.entries.length);
    for (const index of [0, Math.floor(pairs.entries.length / 2), pairs.entries.length - 1]) {
      await page.evaluate(
        ({ at, last }) => {
          // the last heading cannot come up to the top: the reader scrolls to the end instead
          if (last) window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' });
          else document.querySelectorAll('report-lens-heading, [data-report-lens-heading]')[at]?.scrollIntoView({ block: 'start', behavior: 'instant' });
        },
        { at: index, last: index === pairs.entries.length - 1 },
      );
      const wanted = pairs.entries[index] ?? '';
      await expect
        .poll(() =>
          page.evaluate(() =>
            document.querySelector('report-lens-sidebar')?.shadowRoot?.querySelector('[aria-current="location"]')?.getAttribute('data-outline-id'),
          ),
        )
        .toBe(wanted);
    }
    // only one entry is current at a time
    expect(await sidebar(page).locator('[aria-current]').count()).toBe(1);
  });

  it('outline: a level folds and unfolds, its entries hidden and shown', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const toggle = sidebar(page).locator('.rl-outline-toggle').first();
    const childList = sidebar(page).locator(`#${(await toggle.getAttribute('aria-controls')) ?? 'missing'}`);
    const firstChild = childList.locator('[data-outline-level="2"]').first();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await firstChild.isVisible()).toBe(true);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await firstChild.isVisible()).toBe(false);
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await firstChild.isVisible()).toBe(true);
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

  it('hover card: pointing at 221.46亿元 shows indicator, normalized value, qualifier, kind, period and section', async () => {
    const mark = page.locator('report-lens-mark', { hasText: /^221\.46亿元$/ }).first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const card = sidebar(page).locator('.rl-card');
    await card.waitFor({ state: 'visible', timeout: 3_000 });
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('地区生产总值');
    expect(text).toContain('2.2146 × 10^10 元');
    expect(text).toMatch(/exact|确数/);
    expect(text).toMatch(/result|actual|结果|完成/i);
    expect(text).toContain('2019');
    // the section with its parent: a subsection's title alone says little
    expect(text).toMatch(/一、2019年工作回顾 › [（(]一[)）]经济实现平稳健康发展/);
    // it sits next to the figure, inside the viewport
    const cardBox = await card.boundingBox();
    const markBox = await mark.boundingBox();
    expect(cardBox && markBox).toBeTruthy();
    if (cardBox && markBox) {
      expect(Math.abs(cardBox.y - (markBox.y + markBox.height)) < 40 || Math.abs(cardBox.y + cardBox.height - markBox.y) < 40).toBe(true);
      expect(cardBox.x).toBeGreaterThanOrEqual(0);
      expect(cardBox.x + cardBox.width).toBeLessThanOrEqual(1400);
    }
    await page.screenshot({ path: screenshotPath('hover-card') });
    // leaving the figure hides it
    await page.mouse.move(5, 5);
    await card.waitFor({ state: 'detached', timeout: 3_000 });
  });

  it('hover card: keyboard focus on a figure shows it; Escape closes it', async () => {
    const mark = page.locator('report-lens-mark[tabindex="0"]', { hasText: /^221\.46亿元$/ }).first();
    await mark.focus();
    const card = sidebar(page).locator('.rl-card');
    await card.waitFor({ state: 'visible', timeout: 3_000 });
    expect(await card.getAttribute('data-metric-id')).toBe(await mark.getAttribute('data-metric-id'));
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached', timeout: 3_000 });
    // focus stays on the figure, and the sidebar did not fold on that Escape
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('report-lens-mark');
    expect(await sidebar(page).locator('.rl-sidebar').isVisible()).toBe(true);
  });

  it('clicking a figure selects its row in the metrics table', async () => {
    await switchTab(page, 'outline');
    await setFilterLater();
    const mark = page.locator('report-lens-mark', { hasText: /^7%左右$/ }).first();
    const id = (await mark.getAttribute('data-metric-id')) ?? '';
    await mark.scrollIntoViewIfNeeded();
    await mark.click();
    await expect.poll(() => sidebar(page).locator('[data-tab="metrics"]').getAttribute('aria-selected')).toBe('true');
    const row = sidebar(page).locator(`tbody tr[data-metric-id="${id}"]`);
    await expect.poll(() => row.getAttribute('aria-selected')).toBe('true');
    expect(await row.isVisible()).toBe(true);
    expect(await sidebar(page).locator('tbody tr[aria-selected="true"]').count()).toBe(1);
  });

  /** Leaves a filter on that hides the row, to check a click in the page brings it back. */
  async function setFilterLater(): Promise<void> {
    await switchTab(page, 'metrics');
    await setFilter(page, 'results');
    await switchTab(page, 'outline');
  }

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

  it('resize: dragging the left edge widens the sidebar, and the width survives a reload', async () => {
    const before = await sidebarRect(page);
    const handle = sidebar(page).locator('.rl-resize');
    const box = await handle.boundingBox();
    if (!box) throw new Error('no resize handle');
    const x = box.x + box.width / 2;
    const y = box.y + 200;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 60, y, { steps: 4 });
    await page.mouse.move(x - 120, y, { steps: 4 });
    await page.mouse.up();
    await expect.poll(async () => Math.round((await sidebarRect(page)).width)).toBe(Math.round(before.width) + 120);
    expect(await handle.getAttribute('aria-valuenow')).toBe(String(Math.round(before.width) + 120));
    // the report moves over rather than going under the wider sidebar
    await expect.poll(async () => (await reportBodyRect(page)).right).toBeLessThanOrEqual((await sidebarRect(page)).left + 0.5);
    await reloadSeed();
    expect(Math.round((await sidebarRect(page)).width)).toBe(Math.round(before.width) + 120);
    // keyboard: ArrowRight narrows by a step
    await sidebar(page).locator('.rl-resize').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => Math.round((await sidebarRect(page)).width)).toBe(Math.round(before.width) + 100);
    await page.keyboard.press('Home');
    await expect.poll(async () => Math.round((await sidebarRect(page)).width)).toBe(280);
    // in a 1024 px window it goes only as wide as leaves the report 480 px (1024 - 24 - 480)
    await page.setViewportSize({ width: 1024, height: 800 });
    await expect.poll(() => sidebar(page).locator('.rl-resize').getAttribute('aria-valuemax')).toBe('520');
    await sidebar(page).locator('.rl-resize').focus();
    await page.keyboard.press('End');
    await expect.poll(async () => Math.round((await sidebarRect(page)).width)).toBe(520);
    expect((await reportBodyRect(page)).right).toBeLessThanOrEqual((await sidebarRect(page)).left + 0.5);
    await page.keyboard.press('Home');
    await expect.poll(async () => Math.round((await sidebarRect(page)).width)).toBe(280);
    await page.setViewportSize({ width: 1400, height: 900 });
    // back to the default width (five steps of 20 px), which the tests after this one see
    await sidebar(page).locator('.rl-resize').focus();
    for (let step = 1; step <= 5; step++) {
      await page.keyboard.press('ArrowLeft');
      await expect.poll(async () => Math.round((await sidebarRect(page)).width)).toBe(280 + 20 * step);
    }
  });

  it('collapse to the handle and back; the report gets the room', async () => {
    await reloadSeed();
    await sidebar(page).locator('.rl-header button[aria-expanded="true"]').click();
    const expand = sidebar(page).locator('.rl-handle button[aria-expanded="false"]');
    await expand.waitFor({ state: 'visible' });
    expect(await sidebar(page).locator('.rl-sidebar').count()).toBe(0);
    const handle = await sidebarRect(page);
    expect(handle.width).toBeLessThan(80);
    // focus went to the handle, so the keyboard user is not lost (it moves
    // there in an effect after the render: poll rather than race it)
    const focusedExpanded = () => page.evaluate(() => document.querySelector('report-lens-sidebar')?.shadowRoot?.activeElement?.getAttribute('aria-expanded') ?? null);
    await expect.poll(focusedExpanded, { timeout: 5_000 }).toBe('false');
    await expand.click();
    await sidebar(page).locator('.rl-sidebar').waitFor({ state: 'visible' });
    // Escape inside the sidebar folds it too
    await sidebar(page).locator('[data-tab="outline"]').focus();
    await page.keyboard.press('Escape');
    await expand.waitFor({ state: 'visible' });
    await expect.poll(focusedExpanded, { timeout: 5_000 }).toBe('false');
    await page.keyboard.press('Enter');
    await sidebar(page).locator('.rl-sidebar').waitFor({ state: 'visible' });
  });

  for (const width of [1400, 1024]) {
    it(`the report is never under the sidebar at ${width} px`, async () => {
      await page.setViewportSize({ width, height: 800 });
      await page.waitForTimeout(100);
      const body = await reportBodyRect(page);
      const side = await sidebarRect(page);
      expect(body.width).toBeGreaterThan(300);
      expect(side.left).toBeGreaterThan(0);
      expect(body.right).toBeLessThanOrEqual(side.left + 0.5);
      expect(body.left).toBeGreaterThanOrEqual(0);
      await page.setViewportSize({ width: 1400, height: 900 });
    });
  }

  it('a narrow window: the sidebar starts folded and the report keeps the window; opened, it lies over the report and folds once an entry is chosen', async () => {
    await page.setViewportSize({ width: 600, height: 800 });
    await page.goto(server.url(seed.path), { waitUntil: 'load' });
    await waitForReady(page);
    const expand = sidebar(page).locator('.rl-handle button[aria-expanded="false"]');
    await expand.waitFor({ state: 'visible' });
    expect(await sidebar(page).locator('.rl-sidebar').count()).toBe(0);
    const folded = await reportBodyRect(page);
    // 600 px less the handle's room and small margins: ~30 characters a line, not 6
    expect(folded.width).toBeGreaterThan(480);
    await page.screenshot({ path: screenshotPath('narrow-folded') });

    // not chosen yet: it follows the window, docked when wide, folded again when narrow
    await page.setViewportSize({ width: 1400, height: 800 });
    await sidebar(page).locator('.rl-sidebar').waitFor({ state: 'visible' });
    expect((await reportBodyRect(page)).right).toBeLessThanOrEqual((await sidebarRect(page)).left + 0.5);
    await page.setViewportSize({ width: 600, height: 800 });
    await expand.waitFor({ state: 'visible' });

    await expand.click();
    await sidebar(page).locator('.rl-sidebar').waitFor({ state: 'visible' });
    const open = await reportBodyRect(page);
    expect(open.width).toBe(folded.width); // over the report, not beside it
    expect((await sidebarRect(page)).left).toBeLessThan(open.right);
    await page.screenshot({ path: screenshotPath('narrow-drawer') });

    await switchTab(page, 'outline');
    const entry = sidebar(page).locator('[data-outline-level="1"]').nth(1);
    const title = (await entry.locator('.rl-outline-title').textContent()) ?? '';
    await entry.click();
    await expand.waitFor({ state: 'visible' });
    await settleScroll(page);
    // it landed where the reader can see it, no longer under the drawer
    await expectHeadingAtTop(page, title);
    await reloadSeed();
  });

  it('keyboard commands reach the content script and do what they say', async () => {
    await reloadSeed();
    // background.ts registered its relay
    const worker = browser.context.serviceWorkers()[0];
    expect(await worker?.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.commands.onCommand.hasListeners())).toBe(true);
    const manifestCommands = await worker?.evaluate(() =>
      Object.keys((globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.getManifest().commands ?? {}).sort(),
    );
    expect(manifestCommands).toEqual(['next-figure', 'previous-figure', 'toggle-original', 'toggle-sidebar']);

    await sendCommand(browser, 'toggle-sidebar');
    await sidebar(page).locator('.rl-handle').waitFor({ state: 'visible' });
    await sendCommand(browser, 'toggle-sidebar');
    await sidebar(page).locator('.rl-sidebar').waitFor({ state: 'visible' });

    const markOrder = await page.evaluate(() => [
      ...new Set(Array.from(document.querySelectorAll('report-lens-mark'), (mark) => mark.getAttribute('data-metric-id') ?? '')),
    ]);
    const selected = () => page.evaluate(() => document.querySelector('report-lens-sidebar')?.shadowRoot?.querySelector('tbody tr[aria-selected="true"]')?.getAttribute('data-metric-id') ?? null);
    await sendCommand(browser, 'next-figure');
    await expect.poll(selected).toBe(markOrder[0]);
    await sendCommand(browser, 'next-figure');
    await expect.poll(selected).toBe(markOrder[1]);
    await settleScroll(page);
    const inView = await page.evaluate((id) => {
      const rect = Array.from(document.querySelectorAll('report-lens-mark')).find((mark) => mark.getAttribute('data-metric-id') === id)?.getBoundingClientRect();
      return Boolean(rect && rect.top >= 0 && rect.bottom <= window.innerHeight);
    }, markOrder[1]);
    expect(inView).toBe(true);
    await sendCommand(browser, 'previous-figure');
    await expect.poll(selected).toBe(markOrder[0]);
    await sendCommand(browser, 'previous-figure');
    await expect.poll(selected).toBe(markOrder[markOrder.length - 1]);

    const bodyBefore = await page.evaluate(() => document.querySelectorAll('report-lens-mark').length);
    expect(bodyBefore).toBeGreaterThan(0);
    await sendCommand(browser, 'toggle-original');
    await waitForLensAttribute(page, 'off');
    expect(await page.evaluate(() => document.querySelectorAll('report-lens-mark').length)).toBe(0);
    await sendCommand(browser, 'toggle-original');
    await waitForReady(page);
    expect(await page.evaluate(() => document.querySelectorAll('report-lens-mark').length)).toBe(bodyBefore);
  });

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

  it('keyboard: Tab walks the sidebar in order; Enter and Space activate; Escape closes the card', async () => {
    await reloadSeed();
    await switchTab(page, 'metrics');
    await sidebar(page).locator('.rl-resize').focus();
    const names: string[] = [];
    for (let step = 0; step < 24; step += 1) {
      names.push(
        await page.evaluate(() => {
          const element = document.querySelector('report-lens-sidebar')?.shadowRoot?.activeElement;
          if (!element) return `page:${document.activeElement?.tagName.toLowerCase() ?? ''}`;
          const data =
            element.getAttribute('data-action') ??
            (element.getAttribute('data-tab') && `tab:${element.getAttribute('data-tab')}`) ??
            (element.getAttribute('data-filter') && `filter:${element.getAttribute('data-filter')}`) ??
            (element.getAttribute('data-sort') && `sort:${element.getAttribute('data-sort')}`) ??
            (element.matches('tr') ? 'row' : null) ??
            (element.matches('input') ? 'search' : null) ??
            element.className;
          return data;
        }),
      );
      await page.keyboard.press('Tab');
    }
    const order = names.join(' > ');
    const indexOf = (name: string) => names.indexOf(name);
    for (const name of ['rl-resize', 'toggle-original', 'tab:metrics', 'filter:all', 'filter:headline', 'search', 'sort:indicator', 'sort:value', 'row', 'copy-tsv', 'copy-json']) {
      expect(indexOf(name), `${name} in ${order}`).toBeGreaterThanOrEqual(0);
    }
    const sequence = ['rl-resize', 'toggle-original', 'tab:metrics', 'filter:all', 'search', 'sort:indicator', 'row', 'copy-citation', 'copy-tsv', 'copy-json'];
    const positions = sequence.map(indexOf);
    expect(positions, order).toEqual([...positions].sort((a, b) => a - b));
    // only the selected tab and one row are tab stops
    expect(names.filter((name) => name === 'row').length, order).toBe(1);
    expect(names.includes('tab:outline'), order).toBe(false);

    // Enter and Space activate
    await sidebar(page).locator('[data-filter="headline"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await visibleRows(page)).length).toBe(6);
    await sidebar(page).locator('[data-filter="all"]').focus();
    await page.keyboard.press('Space');
    await expect.poll(async () => (await visibleRows(page)).length).toBeGreaterThan(6);
    // arrows move between tabs
    await sidebar(page).locator('[data-tab="metrics"]').focus();
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => sidebar(page).locator('[data-tab="outline"]').getAttribute('aria-selected')).toBe('true');
    // Enter on an outline entry goes to the section
    await page.evaluate(() => window.scrollTo(0, 0));
    await sidebar(page).locator('[data-outline-level="1"]').nth(1).focus();
    await page.keyboard.press('Enter');
    await settleScroll(page);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
    // Enter on a figure in the page selects its row
    const mark = page.locator('report-lens-mark[tabindex="0"]', { hasText: /^6\.5%左右$/ }).first();
    await mark.focus();
    await sidebar(page).locator('.rl-card').waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.querySelector('report-lens-sidebar')?.shadowRoot?.querySelector('tbody tr[aria-selected="true"]')?.textContent ?? ''))
      .toContain('6.5%左右');
    await page.keyboard.press('Escape');
    await sidebar(page).locator('.rl-card').waitFor({ state: 'detached' });
  });

  describe('popup and options', () => {
    let popup: Page;
    const storedSettings = async () =>
      (await browser.context.serviceWorkers()[0]?.evaluate(async () =>
        (await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.get('settings'))['settings'],
      )) as { autoAnnotate?: boolean; siteModes?: Record<string, string>; sidebarWidth?: number } | undefined;
    const siteMode = () => popup.locator('select[name="site-mode"]');
    async function openPopup(): Promise<Page> {
      const tabId = await reportTabId(browser);
      // a popup opened in a tab of its own would ask itself: ?tab= names the report's tab
      const opened = await browser.context.newPage();
      await opened.setViewportSize({ width: 360, height: 420 });
      await opened.goto(`chrome-extension://${browser.extensionId ?? ''}/src/entries/popup.html?tab=${tabId}`);
      await opened.locator('.rl-report:not([data-state="checking"])').waitFor({ timeout: 5_000 });
      return opened;
    }
    const checkbox = (name: string) => popup.locator(`input[name="${name}"]`);

    afterAll(async () => {
      await popup?.close().catch(() => undefined);
    });

    it('shows the report, its kind and its counts', async () => {
      await reloadSeed();
      const exported = JSON.parse(await copyThrough(page, () => sidebarAction(page, 'copy-json').click())) as { metrics: { kind: string }[] };
      popup = await openPopup();
      expect(await popup.locator('.rl-report').getAttribute('data-state')).toBe('ready');
      expect(await popup.locator('.rl-report-title').textContent()).toBe('2020年利津县政府工作报告');
      const counts = (await popup.locator('.rl-report-counts').textContent()) ?? '';
      const actual = exported.metrics.filter((metric) => metric.kind === 'actual').length;
      expect(counts).toContain(String(actual));
      expect(counts).toContain(String(exported.metrics.length - actual));
      expect(await siteMode().inputValue()).toBe('auto');
      expect(await checkbox('show-original').isChecked()).toBe(false);
      await popup.locator('main').screenshot({ path: screenshotPath('popup') });
      for (const scheme of ['light', 'dark'] as const) {
        await popup.emulateMedia({ colorScheme: scheme });
        const violations = await axeSerious(popup);
        expect(violations, `popup ${scheme}:\n${describeViolations(violations)}`).toEqual([]);
      }
      await popup.emulateMedia({ colorScheme: 'light' });
    });

    it('"show original" switches the page to the original and back', async () => {
      await checkbox('show-original').check();
      await waitForLensAttribute(page, 'off');
      expect(await page.evaluate(() => document.querySelectorAll('report-lens-mark').length)).toBe(0);
      await expect.poll(() => popup.locator('.rl-report').getAttribute('data-state')).toBe('off');
      await checkbox('show-original').uncheck();
      await waitForReady(page);
      expect(await page.evaluate(() => document.querySelectorAll('report-lens-mark').length)).toBeGreaterThan(0);
    });

    it('off for this site: persists, a reload leaves the page untouched, switching it on brings the view back', async () => {
      await siteMode().selectOption('never');
      await expect.poll(async () => (await storedSettings())?.siteModes).toEqual({ '127.0.0.1': 'never' });
      await page.reload({ waitUntil: 'load' });
      // the content script has had time to start (it answers the popup), and touched nothing
      await expect.poll(async () => (await openStatus())?.state, { timeout: 5_000 }).toBe('disabled');
      const touched = await page.evaluate(() => ({
        attribute: document.documentElement.getAttribute('data-report-lens'),
        sidebars: document.querySelectorAll('report-lens-sidebar').length,
        marks: document.querySelectorAll('report-lens-mark').length,
        adopted: document.adoptedStyleSheets.length,
        lensAttributes: document.querySelectorAll('[data-report-lens-body], [data-report-lens-path], [data-report-lens-heading]').length,
      }));
      expect(touched).toEqual({ attribute: null, sidebars: 0, marks: 0, adopted: 0, lensAttributes: 0 });
      await popup.close();
      popup = await openPopup();
      expect(await popup.locator('.rl-report').getAttribute('data-state')).toBe('disabled');
      expect(await siteMode().inputValue()).toBe('never');
      await siteMode().selectOption('auto');
      await waitForReady(page);
      expect(await page.locator('report-lens-sidebar').count()).toBe(1);
      expect((await storedSettings())?.siteModes).toEqual({});
    });

    /** The report tab's status, as the popup asks for it. */
    async function openStatus(): Promise<{ state?: string } | undefined> {
      const worker = browser.context.serviceWorkers()[0];
      return (await worker?.evaluate(async () => {
        const chromeApi = (globalThis as unknown as { chrome: ChromeApi }).chrome;
        for (const tab of await chromeApi.tabs.query({})) {
          if (tab.id === undefined) continue;
          const answer = await chromeApi.tabs.sendMessage(tab.id, { type: 'report-lens:status' }).catch(() => undefined);
          if (answer) return answer;
        }
        return undefined;
      })) as { state?: string } | undefined;
    }

    it('annotate automatically off: after a reload the page is the original, the handle offers the annotated view', async () => {
      await popup.close();
      popup = await openPopup();
      await checkbox('auto-annotate').uncheck();
      await expect.poll(async () => (await storedSettings())?.autoAnnotate).toBe(false);
      await page.reload({ waitUntil: 'load' });
      await waitForLensAttribute(page, 'off');
      expect(await page.evaluate(() => document.querySelectorAll('report-lens-mark').length)).toBe(0);
      const handle = sidebarAction(page, 'toggle-original');
      expect(await sidebar(page).locator('.rl-sidebar').count()).toBe(0);
      await handle.click();
      await waitForReady(page);
      expect(await page.evaluate(() => document.querySelectorAll('report-lens-mark').length)).toBeGreaterThan(0);
      await checkbox('auto-annotate').check();
      await expect.poll(async () => (await storedSettings())?.autoAnnotate).toBe(true);
    });

    it('options page: settings persist, disabled sites can be removed, axe finds nothing serious', async () => {
      const options = await browser.context.newPage();
      const url = `chrome-extension://${browser.extensionId ?? ''}/src/entries/options.html`;
      await options.goto(url);
      const auto = options.locator('input[name="auto-annotate"]');
      await auto.waitFor();
      expect(await auto.isChecked()).toBe(true);
      await auto.uncheck();
      await expect.poll(async () => (await storedSettings())?.autoAnnotate).toBe(false);
      await options.reload();
      await expect.poll(() => options.locator('input[name="auto-annotate"]').isChecked()).toBe(false);
      await options.locator('input[name="auto-annotate"]').check();
      await expect.poll(async () => (await storedSettings())?.autoAnnotate).toBe(true);
      // a site switched off in the popup shows up here, and can be removed
      await siteMode().selectOption('never');
      const site = options.locator('[data-site="127.0.0.1"]');
      await site.waitFor({ timeout: 5_000 });
      await site.locator('button').click();
      await expect.poll(async () => (await storedSettings())?.siteModes).toEqual({});
      await waitForReady(page);
      // the shortcuts are listed
      expect(await options.locator('[data-command]').count()).toBe(4);
      for (const scheme of ['light', 'dark'] as const) {
        await options.emulateMedia({ colorScheme: scheme });
        const violations = await axeSerious(options);
        expect(violations, `options ${scheme}:\n${describeViolations(violations)}`).toEqual([]);
      }
      await options.close();
    });
  });

  for (const path of otherLayouts) {
    it(`another layout (${path.split('/')[2]}): outline, row click, card, room for the report`, async () => {
      await page.setViewportSize({ width: 1400, height: 900 });
      await page.goto(server.url(path), { waitUntil: 'load' });
      await waitForReady(page);
      await switchTab(page, 'outline');
      const entries = sidebar(page).locator('[data-outline-level="1"]');
      expect(await entries.count()).toBeGreaterThan(1);
      const entry = entries.last();
      await entry.click();
      await settleScroll(page);
      const title = ((await entry.locator('.rl-outline-title').textContent()) ?? '').trim();
      await expectHeadingAtTop(page, title);
      await expect.poll(() => entry.getAttribute('aria-current')).toBe('location');

      await switchTab(page, 'metrics');
      const row = sidebar(page).locator('tbody tr[data-metric-id]').nth(3);
      const id = (await row.getAttribute('data-metric-id')) ?? '';
      await row.click();
      await settleScroll(page);
      const mark = page.locator(`report-lens-mark[data-metric-id="${id}"]`).first();
      const box = await mark.boundingBox();
      expect(box && box.y > 0 && box.y + box.height < 900, `figure ${id} at ${JSON.stringify(box)}`).toBe(true);
      await mark.hover();
      const card = sidebar(page).locator('.rl-card');
      await card.waitFor({ state: 'visible' });
      expect(await card.getAttribute('data-metric-id')).toBe(id);
      expect(((await card.textContent()) ?? '').length).toBeGreaterThan(10);
      await page.mouse.move(5, 5);

      for (const width of [1400, 1024]) {
        await page.setViewportSize({ width, height: 800 });
        await page.waitForTimeout(100);
        const body = await reportBodyRect(page);
        expect(body.width).toBeGreaterThan(300);
        expect(body.right).toBeLessThanOrEqual((await sidebarRect(page)).left + 0.5);
      }
      await page.setViewportSize({ width: 1400, height: 900 });
    });
  }

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
      await page.goto(server.url(path), { waitUntil: 'load' });
      await waitForReady(page);
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

describe('the UI in Chinese (Chromium with --lang=zh-CN)', () => {
  let server: StaticServer;
  let browser: ChromiumSession;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium({ extension: true, args: ['--lang=zh-CN'], env: { LANGUAGE: 'zh_CN', LANG: 'zh_CN.UTF-8' } });
    page = await browser.newPage();
    await page.goto(server.url(seed.path), { waitUntil: 'load' });
    await waitForReady(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('tab names, actions and the card come from zh_CN/messages.json', async () => {
    expect(await sidebar(page).locator('[data-tab="outline"]').textContent()).toBe(zhMessages['tabOutline']?.message);
    expect(await sidebar(page).locator('[data-tab="metrics"]').textContent()).toBe(zhMessages['tabMetrics']?.message);
    expect(await sidebarAction(page, 'toggle-original').textContent()).toBe(zhMessages['showOriginal']?.message);
    await page.screenshot({ path: screenshotPath('sidebar-zh') });
    const mark = page.locator('report-lens-mark', { hasText: /^221\.46亿元$/ }).first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const card = sidebar(page).locator('.rl-card');
    await card.waitFor({ state: 'visible' });
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('确数');
    expect(text).toContain('2.2146 × 10^10 元');
  });
});
