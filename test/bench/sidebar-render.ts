// How long the sidebar takes to render on the largest report of seeds/, in
// Debian Chromium, without the rest of the extension: the Sidebar component
// of a source tree (this one, or another checkout's, to compare two
// versions) bundled by esbuild and rendered into a shadow root styled as the
// extension styles it, with the analysis the engine gives for the report.
//
//   npx tsx test/bench/sidebar-render.ts [src root] [runs] [report]
//
// Three numbers per run, main-thread time in ms (script, and the layout
// forced right after it):
//   first render  the sidebar as a report page mounts it (outline tab shown):
//                 its own task, and with every later task it queues by
//                 itself (row batches, the hidden table's rows)
//   open figures  a click on the Figures tab, until its table is laid out
//   scroll        the table scrolled to the end, until laid out again
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { analyzeReport, signalsFromText } from '../../src/core/analyze';
import { blocksFromText } from '../../src/core/text';
import { launchChromium } from '../e2e/harness/chromium';
import { median } from './median';

const ROOT = resolve(import.meta.dirname, '../..');
const sourceRoot = resolve(process.argv[2] ?? ROOT);
const runs = Number(process.argv[3] ?? 9);
const reportName = process.argv[4] ?? 'gd-province-2025-gwr';

const text = readFileSync(resolve(ROOT, 'seeds/reports', reportName, 'report.txt'), 'utf8');
const analysis = analyzeReport(signalsFromText(text, reportName), blocksFromText(text));
const messages = JSON.parse(readFileSync(resolve(ROOT, 'src/public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

// The page side: render the Sidebar as report-view.tsx does, time it.
const entry = `
import { h, render } from 'preact';
import { Sidebar, SIDEBAR_CSS } from ${JSON.stringify(resolve(sourceRoot, 'src/ui/sidebar.tsx'))};
window.__sidebarBench = { h, render, Sidebar, SIDEBAR_CSS };
`;
const bundle = await build({
  stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' },
  bundle: true,
  write: false,
  format: 'iife',
  target: 'es2022',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  nodePaths: [resolve(ROOT, 'node_modules')],
  logLevel: 'error',
});
const script = bundle.outputFiles[0]?.text ?? '';

interface Sample {
  /** the render's own task: what the page's first screen waits for */
  firstTask: number;
  firstRender: number;
  openFigures: number;
  scroll: number;
  rowsAtEnd: number;
}

/** Runs in the page: one mount, the tab opened, the table scrolled. */
async function measure(input: { analysis: unknown; messages: Record<string, { message: string }> }): Promise<Sample> {
  // what the bundle put on the page: preact's h and render, the Sidebar of the tree under test, its CSS
  const { h, render, Sidebar, SIDEBAR_CSS } = (window as unknown as {
    __sidebarBench: { h: (...args: unknown[]) => unknown; render: (vnode: unknown, parent: Element) => void; Sidebar: unknown; SIDEBAR_CSS: string };
  }).__sidebarBench;
  const host = document.createElement('div');
  host.style.cssText = 'position: fixed; top: 0; right: 0; bottom: 0;';
  document.body.append(host);
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SIDEBAR_CSS);
  shadow.adoptedStyleSheets = [sheet];
  const container = document.createElement('div');
  container.className = 'root';
  shadow.append(container);
  const t = (key: string, substitutions?: string | string[]) => {
    const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    return (input.messages[key]?.message ?? key).replace(/\$(\d)/g, (whole, digit: string) => values[Number(digit) - 1] ?? whole);
  };
  const layout = () => (container.firstElementChild as HTMLElement | null)?.getBoundingClientRect();
  // every task and frame the sidebar queues by itself (its row batches, its
  // effects, which Preact runs after a frame) is timed too
  let queued = 0;
  const realSetTimeout = window.setTimeout.bind(window);
  const realFrame = window.requestAnimationFrame.bind(window);
  const timed = (callback: (...args: unknown[]) => void) => (...args: unknown[]) => {
    const start = performance.now();
    callback(...args);
    layout();
    queued += performance.now() - start;
  };
  (window as { setTimeout: unknown }).setTimeout = (callback: () => void, delay?: number) => realSetTimeout(timed(callback), delay);
  (window as { requestAnimationFrame: unknown }).requestAnimationFrame = (callback: FrameRequestCallback) => realFrame(timed(callback as () => void));
  const noop = () => undefined;
  const props = {
    analysis: input.analysis, url: 'http://127.0.0.1/report.html', view: 'annotated', collapsed: false, width: 380,
    activeSectionId: null, selectedMetricId: null, t, language: 'en', rowBatch: 80,
    onToggleOriginal: noop, onCollapse: noop, onResize: noop, onSelectSection: noop, onSelectMetric: noop,
    onCopy: () => Promise.resolve(), onCopyCitation: () => Promise.resolve(), onDownload: () => Promise.resolve(),
  };
  /** Preact renders a state change in a microtask: let those run, then lay out. */
  const settle = async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
    layout();
  };
  /** What an action costs: its own task (with microtasks and the layout
   * after), and every task and frame it queued until nothing more came. */
  const cost = async (action: () => void) => {
    queued = 0;
    const start = performance.now();
    action();
    await settle();
    const own = performance.now() - start;
    let before = -1;
    while (before !== queued) {
      before = queued;
      await new Promise((done) => realSetTimeout(done, 250));
    }
    lastOwn = own;
    return own + queued;
  };
  let lastOwn = 0;
  const firstRender = await cost(() => render(h(Sidebar, props), container));
  const firstTask = lastOwn;
  const openFigures = await cost(() => shadow.querySelector<HTMLElement>('[data-tab="metrics"]')?.click());
  const scroller = shadow.querySelector<HTMLElement>('.rl-table-scroll');
  const scroll = await cost(() => {
    if (scroller) scroller.scrollTop = scroller.scrollHeight;
    scroller?.dispatchEvent(new Event('scroll'));
  });
  const rowsAtEnd = shadow.querySelectorAll('tbody tr[data-metric-id]').length;
  render(null, container);
  host.remove();
  (window as { setTimeout: unknown }).setTimeout = realSetTimeout;
  (window as { requestAnimationFrame: unknown }).requestAnimationFrame = realFrame;
  return { firstTask, firstRender, openFigures, scroll, rowsAtEnd };
}

const browser = await launchChromium({ extension: false });
try {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.setContent('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>');
  // tsx keeps function names with a helper the page does not have
  await page.addScriptTag({ content: `window.__name = (target) => target;\n${script}` });
  const samples: Sample[] = [];
  // one warm-up run: the first compiles everything
  for (let run = 0; run <= runs; run++) {
    const sample = await page.evaluate(measure, { analysis, messages });
    if (run > 0) samples.push(sample);
  }
  const row = (name: keyof Sample) => median(samples.map((sample) => sample[name])).toFixed(1);
  console.log(`sidebar of ${reportName} (${analysis.metrics.length} figures), ${sourceRoot}, median of ${samples.length} runs`);
  console.log(`first render, its own task (outline tab):         ${row('firstTask')} ms`);
  console.log(`first render with the tasks it queues:            ${row('firstRender')} ms`);
  console.log(`open the Figures tab:                            ${row('openFigures')} ms`);
  console.log(`scroll the table to the end:                     ${row('scroll')} ms`);
  console.log(`table rows in the DOM at the end:                ${row('rowsAtEnd')}`);
} finally {
  await browser.close();
}
