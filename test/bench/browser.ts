// The browser half of `npm run bench`: Debian Chromium with the built
// extension against the same Chromium without it, in one run, page by page,
// interleaved so that a noisy neighbour hurts both sides alike.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../e2e/harness/chromium';
import { startServer, type StaticServer } from '../e2e/harness/server';
import { ANALYSIS_MEASURE } from '../../src/core/measures';
import { endTrace, startTrace, summarizeTrace } from './trace';
import { longForumPage, readCorpusReport, reportOfLength, reportPage, repeatReport } from './bench-pages';

const ROOT = resolve(import.meta.dirname, '../..');
export const SCALING_REPORT = 'cn-national-2025-gwr';
/** The report pages measured beside Readability and mark.js. */
export const PEER_PAGES: ReadonlySet<string> = new Set(['seed', 'gd']);
/** Loads per run of each page that is not a report (a report page: one). */
export const NON_REPORT_LOADS_PER_RUN = 3;

/** What one page load cost, durations in ms of the page's renderer main
 * thread, from a trace of the load. */
export interface LoadSample {
  script: number;
  layout: number;
  style: number;
  /** Performance.getMetrics' ScriptDuration, kept to show what it misses */
  scriptDurationMetric: number;
  /** the longest task that ended after the extension's first script */
  longestExtensionTask: number;
  longestTask: number;
  /** compiling and evaluating the extension's module chunks */
  extensionModules: number;
  /** main-thread time from the extension's first script to its first-screen
   * mark, and the longest task in that time (report pages) */
  toFirstScreen?: number;
  longestTaskToFirstScreen?: number;
  /** JS heap in use after a forced GC, bytes */
  heap: number;
  /** the engine's run in the extension's background for this page, ms (its
   * User Timing measure; off the page's thread, so in none of the above) */
  backgroundEngine?: number;
}

export interface BenchPage {
  key: string;
  label: string;
  path: string;
  /** a report: the extension run waits for ready and the sidebar */
  report: boolean;
  chars?: number;
}

/** An extension whose content script is `script`, on the same pages: with
 * an empty one, what any content script costs before its first line
 * (isolated world, bindings); with one that reads an attribute of <html>,
 * what any content script that looks at the page at all costs (the first
 * touch of the document from a fresh world). */
export async function writeFloorExtension(name: string, script: string): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'report-lens-floor-extension-'));
  await writeFile(join(directory, 'manifest.json'), JSON.stringify({
    manifest_version: 3, name, version: '1.0',
    background: { service_worker: 'worker.js' },
    content_scripts: [{ js: ['content.js'], matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle' }],
  }));
  await writeFile(join(directory, 'content.js'), script);
  await writeFile(join(directory, 'worker.js'), '');
  return directory;
}

export interface BrowserBenchResult {
  chromiumVersion: string;
  runs: number;
  pages: Map<string, { page: BenchPage; withExt: LoadSample[]; without: LoadSample[]; emptyExt: LoadSample[]; touchExt: LoadSample[] }>;
  /** Readability parse() of each report page, ms per run */
  readability: Map<string, number[]>;
  /** mark.js wrapping the same figures' texts on each report page, ms per run */
  markJs: Map<string, number[]>;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

async function evaluate<T>(cdp: CDPSession, expression: string): Promise<T> {
  const answer = (await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })) as {
    result: { value?: unknown };
    exceptionDetails?: { text?: string };
  };
  if (answer.exceptionDetails) throw new Error(`in page: ${answer.exceptionDetails.text ?? 'exception'} (${expression.slice(0, 80)})`);
  return answer.result.value as T;
}

/** ready, and the sidebar's actions drawn: what a report load waits for */
export const READY_EXPRESSION = `document.documentElement.getAttribute('data-report-lens') === 'ready' &&
  !!document.querySelector('report-lens-sidebar')?.shadowRoot?.querySelector('[data-action="toggle-original"]')`;

async function waitUntil(cdp: CDPSession, expression: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await evaluate<boolean>(cdp, expression))) {
    if (Date.now() > deadline) {
      const state = await evaluate<string>(cdp, 'location.href + " data-report-lens=" + document.documentElement.getAttribute("data-report-lens")');
      throw new Error(`not true within ${timeoutMs} ms on ${state}: ${expression}`);
    }
    await sleep(20);
  }
}

async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(list.map((metric) => [metric.name, metric.value]));
}

/** The last analysis' duration in the extension's service worker (the
 * measure src/ext/messages.ts leaves there), or undefined when the page ran
 * the engine itself. */
async function readBackgroundEngine(session: ChromiumSession): Promise<number | undefined> {
  const worker = session.context.serviceWorkers().find((candidate) => candidate.url().startsWith('chrome-extension://'));
  if (!worker) return undefined;
  const durations = await worker.evaluate(`performance.getEntriesByName(${JSON.stringify(ANALYSIS_MEASURE)}).map((entry) => entry.duration)`) as number[];
  return durations.at(-1);
}

