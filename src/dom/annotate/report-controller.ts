import { flattenOutline } from '../../core/outline-nodes';
import type { OutlineNode, PageView } from '../../core/types';
import type { DeferredLayout } from './deferred-layout';
import { markLookCss, type MarkLook } from './mark-style';
import { applyAnnotation, startAnnotation, type AppliedAnnotation } from './apply-annotation';
import { runInTasks, type AnnotationRun } from './annotation-tasks';
import type { PageReading } from '../read/page-reading';
import { MARK_ELEMENT, METRIC_ID_ATTRIBUTE, STATE_ATTRIBUTE, STATE_OFF } from '../../core/contract';
import type { FontSize, ReadingWidth } from '../../core/settings';
import { BODY_ATTRIBUTE, HEADING_ELEMENT, PATH_ATTRIBUTE, readingStyleCss, VIEW_SCOPE } from './reader-view';
import { installStyleSheet } from '../style-sheets';
import { setAttribute, type Undo } from '../undo';

export interface HoveredFigure {
  metricId: string;
  rect: { left: number; top: number; right: number; bottom: number };
}

export interface ControllerState {
  view: PageView;
  activeSectionId: string | null;
  selectedMetricId: string | null;
  hovered: HoveredFigure | null;
}

const FLASH_ATTRIBUTE = 'data-report-lens-flash';
const FLASH_MS = 1300;
const PIN_TRAVEL_MS = 3000;
/** a task's share of the marks, in ms: the frame after it lays out the marked blocks on screen */
const ANNOTATION_SLICE_MS = 6;

/** Everything the extension does to a report page after it is read: the
 * annotated view and its exact inverse, moving between figures and
 * sections, and what the reader hovers. It knows nothing of the UI; it
 * reports its state through `onChange`. */
export class ReportController {
  private applied: AppliedAnnotation | null = null;
  /** the annotation under way in tasks, until the page is ready */
  private pending: AnnotationRun | null = null;
  private layout: DeferredLayout | null = null;
  /** the wrapped heading of each block that has one, while annotated */
  private wrappedHeadings = new Map<number, Element>();
  private offUndo: Undo | null = null;
  private listenersUndo: Undo | null = null;
  private readonly sections: OutlineNode[];
  private state: ControllerState = { view: 'original', activeSectionId: null, selectedMetricId: null, hovered: null };
  private spyFrame = 0;
  private spyTimer = 0;
  private room: { css: string; undo: Undo } | null = null;
  private markLook: { css: string; undo: Undo } | null = null;
  private readingStyle: { css: string; undo: Undo } | null = null;
  private pinnedSection: { node: OutlineNode; since: number; seen: boolean } | null = null;

  constructor(
    private readonly doc: Document,
    readonly reading: PageReading,
    private readonly onChange: (state: ControllerState) => void,
    /** gets what throws in the controller's own later callbacks (the
     * scroll spy's frame), which no caller's try/catch can reach */
    private readonly onError: (error: unknown) => void = (error) => {
      throw error;
    },
  ) {
    this.sections = flattenOutline(reading.analysis.outline);
  }

  /** gets what throws in the deferred layout's later tasks */
  private readonly layoutError = (error: unknown) => this.onError(error);

  get current(): ControllerState {
    return this.state;
  }

  /** The annotated view, in this task (the reader asked for it). */
  annotate(): void {
    if (this.applied) return;
    if (this.pending) return this.pending.finishNow();
    this.offUndo?.();
    this.offUndo = null;
    this.annotated(applyAnnotation(this.doc, this.reading, this.layoutError));
  }

