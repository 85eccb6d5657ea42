// What the sidebar's browser tests share: the seed page, reading the table
// and the sidebar's boxes, copying through the real clipboard, axe-core, and
// the commands the background relays.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { sidebar, sidebarAction, type ChromiumSession } from '../harness/chromium';
import type { ChromiumLab } from '../harness/lab';
import { repoRoot, seedPagePath } from '../harness/paths';

export const seed = seedPagePath();
export const otherLayouts = ['/pages/portal-trs-national-2025/index.html', '/pages/portal-jx-province-2022-communique/index.html'];
export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const zhMessages = JSON.parse(readFileSync(`${repoRoot}/src/public/_locales/zh_CN/messages.json`, 'utf8')) as Record<
  string,
  { message: string }
>;

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/** The parts of the extension API the service-worker snippets use (no @types/chrome here). */
export interface ChromeApi {
  tabs: {
    query(filter: object): Promise<{ id?: number; url?: string; active?: boolean }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  commands: { onCommand: { hasListeners(): boolean } };
  runtime: { getManifest(): { commands?: Record<string, unknown> } };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; clear(): Promise<void> } };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
}

/** The rows the metrics table has rendered (those in view and a margin,
 * docs/contract.md §1), cell texts in order; `figure` is the figure as written,
 * without the line in base units under it. */
export async function visibleRows(page: Page): Promise<{ id: string; cells: string[]; figure: string; section: string }[]> {
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

export interface ExportedMetric {
  id: string;
  text: string;
  kind: string;
  headline: boolean;
  indicator: string;
  normalized: { value: number; unit: string };
}

/** Every row the table holds, in its order, as the JSON copy carries them:
 * what a script reads instead of the rendered rows (docs/contract.md §1). */
export async function tableRows(page: Page): Promise<ExportedMetric[]> {
  const exported = JSON.parse(await copyThrough(page, () => sidebarAction(page, 'copy-json').click())) as { metrics: ExportedMetric[] };
  return exported.metrics;
}

/** Scrolls the table until the row whose figure reads `text` is rendered, as
 * a reader scrolls to it; its locator. */
export async function scrollToRow(page: Page, text: string) {
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

export async function sidebarRect(page: Page): Promise<Rect> {
  return page.evaluate(() => {
    const root = document.querySelector('report-lens-sidebar')?.shadowRoot;
    const box = root?.querySelector('.rl-sidebar, .rl-handle')?.getBoundingClientRect();
    return box
      ? { left: box.left, top: box.top, right: box.right, bottom: box.bottom, width: box.width, height: box.height }
      : { left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0 };
  });
}

export async function reportBodyRect(page: Page): Promise<Rect> {
  return page.evaluate(() => {
    const box = document.querySelector('[data-report-lens-body]')?.getBoundingClientRect();
    return box
      ? { left: box.left, top: box.top, right: box.right, bottom: box.bottom, width: box.width, height: box.height }
      : { left: 0, top: 0, right: 0, bottom: 0, width: 0, height: 0 };
  });
}

/** The report's heading with this title stands at the top of the viewport
 * (within the first 120 px), where an outline jump puts it. */
export async function expectHeadingAtTop(page: Page, title: string): Promise<void> {
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
export async function settleScroll(page: Page): Promise<void> {
  let previous = -1;
  for (let tries = 0; tries < 40; tries += 1) {
    const now = await page.evaluate(() => window.scrollY);
    if (now === previous) return;
    previous = now;
    await page.waitForTimeout(100);
  }
}

/** Clicks (or runs) something that copies, and returns the clipboard text once it changed. */
export async function copyThrough(page: Page, act: () => Promise<void>): Promise<string> {
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
export async function axeSerious(page: Page, selector?: string): Promise<AxeViolation[]> {
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

export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n  ')}`)
    .join('\n');
}

export async function switchTab(page: Page, tab: 'outline' | 'metrics'): Promise<void> {
  await sidebar(page).locator(`[data-tab="${tab}"]`).click();
  await expect.poll(() => sidebar(page).locator(`[data-tab="${tab}"]`).getAttribute('aria-selected')).toBe('true');
}

export async function setFilter(page: Page, filter: string): Promise<void> {
  await sidebar(page).locator(`[data-filter="${filter}"]`).click();
  await expect.poll(() => sidebar(page).locator(`[data-filter="${filter}"]`).getAttribute('aria-pressed')).toBe('true');
}

/** The id of the one tab whose content script answers a status request (the
 * extension has no "tabs" permission, so tab URLs are not visible to it). */
export async function reportTabId(browser: ChromiumSession): Promise<number> {
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
export async function sendCommand(browser: ChromiumSession, command: string): Promise<void> {
  const tabId = await reportTabId(browser);
  await browser.context.serviceWorkers()[0]?.evaluate(
    async ({ tabId: id, command: name }) => {
      const chromeApi = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      await chromeApi.tabs.sendMessage(id, { type: 'report-lens:command', command: name });
    },
    { tabId, command },
  );
}

/** The seed page again in `page`, at the default window size, once ready. */
export async function reloadSeed(lab: ChromiumLab, page: Page): Promise<void> {
  await page.setViewportSize({ width: 1400, height: 900 });
  await lab.visit(page, seed.path);
}