/** Loads one page in a fresh tab, traced, and reads what it cost. */
export async function measureLoad(session: ChromiumSession, url: string, waitForReport: boolean): Promise<LoadSample> {
  const page: Page = await session.newPage();
  try {
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await startTrace(cdp);
    await page.goto(url, { waitUntil: 'load' });
    // Non-report pages give no sign that the content script is done (they
    // must not change), so both sides wait the same generous time; the
    // script is injected at document_idle, right after load on these pages.
    if (waitForReport) await waitUntil(cdp, READY_EXPRESSION, 20_000);
    const backgroundEngine = waitForReport ? await readBackgroundEngine(session) : undefined;
    await sleep(400);
    // two frames: whatever the annotation invalidated is laid out and styled
    await evaluate(cdp, 'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true))))');
    await sleep(100);
    const values = await metrics(cdp);
    const summary = summarizeTrace(await endTrace(cdp), url);
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    await cdp.detach();
    return { ...summary, scriptDurationMetric: (values.ScriptDuration ?? 0) * 1000, heap: heap.usedSize, ...(backgroundEngine === undefined ? {} : { backgroundEngine }) };
  } finally {
    await page.close();
  }
}

/** Readability's parse() of the page as loaded, timed in the page (first call
 * after the library is compiled in, like the extension's first run). */
async function measureReadability(session: ChromiumSession, url: string, source: string): Promise<number> {
  const page = await session.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.addScriptTag({ content: source });
    return await page.evaluate(() => {
      const Readability = (window as unknown as { Readability: new (doc: Document) => { parse(): unknown } }).Readability;
      const start = performance.now();
      const article = new Readability(document.cloneNode(true) as Document).parse();
      const ms = performance.now() - start;
      if (!article) throw new Error('Readability found no article');
      return ms;
    });
  } finally {
    await page.close();
  }
}

/** The figures' texts as the extension marked them on `url` (pieces of one
 * figure joined), for the peer below to wrap the same strings. */
export async function readFigureTexts(session: ChromiumSession, url: string): Promise<string[]> {
  const page = await session.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(READY_EXPRESSION, undefined, { timeout: 20_000 });
    return await page.evaluate(() => {
      const byId = new Map<string, string>();
      for (const mark of document.querySelectorAll('report-lens-mark')) {
        const id = mark.getAttribute('data-metric-id') ?? '';
        byId.set(id, (byId.get(id) ?? '') + (mark.textContent ?? ''));
      }
      return [...new Set(byId.values())];
    });
  } finally {
    await page.close();
  }
}

/** A peer users would pick to highlight: mark.js 8.11 (`markRegExp`) wrapping
 * the same figures' texts on the same page, without the extension: one
 * regular expression of the texts, longest first, timed in the page. */
async function measureMarkJs(session: ChromiumSession, url: string, source: string, texts: readonly string[]): Promise<number> {
  const page = await session.newPage();
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.addScriptTag({ content: source });
    // a string, not a function: the bench runs through tsx, whose helpers
    // (__name) would be missing in the page
    return await page.evaluate(`(() => {
      const figures = ${JSON.stringify(texts)};
      const escaped = figures.slice().sort((a, b) => b.length - a.length).map((text) => text.replace(/[.*+?^\${}()|[\\]\\\\]/g, '\\\\$&'));
      const pattern = new RegExp(escaped.join('|'), 'g');
      const start = performance.now();
      let wrapped = 0;
      new window.Mark(document.body).markRegExp(pattern, { done(count) { wrapped = count; } });
      const ms = performance.now() - start;
      if (wrapped === 0) throw new Error('mark.js wrapped nothing');
      return ms;
    })()`);
  } finally {
    await page.close();
  }
}

export function benchPages(): { pages: BenchPage[]; routes: Map<string, string> } {
  const routes = new Map<string, string>();
  const gd = readCorpusReport('gd-province-2025-gwr');
  const forum = longForumPage(320 * 1024);
  routes.set('/bench/long-forum-thread.html', forum);
  const pages: BenchPage[] = [
    { key: 'news', label: 'news article (news-npc-session)', path: '/pages/news-npc-session/index.html', report: false },
    {
      key: 'forum',
      label: `long forum thread, ${Math.round(Buffer.byteLength(forum) / 1024)} KB (generated)`,
      path: '/bench/long-forum-thread.html',
      report: false,
    },
    { key: 'seed', label: 'seed report (discuz-lijin-2020)', path: '/pages/discuz-lijin-2020/index.html', report: true },
  ];
  routes.set('/bench/gd.html', reportPage(gd));
  pages.push({ key: 'gd', label: `largest report (gd-province-2025-gwr, ${gd.length} chars)`, path: '/bench/gd.html', report: true, chars: gd.length });
  // Scaling from a 18k-character report, so that ×16 stays under the
  // content script's size limit for a page it will annotate.
  const national = readCorpusReport(SCALING_REPORT);
  for (const times of [1, 4, 16]) {
    const text = repeatReport(national, times);
    routes.set(`/bench/scaling-x${times}.html`, reportPage(text));
    pages.push({ key: `scaling-x${times}`, label: `${SCALING_REPORT} ×${times} (${text.length} chars)`, path: `/bench/scaling-x${times}.html`, report: true, chars: text.length });
  }
  const hundredK = reportOfLength(gd, 100_000);
  routes.set('/bench/report-100k.html', reportPage(hundredK));
  pages.push({ key: '100k', label: `gd-province-2025-gwr cut to ${hundredK.length} chars`, path: '/bench/report-100k.html', report: true, chars: hundredK.length });
  return { pages, routes };
}