  /** annotate() over several tasks (annotation-tasks.ts): the reading view,
   * then the marks in slices, then "ready"; on a long report it was one task
   * past a frame. Resolves once the page is ready, or the annotation stopped
   * (an error, the original asked for, the report gone). */
  annotateInTasks(): Promise<void> {
    const view = this.doc.defaultView;
    if (this.applied || this.pending || !view) return Promise.resolve(this.annotate());
    this.offUndo?.();
    this.offUndo = null;
    const run = runInTasks(view, startAnnotation(this.doc, this.reading, this.layoutError), ANNOTATION_SLICE_MS, {
      done: (applied) => this.annotated(applied),
      error: (error) => this.onError(error),
    });
    this.pending = run;
    void run.finished.then(() => {
      if (this.pending === run) this.pending = null;
    });
    run.start();
    return run.finished;
  }

  private annotated(applied: AppliedAnnotation): void {
    this.pending = null;
    this.applied = applied;
    for (const elements of this.applied.marks.values()) {
      const first = elements[0];
      if (first) first.setAttribute('tabindex', '0');
    }
    for (const heading of this.reading.map.root.querySelectorAll(`${HEADING_ELEMENT}[data-block]`)) {
      const block = Number(heading.getAttribute('data-block'));
      if (!this.wrappedHeadings.has(block)) this.wrappedHeadings.set(block, heading);
    }
    this.layout = applied.layout;
    this.listenersUndo = this.listen();
    this.update({ view: 'annotated' });
    // The first scroll-spy reading waits until the next frame is drawn: its
    // rects, read now or in that frame's callbacks, would force the layout
    // of the re-styled page inside a script task.
    this.scheduleSpy(true);
  }

  showOriginal(): void {
    const pending = this.pending;
    this.pending = null;
    // half annotated: what was done is undone, and the page is shown as the original
    pending?.cancel();
    if (!this.applied) {
      // Never annotated (automatic annotation is off): the page is shown as
      // the original all the same, and says so like a page switched back.
      if (!this.offUndo && this.state.view === 'original') {
        this.offUndo = setAttribute(this.doc.documentElement, STATE_ATTRIBUTE, STATE_OFF);
      }
      return;
    }
    this.listenersUndo?.();
    this.listenersUndo = null;
    const applied = this.applied;
    this.applied = null;
    this.layout?.undo();
    this.layout = null;
    this.wrappedHeadings.clear();
    applied.undo();
    this.offUndo = setAttribute(this.doc.documentElement, STATE_ATTRIBUTE, STATE_OFF);
    this.update({ view: 'original', hovered: null, selectedMetricId: null });
  }

  toggleOriginal(): void {
    if (this.applied || this.pending) this.showOriginal();
    else this.annotate();
  }

  /** Leaves the page as it was found, the html attribute included. */
  destroy(): void {
    this.showOriginal();
    this.offUndo?.();
    this.offUndo = null;
    this.room?.undo();
    this.room = null;
    this.markLook?.undo();
    this.markLook = null;
    this.readingStyle?.undo();
    this.readingStyle = null;
  }

  /** The room the reading view leaves on the right for the docked sidebar
   * (its width as resized, or the folded handle's), so that the report never
   * runs under it. The rule only applies while the page is annotated, and on
   * screen (a printed page has no sidebar). */
  setSidebarRoom(px: number): void {
    const ready = `${VIEW_SCOPE}:root`;
    // :root outranks the reading view's own padding rule, whatever the sheet order
    const css = `@media screen { ${ready} body[${PATH_ATTRIBUTE}], ${ready} body[${BODY_ATTRIBUTE}] { padding-right: ${Math.round(px)}px !important; } }`;
    if (this.room?.css === css) return;
    this.room?.undo();
    this.room = { css, undo: installStyleSheet(this.doc, css) };
  }

  /** The reader's measure and type size (the settings), as a rule beside
   * the reading view's sheet; replaced when they change. */
  setReadingStyle(width: ReadingWidth, size: FontSize): void {
    const css = readingStyleCss(width, size);
    if (this.readingStyle?.css === css) return;
    this.readingStyle?.undo();
    this.readingStyle = { css, undo: installStyleSheet(this.doc, css) };
  }

