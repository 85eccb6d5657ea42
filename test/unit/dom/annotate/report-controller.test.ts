import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parse } from '../../../fixtures/dom-fixtures';
import { DEFER_ATTRIBUTE } from '../../../../src/dom/annotate/deferred-layout';
import { isReportReading } from '../../../../src/dom/read/page-reading';
import { readReportPage } from '../../../../src/dom/read/read-report-page';
import { ReportController, type ControllerState } from '../../../../src/dom/annotate/report-controller';
import { repoPath } from '../../../fixtures/paths';

const TIBET = repoPath('seeds/pages/plain-tibet-2025/index.html');

interface IdleQueue {
  run(): void;
  readonly length: number;
}

/** The seed report read in happy-dom, with requestIdleCallback under the
 * test's hand so that the background layout waits until the test runs it. */
function tibetController() {
  const doc = parse(readFileSync(TIBET, 'utf8'));
  const view = doc.defaultView as unknown as Window;
  const callbacks = new Map<number, IdleRequestCallback>();
  let next = 1;
  view.requestIdleCallback = (callback: IdleRequestCallback) => {
    callbacks.set(next, callback);
    return next++;
  };
  view.cancelIdleCallback = (handle: number) => callbacks.delete(handle);
  const idle: IdleQueue = {
    run() {
      const waiting = [...callbacks.values()];
      callbacks.clear();
      for (const callback of waiting) callback({ timeRemaining: () => 50, didTimeout: false });
    },
    get length() {
      return callbacks.size;
    },
  };
  const reading = readReportPage(doc, { url: 'https://example.org/report.html' });
  if (!isReportReading(reading)) throw new Error('the seed page reads as no report');
  const states: ControllerState[] = [];
  const errors: unknown[] = [];
  const controller = new ReportController(doc, reading, (state) => states.push(state), (error) => errors.push(error));
  return { doc, view, controller, reading, idle, states, errors };
}

function waiting(doc: Document): Element[] {
  return [...doc.querySelectorAll(`[${DEFER_ATTRIBUTE}]`)];
}

/** True when `a` comes before `b` in the document and does not hold it. */
function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & 4) !== 0 && !a.contains(b);
}

describe('ReportController and the deferred layout', () => {
  it('defers the report blocks on annotate and restores the page exactly, toggle after toggle', () => {
    const { doc, controller, idle } = tibetController();
    const before = doc.body.outerHTML;
    for (let round = 0; round < 4; round++) {
      controller.annotate();
      expect(waiting(doc).length).toBeGreaterThan(40);
      // part of the background layout done, part still waiting
      if (round % 2) idle.run();
      controller.showOriginal();
      expect(doc.body.outerHTML).toBe(before);
      expect(idle.length).toBe(0);
    }
    controller.annotate();
    for (let round = 0; round < 100 && idle.length > 0; round++) idle.run();
    expect(waiting(doc)).toEqual([]);
    controller.destroy();
    expect(doc.body.outerHTML).toBe(before);
    expect(doc.documentElement.hasAttribute('data-report-lens')).toBe(false);
  });

  it('scroll-spy reads the box of a waiting block, never the heading inside it', async () => {
    const { view, controller, errors } = tibetController();
    const ElementClass = (view as unknown as { Element: typeof Element }).Element;
    const read: { element: Element; insideWaiting: boolean }[] = [];
    const spy = vi.spyOn(ElementClass.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      const holder = this.parentElement?.closest(`[${DEFER_ATTRIBUTE}]`);
      read.push({ element: this, insideWaiting: !!holder });
      // everything well below the screen
      return { top: 5000, bottom: 5100, left: 0, right: 100, width: 100, height: 100, x: 0, y: 5000 } as DOMRect;
    });
    try {
      controller.annotate();
      await vi.waitFor(() => expect(read.length).toBeGreaterThan(0));
      expect(read.filter((entry) => entry.insideWaiting)).toEqual([]);
      expect(read.some((entry) => entry.element.hasAttribute(DEFER_ATTRIBUTE))).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      spy.mockRestore();
      controller.destroy();
    }
  });

  it('scrolls to a far section only once the blocks above it are laid out', async () => {
    const { doc, view, controller, reading, states, errors } = tibetController();
    controller.annotate();
    const sections = reading.analysis.outline.flatMap((node) => [node, ...node.children]);
    const last = sections[sections.length - 1];
    if (!last) throw new Error('no sections');
    const ElementClass = (view as unknown as { Element: typeof Element }).Element;
    const scrolls: { target: Element; waitingBefore: number }[] = [];
    const spy = vi.spyOn(ElementClass.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      scrolls.push({ target: this, waitingBefore: waiting(doc).filter((el) => precedes(el, this)).length });
    });
    try {
      const target = doc.querySelector(`report-lens-heading[data-block="${last.block}"]`) ?? reading.map.elementFor(last.block);
      expect(waiting(doc).filter((el) => precedes(el, target)).length).toBeGreaterThan(10);
      controller.selectSection(last.id);
      expect(states.at(-1)?.activeSectionId).toBe(last.id);
      await vi.waitFor(() => expect(scrolls).toHaveLength(1));
      expect(scrolls[0]?.target).toBe(target);
      expect(scrolls[0]?.waitingBefore).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      spy.mockRestore();
      controller.destroy();
    }
  });
});