/** The static server on 127.0.0.1 with the bench's generated pages added
 * (benchPages' routes) to the corpus it serves. */
export async function serveBenchPages(routes: ReadonlyMap<string, string>): Promise<StaticServer> {
  const server = await startServer();
  for (const [path, body] of routes) server.route(path, { body, headers: { 'content-type': 'text/html; charset=utf-8' } });
  return server;
}

/** `only`: the keys of the pages to load (all when left out). */
export async function runBrowserBench(runs: number, log: (line: string) => void = () => {}, only?: ReadonlySet<string>): Promise<BrowserBenchResult> {
  const { pages: allPages, routes } = benchPages();
  const pages = only ? allPages.filter((page) => only.has(page.key)) : allPages;
  if (pages.length === 0) throw new Error(`no bench page among ${[...(only ?? [])].join(', ')}; the keys are ${allPages.map((page) => page.key).join(', ')}`);
  const server = await serveBenchPages(routes);
  const readabilitySource = readFileSync(join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');
  const markJsSource = readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  const withExt = await launchChromium({ extension: true });
  // Pages that are not reports get a browser with the extension of their own:
  // in the one that also loads reports, the renderer (shared by every page of
  // 127.0.0.1) collected the last report page's sidebar and marks during the
  // next page's load, which is that report's cost, not this page's.
  const withExtNoReports = await launchChromium({ extension: true });
  const without = await launchChromium({ extension: false });
  const emptyDist = await writeFloorExtension('empty content script', '');
  const empty = await launchChromium({ extension: true, dist: emptyDist });
  const touchDist = await writeFloorExtension('content script that reads one attribute', "document.documentElement.hasAttribute('data-report-lens');\n");
  const touch = await launchChromium({ extension: true, dist: touchDist });
  try {
    const chromiumVersion = without.context.browser()?.version() ?? 'unknown';
    const result: BrowserBenchResult = { chromiumVersion, runs, pages: new Map(), readability: new Map(), markJs: new Map() };
    const figureTexts = new Map<string, string[]>();
    for (const page of pages) if (PEER_PAGES.has(page.key)) figureTexts.set(page.key, await readFigureTexts(withExt, server.url(page.path)));
    for (const page of pages) result.pages.set(page.key, { page, withExt: [], without: [], emptyExt: [], touchExt: [] });
    // one warm-up load per side so that the first measured run does not pay
    // for the browser's own first-use costs
    await measureLoad(withExt, server.url('/pages/discuz-lijin-2020/index.html'), true);
    await measureLoad(without, server.url('/pages/discuz-lijin-2020/index.html'), false);
    for (let run = 0; run < runs; run++) {
      for (const page of pages) {
        const entry = result.pages.get(page.key);
        if (!entry) continue;
        const url = server.url(page.path);
        log(`  ${page.key}`);
        // a page that is not a report costs ~1-2 ms, within the noise of a
        // single load: it is loaded more times per run (and costs little)
        for (let load = 0; load < (page.report ? 1 : NON_REPORT_LOADS_PER_RUN); load++) {
          entry.withExt.push(await measureLoad(page.report ? withExt : withExtNoReports, url, page.report));
          entry.without.push(await measureLoad(without, url, false));
          if (!page.report && !only) {
            entry.emptyExt.push(await measureLoad(empty, url, false));
            entry.touchExt.push(await measureLoad(touch, url, false));
          }
        }
        if (PEER_PAGES.has(page.key)) {
          const list = result.readability.get(page.key) ?? [];
          list.push(await measureReadability(without, url, readabilitySource));
          result.readability.set(page.key, list);
          const peer = result.markJs.get(page.key) ?? [];
          peer.push(await measureMarkJs(without, url, markJsSource, figureTexts.get(page.key) ?? []));
          result.markJs.set(page.key, peer);
        }
      }
      log(`browser run ${run + 1}/${runs} done`);
    }
    return result;
  } finally {
    await withExt.close();
    await withExtNoReports.close();
    await without.close();
    await empty.close();
    await touch.close();
    await rm(emptyDist, { recursive: true, force: true });
    await rm(touchDist, { recursive: true, force: true });
    await server.close();
  }
}
