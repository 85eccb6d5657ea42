// The annotated view put on a page that was read (../read/page-reading.ts):
// the reading view, the report's head, the highlights and the notes, and the
// state attribute, all in one step with one undo.
import { STATE_ATTRIBUTE, STATE_READY } from '../../core/contract';
import { emphasisOf } from '../../core/key-indicators';
import { flattenOutline } from '../../core/outline-nodes';
import type { Analysis } from '../../core/types';
import type { PageReading } from '../read/page-reading';
import { findTitleBlock } from '../read/report-title';
import { installStyleSheet } from '../style-sheets';
import { combineUndos, once, setAttribute, type Undo } from '../undo';
import { hideBrokenImages } from './broken-images';
import { startWrappingFigures, type FigureWrapping } from './highlight';
import { MARK_CSS } from './mark-style';
import { wrapNoteMarkers } from './note-marks';
import { deferOffscreenLayout, type DeferredLayout } from './deferred-layout';
import { applyReaderView, READER_VIEW_CSS, VIEW_ATTRIBUTE, type ReaderHeading } from './reader-view';
import { markReportHead } from './report-head';

export interface AppliedAnnotation {
  undo: Undo;
  /** the mark elements of each metric id, in document order */
  marks: Map<string, Element[]>;
  /** the report's blocks off screen laying out in short tasks; null until the view is applied */
  layout: DeferredLayout | null;
}

/** gets what throws in the deferred layout's later tasks, which no caller can catch */
export type LayoutErrors = (error: unknown) => void;

export function readerHeadings(analysis: Analysis): ReaderHeading[] {
  return flattenOutline(analysis.outline).map((node) => ({
    block: node.block,
    start: node.start,
    end: node.end,
    level: node.level,
  }));
}

/** Reading view, highlights and the ready flag, all or nothing: if any step
 * fails, what was done is undone before the error goes on. */
export function applyAnnotation(doc: Document, reading: PageReading, onLayoutError?: LayoutErrors): AppliedAnnotation {
  const staged = startAnnotation(doc, reading, onLayoutError);
  staged.step(() => true);
  return { undo: staged.undo, marks: staged.marks, layout: staged.layout };
}

/** applyAnnotation in steps, for frame-sized tasks: first the reading view
 * (shown at once, keyed on VIEW_ATTRIBUTE) with the deferred layout of the
 * blocks off screen, then the figures' marks, then the notes and the ready
 * flag, last, when every figure is marked (docs/contract.md §1). */
export interface StagedAnnotation extends AppliedAnnotation {
  /** Runs the next steps while `more()` says so (at least one each call);
   * true once the page is annotated and ready. A throw undoes everything
   * done so far before it goes on. `undo`, at any point, restores the page
   * exactly and stops the steps. */
  step(more: () => boolean): boolean;
}

export function startAnnotation(doc: Document, reading: PageReading, onLayoutError?: LayoutErrors): StagedAnnotation {
  const undos: Undo[] = [];
  let stopped = false;
  const undo = once(() => {
    stopped = true;
    combineUndos(undos)();
  });
  let wrapping: FigureWrapping | null = null;
  let layout: DeferredLayout | null = null;
  const marks = new Map<string, Element[]>();
  let marked = false;
  let done = false;
  const step = (more: () => boolean): boolean => {
    if (stopped) return false;
    if (done) return true;
    try {
      do {
        if (!wrapping) ({ wrapping, layout } = applyView(doc, reading, undos, onLayoutError));
        else if (!marked) marked = wrapping.wrapSome(more);
        else {
          for (const [id, elements] of wrapping.elements) marks.set(id, elements);
          undos.push(wrapNoteMarkers(doc, reading.map, reading.analysis.metrics));
          undos.push(setAttribute(doc.documentElement, STATE_ATTRIBUTE, STATE_READY));
          done = true;
        }
      } while (!done && more());
    } catch (error) {
      undo();
      throw error;
    }
    return done;
  };
  return {
    undo,
    marks,
    get layout() {
      return layout;
    },
    step,
  };
}

/** The reading view, the report's head and the broken images, shown, and
 * the deferred layout; returns it and the figures' wrapping, every undo in
 * `undos` already. */
function applyView(doc: Document, reading: PageReading, undos: Undo[], onLayoutError?: LayoutErrors): { wrapping: FigureWrapping; layout: DeferredLayout } {
  undos.push(installStyleSheet(doc, `${READER_VIEW_CSS}\n${MARK_CSS}`));
  const { map, analysis } = reading;
  const title = findTitleBlock(doc, map.root, analysis.detection.title);
  const headings = readerHeadings(analysis);
  undos.push(applyReaderView(doc, map, headings, undefined, title));
  undos.push(markReportHead(doc, map, analysis.detection.title, { titleOutside: title.length > 0, headingBlocks: new Set(headings.map((heading) => heading.block)) }));
  undos.push(hideBrokenImages([map.root]));
  undos.push(setAttribute(doc.documentElement, VIEW_ATTRIBUTE, ''));
  // Laying out the whole re-styled report at once is one long frame (the
  // bench measured ~180 ms on 100,000 characters); the blocks off screen
  // wait and are laid out in short tasks after it.
  const layout = deferOffscreenLayout(doc, map, onLayoutError ? { onError: onLayoutError } : undefined);
  undos.push(layout.undo);
  const wrapping = startWrappingFigures(
    doc,
    map,
    analysis.metrics.map((metric) => ({
      id: metric.id,
      block: metric.block,
      start: metric.start,
      end: metric.end,
      kind: metric.kind,
      headline: metric.headline,
      relation: metric.relation,
      emphasis: emphasisOf(metric),
    })),
  );
  undos.push(wrapping.undo);
  return { wrapping, layout };
}
