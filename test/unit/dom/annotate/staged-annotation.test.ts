// The annotation in steps (apply-annotation.ts startAnnotation, highlight.ts
// startWrappingFigures, annotation-tasks.ts via the controller): wherever it
// stops — undone, an error, the original asked for, the report gone — the
// page is exactly as it was, and the page says ready only with every figure marked.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { fixture, parse, required } from '../../../fixtures/dom-fixtures';
import { readBlocks } from '../../../../src/dom/read/blocks';
import { findReportBody } from '../../../../src/dom/read/report-body';
import { startWrappingFigures, wrapFigures, type MarkSpec } from '../../../../src/dom/annotate/highlight';
import { applyAnnotation, startAnnotation } from '../../../../src/dom/annotate/apply-annotation';
import { ReportController, type ControllerState } from '../../../../src/dom/annotate/report-controller';
import { isReportReading } from '../../../../src/dom/read/page-reading';
import { readReportPage } from '../../../../src/dom/read/read-report-page';
import { repoPath } from '../../../fixtures/paths';

const SMALL_FIXTURE = { minSiteRuleCjk: 40, minFallbackCjk: 40 };
const TIBET = repoPath('seeds/pages/plain-tibet-2025/index.html');
const MARKS = 'report-lens-mark';

function figureSpecs(blocks: { text: string }[]): MarkSpec[] {
  const specs: MarkSpec[] = [];
  blocks.forEach((block, index) => {
    for (const match of block.text.matchAll(/\d+(?:\.\d+)?(?:%|亿元|万吨|万亩)?(?:左右)?/g)) {
      const start = match.index ?? 0;
      specs.push({ id: `m${specs.length + 1}`, block: index, start, end: start + match[0].length, kind: 'actual', headline: false, relation: 'level' });
    }
  });
  return specs;
}

function discuz() {
  const doc = fixture('discuz-thread.html');
  const map = readBlocks(required(findReportBody(doc, SMALL_FIXTURE)));
  return { doc, map, specs: figureSpecs(map.blocks) };
}

/** a `more` that lets `n` figures through per call */
const figures = (n: number) => {
  let left = n;
  return () => --left > 0;
};

describe('startWrappingFigures: the marks in steps', () => {
  it('wraps in steps exactly what wrapFigures wraps at once', () => {
    const once = discuz();
    wrapFigures(once.doc, once.map, once.specs);
    const { doc, map, specs } = discuz();
    expect(specs.length).toBeGreaterThan(4);
    const wrapping = startWrappingFigures(doc, map, specs);
    let steps = 0;
    while (!wrapping.wrapSome(figures(2))) steps++;
    expect(steps).toBeGreaterThan(1);
    expect(doc.body.outerHTML).toBe(once.doc.body.outerHTML);
  });

  it('undone after any step, restores the page exactly and wraps no more', () => {
    const { specs } = discuz();
    for (let stop = 1; stop < specs.length; stop += 2) {
      const { doc, map } = discuz();
      const before = doc.body.outerHTML;
      const wrapping = startWrappingFigures(doc, map, specs);
      for (let step = 0; step < stop; step++) wrapping.wrapSome(figures(1));
      expect(doc.querySelectorAll(MARKS).length).toBeGreaterThan(0);
      expect(doc.body.outerHTML).not.toBe(before);
      wrapping.undo();
      expect(doc.body.outerHTML).toBe(before);
      wrapping.wrapSome(() => true);
      expect(doc.querySelectorAll(MARKS).length).toBe(0);
    }
  });

  it('a throw mid-way takes back the marks of the earlier steps', () => {
    const { doc, map, specs } = discuz();
    const before = doc.body.outerHTML;
    const wrapping = startWrappingFigures(doc, map, specs);
    wrapping.wrapSome(figures(3));
    expect(doc.querySelectorAll(MARKS).length).toBeGreaterThan(0);
    const spy = vi.spyOn(doc, 'createTextNode').mockImplementation(() => {
      throw new Error('boom');
    });
    try {
      expect(() => wrapping.wrapSome(() => true)).toThrow('boom');
    } finally {
      spy.mockRestore();
    }
    expect(doc.body.outerHTML).toBe(before);
  });
});

function tibet() {
  const doc = parse(readFileSync(TIBET, 'utf8'));
  const reading = readReportPage(doc, { url: 'https://example.org/report.html' });
  if (!isReportReading(reading)) throw new Error('the seed page reads as no report');
  return { doc, reading, html: () => doc.documentElement.cloneNode(false) as Element };
}

