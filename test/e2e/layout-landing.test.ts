// Navigation on a long report while the reading view's layout is still being
// completed: the blocks off screen wait for their layout (content-visibility)
// and are laid out in short tasks after the annotation, so a jump to a far
// heading right after ready must first settle what lies above its target, or
// the smooth scroll aims at an offset that moves while it travels.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readCorpusReport, reportOfLength, reportPage } from '../bench/bench-pages';
import { sidebarAction, waitForLensAttribute } from './harness/chromium';
import { describeFirstDifference, readLensAttribute } from './harness/page-scripts';
import { type StaticServer } from './harness/server';
import { chromiumLab, firefoxLab } from './harness/lab';

const PATH = '/landing/report-100k.html';
const DEFER = 'data-report-lens-defer';

function servePage(server: StaticServer): void {
  const html = reportPage(reportOfLength(readCorpusReport('gd-province-2025-gwr'), 100_000));
  server.route(PATH, { body: html, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

interface Jump {
  /** blocks still waiting for their layout when the entry was clicked */
  waitingAtClick: number;
  entries: number;
  headings: number;
  index: number;
}

/** In the page: waits for the annotation and the outline, then clicks the
 * entry three quarters down the outline in the same task, so that nothing
 * settles in between. A script, so that Firefox can run it too. */
const JUMP_RIGHT_AFTER_READY = `new Promise((done) => {
  const attempt = () => {
    const root = document.querySelector('report-lens-sidebar')?.shadowRoot;
    const entries = root ? Array.from(root.querySelectorAll('[data-outline-id]')) : [];
    if (document.documentElement.getAttribute('data-report-lens') !== 'ready' || entries.length === 0) {
      setTimeout(attempt, 0);
      return;
    }
    const index = Math.floor(entries.length * 0.75);
    const waitingAtClick = document.querySelectorAll('[${DEFER}]').length;
    entries[index].click();
    const headings = document.querySelectorAll('report-lens-heading, [data-report-lens-heading]').length;
    done({ waitingAtClick, entries: entries.length, headings, index });
  };
  attempt();
})`;

/** In the page: the k-th heading's top, and which outline entry is current and which is k-th. */
function landingScript(index: number): string {
  return `(() => {
  const heading = document.querySelectorAll('report-lens-heading, [data-report-lens-heading]')[${index}];
  const root = document.querySelector('report-lens-sidebar')?.shadowRoot;
  return {
    top: heading ? heading.getBoundingClientRect().top : null,
    current: root?.querySelector('[aria-current="location"]')?.getAttribute('data-outline-id') ?? null,
    chosen: root?.querySelectorAll('[data-outline-id]')[${index}]?.getAttribute('data-outline-id') ?? null,
    scrollY: window.scrollY,
    waiting: document.querySelectorAll('[${DEFER}]').length,
  };
})()`;
}

/** In the page: where the k-th heading is after an instant scrollIntoView
 * with the layout as it is now: where an exact landing puts it. (Firefox
 * aligns a wrapped, inline heading by its line box, a few px above the
 * heading's own box.) */
function referenceScript(index: number): string {
  return `(() => {
  const heading = document.querySelectorAll('report-lens-heading, [data-report-lens-heading]')[${index}];
  heading.scrollIntoView({ block: 'start', behavior: 'instant' });
  return heading.getBoundingClientRect().top;
})()`;
}

interface Landing {
  top: number | null;
  current: string | null;
  chosen: string | null;
  scrollY: number;
  waiting: number;
}

/** Polls the page until the smooth scroll has begun and come to rest. */
async function landing(read: () => Promise<Landing>): Promise<Landing> {
  const deadline = Date.now() + 10_000;
  let previous: Landing | null = null;
  for (;;) {
    const now = await read();
    if (previous && now.scrollY > 0 && now.scrollY === previous.scrollY) return now;
    if (Date.now() > deadline) throw new Error(`the scroll did not come to rest: ${JSON.stringify(now)}`);
    previous = now;
    await new Promise((done) => setTimeout(done, 150));
  }
}

function expectLanded(jump: Jump, landed: Landing, reference: number): void {
  // the test is about the window in which blocks still wait
  expect(jump.waitingAtClick, 'deferred blocks when the entry was clicked').toBeGreaterThan(50);
  expect(jump.headings).toBe(jump.entries);
  expect(landed.scrollY).toBeGreaterThan(40_000);
  expect(landed.top).not.toBeNull();
  expect(Math.abs((landed.top ?? 999) - reference), `heading top after landing: ${landed.top}, exact: ${reference}`).toBeLessThanOrEqual(1);
  expect(landed.current).toBe(landed.chosen);
}

/** Waits until a smooth scroll has begun and come to rest. */
async function settleScroll(page: Page): Promise<number> {
  await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 5_000 }).toBeGreaterThan(0);
  let previous = -1;
  for (let tries = 0; tries < 60; tries += 1) {
    const now = await page.evaluate(() => window.scrollY);
    if (now === previous) return now;
    previous = now;
    await page.waitForTimeout(150);
  }
  return previous;
}

describe('landing on far headings while the layout is completed in the background (Chromium, 100,000 characters)', () => {
  const lab = chromiumLab({ plain: true, serve: servePage });
  let pristineBody = '';

  beforeAll(async () => {
    const page = await lab.open(PATH, { from: lab.plain, until: 'load' });
    pristineBody = await page.evaluate(() => document.body.outerHTML);
    await page.close();
  });

  it('an outline entry clicked right after ready brings its heading exactly to the top', async () => {
    const page = await lab.open(PATH, { until: 'load' });
    try {
      const jump = (await page.evaluate(JUMP_RIGHT_AFTER_READY)) as Jump;
      const read = () => page.evaluate(landingScript(jump.index)) as Promise<Landing>;
      const landed = await landing(read);
      // the rest of the layout completes without moving what the reader sees
      await expect.poll(async () => (await read()).waiting, { timeout: 15_000 }).toBe(0);
      expect((await read()).top).toBe(landed.top);
      expectLanded(jump, landed, (await page.evaluate(referenceScript(jump.index))) as number);
      // Chromium aligns the heading's own box with the top of the viewport
      expect(Math.abs(landed.top ?? 999)).toBeLessThanOrEqual(1);
    } finally {
      await page.close();
    }
  });

  it('a figure chosen from the metrics table right after ready lands in the middle of the viewport', async () => {
    const page = await lab.open(PATH, { until: 'load' });
    try {
      const chosen = await page.evaluate(
        (defer) =>
          new Promise<{ waitingAtClick: number; id: string }>((done) => {
            // the table renders the rows in view (docs/contract.md §1): the reader opens
            // the Figures tab, scrolls a quarter of the way down the table and
            // picks the last row rendered (the figures at the very end of the
            // page cannot come to the middle of the viewport)
            let scrolled = false;
            const attempt = () => {
              const root = document.querySelector('report-lens-sidebar')?.shadowRoot;
              const scroller = root?.querySelector<HTMLElement>('.rl-table-scroll');
              if (document.documentElement.getAttribute('data-report-lens') !== 'ready' || !root || !scroller) {
                setTimeout(attempt, 0);
                return;
              }
              if (!scrolled) {
                root.querySelector<HTMLElement>('[data-tab="metrics"]')?.click();
                scrolled = true;
                requestAnimationFrame(() => {
                  scroller.scrollTop = scroller.scrollHeight / 4;
                  requestAnimationFrame(() => requestAnimationFrame(attempt));
                });
                return;
              }
              const rows = root.querySelectorAll<HTMLElement>('tr[data-metric-id]');
              const row = rows[rows.length - 1];
              const total = Number(root.querySelector('table')?.getAttribute('aria-rowcount')) - 1;
              // rendered far enough down: past the first fifth of the table
              if (!row || Number(row.getAttribute('aria-rowindex')) - 1 < total / 5) {
                requestAnimationFrame(attempt);
                return;
              }
              const waitingAtClick = document.querySelectorAll(`[${defer}]`).length;
              row.click();
              done({ waitingAtClick, id: row.getAttribute('data-metric-id') ?? '' });
            };
            attempt();
          }),
        DEFER,
      );
      expect(chosen.waitingAtClick, 'deferred blocks when the row was clicked').toBeGreaterThan(0);
      // far enough down that blocks laid out on the way would have moved the target
      expect(await settleScroll(page)).toBeGreaterThan(10_000);
      const box = await page.evaluate((id) => {
        const mark = document.querySelector(`report-lens-mark[data-metric-id="${id}"]`);
        const rect = mark?.getBoundingClientRect();
        return rect ? { middle: (rect.top + rect.bottom) / 2, viewport: window.innerHeight } : null;
      }, chosen.id);
      expect(box).not.toBeNull();
      expect(Math.abs((box?.middle ?? 0) - (box?.viewport ?? 0) / 2), `figure middle ${box?.middle}`).toBeLessThanOrEqual(1);
    } finally {
      await page.close();
    }
  });

  it('toggle-original right after ready, with blocks still waiting, restores the page exactly', async () => {
    const page = await lab.open(PATH, { until: 'load' });
    try {
      const waitingAtToggle = await page.evaluate(
        (defer) =>
          new Promise<number>((done) => {
            const attempt = () => {
              const button = document
                .querySelector('report-lens-sidebar')
                ?.shadowRoot?.querySelector<HTMLElement>('[data-action="toggle-original"]');
              if (document.documentElement.getAttribute('data-report-lens') !== 'ready' || !button) {
                setTimeout(attempt, 0);
                return;
              }
              const waiting = document.querySelectorAll(`[${defer}]`).length;
              button.click();
              done(waiting);
            };
            attempt();
          }),
        DEFER,
      );
      expect(waitingAtToggle).toBeGreaterThan(50);
      await waitForLensAttribute(page, 'off', 5_000);
      const restored = await page.evaluate(() => document.body.outerHTML);
      expect(restored === pristineBody, describeFirstDifference(restored, pristineBody)).toBe(true);
      // and again after the background layout had time to run (or not) behind it
      await page.waitForTimeout(500);
      const later = await page.evaluate(() => document.body.outerHTML);
      expect(later === pristineBody, describeFirstDifference(later, pristineBody)).toBe(true);
      await sidebarAction(page, 'toggle-original').click();
      await waitForLensAttribute(page, 'ready', 5_000);
      expect(await page.evaluate((defer) => document.querySelectorAll(`[${defer}]`).length, DEFER)).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});

describe('landing on a far heading while the layout is completed in the background (Firefox ESR)', () => {
  const ff = firefoxLab({ serve: servePage });

  it('an outline entry clicked right after ready brings its heading exactly to the top', async () => {
    await ff.open(PATH, { until: 'load' });
    const jump = await ff.firefox.evaluate<Jump>(JUMP_RIGHT_AFTER_READY);
    const read = () => ff.firefox.evaluate<Landing>(landingScript(jump.index));
    const landed = await landing(read);
    await expect.poll(async () => (await read()).waiting, { timeout: 15_000 }).toBe(0);
    expect((await read()).top).toBe(landed.top);
    const reference = await ff.firefox.evaluate<number>(referenceScript(jump.index));
    expect(Math.abs(reference), 'an exact landing is within a line of the top').toBeLessThan(20);
    expectLanded(jump, landed, reference);
    expect(await ff.firefox.evaluate<string>(readLensAttribute)).toBe('ready');
  });
});