  /** The figures' look the reader chose (the colour of up and down, which
   * figures are highlighted), as a rule beside the marks' own sheet;
   * replaced when the settings change. */
  setMarkLook(look: MarkLook): void {
    const css = markLookCss(look);
    if (this.markLook?.css === css) return;
    this.markLook?.undo();
    this.markLook = { css, undo: installStyleSheet(this.doc, css) };
  }

  selectSection(sectionId: string): void {
    const node = this.sections.find((section) => section.id === sectionId);
    if (!node) return;
    const element = this.headingElement(node);
    this.whenLaidOut(element, () => {
      element.scrollIntoView({ block: 'start', behavior: 'smooth' });
      this.flash(element);
    });
    // The reader chose this section: scroll-spy keeps it while its heading
    // is on screen, even where the page ends too soon to bring the heading
    // up to the reading line (the last sections) or a subsection's heading
    // shares the screen with it.
    this.pinnedSection = { node, since: Date.now(), seen: false };
    this.update({ activeSectionId: sectionId });
  }

  selectMetric(metricId: string): void {
    const element = this.applied?.marks.get(metricId)?.[0];
    if (element) {
      this.whenLaidOut(element, () => {
        element.scrollIntoView({ block: 'center', behavior: 'smooth' });
        this.flash(element);
      });
    }
    this.update({ selectedMetricId: metricId });
  }

  /** Next or previous figure from the selected one, in document order. */
  stepFigure(direction: 1 | -1): void {
    const ids = this.reading.analysis.metrics.map((metric) => metric.id);
    if (ids.length === 0) return;
    const at = this.state.selectedMetricId ? ids.indexOf(this.state.selectedMetricId) : -1;
    const next = at === -1 ? (direction === 1 ? 0 : ids.length - 1) : (at + direction + ids.length) % ids.length;
    const id = ids[next];
    if (id) this.selectMetric(id);
  }

  closeCard(): void {
    if (this.state.hovered) this.update({ hovered: null });
  }

  /** Runs `scroll` once the page above `element` (and a screenful below)
   * has its exact layout: a smooth scroll aims at an offset computed when it
   * starts, and blocks laid out on the way would move its target. At once
   * when nothing there waits; the latest request wins. */
  private whenLaidOut(element: Element, scroll: () => void): void {
    if (this.layout) this.layout.settleThrough(element, scroll);
    else scroll();
  }

  private headingElement(node: OutlineNode): Element {
    return this.wrappedHeadings.get(node.block) ?? this.reading.map.elementFor(node.block);
  }

  /** Where a section's heading is on screen. Where its block still waits
   * for its layout and is off screen, the block's own box: reading the
   * heading inside would lay out the block's content there and then. */
  private headingBox(node: OutlineNode, viewportHeight: number): { top: number; bottom: number } {
    const heading = this.headingElement(node);
    const unit = this.layout?.pendingUnitOf(heading);
    if (unit) {
      const box = unit.getBoundingClientRect();
      if (box.bottom <= 0 || box.top >= viewportHeight) return box;
    }
    return heading.getBoundingClientRect();
  }

  private flash(element: Element): void {
    element.setAttribute(FLASH_ATTRIBUTE, '');
    this.doc.defaultView?.setTimeout(() => element.removeAttribute(FLASH_ATTRIBUTE), FLASH_MS);
  }

  private update(patch: Partial<ControllerState>): void {
    this.state = { ...this.state, ...patch };
    this.onChange(this.state);
  }