describe('startAnnotation: the view first, the marks, then ready', () => {
  it('says ready only once every figure is marked, and is then what applyAnnotation makes', () => {
    const whole = tibet();
    applyAnnotation(whole.doc, whole.reading);
    const { doc, reading } = tibet();
    const staged = startAnnotation(doc, reading);
    expect(staged.step(() => false)).toBe(false);
    // the view is on, no mark yet, not ready
    expect(doc.documentElement.hasAttribute('data-report-lens-view')).toBe(true);
    expect(doc.documentElement.hasAttribute('data-report-lens')).toBe(false);
    expect(doc.querySelectorAll(MARKS).length).toBe(0);
    expect(staged.layout).not.toBeNull();
    let steps = 1;
    while (!staged.step(figures(20))) {
      steps++;
      expect(doc.documentElement.hasAttribute('data-report-lens')).toBe(false);
    }
    expect(steps).toBeGreaterThan(3);
    expect(doc.documentElement.getAttribute('data-report-lens')).toBe('ready');
    expect(doc.querySelectorAll(MARKS).length).toBe(whole.doc.querySelectorAll(MARKS).length);
    expect(new Set([...staged.marks.keys()]).size).toBe(reading.analysis.metrics.length);
    expect(doc.body.outerHTML).toBe(whole.doc.body.outerHTML);
    staged.undo();
  });

  it('undone after any step, restores <body> and <html> exactly', () => {
    const probe = tibet();
    const probeStaged = startAnnotation(probe.doc, probe.reading);
    let total = 0;
    while (!probeStaged.step(figures(40))) total++;
    for (let stop = 0; stop <= total + 1; stop += 3) {
      const { doc, reading, html } = tibet();
      const before = { body: doc.body.outerHTML, html: html().outerHTML };
      const staged = startAnnotation(doc, reading);
      for (let step = 0; step <= stop; step++) staged.step(figures(40));
      expect(doc.body.outerHTML).not.toBe(before.body);
      staged.undo();
      expect(doc.body.outerHTML).toBe(before.body);
      expect(html().outerHTML).toBe(before.html);
      expect(staged.step(() => true)).toBe(false);
      expect(doc.body.outerHTML).toBe(before.body);
    }
  });
});

/** The controller on the Tibet page with the window's timers and clock in
 * the test's hand: each task of the annotation runs when the test says, and
 * each slice holds one figure. */
function slicedController() {
  const { doc, reading, html } = tibet();
  const view = doc.defaultView as unknown as Window;
  const timers = new Map<number, () => void>();
  let next = 1;
  view.setTimeout = ((callback: () => void) => {
    timers.set(next, callback);
    return next++;
  }) as typeof view.setTimeout;
  view.clearTimeout = ((handle: number) => void timers.delete(handle)) as typeof view.clearTimeout;
  // the deferred layout's batches wait for idle time that never comes here
  view.requestIdleCallback = () => 0;
  view.cancelIdleCallback = () => {};
  view.requestAnimationFrame = () => 0;
  let now = 0;
  vi.spyOn(view.performance, 'now').mockImplementation(() => (now += 100));
  const runTask = () => {
    const [first] = timers;
    if (!first) return false;
    timers.delete(first[0]);
    first[1]();
    return true;
  };
  const states: ControllerState[] = [];
  const errors: unknown[] = [];
  const controller = new ReportController(doc, reading, (state) => states.push(state), (error) => errors.push(error));
  return { doc, html, controller, states, errors, runTask, timers };
}

describe('ReportController.annotateInTasks', () => {
  it('annotates over several tasks and is then ready, every figure marked', async () => {
    const { doc, controller, states, errors, runTask } = slicedController();
    const done = controller.annotateInTasks();
    expect(doc.documentElement.hasAttribute('data-report-lens-view')).toBe(true);
    let tasks = 0;
    while (runTask()) tasks++;
    await done;
    expect(tasks).toBeGreaterThan(3);
    expect(doc.documentElement.getAttribute('data-report-lens')).toBe('ready');
    expect(states.at(-1)?.view).toBe('annotated');
    expect(errors).toEqual([]);
    controller.destroy();
  });

  it('the original asked for mid-way: the page exactly as before, "off", the rest of the tasks do nothing', async () => {
    const { doc, html, controller, states, runTask, timers } = slicedController();
    const before = { body: doc.body.outerHTML, html: html().outerHTML };
    const done = controller.annotateInTasks();
    runTask();
    runTask();
    expect(doc.querySelectorAll(MARKS).length).toBeGreaterThan(0);
    expect(doc.documentElement.hasAttribute('data-report-lens')).toBe(false);
    controller.toggleOriginal();
    await done;
    expect(doc.body.outerHTML).toBe(before.body);
    expect(doc.documentElement.getAttribute('data-report-lens')).toBe('off');
    expect(doc.documentElement.hasAttribute('data-report-lens-view')).toBe(false);
    expect(timers.size).toBe(0);
    expect(states.every((state) => state.view === 'original')).toBe(true);
    // and back: the annotated view at once
    controller.toggleOriginal();
    expect(doc.documentElement.getAttribute('data-report-lens')).toBe('ready');
    controller.destroy();
    expect(doc.body.outerHTML).toBe(before.body);
    expect(html().outerHTML).toBe(before.html);
  });

  it('destroyed mid-way (an error elsewhere, the report gone): <html> and <body> exactly as before', async () => {
    const { doc, html, controller, runTask, timers } = slicedController();
    const before = { body: doc.body.outerHTML, html: html().outerHTML };
    const done = controller.annotateInTasks();
    runTask();
    controller.destroy();
    await done;
    expect(timers.size).toBe(0);
    expect(doc.body.outerHTML).toBe(before.body);
    expect(html().outerHTML).toBe(before.html);
  });

  it('annotate() mid-way finishes the annotation in this task', async () => {
    const { doc, controller, states, runTask, timers } = slicedController();
    const done = controller.annotateInTasks();
    runTask();
    controller.annotate();
    await done;
    expect(timers.size).toBe(0);
    expect(doc.documentElement.getAttribute('data-report-lens')).toBe('ready');
    expect(states.at(-1)?.view).toBe('annotated');
    controller.destroy();
  });
});
