// Reading a Chromium trace (CDP Tracing, devtools.timeline) of one page load:
// main-thread time in script, layout and style, and the long tasks.
import type { CDPSession } from 'playwright-core';
import { FIRST_SCREEN_MARK } from '../../src/core/measures';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: Record<string, unknown>;
}

// blink.user_timing: the report stage's first-screen mark (FIRST_SCREEN_MARK)
export const TRACE_CATEGORIES = ['devtools.timeline', 'v8.execute', 'toplevel', 'blink.user_timing'];

export async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES }, transferMode: 'ReturnAsStream' });
}

export async function endTrace(cdp: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<{ stream?: string }>((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (!stream) throw new Error('the trace came back without a stream');
  const chunks: string[] = [];
  for (;;) {
    const chunk = (await cdp.send('IO.read', { handle: stream, size: 1 << 20 })) as { data: string; eof: boolean; base64Encoded?: boolean };
    chunks.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(chunks.join('')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

// Script as DevTools counts it. RunMicrotasks matters: the content script's
// work runs in promise callbacks after its dynamic import, which
// Performance.getMetrics' ScriptDuration leaves out.
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'v8.evaluateModule', 'v8.compile', 'v8.compileModule', 'FunctionCall', 'TimerFire', 'RunMicrotasks', 'EventDispatch', 'FireAnimationFrame', 'FireIdleCallback']);
const LAYOUT_EVENTS = new Set(['Layout']);
const STYLE_EVENTS = new Set(['UpdateLayoutTree', 'RecalculateStyles']);

export interface TraceSummary {
  /** ms of main-thread time inside script (nested events counted once) */
  script: number;
  layout: number;
  style: number;
  /** the longest task that ended after the extension's first script (or,
   * when that came first, after the page's own first layout) */
  longestExtensionTask: number;
  /** the longest task of the page's main thread at all */
  longestTask: number;
  /** ms compiling and evaluating the extension's module chunks (their
   * top-level code: where a costly constant made at load shows) */
  extensionModules: number;
  /** main-thread time (script, layout, style) from the extension's first
   * script to its first-screen mark, the page's own first layout left out;
   * undefined where the page left no mark (not a report, or not annotated) */
  toFirstScreen?: number;
  /** the longest task from the extension's first script to the first-screen
   * mark (the whole annotation of the page: ready is set before it) */
  longestTaskToFirstScreen?: number;
}

type Interval = [number, number];

/** Overlapping intervals merged into disjoint ones, in order. */
function merge(intervals: Interval[]): Interval[] {
  const merged: Interval[] = [];
  for (const [from, to] of intervals.slice().sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  return merged;
}

function unionLength(intervals: Interval[]): number {
  return merge(intervals).reduce((sum, [from, to]) => sum + (to - from), 0) / 1000;
}

/** ms that two sets of intervals share. */
function overlapLength(a: Interval[], b: Interval[]): number {
  const left = merge(a);
  const right = merge(b);
  let total = 0;
  for (let i = 0, j = 0; i < left.length && j < right.length;) {
    const [fromA, toA] = left[i] ?? [0, 0];
    const [fromB, toB] = right[j] ?? [0, 0];
    total += Math.max(0, Math.min(toA, toB) - Math.max(fromA, fromB));
    if (toA < toB) i++;
    else j++;
  }
  return total / 1000;
}

function holds(outer: TraceEvent, inner: TraceEvent): boolean {
  return inner.ts >= outer.ts && inner.ts + (inner.dur ?? 0) <= outer.ts + (outer.dur ?? 0);
}

/** A module chunk of the extension compiled (its URL is the extension's) or
 * evaluated (in the content script's world, which bears the extension's name). */
function isExtensionModuleWork(event: TraceEvent): boolean {
  if (event.name === 'v8.compileModule') return ((event.args?.data as { url?: string } | undefined)?.url ?? '').startsWith('chrome-extension://');
  return event.name === 'v8.evaluateModule' && (event.args?.worldName as string | undefined) === 'Report Lens';
}

/** Summarises the main thread of the renderer that parsed `pageUrl`. */
export function summarizeTrace(events: TraceEvent[], pageUrl: string): TraceSummary {
  const mainThreads = new Set<string>();
  for (const event of events) {
    if (event.ph === 'M' && event.name === 'thread_name' && (event.args?.name as string) === 'CrRendererMain') mainThreads.add(`${event.pid}:${event.tid}`);
  }
  const parse = events.find(
    (event) => event.name === 'ParseHTML' && mainThreads.has(`${event.pid}:${event.tid}`) &&
      ((event.args?.beginData as { url?: string } | undefined)?.url ?? '') === pageUrl,
  );
  if (!parse) throw new Error(`no ParseHTML of ${pageUrl} in the trace`);
  // From the page's own parsing on: a renderer reused for the same site also
  // runs the end of the document before it (its pagehide handlers), which is
  // neither this page's work nor the extension's on it.
  const main = events.filter((event) => event.pid === parse.pid && event.tid === parse.tid && event.ph === 'X' && event.dur !== undefined && event.ts >= parse.ts);
  const intervals = (names: Set<string>) => main.filter((event) => names.has(event.name)).map((event): Interval => [event.ts, event.ts + (event.dur ?? 0)]);
  const extensionStart = Math.min(
    ...main.filter((event) => JSON.stringify(event.args ?? {}).includes('chrome-extension://') || (event.args?.worldName as string | undefined) === 'Report Lens').map((event) => event.ts),
  );
  // The page's own first layout is the page's, even when the content script
  // (at document_idle) happened to start just before it: tasks count from
  // whichever comes later, the extension's first script or the end of that
  // layout.
  const firstLayout = main.filter((event) => LAYOUT_EVENTS.has(event.name)).sort((a, b) => a.ts - b.ts)[0];
  const oursFrom = Math.max(extensionStart, firstLayout ? firstLayout.ts + (firstLayout.dur ?? 0) : -Infinity);
  // A task is a top-level slice of the main thread: usually RunTask, but a
  // microtask checkpoint can run outside any (the content script's whole
  // annotation did, after its dynamic import resolved).
  const tasks: TraceEvent[] = [];
  let topEnd = -Infinity;
  for (const event of main.slice().sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
    if (event.ts < topEnd) continue;
    tasks.push(event);
    topEnd = event.ts + (event.dur ?? 0);
  }
  const longest = (list: TraceEvent[]) => Math.max(0, ...list.map((event) => (event.dur ?? 0) / 1000));
  const mark = events.find((event) => event.name === FIRST_SCREEN_MARK && event.pid === parse.pid);
  let firstScreen: Pick<TraceSummary, 'toFirstScreen' | 'longestTaskToFirstScreen'> = {};
  if (mark && Number.isFinite(extensionStart)) {
    const window: Interval = [extensionStart, mark.ts];
    const busy = [...intervals(SCRIPT_EVENTS), ...intervals(LAYOUT_EVENTS), ...intervals(STYLE_EVENTS)]
      .filter((interval) => !(firstLayout && interval[0] >= firstLayout.ts && interval[1] <= firstLayout.ts + (firstLayout.dur ?? 0)));
    firstScreen = {
      toFirstScreen: overlapLength(busy, [window]),
      longestTaskToFirstScreen: longest(tasks.filter((event) => event.ts + (event.dur ?? 0) > oursFrom && event.ts <= mark.ts && !(firstLayout && holds(event, firstLayout)))),
    };
  }
  return {
    ...firstScreen,
    // layout and style that script forced (getBoundingClientRect…) count as
    // layout and style, as DevTools counts them, not twice
    script: unionLength(intervals(SCRIPT_EVENTS)) - overlapLength(intervals(SCRIPT_EVENTS), [...intervals(LAYOUT_EVENTS), ...intervals(STYLE_EVENTS)]),
    layout: unionLength(intervals(LAYOUT_EVENTS)),
    style: unionLength(intervals(STYLE_EVENTS)),
    // a task that ends after the extension first ran: its own script, or the
    // layout and style its changes cause
    longestExtensionTask: longest(tasks.filter((event) => event.ts + (event.dur ?? 0) > oursFrom && !(firstLayout && holds(event, firstLayout)))),
    longestTask: longest(tasks),
    extensionModules: unionLength(main.filter(isExtensionModuleWork).map((event): Interval => [event.ts, event.ts + (event.dur ?? 0)])),
  };
}