  /** Page listeners for the annotated view; the returned undo removes them. */
  private listen(): Undo {
    const view = this.doc.defaultView;
    const markOf = (target: EventTarget | null) =>
      target instanceof Element ? (target.closest(MARK_ELEMENT) as HTMLElement | null) : null;
    const show = (event: Event) => {
      const mark = markOf(event.target);
      const metricId = mark?.getAttribute(METRIC_ID_ATTRIBUTE);
      if (!mark || !metricId) return;
      const { left, top, right, bottom } = mark.getBoundingClientRect();
      this.update({ hovered: { metricId, rect: { left, top, right, bottom } } });
    };
    const hide = (event: Event) => {
      if (markOf(event.target) && !markOf((event as MouseEvent).relatedTarget)) this.update({ hovered: null });
    };
    const click = (event: Event) => {
      const metricId = markOf(event.target)?.getAttribute(METRIC_ID_ATTRIBUTE);
      if (metricId) this.update({ selectedMetricId: metricId });
    };
    const key = (event: KeyboardEvent) => {
      if (event.key === 'Escape') this.closeCard();
      if ((event.key === 'Enter' || event.key === ' ') && markOf(event.target)) click(event);
    };
    const scroll = () => this.scheduleSpy();
    const pageListeners: [string, (event: Event) => void][] = [
      ['mouseover', show], ['focusin', show], ['mouseout', hide], ['focusout', hide],
      ['click', click], ['keydown', key as (event: Event) => void],
    ];
    for (const [type, listener] of pageListeners) this.doc.addEventListener(type, listener, true);
    view?.addEventListener('scroll', scroll, { passive: true });
    return () => {
      for (const [type, listener] of pageListeners) this.doc.removeEventListener(type, listener, true);
      view?.removeEventListener('scroll', scroll);
      if (this.spyFrame) view?.cancelAnimationFrame(this.spyFrame);
      if (this.spyTimer) view?.clearTimeout(this.spyTimer);
      this.spyFrame = 0;
      this.spyTimer = 0;
    };
  }

  /** Runs the scroll spy once in the next animation frame, when the layout
   * it reads is due anyway; `afterPaint`: in a task after that frame. */
  private scheduleSpy(afterPaint = false): void {
    const view = this.doc.defaultView;
    if (this.spyFrame || this.spyTimer || !view) return;
    const spy = () => {
      try {
        this.updateActiveSection();
      } catch (error) {
        this.onError(error);
      }
    };
    this.spyFrame = view.requestAnimationFrame(() => {
      this.spyFrame = 0;
      if (!afterPaint) {
        spy();
        return;
      }
      this.spyTimer = view.setTimeout(() => {
        this.spyTimer = 0;
        spy();
      }, 0);
    });
  }

  /** The section being read: the last heading above a line a fifth of the
   * way down the viewport. Headings are in document order, so a binary
   * search reads O(log n) rects and writes nothing. */
  private updateActiveSection(): void {
    const view = this.doc.defaultView;
    if (!view || this.sections.length === 0) return;
    const pin = this.pinnedSection;
    if (pin) {
      const { top, bottom } = this.headingBox(pin.node, view.innerHeight);
      const onScreen = bottom > 0 && top < view.innerHeight;
      if (onScreen) pin.seen = true;
      // held while the smooth scroll travels there (a few seconds at most)
      // and while the heading stays on screen; released once the reader leaves it
      if (onScreen || (!pin.seen && Date.now() - pin.since < PIN_TRAVEL_MS)) return;
      this.pinnedSection = null;
    }
    // At the end of the page the last headings never reach the reading
    // line; the line then moves down with the last screenful, so that
    // scrolling to the bottom reaches the last section.
    const scroller = this.doc.scrollingElement ?? this.doc.documentElement;
    const atEnd = view.scrollY > 0 && view.scrollY + view.innerHeight >= scroller.scrollHeight - 2;
    const line = atEnd ? view.innerHeight * 0.8 : view.innerHeight * 0.2;
    let low = 0;
    let high = this.sections.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const node = this.sections[middle];
      if (!node) break;
      if (this.headingBox(node, view.innerHeight).top <= line) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    const id = found >= 0 ? (this.sections[found]?.id ?? null) : null;
    if (id !== this.state.activeSectionId) this.update({ activeSectionId: id });
  }
}
